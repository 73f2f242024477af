"""Regenerate the expected outputs of the external-program corpus.

For every program tests/external/programs/<name>.py (or only the ones named on
the command line, as paths or bare names), run it under reference CPython 3.12
and write next to it:

  <name>.out     the exact stdout bytes of the run
  <name>.status  two lines: line 1 the exit code as an integer,
                 line 2 the last non-empty line of stderr (or empty)

Each program is run with cwd = programs/, argv [python, <name>.py], an empty
stdin, env PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and a 60 s timeout.

The interpreter is /root/.pyenv/versions/3.12.1/bin/python3 unless the CPYTHON
environment variable names another one.  Works from any directory, with any
python3:

    python3 tests/external/regen.py            # every program
    python3 tests/external/regen.py pp_nbody ta_heap.py

Expected files are only ever produced by this script; never edit them by hand.
"""

import os
import subprocess
import sys

DEFAULT_CPYTHON = "/root/.pyenv/versions/3.12.1/bin/python3"
TIMEOUT = 60

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def collect(names):
    """Sorted list of program paths named by names (default: all)."""
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
            sys.exit("regen.py: no such program: %s" % n)
        found.append(path)
    return sorted(set(found))


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_program(argv0, path, extra_args=()):
    """Run one program the corpus way; return (exit code, stdout, stderr last line).

    Raises subprocess.TimeoutExpired on timeout."""
    directory, name = os.path.split(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [argv0, *extra_args, name],
        cwd=directory,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, last_nonempty_line(proc.stderr)


def main(argv):
    python = os.environ.get("CPYTHON", DEFAULT_CPYTHON)
    programs = collect(argv[1:])
    failures = 0
    for path in programs:
        name = os.path.basename(path)
        try:
            code, out, last = run_program(python, path)
        except subprocess.TimeoutExpired:
            print("TIMEOUT  %s" % name, file=sys.stderr)
            failures += 1
            continue
        base = path[:-3]
        with open(base + ".out", "wb") as f:
            f.write(out)
        with open(base + ".status", "w", encoding="utf-8", newline="\n") as f:
            f.write("%d\n%s\n" % (code, last))
        if code != 0:
            print("exit %-3d %s  (%s)" % (code, name, last))
    print("regenerated %d program(s) with %s" % (len(programs) - failures, python))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
