#!/usr/bin/env bash
# Builds the optimised `molt` binary at target/pgo/molt with profile-guided optimisation
# (what bench/run.py measures when it exists):
#  1. an instrumented build (target/pgo-gen), run over the differential suite's programs
#     (tests/cases: the language and library in general, not the benchmarks) to record
#     which branches and calls are hot;
#  2. the profile merged with llvm-profdata (rustup's llvm-tools component, installed here
#     when missing);
#  3. a release build that uses it (target/pgo-use), copied to target/pgo/molt; the linker
#     keeps the functions the profile found hot and those it never saw run in sections of
#     their own (-z keep-text-section-prefix), so the code a run touches is packed closer
#     and less of the binary becomes resident (peak memory -0.1 to -0.3 MB); and the
#     compiler moves the blocks of a hot function that the profile never saw run to a
#     section of their own (LLVM's machine function splitting), which packs it tighter
#     still (resident code -0.4 to -0.5 MB, peak memory -0.2 to -0.6 MB on bench/, no
#     change in speed beyond the noise).
# The interpreter's loop is one large function whose speed depends on how the compiler
# lays out its hot paths; the profile lets it do so from measurement (5-17% faster on
# fib, deltablue, generators and raytrace than the plain build). Without llvm-tools the plain release build is used.
set -euo pipefail
cd "$(dirname "$0")"

root=$(pwd)
out=target/pgo
mkdir -p "$out"

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    rustup component add llvm-tools >&2 || true
fi
if [ ! -x "$profdata" ]; then
    echo "build-pgo: llvm-profdata not available; using the plain release build" >&2
    cargo build --release -p molt
    cp target/release/molt "$out/molt"
    exit 0
fi

# On x86-64 Linux the binary is built position-dependent (-Crelocation-model=static, a
# non-PIE executable): a `match` compiles to a table of absolute addresses and one
# `jmp *table(,%reg,8)`, where position-independent code loads a 32-bit offset and adds
# the table's address first. The interpreter dispatches through such a table at every
# instruction: 3% fewer instructions on deltablue (callgrind: 1.110 -> 1.074 G). The
# flag applies only to the binary's own crates: the builds name the host as their target,
# so that build scripts and proc-macros (which must be position-independent, being loaded
# by the compiler) are built without it.
extra=""
if [ "$host" = "x86_64-unknown-linux-gnu" ]; then
    extra="-Crelocation-model=static"
fi

raw="$root/$out/raw"
rm -rf "$raw"
RUSTFLAGS="-Cprofile-generate=$raw $extra" CARGO_TARGET_DIR=target/pgo-gen \
    cargo build --release -p molt --target "$host"
gen="$root/target/pgo-gen/$host/release/molt"

# Training: every differential case, run as tests/compare.py runs it (from its directory,
# no input); outputs and exit codes do not matter here.
n=0
for dir in tests/cases/*/; do
    for f in "$dir"*.py; do
        [ -e "$f" ] || continue
        (cd "$dir" && PYTHONHASHSEED=0 timeout 30 "$gen" "$(basename "$f")" \
            </dev/null >/dev/null 2>&1) || true
        n=$((n + 1))
    done
done
echo "build-pgo: trained on $n programs" >&2

"$profdata" merge -o "$root/$out/molt.profdata" "$raw"
# (The same flags for the link-order step below, so that it rebuilds only the binary's
# own crate.)
use_flags="-Cprofile-use=$root/$out/molt.profdata -Clink-arg=-Wl,-z,keep-text-section-prefix -Cllvm-args=-enable-split-machine-functions $extra"
RUSTFLAGS="$use_flags" CARGO_TARGET_DIR=target/pgo-use cargo build --release -p molt --target "$host"
cp "target/pgo-use/$host/release/molt" "$out/molt"

# Link order: the functions that start-up, the import of common modules and forty cases
# execute are found with callgrind (link-order.py) and placed first in their sections
# (lld's --symbol-ordering-file), so the code every run touches is packed together: the
# kernel maps a binary's code in 64 KB windows around each page first run, and start-up
# code scattered through the text kept about 4 MB of it resident. Only the binary's own
# crate is built again (the link). Resident memory at `-c pass` 7.4 -> 6.2 MB; the import
# of a dozen modules 14.2 -> 12.3 MB. Skipped where valgrind or nm is missing; if the
# ordering or the link fails (a linker without the option), the binary above stays.
if [ "$host" = "x86_64-unknown-linux-gnu" ] && command -v valgrind >/dev/null \
    && command -v nm >/dev/null && command -v python3 >/dev/null; then
    order="$root/$out/link-order.txt"
    if python3 link-order.py "$out/molt" "$order" \
        && RUSTFLAGS="$use_flags" CARGO_TARGET_DIR=target/pgo-use cargo rustc --release -p molt --bin molt --target "$host" \
            -- -C "link-arg=-Wl,--symbol-ordering-file=$order" -C link-arg=-Wl,--no-warn-symbol-ordering; then
        cp "target/pgo-use/$host/release/molt" "$out/molt"
    else
        echo "build-pgo: link order not applied" >&2
    fi
fi
echo "build-pgo: built $out/molt" >&2
