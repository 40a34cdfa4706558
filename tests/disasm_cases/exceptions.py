import threading

lock = threading.Lock()


def work(path):
    try:
        with open(path) as fh, lock:
            return fh.read()
    except (OSError, ValueError) as exc:
        print("failed:", exc)
        raise RuntimeError("wrapped") from exc
    except Exception:
        raise
    else:
        print("no error")
    finally:
        print("done")


def retry(n):
    for attempt in range(n):
        try:
            return attempt / 0
        except ZeroDivisionError:
            continue
        finally:
            print(attempt)
