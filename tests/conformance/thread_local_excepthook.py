# threading.local keeps one namespace per thread; excepthook receives thread errors.
import threading

data = threading.local()
data.x = "main"
seen = []
def worker(n):
    seen.append(hasattr(data, "x"))
    data.x = n
    seen.append(data.x)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(data.x, seen)

class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start
    def bump(self):
        self.count += 1
        return self.count

loc = MyLocal(10)
out = []
def use():
    out.append(loc.bump())
t = threading.Thread(target=use)
t.start()
t.join()
print(loc.bump(), out)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError", e)

# A custom excepthook sees type, value, traceback and thread.
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name))
threading.excepthook = hook
def boom():
    raise ValueError("bad thing")
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print(caught)
def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print(len(caught), "SystemExit in a thread is silent")
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
a = threading.ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(a.exc_type, repr(a.exc_value), a.exc_traceback, a.thread)
try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del loc.nothing
except AttributeError as e:
    print("AttributeError", e)
print(threading.local, type(loc).__mro__[1])
