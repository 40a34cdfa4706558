# bench: kind=threads
# 3,000 threads started and joined one after another.
import threading

count = [0]


def touch():
    count[0] += 1


for _ in range(3_000):
    t = threading.Thread(target=touch)
    t.start()
    t.join()
print(count[0])
