# Methods of native objects (deque, locks) through LoadMethod and LoadAttr,
# with their data attributes and __class__ looked up by the same code.
import threading
from collections import deque


def use(d):
    d.append(len(d))
    return d.maxlen, d.__class__.__name__, d.__len__(), d.popleft


for d in (deque(), deque([1, 2], maxlen=3), deque()):
    maxlen, name, n, pop = use(d)
    print(maxlen, name, n, pop())

lock = threading.Lock()
for _ in range(2):
    enter, exit_ = lock.__enter__, lock.__exit__
    print(enter(), lock.locked(), exit_(None, None, None), lock.locked())
