#!/usr/bin/env python3
"""Benchmark runner: times every benches/*.py under gilpy and CPython.

Each benchmark runs N times under both interpreters, interleaved, and the
medians are compared. gilpy's stdout must equal CPython's. Startup time
(`-c pass`) and peak RSS are measured too. Output is a Markdown table;
`--json` also writes the raw numbers.

A benchmark may declare metadata in `# bench: key=value ...` comment lines
at the top of its file (for example `kind=cpu`, `timeout=60`); `--kind`
selects benchmarks by kind.

Developer tool: run it with python3, standard library only. It builds
nothing: build gilpy first with `cargo build --release`.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_GILPY = REPO_ROOT / "target" / "release" / "gilpy"
DEFAULT_TIMEOUT = 120.0
STARTUP_RUNS = 20
RSS_RUNS = 20
GNU_TIME = Path("/usr/bin/time")
META_PREFIX = "# bench:"


class Result:
    """One process run: wall time, peak RSS, exit status and output."""

    def __init__(self, seconds, maxrss_kb, code, stdout, stderr, timed_out):
        self.seconds = seconds
        self.maxrss_kb = maxrss_kb
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.code == 0 and not self.timed_out


def run_once(argv, cwd, timeout):
    """Run argv once; wall time and ru_maxrss come from os.wait4 on the child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as exc:
            return Result(0.0, 0, None, b"", str(exc).encode(), False)
        fired = threading.Event()
        timer = threading.Timer(timeout, lambda: (fired.set(), proc.kill()))
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Result(seconds, usage.ru_maxrss, proc.returncode, out.read(), err.read(), fired.is_set())


