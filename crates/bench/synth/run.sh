#!/usr/bin/env bash
# Generates the crate of a synthetic spec (default 4,000 codes) under
# target/synth/ and runs the benchmark suite on it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
count=${1:-4000}
mkdir -p target/synth
cargo xtask synth "$count" > target/synth/spec.yaml
cargo xtask gen --spec target/synth/spec.yaml --out target/synth/out
# Absolute: Criterion resolves a relative target folder again from the bench crate.
CARGO_TARGET_DIR="$root/target/synth/target" cargo bench --manifest-path crates/bench/synth/Cargo.toml -- "${@:2}"
