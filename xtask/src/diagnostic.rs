//! Errors about the spec, printed as `PATH:LINE:COLUMN: error: MESSAGE`.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in the spec, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec file, as the user named it.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, naming the code and the field.
    pub message: String,
}

impl Diagnostic {
    /// A problem at a known place in the file.
    pub fn at(path: &Path, line: usize, column: usize, message: String) -> Self {
        Self {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    }

    /// A problem with the file as a whole (it cannot be read, it is empty, …).
    pub fn file(path: &Path, message: String) -> Self {
        Self::at(path, 1, 1, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}
