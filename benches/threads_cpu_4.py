# bench: kind=threads
# Four CPU-bound threads under the GIL: total time against threads_cpu_seq.py.
import threading


def work(seed):
    total = 0
    x = seed
    for i in range(600_000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total += x & 0xFF
    return total


results = [0] * 4


def run(i):
    results[i] = work(i)


threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results))
