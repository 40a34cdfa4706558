try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError("context suppressed") from None
