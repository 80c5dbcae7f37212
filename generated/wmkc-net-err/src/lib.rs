// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Rendered from the spec as data: prettyplease prints them, rustfmt leaves them be.
#[rustfmt::skip]
mod decode;
#[rustfmt::skip]
mod net_error;
#[rustfmt::skip]
mod operation;

// Written by hand: they refer to the rendered types by path.
mod explanation;
mod net_error_traits;
mod operation_traits;
mod parse_error;
mod platform;
// `Serialize` and `Deserialize` by name: the optional `serde` feature.
#[cfg(feature = "serde")]
mod serde_support;
// Used by decode.rs's perfect hash; unused when a catalogue's names need the
// `match` fallback, which this file, the same for every catalogue, cannot know.
#[allow(dead_code)]
mod string_hash;

pub use explanation::Explanation;
pub use net_error::NetError;
pub use operation::Operation;
pub use parse_error::{ParseError, ParseTarget};
pub use platform::Platform;
