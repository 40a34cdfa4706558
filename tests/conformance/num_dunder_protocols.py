# divmod and pow through user __divmod__/__rdivmod__/__pow__/__rpow__, subclass priority, and their errors.
class A:
    def __divmod__(self, o): return ("A.divmod", o)
    def __rdivmod__(self, o): return ("A.rdivmod", o)
    def __pow__(self, o, m=None): return ("A.pow", o, m)
    def __rpow__(self, o): return ("A.rpow", o)
    def __index__(self): return 3
class B(A):
    def __rdivmod__(self, o): return ("B.rdivmod", type(o).__name__)
print(divmod(A(), 1), divmod(1, A()), divmod(A(), B()), pow(A(), 2), pow(2, A()), pow(A(), 2, 5), A() ** 3, 2 ** A())
for f in (lambda: divmod(1, object()), lambda: pow(object(), 2, 3), lambda: pow(2, A(), 5)):
    try:
        print(f())
    except TypeError as e:
        print(e)
