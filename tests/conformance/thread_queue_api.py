# queue: the four queue kinds, blocking and timeouts, task accounting, messages.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
t0 = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after", time.monotonic() - t0 >= 0.05)
try:
    q.put(3, block=True, timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False, 5)
except queue.Empty:
    print("non-blocking get ignores the timeout")
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError", e)
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
pq.put((2, "b"))
pq.put((1, "z"))
pq.put((2, "a"))
print(pq.get(), pq.get(), pq.get())

sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")

# A blocked get wakes up when another thread puts; join waits for task_done.
jq = queue.Queue()
got = []
def worker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        got.append(item * 10)
        jq.task_done()
w = threading.Thread(target=worker)
w.start()
for i in range(5):
    jq.put(i)
jq.join()
print(got, jq.unfinished_tasks)
jq.put(None)
w.join()

# put blocks on a full queue until a consumer makes room.
bq = queue.Queue(1)
bq.put("first")
log = []
def later_get():
    time.sleep(0.05)
    log.append(bq.get())
c = threading.Thread(target=later_get)
c.start()
bq.put("second")
c.join()
print(log, bq.get())

class Task:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
pq2 = queue.PriorityQueue()
for p in [5, 1, 3]:
    pq2.put(Task(p))
print([pq2.get().p for _ in range(3)])
