# Producers and consumers move ints through queues; each item must arrive
# exactly once, task_done() must balance every put, and nothing may hang.
import queue
import threading


def move(q, producers, consumers, per_producer):
    """Moves producers * per_producer ints through q; returns what each consumer got."""
    received = [[] for _ in range(consumers)]

    def produce(p):
        for i in range(p * per_producer, (p + 1) * per_producer):
            q.put(i)

    def consume(c):
        mine = received[c]
        while True:
            item = q.get()
            q.task_done()
            if item is None:
                return
            mine.append(item)

    getters = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
    putters = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
    for t in getters + putters:
        t.start()
    for t in putters:
        t.join()
    q.join()
    for _ in getters:
        q.put(None)
    for t in getters:
        t.join()
    return received


def flatten(received):
    return [x for part in received for x in part]


# 8 producers and 8 consumers move 200,000 items through one Queue.
received = move(queue.Queue(maxsize=1000), 8, 8, 25_000)
everything = flatten(received)
print(len(everything), len(set(everything)), sorted(everything) == list(range(200_000)))
print(sum(1 for part in received if part) > 1)

# Queues of one slot: every put and get of 4 producers and 4 consumers waits
# on the other side's notify; join() returns once every item is task_done.
for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    small = kind(maxsize=1)
    items = flatten(move(small, 4, 4, 5_000))
    print(kind.__name__, len(items), sorted(items) == list(range(20_000)), small.unfinished_tasks)
