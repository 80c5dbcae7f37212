//! The `cargo bench` suite on the crate generated from a synthetic spec.
#![allow(missing_docs)]

use synth_net_err as net_err;

include!("../../benches/suite.rs");

criterion::criterion_group!(benches, suite);
criterion::criterion_main!(benches);
