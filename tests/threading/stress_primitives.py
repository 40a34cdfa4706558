# Condition, Semaphore, Barrier and Event under contention.
import threading

# Condition: a bounded buffer with 4 producers and 4 consumers.
cond = threading.Condition()
buffer = []
taken = []
N = 4_000

def cond_produce(p):
    for i in range(p * N, (p + 1) * N):
        with cond:
            cond.wait_for(lambda: len(buffer) < 10)
            buffer.append(i)
            cond.notify_all()

def cond_consume(out):
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        out.append(item)

outs = [[] for _ in range(4)]
cons = [threading.Thread(target=cond_consume, args=(o,)) for o in outs]
prods = [threading.Thread(target=cond_produce, args=(p,)) for p in range(4)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    with cond:
        cond.wait_for(lambda: len(buffer) < 10)
        buffer.append(None)
        cond.notify_all()
for t in cons:
    t.join()
got = sorted(x for o in outs for x in o)
print("condition", len(got), got == list(range(4 * N)))

# Semaphore: never more than 3 holders at once.
sem = threading.BoundedSemaphore(3)
state = {"inside": 0, "peak": 0, "entries": 0}
state_lock = threading.Lock()

def hold():
    for _ in range(500):
        with sem:
            with state_lock:
                state["inside"] += 1
                state["entries"] += 1
                state["peak"] = max(state["peak"], state["inside"])
            with state_lock:
                state["inside"] -= 1

ts = [threading.Thread(target=hold) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore", state["entries"], state["peak"] <= 3, state["inside"], sem._value)

# Barrier: 6 parties, 200 rounds; every round each party sees everyone's arrival.
PARTIES, ROUNDS = 6, 200
bar = threading.Barrier(PARTIES)
arrivals = [0] * ROUNDS
seen_ok = []

def rounds():
    ok = True
    for r in range(ROUNDS):
        with state_lock:
            arrivals[r] += 1
        bar.wait()
        ok = ok and arrivals[r] == PARTIES
        bar.wait()
    seen_ok.append(ok)

ts = [threading.Thread(target=rounds) for _ in range(PARTIES)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier", seen_ok.count(True), bar.broken, bar.n_waiting)

# Event: 50 waiters released at once, then cleared and set again.
ev = threading.Event()
woke = []

def waiter(i):
    if ev.wait(30):
        with state_lock:
            woke.append(i)

for rnd in range(3):
    ts = [threading.Thread(target=waiter, args=(rnd * 50 + i,)) for i in range(50)]
    for t in ts:
        t.start()
    ev.set()
    for t in ts:
        t.join()
    ev.clear()
print("event", len(woke), sorted(woke) == list(range(150)))
