//! The generator of `wmkc-net-err`.
//!
//! Data flows one way, in one place (`pipeline`): `spec` (read the YAML,
//! with `positions` for where each node is) → `check` (diagnostics only) →
//! `resolve` (a checked spec into a `catalogue::Catalogue`) → `render` (every
//! output, from the catalogue only) → `write` (the one place that touches an
//! output folder).

pub mod catalogue;
pub mod check;
pub mod cxx;
pub mod diagnostic;
pub mod generated_names;
pub mod hint;
pub mod io_kind;
pub mod license;
pub mod names;
pub mod pipeline;
pub mod platform;
pub mod positions;
pub mod render;
pub mod resolve;
pub mod spec;
pub mod synth;
#[cfg(test)]
mod test_support;
pub mod text_rules;
pub mod write;

// The paths and the in-memory run that the command, the tests and the other
// crates of the workspace name from the root.
pub use pipeline::{default_out, default_site, default_spec, generate, workspace_root};
