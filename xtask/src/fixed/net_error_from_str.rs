impl FromStr for NetError {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match parse_key(s) {
            Some(code) => Ok(code),
            None => unknown(s),
        }
    }
}

/// The error for an unknown string, out of line so that the lookup stays small.
#[cold]
#[inline(never)]
fn unknown(s: &str) -> Result<NetError, ParseError> {
    ParseError::err(ParseTarget::NetError, s)
}
