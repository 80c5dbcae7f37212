//! `cargo bench`: the generated lookups side by side with nix, std and
//! HashMaps, on one fixed pseudo-random mix of hits and misses.
#![allow(missing_docs)] // criterion's macros define undocumented items

use wmkc_net_err as net_err;

include!("suite.rs");

criterion::criterion_group!(benches, suite);
criterion::criterion_main!(benches);
