import os
name = "tmp_file_iteration_seek.txt"
try:
    with open(name, "w") as f:
        for i in range(5):
            f.write(f"row {i}\n")
    f = open(name)
    print(f.readline(), end="")
    print(f.readline(), end="")
    print(f.tell())
    print(next(f), end="")
    f.seek(0)
    print(len(f.readlines()))
    f.seek(4)
    print(repr(f.read(1)))
    print(f.seekable(), f.fileno() > 2)
    f.close()
    with open(name) as f:
        print(sum(1 for _ in f))
    with open(name) as f:
        print(iter(f) is f, f.read(0) == "")
    with open(name, "rb") as f:
        f.seek(-6, 2)
        print(f.read())
    with open(name) as f:
        lines = f.read().split("\n")
    print(lines)
finally:
    os.remove(name)
try:
    with open(name) as f:
        pass
except OSError as e:
    print(type(e).__name__, e.errno)
