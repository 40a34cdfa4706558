ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EY"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("Y"))
print(ba)
del ba[0]
del ba[-1:]
print(ba, ba.decode(), bytes(ba), ba == b"Ello!?" if False else ba == bytearray(b"Elo!"))
ba.reverse()
print(ba, ba.upper(), ba.find(b"o"), ba * 2, ba + b"x", bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
c = bytearray(b"abc")
c += b"def"
print(c, c.copy() is c, c.hex(), c.count(b"a"), list(c[:2]))
c.clear()
print(c, bytearray(b"x") < bytearray(b"y"), repr(bytearray()))
c[:] = b"new"
print(c, c[::-1])
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: bytearray(b"a").__setitem__(0, 300))
err(lambda: bytearray(b"a").pop(5))
err(lambda: bytearray().pop())
err(lambda: bytearray(b"a").remove(99))
err(lambda: hash(bytearray()))
err(lambda: bytearray(b"ab").__setitem__(0, b"x"))
