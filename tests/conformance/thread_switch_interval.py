# sys.setswitchinterval / getswitchinterval, and threads still interleave at tiny intervals.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.0001)
total = [0]
lock = threading.Lock()
def spin():
    for _ in range(20000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
