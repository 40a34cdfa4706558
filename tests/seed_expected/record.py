#!/usr/bin/env python3
"""Record CPython's behaviour on the seed scripts that tests/seed_scripts.rs checks.

For each script this writes <script>.out, <script>.err and <script>.code:
stdout, stderr and exit status of `python3 <script>.py`, run the way the test
runs gilpy: working directory scripts/, relative script name, stdin empty.
CPython prints the script's absolute path in tracebacks; that directory is
stored as the placeholder <SCRIPTS> so the files do not depend on where the
repository lives.

Usage: python3 tests/seed_expected/record.py [script ...]   (default: all)
Run it with CPython 3.11, the reference interpreter.
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE.parent.parent / "scripts"
PLACEHOLDER = "<SCRIPTS>"
TIMEOUT = 10

# Keep in step with DETERMINISTIC in tests/seed_scripts.rs.
RECORDED = [
    "001_thread_methods_docstring",
    "001_lock_then_rlock",
    "001_queue_api_notes",
    "004_thread_subclass_target",
    "004_lock_global_counter",
    "004_bounded_semaphore",
    "004_event_input_gate",
    "004_condition_notify_n",
    "002_rlock_recursive",
    "002_timer_captcha",
]


def normalise(data):
    """Replace the absolute scripts directory CPython printed with the placeholder."""
    prefix = os.path.realpath(SCRIPTS).encode() + b"/"
    return data.replace(prefix, PLACEHOLDER.encode() + b"/")


def record(name):
    proc = subprocess.run(
        [sys.executable, f"{name}.py"],
        cwd=SCRIPTS, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT,
    )
    (HERE / f"{name}.out").write_bytes(proc.stdout)
    (HERE / f"{name}.err").write_bytes(normalise(proc.stderr))
    (HERE / f"{name}.code").write_text(f"{proc.returncode}\n")
    print(f"{name}: exit {proc.returncode}")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"record.py needs CPython 3.11, not {sys.version.split()[0]}")
    for name in sys.argv[1:] or RECORDED:
        record(name)


if __name__ == "__main__":
    main()
