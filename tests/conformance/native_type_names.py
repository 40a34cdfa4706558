# Messages name native types as CPython does: with their module
# ('_thread.lock', 'collections.deque', 'time.struct_time', ...).
import collections
import random
import sys
import threading
import time

lock = threading.Lock()
rlock = threading.RLock()
dq = collections.deque([1])
st = time.localtime(0)

cases = [
    lambda: lock.missing,
    lambda: rlock.missing,
    lambda: dq.missing,
    lambda: st.missing,
    lambda: sys.stdin.missing,
    lambda: iter(dq).missing,
    lambda: reversed(dq).missing,
    lambda: random.Random().missing,
    lambda: len(lock),
    lambda: lock[0],
    lambda: lock + 1,
    lambda: 1 - rlock,
    lambda: iter(rlock),
    lambda: lock(),
    lambda: lock < lock,
    lambda: int(lock),
    lambda: hash(dq),
    lambda: dq + 1,
    lambda: "%d" % (dq,),
    lambda: setattr(lock, "x", 1),
    lambda: delattr(rlock, "x"),
    lambda: {}[dq],
    lambda: next(lock),
    lambda: abs(st),
    lambda: -lock,
    lambda: float(rlock),
    lambda: type(lock).missing,
    lambda: collections.deque.missing,
    lambda: setattr(type(lock), "x", 1),
    lambda: [] + lock,
    lambda: round(dq),
    lambda: lock[0:1],
    lambda: 0 in lock,
    lambda: print(*lock),
]
print(type(lock).__name__, type(dq).__name__, type(st).__name__, repr(type(lock)))
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
