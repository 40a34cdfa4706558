class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed with {code}")
        self.table = table
        self.code = code
class Quiet(AppError):
    def __str__(self):
        return "quiet str"
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
try:
    raise DbError("users", 7)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table, e.code, isinstance(e, Exception))
try:
    raise Quiet("ignored arg")
except Quiet as e:
    print(str(e), repr(e), e.args)
try:
    raise NoSuperInit(5)
except NoSuperInit as e:
    print(repr(str(e)), e.args, e.x, repr(e))
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("m")
except AttributeError as e:
    print("caught as AttributeError", repr(e), [c.__name__ for c in Multi.__mro__])
try:
    raise DbError("t", 1)
except (KeyError, DbError) as e:
    print("tuple catch", e.table)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise AppError("x")
    except NotExc:
        pass
except TypeError as e:
    print(e)
raise DbError("orders", 42)
