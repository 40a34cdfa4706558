# threading.Thread: names, identity, lifecycle, join, daemon flags, legacy aliases, messages.
import threading
import time
import _thread


def work(a, b=0, *, c=0):
    results.append((threading.current_thread().name, a, b, c))


results = []
t = threading.Thread(target=work, args=(1,), kwargs={"b": 2, "c": 3})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"), t.ident, t.native_id, t.is_alive())
print(t._target is work, t._args, t._kwargs, t.daemon)
print(repr(t).startswith("<Thread(Thread-") and repr(t).endswith(" (work), initial)>"))
t.start()
t.join()
print(results == [(t.name, 1, 2, 3)], isinstance(t.ident, int), isinstance(t.native_id, int), t.is_alive())
print(repr(t).endswith(" (work), stopped " + str(t.ident) + ")>"))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)

named = threading.Thread(target=lambda: None, name="worker")
print(named.name)
named.name = "renamed!"
print(named.name)
named.daemon = True
print(named.daemon)
named.daemon = False
print(named.daemon)
try:
    named.join()
except RuntimeError as e:
    print("RuntimeError", e)
named.start()
named.join()
try:
    named.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)

main = threading.main_thread()
print(main.name, main is threading.current_thread())
print(main.ident == threading.get_ident() == _thread.get_ident(), main.native_id == threading.get_native_id())
print(main.daemon, main.is_alive(), repr(main).startswith("<_MainThread(MainThread, started "))
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=None).join()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.active_count(), [x.name for x in threading.enumerate()])

# A thread inherits the daemon flag of the thread that creates it.
flags = []
def make_child():
    flags.append(threading.Thread(target=None).daemon)
d = threading.Thread(target=make_child, daemon=True)
d.start()
d.join()
print(flags)

# join with a timeout returns while the thread still runs.
gate = threading.Event()
slow = threading.Thread(target=gate.wait, name="slow")
slow.start()
t0 = time.monotonic()
slow.join(0.05)
print(slow.is_alive(), time.monotonic() - t0 >= 0.05, threading.active_count())
print(sorted(x.name for x in threading.enumerate()))
gate.set()
slow.join()
print(slow.is_alive(), threading.active_count())

# Subclass overriding run; run() may be called directly in the caller's thread.
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.where = None

    def run(self):
        self.where = threading.current_thread().name
        self.total = sum(range(self.n))

c = Counter(10)
c.run()
print(c.total, c.where)
c.start()
c.join()
print(c.total, c.where)

# Default names count up; the target's name is shown in brackets.
a = threading.Thread()
b = threading.Thread(target=print)
n1 = int(a.name.split("-")[1])
n2 = int(b.name.split("-")[1].split(" ")[0])
print(a.name == "Thread-%d" % n1, n2 == n1 + 1, b.name.endswith(" (print)"))

try:
    threading.Thread(target=work, args=1)
except TypeError as e:
    print("TypeError", e)
positional = threading.Thread(None, work, "n", (5,), {"c": 6}, daemon=True)
positional.start()
positional.join()
print(positional.name, positional.daemon, results[-1])
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError", e)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.stack_size())
print(threading.get_ident() == threading.current_thread().ident)
