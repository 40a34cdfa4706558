# 8 producers and 8 consumers move 200,000 items through one Queue.
import queue
import threading

PRODUCERS = CONSUMERS = 8
PER_PRODUCER = 25_000
q = queue.Queue(maxsize=1000)
received = [[] for _ in range(CONSUMERS)]

def produce(p):
    base = p * PER_PRODUCER
    for i in range(base, base + PER_PRODUCER):
        q.put(i)

def consume(c):
    mine = received[c]
    while True:
        item = q.get()
        if item is None:
            return
        mine.append(item)

consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
everything = [x for part in received for x in part]
total = PRODUCERS * PER_PRODUCER
print(len(everything), len(set(everything)), sorted(everything) == list(range(total)))
print(sum(1 for part in received if part) > 1)

# Queues of one slot: every put and get of 4 producers and 4 consumers waits
# on the other side's notify; join() returns once every item is task_done.
def tiny(kind):
    small = kind(maxsize=1)
    got = [[] for _ in range(4)]

    def put_all(p):
        for i in range(p * 5_000, (p + 1) * 5_000):
            small.put(i)

    def get_all(c):
        while True:
            item = small.get()
            small.task_done()
            if item is None:
                return
            got[c].append(item)

    getters = [threading.Thread(target=get_all, args=(c,)) for c in range(4)]
    putters = [threading.Thread(target=put_all, args=(p,)) for p in range(4)]
    for t in getters + putters:
        t.start()
    for t in putters:
        t.join()
    small.join()
    for _ in getters:
        small.put(None)
    for t in getters:
        t.join()
    items = [x for part in got for x in part]
    print(kind.__name__, len(items), sorted(items) == list(range(20_000)), small.unfinished_tasks)

for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    tiny(kind)
