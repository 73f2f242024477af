"""Run differential cases under a Molt binary and compare with the expected files.

The same check as tests/differential.rs, without cargo: useful to try a batch
of new cases against an already-built binary.

    python3 tests/compare.py [--molt PATH] [-v] [cases or directories ...]

PATH defaults to target/release/molt. Prints one line per failing case
(-v: with a diff) and `N passed, M failed`. Cases must already have .out and
.status files (tests/regen.py writes them).
"""

import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import regen  # noqa: E402


def run(molt, path):
    directory, name = os.path.split(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        proc = subprocess.run(
            [molt, "run", name],
            cwd=directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=regen.TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    return proc.returncode, proc.stdout, regen.last_nonempty_line(proc.stderr)


def main(argv):
    molt = os.path.join(os.path.dirname(HERE), "target", "release", "molt")
    verbose = False
    paths = []
    it = iter(argv[1:])
    for a in it:
        if a == "--molt":
            molt = next(it)
        elif a == "-v":
            verbose = True
        else:
            paths.append(a)
    passed = failed = 0
    for path in regen.collect(paths):
        base = path[:-3]
        rel = os.path.relpath(path, HERE)
        try:
            with open(base + ".out", "rb") as f:
                want_out = f.read()
            with open(base + ".status", encoding="utf-8") as f:
                lines = f.read().split("\n")
            want_code, want_last = int(lines[0]), lines[1] if len(lines) > 1 else ""
        except OSError:
            print("NO-EXPECTED %s" % rel)
            failed += 1
            continue
        got = run(molt, path)
        if got is None:
            print("TIMEOUT %s" % rel)
            failed += 1
            continue
        code, out, last = got
        problems = []
        if code != want_code:
            problems.append("exit %d (want %d)" % (code, want_code))
        if out != want_out:
            problems.append("stdout differs")
        if last.rstrip() != want_last.rstrip():
            problems.append("stderr %r (want %r)" % (last, want_last))
        if problems:
            failed += 1
            print("FAIL %s: %s" % (rel, "; ".join(problems)))
            if verbose and out != want_out:
                diff = difflib.unified_diff(
                    want_out.decode("utf-8", "replace").splitlines(),
                    out.decode("utf-8", "replace").splitlines(),
                    "cpython", "molt", lineterm="", n=1)
                for line in list(diff)[:40]:
                    print("    " + line)
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
