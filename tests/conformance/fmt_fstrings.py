name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{name.upper()}", f"{'quoted'}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3g}|{pi:%}|{pi:*^12.1f}")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{3!r:>4}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{name:>{w}}|", f"{n:{'^'}{w}}|")
print(f"{{literal}}", f"{{{n}}}", f"a{{b}}c")
d = {"key": "val"}
print(f"{d['key']}", f"{d}", f"{[1, 2][1]}", f"{(lambda x: x * 2)(4)}")
print(f"{n=}", f"{pi=:.1f}", f"{name = }", f"{n*2=}")
print(f"{'nested ' + f'{n}'}")
print(f"{1_000_000:,}", f"{1234567.891:_.2f}", f"{255:#_b}")
print(f"{None}", f"{True:>6}", f"{[1, 'a']!r}")
class C:
    def __format__(self, spec):
        return f"C<{spec}>"
    def __repr__(self): return "Crepr"
    def __str__(self): return "Cstr"
print(f"{C()}", f"{C():xyz}", f"{C()!r}", f"{C()!s}", f"{C()!r:>8}")
print(f"""multi
{n}
line""")
x = 5
print(f"{x if x > 3 else 0}", f"{x:{'>' if x else '<'}4}")
print(f"{3.0}", f"{1e20}", f"{-0.0}", f"{2**64}")
try:
    f"{n:z}"
except ValueError as e:
    print(e)
try:
    f"{name:d}"
except ValueError as e:
    print(e)
