# s += t builds strings in place only when nothing else sees the old string.
def build():
    s = "ab"
    alias = s
    s += "cd"
    print(s, alias)
    parts = []
    acc = ""
    for i in range(6):
        acc += str(i)
        parts.append(acc)
    print(parts)
    h = "x"
    before = hash(h)
    h += "y"
    print(h, hash(h) == hash("xy"), before == hash("x"))
    u = "é"
    u += "中"
    u += "x"
    print(u, len(u), u[1])
    d = {"k": "v"}
    s2 = d["k"]
    s2 += "w"
    print(d, s2)
    n = 5
    n += 1
    print(n)

build()
g = "top"
g += "level"
print(g)
