# bench: kind=threads
# The CPU-bound work of threads_cpu_4.py run sequentially in one thread: the
# baseline that four threads sharing the GIL are compared with.


def work(seed):
    total = 0
    x = seed
    for i in range(600_000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total += x & 0xFF
    return total


results = [work(s) for s in range(4)]
print(sum(results))
