class Bad:
    def __repr__(self):
        raise RuntimeError("repr exploded")
items = [1, Bad()]
try:
    print(items)
except RuntimeError as e:
    print("caught", e)
print(str(items[0]))
print(f"{items[1]!r}")
