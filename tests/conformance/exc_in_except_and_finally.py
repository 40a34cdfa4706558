def tricky():
    try:
        try:
            raise ValueError("A")
        except ValueError:
            raise TypeError("B")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e, "context", repr(e.__context__))
tricky()
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "unreachable?"
try:
    print(swallow())
except KeyError as e:
    print("KeyError escaped", e)
def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return())
def nested_handlers():
    try:
        raise OSError("io")
    except OSError as first:
        try:
            raise KeyError("k")
        except KeyError as second:
            print(repr(second.__context__))
        print("back in first", repr(first))
nested_handlers()
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as n:
        return str(n)
    except UnboundLocalError as n:
        return type(n).__name__ + ": " + str(n)
print(exc_var_cleared())
