// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{NetError, Operation, Platform};

/// Serialized as its name, such as `"ECONNRESET"` (never as a number, which
/// would mean a different code on each platform). Serializing never allocates.
impl Serialize for NetError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Accepts every string [`FromStr`](std::str::FromStr) accepts: the name
/// (`ECONNRESET`), the full code (`WMKC_NET_ERR_ECONNRESET`) and the native
/// symbols (`WSAECONNRESET`). An unknown string is an error that quotes it.
impl<'de> Deserialize<'de> for NetError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ByName::new(
            "a socket error code: its name, full code or native symbol",
            |text| text.parse().ok(),
        ))
    }
}

/// Serialized as the call's name, such as `"connect"`.
impl Serialize for Operation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Accepts the names [`FromStr`](std::str::FromStr) accepts, such as `"connect"`.
impl<'de> Deserialize<'de> for Operation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ByName::new("a socket operation's name", |text| {
            text.parse().ok()
        }))
    }
}

/// Serialized as its name, `"Linux"` or `"Windows"`.
impl Serialize for Platform {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Accepts the names it is serialized as, `"Linux"` and `"Windows"`.
impl<'de> Deserialize<'de> for Platform {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ByName::new("a platform: Linux or Windows", |text| {
            Platform::ALL
                .iter()
                .copied()
                .find(|platform| platform.name() == text)
        }))
    }
}

/// Reads a string and looks it up; what it expected and the input go into
/// the error, so that a message names what was wrong.
struct ByName<T> {
    expecting: &'static str,
    lookup: fn(&str) -> Option<T>,
    value: PhantomData<T>,
}

impl<T> ByName<T> {
    fn new(expecting: &'static str, lookup: fn(&str) -> Option<T>) -> Self {
        Self {
            expecting,
            lookup,
            value: PhantomData,
        }
    }
}

impl<T> Visitor<'_> for ByName<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.lookup)(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(bytes), &self)),
        }
    }
}
