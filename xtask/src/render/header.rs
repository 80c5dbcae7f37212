//! The header every generated file starts with.

/// The marker every generated file carries in its first line; the writer
/// only ever replaces or removes files that have it.
pub const MARKER: &str = "@generated";

/// The sentence of the header every generated file starts with.
pub fn header_sentence(spec_label: &str) -> String {
    format!(
        "{MARKER} from {spec_label} by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`."
    )
}
