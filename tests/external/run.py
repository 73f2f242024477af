"""Run the external-program corpus under a Molt binary and compare with CPython.

Every tests/external/programs/<name>.py is run as `molt run <name>.py` with
cwd = programs/, an empty stdin, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and a
60 s timeout -- the same conditions regen.py uses for CPython 3.12 -- and its
stdout bytes, exit code and last non-empty stderr line are compared with
<name>.out / <name>.status.

    python3 tests/external/run.py [--molt PATH] [--min-pass PCT] [-v] [names...]

PATH defaults to ../../target/release/molt relative to this script.  Prints one
line per failing program (the first differing stdout line, or the exit code
and last stderr line) and then `N passed, M failed (P%)`.  Exit status: 0 if
everything passed, or if --min-pass is given and the pass rate is at least PCT
percent; 1 otherwise.  -v also prints a short unified diff for stdout
mismatches.
"""

import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
DEFAULT_MOLT = os.path.normpath(os.path.join(HERE, "..", "..", "target", "release", "molt"))
TIMEOUT = 60


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def collect(names):
    if not names:
        return sorted(
            os.path.join(PROGRAMS, f) for f in os.listdir(PROGRAMS) if f.endswith(".py")
        )
    found = []
    for n in names:
        base = os.path.basename(n)
        if not base.endswith(".py"):
            base += ".py"
        path = os.path.join(PROGRAMS, base)
        if not os.path.isfile(path):
            sys.exit("run.py: no such program: %s" % n)
        found.append(path)
    return sorted(set(found))


def run_molt(molt, path):
    directory, name = os.path.split(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [molt, "run", name],
        cwd=directory,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, last_nonempty_line(proc.stderr)


def clip(s, n=100):
    s = repr(s)
    return s if len(s) <= n else s[: n - 3] + "..."


def first_difference(expected, got):
    """Describe the first differing stdout line, or None if equal."""
    if expected == got:
        return None
    exp_lines = expected.decode("utf-8", errors="replace").split("\n")
    got_lines = got.decode("utf-8", errors="replace").split("\n")
    missing = object()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else missing
        g = got_lines[i] if i < len(got_lines) else missing
        if e != g:
            return "stdout line %d: expected %s, got %s" % (
                i + 1,
                "<end of output>" if e is missing else clip(e),
                "<end of output>" if g is missing else clip(g),
            )
    return "stdout differs"


def main(argv):
    molt = DEFAULT_MOLT
    verbose = False
    min_pass = None
    names = []
    it = iter(argv[1:])
    for a in it:
        if a == "--molt":
            molt = next(it)
        elif a == "--min-pass":
            min_pass = float(next(it))
        elif a == "-v":
            verbose = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            names.append(a)
    molt = os.path.abspath(molt)
    if not os.path.isfile(molt):
        sys.exit("run.py: no Molt binary at %s (use --molt PATH)" % molt)

    passed = failed = 0
    for path in collect(names):
        name = os.path.basename(path)[:-3]
        base = path[:-3]
        try:
            with open(base + ".out", "rb") as f:
                exp_out = f.read()
            with open(base + ".status", encoding="utf-8") as f:
                status = f.read().split("\n")
            exp_code, exp_last = int(status[0]), status[1] if len(status) > 1 else ""
        except OSError:
            print("FAIL %s: no expected output (run regen.py)" % name)
            failed += 1
            continue
        try:
            code, out, last = run_molt(molt, path)
        except subprocess.TimeoutExpired:
            print("FAIL %s: timeout after %d s" % (name, TIMEOUT))
            failed += 1
            continue
        problems = []
        diff = first_difference(exp_out, out)
        if diff:
            problems.append(diff)
        if code != exp_code or last != exp_last:
            if code != exp_code:
                problems.append("exit %d (expected %d), stderr: %s" % (code, exp_code, clip(last, 160)))
            else:
                problems.append("stderr last line %s (expected %s)" % (clip(last, 120), clip(exp_last, 120)))
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
            if verbose and diff:
                lines = difflib.unified_diff(
                    exp_out.decode("utf-8", "replace").splitlines(),
                    out.decode("utf-8", "replace").splitlines(),
                    "cpython", "molt", lineterm="", n=1)
                for i, line in enumerate(lines):
                    if i >= 20:
                        print("    ...")
                        break
                    print("    " + line)
        else:
            passed += 1
    total = passed + failed
    pct = 100.0 * passed / total if total else 0.0
    print("%d passed, %d failed (%.1f%%)" % (passed, failed, pct))
    if failed == 0 or (min_pass is not None and pct >= min_pass):
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
