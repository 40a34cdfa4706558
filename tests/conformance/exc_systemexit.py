import sys
def attempt(arg):
    try:
        sys.exit(arg) if arg != "noarg" else sys.exit()
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
for a in (0, 1, 42, "message", None, "noarg", (1, 2)):
    attempt(a)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit(7)
except SystemExit as e:
    print("exit() raises SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit()", e.code)
def cleanup():
    try:
        sys.exit(9)
    finally:
        print("finally runs on exit")
cleanup()
print("unreachable")
