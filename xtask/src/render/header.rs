//! The header every generated file starts with.

/// The marker every generated file carries in its first line; the writer
/// only ever replaces or removes files that have it.
pub const MARKER: &str = "@generated";

/// The sentence of the header every file under `generated/` starts with.
pub fn header_sentence(spec_label: &str) -> String {
    header_sentence_for(spec_label, "cargo xtask gen")
}

/// The header sentence of a file that `command` writes.
pub fn header_sentence_for(spec_label: &str, command: &str) -> String {
    format!(
        "{MARKER} from {spec_label} by `{command}`. Do not edit: change the spec and run `{command}`."
    )
}
