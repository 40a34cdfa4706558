import os
name = "tmp_file_modes.txt"
try:
    with open(name, "w") as f:
        f.write("abc")
    with open(name, "a") as f:
        print(f.mode, f.write("def"))
    with open(name) as f:
        print(f.read())
    with open(name, "w") as f:
        f.write("truncated")
    with open(name) as f:
        print(f.read())
    try:
        open(name, "x")
    except FileExistsError as e:
        print(type(e).__name__, e)
    with open(name, "r+") as f:
        print(repr(f.read(5)))
        f.write("XYZ")
    with open(name) as f:
        print(f.read())
    with open(name, "w+") as f:
        f.write("fresh")
        f.seek(0)
        print(f.read(), f.tell())
    with open(name, "a+") as f:
        f.write("!")
        f.seek(0)
        print(f.read())
    os.remove(name)
    with open(name, "x") as f:
        print(f.mode, f.write("exclusive"))
    with open(name) as f:
        print(f.read())
    with open(name, "rb") as f:
        data = f.read()
        print(type(data).__name__, data)
    with open(name, "wb") as f:
        print(f.write(b"\x00\x01bytes\xff"))
    with open(name, "rb") as f:
        print(f.read(), f.mode)
    with open(name, "ab") as f:
        f.write(bytearray(b"++"))
    with open(name, "rb") as f:
        print(f.read())
    for bad in ("q", "rw", "rr", "wa", "+"):
        try:
            open(name, bad)
        except ValueError as e:
            print(repr(bad), e)
    f = open(name, "rb")
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    with open(name, "w") as f:
        try:
            f.write(b"bytes to text")
        except TypeError as e:
            print(e)
    with open(name, "wb") as f:
        try:
            f.write("text to bytes")
        except TypeError as e:
            print(e)
    with open(name, "w") as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
finally:
    if os.path.exists(name):
        os.remove(name)
print(os.path.exists(name))
