# Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer: results and messages.
import threading
import time

# Condition: wait/notify handshakes are serialised by the condition's lock.
cond = threading.Condition()
items = []
def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 3, timeout=10)
        print("consumer sees", items, ok)
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify()
t.join()
with cond:
    t0 = time.monotonic()
    print("wait timeout", cond.wait(0.05), time.monotonic() - t0 >= 0.05)
    print("wait_for timeout", cond.wait_for(lambda: False, timeout=0.02))
    print("wait_for true", cond.wait_for(lambda: 42))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at"), repr(cond).endswith(", 0)>"))
lc = threading.Condition(threading.Lock())
print(repr(lc).startswith("<Condition(<unlocked _thread.lock object at"))

# notify(n) wakes exactly n waiters; notify_all wakes the rest.
woken = []
ready = threading.Semaphore(0)
def sleeper(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for th in threads:
    th.start()
for _ in threads:
    ready.acquire()
with cond:
    cond.notify(2)
time.sleep(0.2)
print("after notify(2)", len(woken))
with cond:
    cond.notify_all()
for th in threads:
    th.join()
print("after notify_all", sorted(woken))

# Semaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s._value, repr(s).endswith(" value=2>"))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
with s:
    print("with semaphore", s._value)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
print(repr(b).endswith(" value=1/1>"))

# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.05, e.set).start()
print(e.wait(10), e.is_set())
e.clear()
print(e.is_set(), repr(e).endswith(": unset>"))

# Timer: runs once after its interval; cancel stops it.
fired = []
tm = threading.Timer(0.02, fired.append, args=("fired",))
tm.start()
tm.join()
cancelled = threading.Timer(0.2, fired.append, kwargs={"x": 1})
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, tm.finished.is_set(), cancelled.finished.is_set(), tm.name.startswith("Thread-"))

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))
def party(i):
    idx = bar.wait()
    order.append(idx)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[0], sorted(order[1:]), bar.parties, bar.n_waiting, bar.broken)
try:
    bar2 = threading.Barrier(2, timeout=0.05)
    bar2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), bar2.broken)
bar2.reset()
print(bar2.broken)
bar2.abort()
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("aborted", bar2.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(repr(bar).endswith(" waiters=0/3>"))
