# allocate_lock() and RLock() build the module's own lock types, even after
# the module attributes that name them are rebound; `with` enters and exits
# built-in and Python context managers alike.
import _thread

lock_type = _thread.LockType
rlock_type = _thread.RLock
_thread.LockType = int
lock = _thread.allocate_lock()
print(type(lock) is lock_type, type(lock).__name__, lock.locked())
_thread.LockType = lock_type

r = rlock_type()
print(type(r) is rlock_type, type(r).__name__)

with lock:
    print("inside, locked:", lock.locked())
print("after, locked:", lock.locked())


class Manager:
    def __init__(self, lock):
        self._lock = lock

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        print("exit args:", args)
        return self._lock.__exit__(*args)


m = Manager(_thread.allocate_lock())
with m as entered:
    print("entered:", entered, m._lock.locked())
print("released:", not m._lock.locked())


class BadEnter:
    __enter__ = 5

    def __exit__(self, *args):
        return False


try:
    with BadEnter():
        pass
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __enter__(self):
        raise ValueError("no entry")

    def __exit__(self, *args):
        print("never")


with Raises():
    pass
