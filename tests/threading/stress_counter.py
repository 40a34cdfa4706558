# 8 threads x 10,000 increments of a shared counter under a Lock.
import threading

counter = 0
lock = threading.Lock()

def bump():
    global counter
    for _ in range(10_000):
        with lock:
            counter += 1

threads = [threading.Thread(target=bump) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
