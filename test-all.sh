#!/usr/bin/env bash
# Runs every test of the project (what CI runs, see .ci/run):
#  1. cargo's tests: unit tests, doc tests (the embedding API's examples), the REPL driven
#     through a pseudo-terminal (tests/repl_pty.rs), the differential suite against
#     CPython 3.12's output (tests/differential.rs) and the no-panic suite;
#  2. the embedding examples (vm/examples/), each checked for what it must print;
#  3. examples/embed-app: a program outside the workspace that depends on molt_vm by path;
#  4. the profile-guided build (build-pgo.sh) and the differential suite against it.
set -euo pipefail
cd "$(dirname "$0")"

cargo test --release --workspace -- --nocapture

# Runs an example and checks that its output contains each expected line.
check_example() {
    local name=$1 input=$2
    shift 2
    local out
    out=$(printf '%b' "$input" | cargo run --release -q -p molt_vm --example "$name")
    printf '%s\n' "$out"
    for want in "$@"; do
        if ! grep -qF -- "$want" <<<"$out"; then
            echo "example $name: missing output: $want" >&2
            exit 1
        fi
    done
}
check_example calculator 'hypot(3, 4)\nx = 2\nx ** 10\n1/0\n\n' \
    '= 5.0' '= 1024' 'error: ZeroDivisionError: division by zero'
check_example rust_struct '' 'Vec2(7, 8) dot unit = 7.0' 'back in Rust: Vec2 { x: 7.0, y: 8.0 }'
check_example sandbox '' 'well behaved: ok, result = 332833500' \
    'infinite loop: stopped by FuelExhausted' 'swallows errors: stopped by FuelExhausted' \
    'reads a file: stopped by PermissionError' 'runs a command: stopped by PermissionError' \
    'hogs memory: stopped by MemoryLimitExceeded'

CARGO_TARGET_DIR=target/embed-app cargo run --release -q \
    --manifest-path examples/embed-app/Cargo.toml
echo "examples: 4 passed, 0 failed"

# 4. The profile-guided build the benchmarks measure (build-pgo.sh), and the differential
#    suite again against it. (MOLT_SKIP_PGO=1 skips this step in local runs.)
if [ "${MOLT_SKIP_PGO:-}" != 1 ]; then
    ./build-pgo.sh
    MOLT_TEST_BIN="$(pwd)/target/pgo/molt" cargo test --release -p molt --test differential -- --nocapture
fi
