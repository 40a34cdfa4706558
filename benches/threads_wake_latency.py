# bench: kind=threads
# Wake-to-run latency: a thread sleeps 1 ms, 1,000 times, while another thread
# spins in a pure-Python loop; latency is how late each wake-up runs. The
# percentiles go to stderr as `metric` lines (stdout must match across runs).
import sys
import threading
import time

stop = [False]


def spin():
    n = 0
    while not stop[0]:
        n += 1


def measure(samples):
    for _ in range(1_000):
        t0 = time.perf_counter()
        time.sleep(0.001)
        samples.append(time.perf_counter() - t0 - 0.001)


spinner = threading.Thread(target=spin)
spinner.start()
samples = []
sleeper = threading.Thread(target=measure, args=(samples,))
sleeper.start()
sleeper.join()
stop[0] = True
spinner.join()
samples.sort()
p50 = samples[len(samples) // 2] * 1000
p99 = samples[len(samples) * 99 // 100] * 1000
print("metric latency_p50_ms %.3f" % p50, file=sys.stderr)
print("metric latency_p99_ms %.3f" % p99, file=sys.stderr)
print(len(samples))
