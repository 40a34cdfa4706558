for w in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning):
    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Exception))
try:
    raise UserWarning("just an exception when raised")
except Warning as e:
    print(type(e).__name__, e)
