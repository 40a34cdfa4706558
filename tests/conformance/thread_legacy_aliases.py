# The camelCase aliases the teaching documents use: they work and warn once per call site.
import threading

t = threading.Thread(target=lambda: None, name="old")
print(t.getName(), t.isDaemon())
t.setName("older")
t.setDaemon(True)
print(t.name, t.daemon)
t.start()
t.join()
print(threading.currentThread() is threading.current_thread(), threading.activeCount())
e = threading.Event()
print(e.isSet())
e.set()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
for i in range(3):
    print(t.getName())
