# bench: kind=threads
# 500 threads each sleep 0.2 s at the same time: ideally 0.2 s in total.
import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(500)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(threads))
