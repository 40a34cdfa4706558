def mk(i):
    try:
        raise KeyError(i)
    except KeyError:
        try:
            raise ValueError(i)
        except ValueError as v:
            return v
excs = [mk(0)] + [TypeError(i) for i in range(17)]
eg = ExceptionGroup("wide", excs)
deep = eg
for i in range(12):
    deep = ExceptionGroup(f"d{i}", [deep])
try:
    raise deep
finally:
    pass
