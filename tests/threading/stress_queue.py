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
