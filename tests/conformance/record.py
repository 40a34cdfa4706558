# Records CPython 3.11's behaviour for the conformance corpus.
#
# For every program <name>.py in this folder (not in subfolders), or only for
# the names given as arguments, runs python3 from inside this folder as
# `python3 <name>.py`, feeding <name>.stdin if it exists (else empty stdin), and
# writes <name>.out (stdout), <name>.err (stderr) and <name>.code (exit status).
#
# Path rule (tests/conformance.rs applies the same one to gilpy's output): every
# occurrence of this folder's absolute path followed by "/" is removed, so a
# traceback line `File "/abs/tests/conformance/pkgs/m.py"` becomes
# `File "pkgs/m.py"`. Nothing else is changed.
#
# Usage: python3 tests/conformance/record.py [name ...]    (names with or without .py)

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60
ENV_OVERRIDES = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}
SKIP = {"record.py"}


def normalise(text):
    """Removes the corpus folder's absolute path (as spelled and resolved) plus '/'."""
    for spelling in {HERE, os.path.realpath(HERE)}:
        text = text.replace(spelling + "/", "")
    return text


def program_names(args):
    """The programs to record: the arguments, or every .py file directly in HERE."""
    if args:
        return [a[:-3] if a.endswith(".py") else a for a in args]
    return sorted(
        f[:-3]
        for f in os.listdir(HERE)
        if f.endswith(".py") and f not in SKIP and os.path.isfile(os.path.join(HERE, f))
    )


def record(name):
    """Runs one program under python3 and writes its three expectation files."""
    stdin_path = os.path.join(HERE, name + ".stdin")
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    env = dict(os.environ, **ENV_OVERRIDES)
    proc = subprocess.run(
        [sys.executable, name + ".py"],
        cwd=HERE,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=TIMEOUT,
    )
    outputs = {
        "out": proc.stdout.decode("utf-8", "replace"),
        "err": proc.stderr.decode("utf-8", "replace"),
        "code": "%d\n" % proc.returncode,
    }
    for ext, text in outputs.items():
        with open(os.path.join(HERE, name + "." + ext), "w", encoding="utf-8", newline="") as f:
            f.write(normalise(text))
    return proc.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    for name in program_names(sys.argv[1:]):
        code = record(name)
        print("%-40s exit %d" % (name, code))


if __name__ == "__main__":
    main()
