import os
name = "tmp_file_encoding_lines.txt"
try:
    with open(name, "w", encoding="utf-8") as f:
        f.write("héllo\n日本語\n😀\n")
    with open(name, encoding="utf-8") as f:
        text = f.read()
    print(text, len(text))
    with open(name, "rb") as f:
        raw = f.read()
    print(raw, len(raw))
    with open(name, "w") as f:
        f.writelines(["a\n", "b\n", "c"])
        print(f.writable(), f.readable())
    with open(name) as f:
        print(f.read().splitlines(), f.readable())
    with open(name, "w") as f:
        print("printed into file", 42, file=f)
        print("second", end="", file=f)
    with open(name) as f:
        print(repr(f.read()))
    with open(name, "wb") as f:
        f.write(b"crlf\r\nline\rold mac\n")
    with open(name) as f:
        print(repr(f.read()))
    with open(name, newline="") as f:
        print(repr(f.read()))
    with open(name, "rb") as f:
        print(f.readline(), f.readlines())
finally:
    os.remove(name)
