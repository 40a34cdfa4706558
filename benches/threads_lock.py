# bench: kind=threads
# Four threads each do 50,000 `with lock:` increments of a shared counter.
import threading

counter = 0
lock = threading.Lock()


def bump():
    global counter
    for _ in range(50_000):
        with lock:
            counter += 1


threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