def find_python():
    """The real CPython executable behind `python3` (skipping wrapper scripts)."""
    try:
        found = subprocess.run(
            ["python3", "-c", "import sys; print(sys.executable)"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        if found:
            return found
    except (OSError, subprocess.CalledProcessError):
        pass
    return sys.executable


def read_meta(path):
    """Collect `# bench: key=value` pairs from the file's leading comment lines."""
    meta = {"kind": "cpu"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith(META_PREFIX):
                for pair in line[len(META_PREFIX):].split():
                    key, _, value = pair.partition("=")
                    meta[key] = value
    return meta


def discover(filter_text, kind):
    """Benchmark files in name order, filtered by substring and kind."""
    found = []
    for path in sorted(BENCH_DIR.glob("*.py")):
        if path.name == Path(__file__).name or filter_text not in path.stem:
            continue
        meta = read_meta(path)
        if kind is None or meta.get("kind") == kind:
            found.append((path, meta))
    return found


def metrics(results):
    """Median of each `metric NAME VALUE` line a benchmark printed to stderr."""
    seen = {}
    for r in results:
        for line in r.stderr.decode(errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "metric":
                try:
                    seen.setdefault(parts[1], []).append(float(parts[2]))
                except ValueError:
                    pass
    return {name: statistics.median(values) for name, values in seen.items()}


def median_or_none(results):
    return statistics.median(r.seconds for r in results) if results else None


def describe_failure(result):
    if result.timed_out:
        return "timed out"
    if result.code is None:
        return result.stderr.decode(errors="replace")
    tail = result.stderr.decode(errors="replace").strip().splitlines()[-1:]
    return f"exit {result.code}" + (f": {tail[0]}" if tail else "")


def bench_one(path, meta, python, gilpy, runs):
    """Run one benchmark interleaved under both interpreters; summarise as a dict."""
    timeout = float(meta.get("timeout", DEFAULT_TIMEOUT))
    py_runs, gp_runs = [], []
    for _ in range(runs):
        py_runs.append(run_once([python, path.name], BENCH_DIR, timeout))
        gp_runs.append(run_once([gilpy, path.name], BENCH_DIR, timeout))
    row = {"name": path.stem, "meta": meta}
    row["python_times"] = [r.seconds for r in py_runs]
    row["gilpy_times"] = [r.seconds for r in gp_runs]
    row["python_maxrss_kb"] = max(r.maxrss_kb for r in py_runs)
    row["gilpy_maxrss_kb"] = max(r.maxrss_kb for r in gp_runs)
    py_bad = [r for r in py_runs if not r.ok]
    gp_bad = [r for r in gp_runs if not r.ok]
    row["python_s"] = None if py_bad else median_or_none(py_runs)
    row["gilpy_s"] = None if gp_bad else median_or_none(gp_runs)
    row["python_metrics"] = metrics(py_runs)
    row["gilpy_metrics"] = metrics(gp_runs)
    row["python_error"] = describe_failure(py_bad[0]) if py_bad else None
    row["gilpy_error"] = describe_failure(gp_bad[0]) if gp_bad else None
    expected = py_runs[0].stdout
    row["match"] = not py_bad and not gp_bad and all(r.stdout == expected for r in gp_runs)
    if row["python_s"] and row["gilpy_s"]:
        row["ratio"] = row["gilpy_s"] / row["python_s"]
    else:
        row["ratio"] = None
    return row


def measure_startup(python, gilpy):
    """Median wall time and peak RSS of `-c pass`, interleaved."""
    py_runs, gp_runs = [], []
    for _ in range(STARTUP_RUNS):
        py_runs.append(run_once([python, "-c", "pass"], BENCH_DIR, 10.0))
        gp_runs.append(run_once([gilpy, "-c", "pass"], BENCH_DIR, 10.0))
    startup = {"python": summarise_startup(py_runs), "gilpy": summarise_startup(gp_runs)}
    precise_startup_rss(startup, python, gilpy)
    return startup


def summarise_startup(results):
    ok = [r for r in results if r.ok]
    if len(ok) < len(results):
        return {"error": describe_failure(next(r for r in results if not r.ok))}
    return {
        "median_s": statistics.median(r.seconds for r in ok),
        "maxrss_kb": statistics.median(r.maxrss_kb for r in ok),
    }


def gnu_time_maxrss(argv):
    """Peak RSS in KiB as measured by GNU time, or None if unavailable or failed.

    A child forked by this (large) runner inherits the runner's footprint in
    its ru_maxrss, which hides the true peak of a small process such as
    `python3 -c pass`. GNU time is a tiny parent, so its figure is exact.
    """
    if not GNU_TIME.is_file():
        return None
    with tempfile.NamedTemporaryFile("r") as report:
        cmd = [str(GNU_TIME), "-f", "%M", "-o", report.name, *argv]
        if not run_once(cmd, BENCH_DIR, 10.0).ok:
            return None
        text = report.read().strip().splitlines()
    return int(text[-1]) if text and text[-1].isdigit() else None


def precise_startup_rss(startup, python, gilpy):
    """Replace the wait4 RSS figures by GNU time's when it is installed."""
    for who, exe in (("python", python), ("gilpy", gilpy)):
        if "error" in startup[who]:
            continue
        samples = [gnu_time_maxrss([exe, "-c", "pass"]) for _ in range(RSS_RUNS)]
        if None not in samples:
            startup[who]["maxrss_kb"] = statistics.median(samples)
            startup[who]["maxrss_worst_kb"] = max(samples)
            startup[who]["rss_samples_kb"] = samples
            startup[who]["rss_source"] = "GNU time"
        else:
            startup[who]["rss_source"] = "wait4 (upper bound: includes the runner's fork footprint)"


def geomean(rows):
    """Geometric mean of gilpy/python3 over rows that ran and matched."""
    ratios = [r["ratio"] for r in rows if r["ratio"] and r["match"]]
    if not ratios:
        return None, 0
    return math.exp(sum(math.log(x) for x in ratios) / len(ratios)), len(ratios)


def fmt(value, pattern):
    return "error" if value is None else pattern.format(value)


def print_table(rows, mean, counted):
    print("| benchmark | python3 (s) | gilpy (s) | ratio gilpy/python3 | output match |")
    print("|---|---:|---:|---:|:---:|")
    for r in rows:
        ratio = "–" if r["ratio"] is None else f"{r['ratio']:.2f}"
        match = "yes" if r["match"] else ("error" if r["gilpy_error"] else "**NO**")
        print(f"| {r['name']} | {fmt(r['python_s'], '{:.3f}')} | {fmt(r['gilpy_s'], '{:.3f}')} | {ratio} | {match} |")
    mean_text = "–" if mean is None else f"{mean:.2f}"
    print(f"\nGeometric mean of ratios: {mean_text} ({counted} of {len(rows)} benchmarks)")


def print_metrics(rows):
    """The extra figures benchmarks reported (`metric` lines), python3 beside gilpy."""
    lines = []
    for r in rows:
        for name in sorted(set(r["python_metrics"]) | set(r["gilpy_metrics"])):
            a = r["python_metrics"].get(name)
            b = r["gilpy_metrics"].get(name)
            lines.append(f"| {r['name']} | {name} | {fmt(a, '{:.3f}')} | {fmt(b, '{:.3f}')} |")
    if lines:
        print("\n| benchmark | metric (median of runs) | python3 | gilpy |")
        print("|---|---|---:|---:|")
        print("\n".join(lines))


def print_startup(startup):
    py, gp = startup["python"], startup["gilpy"]
    print(f"\n| startup (`-c pass`, median of {STARTUP_RUNS}) | python3 | gilpy | ratio |")
    print("|---|---:|---:|---:|")
    for key, label, scale, pattern in (
        ("median_s", "wall time (ms)", 1000.0, "{:.1f}"),
        ("maxrss_kb", "peak RSS (MiB)", 1 / 1024, "{:.2f}"),
        ("maxrss_worst_kb", "peak RSS, worst run (MiB)", 1 / 1024, "{:.2f}"),
    ):
        a = py.get(key)
        b = gp.get(key)
        if a is None and b is None and key == "maxrss_worst_kb":
            continue
        ratio = f"{b / a:.2f}" if a and b else "–"
        a_text = fmt(None if a is None else a * scale, pattern)
        b_text = fmt(None if b is None else b * scale, pattern)
        print(f"| {label} | {a_text} | {b_text} | {ratio} |")
    sources = {s.get("rss_source") for s in (py, gp)} - {None}
    if sources:
        print(f"\nPeak RSS measured with: {'; '.join(sorted(sources))}")


def print_errors(rows, startup):
    notes = []
    for r in rows:
        for who in ("python", "gilpy"):
            if r[f"{who}_error"]:
                notes.append(f"- {r['name']} ({who}): {r[f'{who}_error']}")
        if not r["match"] and not r["gilpy_error"] and not r["python_error"]:
            notes.append(f"- {r['name']}: gilpy's stdout differs from python3's")
    for who in ("python", "gilpy"):
        if "error" in startup[who]:
            notes.append(f"- startup ({who}): {startup[who]['error']}")
    if notes:
        print("\nProblems:")
        print("\n".join(notes))
    return bool(notes)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gilpy", default=str(DEFAULT_GILPY), help="gilpy binary (default: target/release/gilpy)")
    parser.add_argument("--python", default=None, help="CPython binary (default: the real executable behind python3)")
    parser.add_argument("--runs", type=int, default=3, help="runs per benchmark and interpreter (default 3)")
    parser.add_argument("--filter", default="", help="only benchmarks whose name contains this")
    parser.add_argument("--kind", default=None, help="only benchmarks declaring this kind (e.g. cpu)")
    parser.add_argument("--json", default=None, metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    parser.add_argument("--startup-only", action="store_true",
                        help="only the startup measurement (wall time and peak RSS of -c pass)")
    return parser.parse_args()


def resolve_path_arg(exe):
    """A relative path (with a slash) made absolute, since runs start in benches/; a bare name is left to PATH."""
    return str(Path(exe).absolute()) if os.sep in exe else exe


def main():
    args = parse_args()
    python = find_python() if args.python is None else resolve_path_arg(args.python)
    gilpy = str(Path(args.gilpy).absolute())
    if not Path(gilpy).is_file():
        print(f"warning: {gilpy} not found (cargo build --release?)", file=sys.stderr)
    print(f"python3: {python}\ngilpy:   {gilpy}\nruns:    {args.runs}\n")
    rows = []
    benchmarks = [] if args.startup_only else discover(args.filter, args.kind)
    for path, meta in benchmarks:
        print(f"running {path.stem} ...", file=sys.stderr, flush=True)
        rows.append(bench_one(path, meta, python, gilpy, args.runs))
    mean, counted = geomean(rows)
    if benchmarks:
        print_table(rows, mean, counted)
        print_metrics(rows)
    startup = {"python": {}, "gilpy": {}}
    if not args.no_startup:
        startup = measure_startup(python, gilpy)
        print_startup(startup)
    problems = print_errors(rows, startup)
    if args.json:
        report = {"python": python, "gilpy": gilpy, "runs": args.runs, "benchmarks": rows,
                  "geomean": mean, "startup": startup}
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
