#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[rustfmt::skip]
mod decode;
#[rustfmt::skip]
mod net_error;
#[rustfmt::skip]
mod operation;
#[rustfmt::skip]
mod parse_error;
#[rustfmt::skip]
mod platform;
// `Serialize` and `Deserialize` by name: the optional `serde` feature.
#[cfg(feature = "serde")]
#[rustfmt::skip]
mod serde_support;

pub use net_error::NetError;
pub use operation::Operation;
pub use parse_error::{ParseError, ParseTarget};
pub use platform::Platform;
