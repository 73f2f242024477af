"""Regenerate the expected outputs of the differential test corpus.

For every test program tests/cases/**/*.py (or only the paths given on the
command line -- files or directories), run it under reference CPython 3.12 and
write next to it:

  <name>.out     the exact stdout bytes of the run
  <name>.status  two lines: line 1 the exit code as an integer,
                 line 2 the last non-empty line of stderr (or empty)

Each program is run with cwd = the program's directory, argv [python, <name>.py],
an empty stdin, env PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and a 60 s
timeout.

The interpreter is /root/.pyenv/versions/3.12.1/bin/python3 unless the CPYTHON
environment variable names another one.

Usage (from anywhere, with any python3):

    python3 tests/regen.py              # every case
    python3 tests/regen.py tests/cases/arith tests/cases/strings/split.py

Expected files are only ever produced by this script; never edit them by hand.
"""

import os
import subprocess
import sys

DEFAULT_CPYTHON = "/root/.pyenv/versions/3.12.1/bin/python3"
TIMEOUT = 60

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


SUPPORT_PREFIXES = ("mod_", "pkg_", "ns_")


def is_support(name):
    """Modules and packages that cases import (not cases themselves): names starting with
    mod_, pkg_ or ns_ (see tests/README.md)."""
    return name.startswith(SUPPORT_PREFIXES) or name == "__pycache__"


def collect(paths):
    """Return the sorted list of case files named by paths (default: all)."""
    if not paths:
        paths = [CASES]
    found = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not is_support(d))
                for f in files:
                    if f.endswith(".py") and not is_support(f):
                        found.append(os.path.join(root, f))
        elif os.path.isfile(p) and p.endswith(".py"):
            found.append(p)
        else:
            sys.exit("regen.py: not a .py file or directory: %s" % p)
    return sorted(set(found))


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_case(python, path):
    directory, name = os.path.split(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [python, name],
        cwd=directory,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    with open(base + ".status", "w", encoding="utf-8", newline="\n") as f:
        f.write("%d\n%s\n" % (proc.returncode, last_nonempty_line(proc.stderr)))
    return proc.returncode


def main(argv):
    python = os.environ.get("CPYTHON", DEFAULT_CPYTHON)
    cases = collect(argv[1:])
    failures = 0
    for path in cases:
        rel = os.path.relpath(path, HERE)
        try:
            code = run_case(python, path)
        except subprocess.TimeoutExpired:
            print("TIMEOUT  %s" % rel, file=sys.stderr)
            failures += 1
            continue
        if code != 0:
            print("exit %-3d %s" % (code, rel))
    print("regenerated %d case(s) with %s" % (len(cases) - failures, python))
    if failures:
        print("%d case(s) timed out; their expected files were not written" % failures,
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
