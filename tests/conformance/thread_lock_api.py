# _thread and threading locks: acquire/release/locked, timeouts, context manager, messages.
import _thread
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(_thread.LockType is type(_thread.allocate_lock()), _thread.error is RuntimeError)
print(isinstance(_thread.TIMEOUT_MAX, float), _thread.TIMEOUT_MAX > 1e6)
print(repr(lock).startswith("<unlocked _thread.lock object at"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at"))
lock.release()

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested rlock ok")
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))

# A lock held by another thread: acquire with timeout fails, then succeeds once released.
held = threading.Lock()
held.acquire()
result = []
def waiter():
    result.append(held.acquire(timeout=0.05))
    result.append(held.acquire(timeout=5))
    held.release()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.2)
held.release()
t.join()
print(result)

# A lock may be released by a thread that does not own it; an RLock may not.
lk = threading.Lock()
lk.acquire()
t = threading.Thread(target=lk.release)
t.start()
t.join()
print("released elsewhere", lk.locked())
rl = threading.RLock()
rl.acquire()
errors = []
def bad_release():
    try:
        rl.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=bad_release)
t.start()
t.join()
print(errors)
rl.release()
