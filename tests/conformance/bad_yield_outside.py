a = (yield)
