# bench: kind=threads
# One producer and one consumer move 50,000 items through a queue.Queue.
import queue
import threading

N = 50_000
q = queue.Queue(maxsize=100)
total = [0]


def produce():
    for i in range(N):
        q.put(i)
    q.put(None)


def consume():
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
    total[0] = s


threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
