import os
names = ["tmp_file_listdir_a.txt", "tmp_file_listdir_b.txt", "tmp_file_listdir_c.txt"]
try:
    for i, n in enumerate(names):
        with open(n, "w") as f:
            f.write(str(i) * (i + 1))
    found = sorted(n for n in os.listdir(".") if n.startswith("tmp_file_listdir_"))
    print(found)
    for n in found:
        with open(os.path.join(".", n)) as f:
            print(n, f.read(), os.path.exists(n), os.path.basename(os.path.abspath(n)))
finally:
    for n in names:
        if os.path.exists(n):
            os.remove(n)
print(sorted(n for n in os.listdir(".") if n.startswith("tmp_file_listdir_")))
try:
    os.remove(names[0])
except FileNotFoundError as e:
    print(type(e).__name__, e)
