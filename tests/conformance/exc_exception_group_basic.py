try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
