#!/usr/bin/env python3
"""Molt benchmark runner.

Runs every program in bench/programs/ (or the ones named on the command line)
under CPython, Molt and, if ``pypy3`` is on PATH, PyPy, and compares them.

Usage::

    python3 bench/run.py [--molt PATH] [--cpython PATH] [--reps N]
                         [--startup-reps N] [--timeout S] [--no-pypy]
                         [--no-startup] [--no-imports] [--markdown]
                         [--no-json] [names...]

* Molt defaults to ``target/pgo/molt`` (the profile-guided build that
  ``./build-pgo.sh`` makes) when it exists, else ``target/release/molt``,
  relative to the repository root (found from this script's location); it is
  invoked as ``<molt> run <file>``.  A warning is printed when the PGO build
  is older than the plain one (it may predate the latest changes).
* CPython defaults to ``/root/.pyenv/versions/3.12.1/bin/python3``; the
  ``CPYTHON`` environment variable overrides that default and ``--cpython``
  overrides both.  It is invoked as ``<python> <file>``.
* For each benchmark the interpreters are run alternately (CPython, Molt,
  [PyPy], CPython, Molt, ...) for ``--reps`` rounds (default 5).  Wall time and
  the child's peak RSS (``ru_maxrss`` from ``os.wait4``) are recorded.  As
  Linux carries the RSS high-water mark across fork+exec, a child forked by
  this runner can never report less than the runner's own ~15 MB, so by
  default the child is started through GNU ``/usr/bin/time`` (a ~1 MB
  process), whose wait4 ``ru_maxrss`` of the real program is read back
  (``--rss-method``).
* The stdout of every run is compared with CPython's.  A difference is
  reported as MISMATCH, a non-zero exit status or a timeout as FAIL (after a
  failure that interpreter is not run again for that benchmark).  Neither
  stops the runner.
* Start-up time is measured the same way with ``-c pass``
  (``<molt> -c pass`` for Molt), and so is the import of a dozen library
  modules (``-c "import typing, enum, ..."``, see IMPORTS_CODE; Molt loads
  them from its lib/).  Neither is part of the geometric mean.
* The table shows the median times, the ratio CPython/Molt (> 1 means Molt is
  faster), peak RSS in MB and the output check, followed by the geometric mean
  of the ratios over the benchmarks whose Molt runs were all OK.
  ``--markdown`` prints the table as Markdown instead (for bench/README.md).
* Results, with machine information, are written as JSON to
  ``bench/results/<UTC timestamp>.json`` unless ``--no-json`` is given.

Progress and diagnostics go to stderr; the table goes to stdout.
Requires Python >= 3.8 and only the standard library (POSIX only).
"""

import argparse
import datetime
import difflib
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")
PLAIN_MOLT = os.path.join(REPO_ROOT, "target", "release", "molt")
PGO_MOLT = os.path.join(REPO_ROOT, "target", "pgo", "molt")
DEFAULT_MOLT = PGO_MOLT if os.path.isfile(PGO_MOLT) else PLAIN_MOLT
DEFAULT_CPYTHON = "/root/.pyenv/versions/3.12.1/bin/python3"
STARTUP = "startup"  # pseudo-benchmark name for `-c pass`
IMPORTS = "imports"  # pseudo-benchmark name for `-c IMPORTS_CODE`
IMPORTS_CODE = ("import typing, enum, dataclasses, json, collections, os, functools, "
                "itertools, contextlib, traceback, inspect, weakref")
PSEUDO = {STARTUP: "pass", IMPORTS: IMPORTS_CODE}  # name -> `-c` code; not in the geomean

OK, MISMATCH, FAIL = "OK", "MISMATCH", "FAIL"


# ---------------------------------------------------------------------------
# Running one child process


def _exit_code(status):
    """os.waitstatus_to_exitcode for Python 3.8: -signal or the exit code."""
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    return -1


def _maxrss_bytes(ru):
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    if sys.platform == "darwin":
        return ru.ru_maxrss
    return ru.ru_maxrss * 1024


