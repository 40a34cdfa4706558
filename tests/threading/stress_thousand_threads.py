# 1,000 threads started and joined, in waves of 100 alive at once and all at once.
import threading

done = []
lock = threading.Lock()

def record(i):
    with lock:
        done.append(i)

for wave in range(5):
    ts = [threading.Thread(target=record, args=(wave * 100 + i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
gate = threading.Event()
def wait_then_record(i):
    gate.wait()
    record(i)
ts = [threading.Thread(target=wait_then_record, args=(500 + i,)) for i in range(500)]
for t in ts:
    t.start()
alive = threading.active_count()
gate.set()
for t in ts:
    t.join()
print(len(done), sorted(done) == list(range(1000)), alive, threading.active_count())
