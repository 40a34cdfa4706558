import os
name = "tmp_file_write_read.txt"
try:
    f = open(name, "w")
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write("line one\n")
    f.write("line two\nline three")
    print(n)
    f.close()
    print(f.closed)
    with open(name) as f:
        print(repr(f.read()))
    with open(name, "r") as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(name) as f:
        print(f.readlines())
    with open(name) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(name) as f:
        print(repr(f.read(4)), repr(f.read(5)), repr(f.read()), repr(f.read()))
    with open(name) as f:
        print([l.rstrip("\n") for l in f])
    print(os.path.exists(name))
finally:
    os.remove(name)
print(os.path.exists(name))