class RunResult(object):
    def __init__(self, wall, rss, code, stdout, stderr, timed_out=False, error=None):
        self.wall = wall          # seconds
        self.rss = rss            # bytes (peak resident set size of the child)
        self.code = code          # exit code, -signal when killed
        self.stdout = stdout      # bytes
        self.stderr = stderr      # bytes
        self.timed_out = timed_out
        self.error = error        # str when the child could not be started
        self.rss_source = "wait4"  # or "time" (see run_child)

    @property
    def ok(self):
        return self.error is None and not self.timed_out and self.code == 0

    def describe_failure(self):
        if self.error is not None:
            return self.error
        if self.timed_out:
            return "timed out after %.1f s" % self.wall
        if self.code < 0:
            try:
                name = signal.Signals(-self.code).name
            except ValueError:
                name = str(-self.code)
            return "killed by signal %s" % name
        return "exit status %d" % self.code


# Peak RSS measurement.  ru_maxrss from os.wait4 is a high-water mark that
# Linux carries across fork+exec, so a child forked directly from this runner
# never reports less than the runner's own peak RSS (~15 MB), which would hide
# the footprint of small programs.  When GNU time is available the child is
# therefore started through it: GNU time is a ~1 MB process that forks the
# real program and reports *its* wait4 ru_maxrss (format %M, KiB).  Otherwise
# the runner's own wait4 value is used and the floor is reported.
GNU_TIME = None  # set by probe_rss_method()


def probe_rss_method(method):
    """Pick "time" (GNU time wrapper) or "wait4"; return (method, floor_bytes)."""
    global GNU_TIME
    GNU_TIME = None
    true = shutil.which("true") or "/bin/true"
    if method in ("auto", "time"):
        cand = shutil.which("time") if method == "time" else None
        for path in ([cand] if cand else []) + ["/usr/bin/time"]:
            if not (path and os.path.isfile(path) and os.access(path, os.X_OK)):
                continue
            GNU_TIME = path
            res = run_child([true], 60)
            if res.ok and res.rss_source == "time":
                return "time", res.rss
            GNU_TIME = None
        if method == "time":
            sys.exit("--rss-method time: no working GNU time (/usr/bin/time -f %M -o FILE)")
    res = run_child([true], 60)
    return "wait4", res.rss


def _parse_time_file(text):
    """Parse GNU time's -o file: (maxrss KiB or None, signal number or None)."""
    rss = sig = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Command terminated by signal"):
            try:
                sig = int(line.split()[-1])
            except ValueError:
                pass
        elif line.isdigit():
            rss = int(line)
    return rss, sig


