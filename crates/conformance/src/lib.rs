//! Tests of the generated crate live under `tests/`.
