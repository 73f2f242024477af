#!/usr/bin/env python3
"""Writes a symbol ordering file for the linker (lld's --symbol-ordering-file) from what a
built `molt` binary executes: build-pgo.sh links the optimised binary again with it.

A process's resident memory includes every 64 KB window of the binary's code that it
touched (the kernel maps file pages around a faulting one), so code run at every start-up,
scattered through 5 MB of text, keeps most of that text resident. Listing the functions
that start-up and common work execute makes the linker place them first in their
sections, next to each other.

Usage: link-order.py BINARY OUT

The executed code is found with callgrind (valgrind) on a few runs: `-c pass`, the
import of a dozen library modules (the benchmarks' `imports` line), and forty
differential cases spread over tests/cases (about 50 s in all). Each executed address is
mapped to the function symbol containing it (nm), including the cold parts split off hot
functions (`NAME.cold`). Functions run at start-up come first, then those the cases
added. (Forty cases rather than twelve: deepcopy's peak 15.3 -> 15.1 MB, start-up's and
the imports line's 0.2 MB lower.)
"""

import bisect
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
IMPORTS = ("import typing, enum, dataclasses, json, collections, os, functools, "
           "itertools, contextlib, traceback, inspect, weakref")
# How many differential cases to run (spread evenly over tests/cases, sorted).
CASES = 40


def symbols(binary):
    """(address, name) of every code symbol, sorted by address."""
    out = subprocess.run(["nm", "-n", binary], capture_output=True, text=True, check=True)
    syms = []
    for line in out.stdout.splitlines():
        w = line.split()
        if len(w) == 3 and w[1] in "tTwW":
            syms.append((int(w[0], 16), w[2]))
    syms.sort()
    return syms


def executed(binary, args, cwd):
    """Addresses of the instructions a run executed (callgrind --dump-instr)."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as f:
        try:
            subprocess.run(
                ["valgrind", "--tool=callgrind", "--dump-instr=yes",
                 "--callgrind-out-file=" + f.name, binary] + args,
                cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            pass
        addrs = set()
        pat = re.compile(r"^(0x[0-9a-f]+) ")
        with open(f.name) as cg:
            for line in cg:
                m = pat.match(line)
                if m:
                    addrs.add(int(m.group(1), 16))
        return addrs


def main():
    binary, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    syms = symbols(binary)
    keys = [a for a, _ in syms]

    def names(addrs):
        found = set()
        for a in addrs:
            i = bisect.bisect_right(keys, a) - 1
            if i >= 0:
                found.add(syms[i])
        return found

    start = names(executed(binary, ["-c", "pass"], ROOT))
    start |= names(executed(binary, ["-c", IMPORTS], ROOT))
    more = set()
    cases = sorted(
        os.path.join(d, f)
        for d, _, fs in os.walk(os.path.join(ROOT, "tests", "cases"))
        for f in fs
        if f.endswith(".py")
    )
    for path in cases[:: max(1, len(cases) // CASES)][:CASES]:
        more |= names(executed(binary, [os.path.basename(path)], os.path.dirname(path)))
    more -= start
    order = [n for _, n in sorted(start)] + [n for _, n in sorted(more)]
    with open(out, "w") as f:
        f.write("\n".join(order) + "\n")
    print(f"link-order: {len(start)} start-up functions, {len(more)} more", file=sys.stderr)


if __name__ == "__main__":
    main()
