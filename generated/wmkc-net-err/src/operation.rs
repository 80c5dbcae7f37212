// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use std::str::FromStr;
use crate::{NetError, ParseError, ParseTarget};
/// A socket operation that can report a [`NetError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// The `accept` call.
    Accept,
    /// The `bind` call.
    Bind,
    /// The `close` call.
    Close,
    /// The `closesocket` call.
    Closesocket,
    /// The `connect` call.
    Connect,
    /// The `listen` call.
    Listen,
    /// The `recv` call.
    Recv,
    /// The `send` call.
    Send,
    /// The `shutdown` call.
    Shutdown,
    /// The `socket` call.
    Socket,
}
impl Operation {
    /// Every operation, in spec order.
    pub const ALL: &'static [Operation] = &[
        Self::Accept,
        Self::Bind,
        Self::Close,
        Self::Closesocket,
        Self::Connect,
        Self::Listen,
        Self::Recv,
        Self::Send,
        Self::Shutdown,
        Self::Socket,
    ];
    /// The call's name, such as `accept`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Bind => "bind",
            Self::Close => "close",
            Self::Closesocket => "closesocket",
            Self::Connect => "connect",
            Self::Listen => "listen",
            Self::Recv => "recv",
            Self::Send => "send",
            Self::Shutdown => "shutdown",
            Self::Socket => "socket",
        }
    }
    /// The codes this operation can report, in spec order.
    pub fn errors(self) -> impl Iterator<Item = NetError> {
        NetError::ALL.iter().copied().filter(move |err| err.applies_to(self))
    }
}
/// Accepts the call's name, such as `accept`. Case-sensitive.
impl FromStr for Operation {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "accept" => Ok(Self::Accept),
            "bind" => Ok(Self::Bind),
            "close" => Ok(Self::Close),
            "closesocket" => Ok(Self::Closesocket),
            "connect" => Ok(Self::Connect),
            "listen" => Ok(Self::Listen),
            "recv" => Ok(Self::Recv),
            "send" => Ok(Self::Send),
            "shutdown" => Ok(Self::Shutdown),
            "socket" => Ok(Self::Socket),
            _ => ParseError::err(ParseTarget::Operation, s),
        }
    }
}
