//! Names of the generated crate's items that the generator itself chooses.
//!
//! The Rust renderers emit these names from here, and `check` refuses a code
//! whose name would collide with one, so the two cannot drift apart.

/// The error code enum.
pub const NET_ERROR: &str = "NetError";
/// The operation enum.
pub const OPERATION: &str = "Operation";
/// The platform enum.
pub const PLATFORM: &str = "Platform";
/// The associated constant of every enum that lists its variants.
pub const ALL: &str = "ALL";

/// Associated items of `NetError` that a code's name could collide with.
/// Codes are upper-case identifiers and every method is lower-case, so only
/// the associated constants can.
pub const RESERVED_CODE_NAMES: &[&str] = &[ALL];
