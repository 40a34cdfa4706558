import os
def attempt(desc, fn):
    try:
        fn()
    except OSError as e:
        print(desc, type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, OSError))
attempt("open missing", lambda: open("definitely_missing_file.txt"))
attempt("remove missing", lambda: os.remove("definitely_missing_file.txt"))
attempt("listdir missing", lambda: os.listdir("no_such_dir_here"))
attempt("open dir", lambda: open("pkgs"))
try:
    open("missing_again.txt")
except FileNotFoundError as e:
    print(str(e))
try:
    raise FileExistsError(17, "File exists", "x.txt")
except OSError as e:
    print(repr(e), str(e))
try:
    raise PermissionError("no access")
except OSError as e:
    print(repr(e), e.errno)
print(OSError(2, "x").__class__.__name__, OSError("a", "b", "c", "d").args)
