def work():
    try:
        print("working")
        return "result"
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
work()
