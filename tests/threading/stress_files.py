# 6 threads write to one binary file and 4 threads read one file line by line:
# every line lands or is read exactly once (reads and writes release the GIL).
import os
import threading

path = "gilpy_stress_files_%d.bin" % os.getpid()
f = open(path, "wb")

def writer(k):
    for i in range(3000):
        f.write(b"%d-%05d;\n" % (k, i))

ts = [threading.Thread(target=writer, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
f.close()
with open(path, "rb") as g:
    lines = g.read().split(b"\n")
expected = sorted(b"%d-%05d;" % (k, i) for k in range(6) for i in range(3000))
print(len(lines) - 1, sorted(lines[:-1]) == expected)

r = open(path, "rb")
got = []

def reader():
    while True:
        line = r.readline()
        if not line:
            return
        got.append(line)

ts = [threading.Thread(target=reader) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
r.close()
os.remove(path)
print(len(got), sorted(x.rstrip(b"\n") for x in got) == expected)
