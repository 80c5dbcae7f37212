// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

use std::fmt;

use crate::Operation;

/// The call's name, such as `accept`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