def run_child(argv, timeout):
    """Run argv with stdout/stderr captured to temp files and return RunResult.

    The child runs in its own session/process group and is reaped with
    os.wait4 so that its own rusage is available.  A timer kills the process
    group after `timeout` seconds; the kill is only sent while the child is
    known not to have been reaped yet (waitid with WNOWAIT), so a recycled
    pid is never signalled.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="molt-bench-rss-") as rssf:
        full = argv
        if GNU_TIME:
            full = [GNU_TIME, "-f", "%M", "-o", rssf.name] + list(argv)
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, close_fds=True, start_new_session=True)
        except OSError as e:
            return RunResult(0.0, 0, -1, b"", b"", error="cannot start %s: %s" % (full[0], e))
        pid = proc.pid
        lock = threading.Lock()
        state = {"exited": False, "killed": False}

        def kill_group():
            with lock:
                if not state["exited"]:
                    try:
                        os.killpg(pid, signal.SIGKILL)
                    except OSError:
                        pass
                    return True
            return False

        def on_timeout():
            if kill_group():
                state["killed"] = True

        timer = threading.Timer(timeout, on_timeout)
        timer.daemon = True
        timer.start()
        try:
            if hasattr(os, "waitid") and hasattr(os, "WNOWAIT"):
                os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
                with lock:
                    state["exited"] = True
                _, status, ru = os.wait4(pid, 0)
            else:  # e.g. macOS: a tiny pid-reuse race is accepted
                _, status, ru = os.wait4(pid, 0)
                with lock:
                    state["exited"] = True
        except BaseException:  # e.g. KeyboardInterrupt: don't leave it running
            kill_group()
            try:
                os.wait4(pid, 0)
            except OSError:
                pass
            proc.returncode = -1
            raise
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        code = _exit_code(status)
        proc.returncode = code  # keep Popen from trying to reap it again
        rss, rss_source = _maxrss_bytes(ru), "wait4"
        if GNU_TIME:
            try:
                with open(rssf.name) as f:
                    kib, sig = _parse_time_file(f.read())
            except OSError:
                kib = sig = None
            if kib is not None:
                rss, rss_source = kib * 1024, "time"
            if sig is not None and code == 128 + sig:
                code = -sig  # GNU time reports a signal death as 128+signal
        out.seek(0)
        err.seek(0)
        res = RunResult(wall, rss, code, out.read(), err.read(), timed_out=state["killed"])
        res.rss_source = rss_source
        return res


# ---------------------------------------------------------------------------
# Interpreters and benchmarks


class Impl(object):
    def __init__(self, key, label, path, run_prefix, code_prefix):
        self.key = key                    # "cpython", "molt", "pypy"
        self.label = label                # column title
        self.path = path
        self.run_prefix = run_prefix      # argv before the program file
        self.code_prefix = code_prefix    # argv before `-c CODE` (start-up, imports)

    def argv(self, bench):
        if bench.path is None:            # a pseudo-benchmark: `-c CODE`
            return self.code_prefix + ["-c", PSEUDO[bench.name]]
        return self.run_prefix + [bench.path]


class Bench(object):
    def __init__(self, name, path):
        self.name = name
        self.path = path


def discover(names):
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if not names:
        return [Bench(n, os.path.join(PROGRAMS_DIR, n + ".py")) for n in available]
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit("unknown benchmark(s): %s\navailable: %s"
                 % (", ".join(unknown), ", ".join(available)))
    return [Bench(n, os.path.join(PROGRAMS_DIR, n + ".py")) for n in names]


def log(msg=""):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


def show_failure(impl, bench, res):
    log("  !!! %s FAILED on %s: %s" % (impl.label, bench.name, res.describe_failure()))
    tail = res.stderr.decode("utf-8", "replace").strip().splitlines()[-15:]
    for line in tail:
        log("  !!!   " + line)


def show_mismatch(impl, bench, expected, got):
    log("  !!! " + "=" * 66)
    if impl.key == "cpython":
        log("  !!! NON-DETERMINISTIC: CPython's output for %s differs between runs"
            % bench.name)
    else:
        log("  !!! OUTPUT MISMATCH: %s on %s differs from CPython" % (impl.label, bench.name))
    diff = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        got.decode("utf-8", "replace").splitlines(),
        "cpython", impl.key, lineterm="", n=1)
    for i, line in enumerate(diff):
        if i >= 30:
            log("  !!! ... (diff truncated)")
            break
        log("  !!! " + line)
    log("  !!! " + "=" * 66)


def run_bench(bench, impls, reps, timeout):
    """Alternate the interpreters for `reps` rounds; return a result dict."""
    cpy = impls[0]
    per = {}
    for impl in impls:
        per[impl.key] = {"path": impl.path, "argv": impl.argv(bench), "times": [],
                         "rss": [], "status": OK, "detail": None}
    reference = None
    for rep in range(reps):
        for impl in impls:
            rec = per[impl.key]
            if rec["status"] == FAIL:
                continue  # don't keep re-running something that failed
            res = run_child(impl.argv(bench), timeout)
            if not res.ok:
                rec["status"] = FAIL
                rec["detail"] = res.describe_failure()
                rec["stderr_tail"] = res.stderr.decode("utf-8", "replace")[-2000:]
                show_failure(impl, bench, res)
                continue
            rec["times"].append(res.wall)
            rec["rss"].append(res.rss)
            if impl is cpy and reference is None:
                reference = res.stdout
                rec["stdout_lines"] = len(reference.splitlines())
                rec["stdout_last_line"] = (reference.decode("utf-8", "replace")
                                           .rstrip("\n").rsplit("\n", 1)[-1])
            if reference is None:
                continue  # CPython failed; nothing to compare against
            if res.stdout != reference and rec["status"] == OK:
                rec["status"] = MISMATCH
                rec["detail"] = ("stdout differs from CPython's" if impl is not cpy
                                 else "CPython output not deterministic")
                show_mismatch(impl, bench, reference, res.stdout)
        log("  round %d/%d: %s" % (rep + 1, reps, "  ".join(
            "%s %s" % (impl.key, ("%.3fs" % per[impl.key]["times"][-1])
                       if per[impl.key]["status"] != FAIL and per[impl.key]["times"]
                       else per[impl.key]["status"])
            for impl in impls)))
    if reference is None:
        # Without a CPython reference no output check was possible.
        for impl in impls[1:]:
            if per[impl.key]["status"] == OK:
                per[impl.key]["status"] = "UNCHECKED"
    for impl in impls:
        rec = per[impl.key]
        rec["median"] = statistics.median(rec["times"]) if rec["times"] else None
        rec["peak_rss_mb"] = max(rec["rss"]) / (1024.0 * 1024.0) if rec["rss"] else None
    cm = per[cpy.key]["median"]
    for impl in impls[1:]:
        rec = per[impl.key]
        good = rec["status"] == OK and per[cpy.key]["status"] == OK
        rec["ratio"] = (cm / rec["median"]) if (good and rec["median"]) else None
    return {"name": bench.name, "results": per}


# ---------------------------------------------------------------------------
# Reporting


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def build_table(results, impls):
    head = ["benchmark"]
    for impl in impls:
        head.append("%s s" % impl.label)
        if impl is not impls[0]:
            head.append("CPy/%s" % impl.label)
    for impl in impls:
        head.append("%s MB" % impl.label)
    for impl in impls[1:]:
        head.append("%s check" % impl.label if len(impls) > 2 else "check")
    rows = []
    for r in results:
        per = r["results"]
        row = [r["name"]]
        for impl in impls:
            rec = per[impl.key]
            row.append(fmt(rec["median"], ".3f") if rec["status"] != FAIL else FAIL)
            if impl is not impls[0]:
                row.append(fmt(rec["ratio"], ".2f"))
        for impl in impls:
            row.append(fmt(per[impl.key]["peak_rss_mb"], ".1f"))
        cstat = per[impls[0].key]["status"]
        for impl in impls[1:]:
            st = per[impl.key]["status"]
            if cstat != OK and st == OK:
                st = "CPython " + cstat
            row.append(st)
        rows.append(row)
    return head, rows


def summary_lines(results, impls):
    lines = []
    benches = [r for r in results if r["name"] not in PSEUDO]
    for impl in impls[1:]:
        ratios = [r["results"][impl.key]["ratio"] for r in benches
                  if r["results"][impl.key]["ratio"] is not None]
        gm = geomean(ratios)
        lines.append("geometric mean CPython/%s over %d/%d OK benchmarks: %s%s" % (
            impl.label, len(ratios), len(benches), fmt(gm, ".3f"),
            "" if gm is None or abs(gm - 1) < 0.005
            else "  (%s faster)" % (impl.label if gm > 1 else "CPython")))
    return lines


def print_plain(head, rows, summary):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]

    def line(cells):
        out = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            out.append(str(c).ljust(w) if i == 0 else str(c).rjust(w))
        return "  ".join(out).rstrip()

    print(line(head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    print()
    for s in summary:
        print(s)


def print_markdown(head, rows, summary):
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join([":---"] + ["---:"] * (len(head) - 1)) + "|")
    for row in rows:
        cells = [str(c) for c in row]
        cells = ["**%s**" % c if c in (MISMATCH, FAIL) else c for c in cells]
        print("| " + " | ".join(cells) + " |")
    print()
    for s in summary:
        print("*" + s + "*  ")


# ---------------------------------------------------------------------------
# Machine information and JSON


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def version_of(path):
    try:
        p = subprocess.run([path, "-V"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=20)
        return p.stdout.decode("utf-8", "replace").strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def git_commit():
    try:
        p = subprocess.run(["git", "-C", REPO_ROOT, "rev-parse", "HEAD"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=20)
        if p.returncode != 0:
            return None
        return p.stdout.decode().strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def machine_info():
    try:
        load = os.getloadavg()
    except (OSError, AttributeError):
        load = None
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_model": cpu_model(),
        "nproc": os.cpu_count(),
        "loadavg_at_start": load,
        "runner_python": sys.version.split()[0],
    }


def write_json(doc, stamp):
    os.makedirs(RESULTS_DIR, exist_ok=True)
    path = os.path.join(RESULTS_DIR, stamp + ".json")
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(doc, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)
    return path


# ---------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare Molt with CPython (and PyPy if present) on bench/programs.")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--molt", default=DEFAULT_MOLT,
                    help="Molt binary (default: <repo>/target/pgo/molt when it "
                         "exists, else <repo>/target/release/molt)")
    ap.add_argument("--cpython", default=os.environ.get("CPYTHON") or DEFAULT_CPYTHON,
                    help="CPython binary (default: $CPYTHON or %s)" % DEFAULT_CPYTHON)
    ap.add_argument("--reps", type=int, default=5, help="rounds per benchmark (default 5)")
    ap.add_argument("--startup-reps", type=int, default=None,
                    help="rounds for the `-c pass` start-up and the imports tests "
                         "(default: 4 x reps)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed and marked FAIL (default 300)")
    ap.add_argument("--no-pypy", action="store_true", help="don't run pypy3 even if on PATH")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    ap.add_argument("--no-imports", action="store_true",
                    help="skip the measurement of importing a dozen library modules")
    ap.add_argument("--rss-method", choices=("auto", "time", "wait4"), default="auto",
                    help="how peak RSS is measured: through GNU time (accurate, default "
                         "when /usr/bin/time works) or the runner's own wait4 (floored "
                         "at the runner's RSS)")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--no-json", action="store_true", help="don't write bench/results/*.json")
    args = ap.parse_args(argv)
    if args.reps < 1:
        ap.error("--reps must be >= 1")
    startup_reps = args.startup_reps if args.startup_reps is not None else 4 * args.reps

    cpython = shutil.which(args.cpython) or args.cpython
    molt = os.path.abspath(args.molt) if os.sep in args.molt else (shutil.which(args.molt) or args.molt)
    if not (os.path.isfile(cpython) and os.access(cpython, os.X_OK)):
        sys.exit("CPython not found or not executable: %s" % cpython)
    benches = discover(args.names)
    if not (os.path.isfile(molt) and os.access(molt, os.X_OK)):
        log("warning: Molt binary %s not found; its runs will be reported as FAIL" % molt)
    elif (molt == PGO_MOLT and os.path.isfile(PLAIN_MOLT)
          and os.path.getmtime(PLAIN_MOLT) > os.path.getmtime(PGO_MOLT)):
        log("warning: %s is older than %s: run ./build-pgo.sh to measure the latest code"
            % (PGO_MOLT, PLAIN_MOLT))

    impls = [Impl("cpython", "CPython", cpython, [cpython], [cpython]),
             Impl("molt", "Molt", molt, [molt, "run"], [molt])]
    pypy = None if args.no_pypy else shutil.which("pypy3")
    if pypy:
        impls.append(Impl("pypy", "PyPy", pypy, [pypy], [pypy]))

    rss_method, rss_floor = probe_rss_method(args.rss_method)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    info = machine_info()
    log("molt benchmarks %s  (%s, %s, nproc=%s)" % (stamp, info["cpu_model"],
                                                     info["platform"], info["nproc"]))
    for impl in impls:
        log("  %-8s %s" % (impl.label, impl.path))
    log("  peak RSS via %s (floor: %.1f MB for /bin/true)" % (
        "GNU time" if rss_method == "time" else "the runner's wait4", rss_floor / 1048576.0))

    results = []
    if not args.no_startup:
        log("[%s] %s, %d rounds" % (STARTUP, "-c pass", startup_reps))
        results.append(run_bench(Bench(STARTUP, None), impls, startup_reps, args.timeout))
    if not args.no_imports:
        log("[%s] -c %r, %d rounds" % (IMPORTS, IMPORTS_CODE, startup_reps))
        results.append(run_bench(Bench(IMPORTS, None), impls, startup_reps, args.timeout))
    for b in benches:
        log("[%s] %d rounds" % (b.name, args.reps))
        results.append(run_bench(b, impls, args.reps, args.timeout))

    head, rows = build_table(results, impls)
    summary = summary_lines(results, impls)
    log()
    if args.markdown:
        print_markdown(head, rows, summary)
    else:
        print_plain(head, rows, summary)

    bad = [(r["name"], impl.label, r["results"][impl.key]["status"])
           for r in results for impl in impls if r["results"][impl.key]["status"] != OK]
    if bad:
        log()
        log("!!! PROBLEMS: " + ", ".join("%s/%s %s" % b for b in bad))

    if not args.no_json:
        doc = {
            "timestamp_utc": stamp,
            "machine": info,
            "git_commit": git_commit(),
            "reps": args.reps,
            "startup_reps": None if args.no_startup else startup_reps,
            "imports_reps": None if args.no_imports else startup_reps,
            "imports_code": None if args.no_imports else IMPORTS_CODE,
            "timeout_s": args.timeout,
            "rss_method": rss_method,
            "rss_floor_mb": rss_floor / 1048576.0,
            "interpreters": {impl.key: {"path": impl.path,
                                        "version": version_of(impl.path)
                                        if impl.key != "molt" else None}
                             for impl in impls},
            "benchmarks": results,
            "geomean_ratio": {
                impl.key: geomean([r["results"][impl.key]["ratio"] for r in results
                                   if r["name"] not in PSEUDO])
                for impl in impls[1:]},
        }
        path = write_json(doc, stamp)
        log("results written to %s" % os.path.relpath(path))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
