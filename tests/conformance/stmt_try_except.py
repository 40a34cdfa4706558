def attempt(fn):
    try:
        r = fn()
    except ZeroDivisionError:
        print("zero")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("else", r)
    finally:
        print("finally")
attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][1])
attempt(lambda: int("x"))
attempt(lambda: 5)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("base class caught", repr(e))
def e_deleted():
    try:
        raise TypeError("t")
    except TypeError as e:
        pass
    return e
try:
    e_deleted()
except (NameError, UnboundLocalError) as err:
    print(type(err).__name__, err)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
for i in range(3):
    try:
        break
    finally:
        print("break finally")
try:
    pass
except:
    print("no")
else:
    print("plain else")
try:
    raise OSError("bare")
except:
    print("bare except caught")
excs = (ValueError, TypeError)
try:
    raise TypeError("tuple var")
except excs as e:
    print("tuple", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
