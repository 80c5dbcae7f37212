/// `NAME: summary` on one line, as in `ECONNREFUSED: connection refused by
/// the peer`; the alternate form (`{:#}`) adds [`NetError::en`] on the next line.
impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        f.write_str(": ")?;
        f.write_str(self.summary())?;
        if f.alternate() {
            f.write_str("\n")?;
            f.write_str(self.en())?;
        }
        Ok(())
    }
}

impl std::error::Error for NetError {}

/// Keeps the host's raw OS error when the host has a number for the code,
/// so that `raw_os_error()` round-trips; otherwise wraps the code itself,
/// with its [`NetError::kind`].
impl From<NetError> for std::io::Error {
    fn from(err: NetError) -> Self {
        match err.host_value() {
            Some(code) => std::io::Error::from_raw_os_error(code),
            // The code is kept whole, so `NetError::from_io_error` finds it again.
            None => std::io::Error::new(err.kind(), err),
        }
    }
}
