def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in (BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
            LookupError, IndexError, KeyError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
            TypeError, NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError, NotImplementedError,
            StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, ImportError, ModuleNotFoundError,
            EOFError, SyntaxError, IndentationError, TabError, MemoryError, BufferError, OSError, FileNotFoundError,
            FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, TimeoutError, ConnectionError,
            BrokenPipeError, ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError, InterruptedError,
            ChildProcessError, ProcessLookupError, BlockingIOError, Warning, UserWarning, DeprecationWarning, RuntimeWarning):
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
