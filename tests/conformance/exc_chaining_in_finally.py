def g():
    try:
        raise ValueError("original")
    finally:
        print("in finally")
        [].pop()
g()
