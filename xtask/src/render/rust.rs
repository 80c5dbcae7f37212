//! Renders the `wmkc-net-err` crate: Rust built as token trees with `quote`,
//! printed by `prettyplease`. Spec text reaches the output only as string
//! literals (values or `#[doc]` attributes), so no text can change the code.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, quote};

use crate::catalogue::{Catalogue, Code, Platform};
use crate::io_kind::{IoKind, code_kind};
use crate::render::header_sentence;
use crate::render::lookup;
use crate::render::text::escape_markdown;

/// Linux architectures whose errno numbers are the generic ones the spec
/// records. Elsewhere (alpha, mips, sparc, parisc, other systems) the host's
/// numbers may differ, so `from_raw_os_error` must not use the errno table.
const GENERIC_ERRNO_ARCHES: &[&str] = &[
    "x86",
    "x86_64",
    "arm",
    "aarch64",
    "riscv32",
    "riscv64",
    "loongarch64",
    "s390x",
    "powerpc",
    "powerpc64",
    "m68k",
    "csky",
    "hexagon",
];

/// Builds the tokens of one generated Rust file.
type BuildFile = fn(&Catalogue) -> TokenStream;

/// The crate's files: `(path relative to the crate, contents)`.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> Vec<(String, String)> {
    let sources: [(&str, BuildFile); 6] = [
        ("src/decode.rs", decode_rs),
        ("src/lib.rs", |_| lib_rs()),
        ("src/net_error.rs", net_error_rs),
        ("src/operation.rs", operation_rs),
        ("src/parse_error.rs", |_| parse_error_rs()),
        ("src/platform.rs", |_| platform_rs()),
    ];
    // Large catalogues spend their time in syn and prettyplease: each file is
    // built and printed on a thread of its own (token trees stay on their thread).
    let printed: Vec<(String, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = sources
            .into_iter()
            .map(|(path, build)| {
                scope.spawn(move || (path.to_string(), print(build(catalogue), spec_label)))
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut files = vec![("Cargo.toml".to_string(), cargo_toml(catalogue, spec_label))];
    files.extend(printed);
    files
}

/// Prints tokens as a Rust file behind the generated header.
fn print(tokens: TokenStream, spec_label: &str) -> String {
    let file: syn::File = match syn::parse2(tokens) {
        Ok(file) => file,
        // The tokens come from this module alone: failing to parse them is a bug here, not in the spec.
        Err(err) => panic!("the Rust renderer built tokens that do not parse: {err}"),
    };
    format!(
        "// {}\n\n{}",
        header_sentence(spec_label),
        prettyplease::unparse(&file)
    )
}

/// `rust-version` is the oldest Rust whose std has every stable `ErrorKind` that `kind()` may name (`InvalidFilename`: 1.87).
fn cargo_toml(catalogue: &Catalogue, spec_label: &str) -> String {
    let krate = &catalogue.krate;
    format!(
        "# {header}\n\n[package]\nname = {name}\nversion = {version}\ndescription = {description}\nedition = \"2024\"\nrust-version = \"1.87\"\nreadme = \"README.md\"\nkeywords = [\"errno\", \"winsock\", \"socket\", \"error\"]\ncategories = [\"network-programming\", \"os\"]\n\n[dependencies]\n",
        header = header_sentence(spec_label),
        name = toml_string(&krate.name),
        version = toml_string(&krate.version),
        description = toml_string(&krate.description),
    )
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An identifier from a name the validator has already checked.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `#[doc = "…"]` attributes, one per line.
fn doc(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

fn lib_rs() -> TokenStream {
    quote! {
        #![doc = include_str!("../README.md")]
        #![forbid(unsafe_code)]
        #![deny(missing_docs)]

        #[rustfmt::skip]
        mod decode;
        #[rustfmt::skip]
        mod net_error;
        #[rustfmt::skip]
        mod operation;
        #[rustfmt::skip]
        mod parse_error;
        #[rustfmt::skip]
        mod platform;

        pub use net_error::NetError;
        pub use operation::Operation;
        pub use parse_error::{ParseError, ParseTarget};
        pub use platform::Platform;
    }
}

fn variant_doc(catalogue: &Catalogue, code: &Code) -> TokenStream {
    let mut lines = vec![
        format!("`{}`: {}", code.code, escape_markdown(&code.en)),
        String::new(),
    ];
    lines.extend(code.zh.lines().map(escape_markdown));
    lines.push(String::new());
    let operations: Vec<String> = code
        .operations
        .iter()
        .map(|&id| format!("`{}`", catalogue.operations[id].name))
        .collect();
    lines.push(format!("- Operations: {}", operations.join(", ")));
    for platform in Platform::ALL {
        let line = match code.native(platform) {
            Some(native) => {
                let alias = native
                    .alias_of
                    .map(|id| {
                        format!(
                            " (decodes as [`{}`](Self::{}))",
                            catalogue.codes[id].name, catalogue.codes[id].name
                        )
                    })
                    .unwrap_or_default();
                format!(
                    "- {}: `{}` = {}{alias}",
                    platform.name(),
                    native.symbol,
                    native.value
                )
            }
            None => format!("- {}: not reported", platform.name()),
        };
        lines.push(line);
    }
    doc(&lines)
}

/// The body of an accessor: a table indexed by the variant's discriminant
/// (variants are numbered in spec order from 0), one entry per code.
fn table(
    catalogue: &Catalogue,
    ty: TokenStream,
    value: impl Fn(&Code) -> TokenStream,
) -> TokenStream {
    let values = catalogue.codes.iter().map(value);
    let len = Literal::usize_unsuffixed(catalogue.codes.len());
    quote! {
        const TABLE: [#ty; #len] = [#(#values),*];
        TABLE[self as usize]
    }
}

/// `Self::A | Self::B => value,` arms: codes with the same value share an arm,
/// in order of first appearance.
fn grouped_arms(catalogue: &Catalogue, value: impl Fn(&Code) -> TokenStream) -> Vec<TokenStream> {
    let mut groups: Vec<(String, TokenStream, Vec<Ident>)> = Vec::new();
    for code in &catalogue.codes {
        let value = value(code);
        let key = value.to_string();
        let variant = ident(&code.name);
        match groups.iter_mut().find(|(existing, _, _)| *existing == key) {
            Some((_, _, variants)) => variants.push(variant),
            None => groups.push((key, value, vec![variant])),
        }
    }
    groups
        .into_iter()
        .map(|(_, value, variants)| quote!(#(Self::#variants)|* => #value,))
        .collect()
}

fn option_tokens<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

fn operation_variant(catalogue: &Catalogue, id: usize) -> Ident {
    ident(&catalogue.operations[id].variant)
}

fn host_cfg() -> TokenStream {
    let arches = GENERIC_ERRNO_ARCHES
        .iter()
        .map(|arch| quote!(target_arch = #arch));
    quote!(all(any(target_os = "linux", target_os = "android"), any(#(#arches),*)))
}

fn decode_fn(catalogue: &Catalogue, platform: Platform) -> TokenStream {
    let table: Vec<(i32, &str)> = catalogue
        .decode_table(platform)
        .into_iter()
        .map(|(value, id)| (value, catalogue.codes[id].name.as_str()))
        .collect();
    let body = lookup::decode_body(&table);
    let (name, what, symbol) = match platform {
        Platform::Linux => ("from_errno", "Linux errno value", "errno"),
        Platform::Windows => ("from_wsa", "Winsock error code", "WSA"),
    };
    let name = ident(name);
    let docs = doc(&[
        format!("Decodes a {what}, on any host; `None` for a value no code has."),
        String::new(),
        "Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.".to_string(),
        String::new(),
        format!(
            "This reads the {symbol} table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers."
        ),
    ]);
    quote! {
        #docs
        #[must_use]
        pub const fn #name(code: i32) -> Option<NetError> {
            #body
        }
    }
}

fn kind_expression(kind: IoKind) -> TokenStream {
    match kind {
        IoKind::Stable(name) => {
            let name = ident(name);
            quote!(std::io::ErrorKind::#name)
        }
        IoKind::Unstable(_, platform, value) => {
            let platform = ident(platform.name());
            let value = Literal::i32_unsuffixed(value);
            quote!(host_kind(Platform::#platform, #value))
        }
        IoKind::Other => quote!(std::io::ErrorKind::Other),
    }
}

fn net_error_rs(catalogue: &Catalogue) -> TokenStream {
    let variants = catalogue.codes.iter().map(|code| {
        let docs = variant_doc(catalogue, code);
        let name = ident(&code.name);
        quote!(#docs #name,)
    });
    let all = catalogue.codes.iter().map(|code| ident(&code.name));
    let str_table = |text: fn(&Code) -> &str| {
        table(catalogue, quote!(&str), |code| {
            Literal::string(text(code)).into_token_stream()
        })
    };
    let code_table = str_table(|code| &code.code);
    let name_table = str_table(|code| &code.name);
    let en_table = str_table(|code| &code.en);
    let zh_table = str_table(|code| &code.zh);
    let operation_table = table(catalogue, quote!(&[Operation]), |code| {
        let ops = code
            .operations
            .iter()
            .map(|&id| operation_variant(catalogue, id));
        quote!(&[#(Operation::#ops),*])
    });
    let platform_table = table(catalogue, quote!(&[Platform]), |code| {
        let platforms = code.platforms().into_iter().map(|p| ident(p.name()));
        quote!(&[#(Platform::#platforms),*])
    });
    let value_table = |platform: Platform| {
        table(catalogue, quote!(Option<i32>), move |code| {
            option_tokens(
                code.native(platform)
                    .map(|n| Literal::i32_unsuffixed(n.value)),
            )
        })
    };
    let symbol_table = |platform: Platform| {
        table(catalogue, quote!(Option<&str>), move |code| {
            option_tokens(code.native(platform).map(|n| n.symbol.clone()))
        })
    };
    let errno_table = value_table(Platform::Linux);
    let wsa_table = value_table(Platform::Windows);
    let errno_symbol_table = symbol_table(Platform::Linux);
    let wsa_symbol_table = symbol_table(Platform::Windows);
    let kind_arms = grouped_arms(catalogue, |code| kind_expression(code_kind(code)));
    let prefix = &catalogue.prefix;
    // Examples in the docs come from the spec, never from a hard-coded code.
    let example = |platform: Option<Platform>| {
        catalogue
            .codes
            .iter()
            .find(|code| platform.is_none_or(|p| code.native(p).is_some()))
            .map(|code| {
                (
                    code.code.clone(),
                    code.name.clone(),
                    platform
                        .and_then(|p| code.native(p))
                        .map(|n| n.symbol.clone()),
                )
            })
            .unwrap_or_default()
    };
    let (example_code, example_name, _) = example(None);
    let code_doc = doc(&[format!("The full code, such as `{example_code}`.")]);
    let name_doc = doc(&[format!(
        "The code without its prefix, such as `{example_name}`; also the variant's name."
    )]);
    let symbol_doc = |platform: Platform, what: &str| {
        let symbol = example(Some(platform))
            .2
            .map(|s| format!(", such as `{s}`"))
            .unwrap_or_default();
        doc(&[format!(
            "The {what} symbol{symbol}, if {} reports this code.",
            platform.name()
        )])
    };
    let errno_symbol_doc = symbol_doc(Platform::Linux, "Linux errno");
    let wsa_symbol_doc = symbol_doc(Platform::Windows, "Winsock");
    let enum_doc = doc(&[
        format!("A socket error code of the WMKC network library (`{prefix}*`)."),
        String::new(),
        "One variant per code, in the order of the spec. A code knows its texts, the".to_string(),
        "operations that report it, and its Linux errno and Winsock values. New codes".to_string(),
        "may be added, so the enum is `#[non_exhaustive]`.".to_string(),
    ]);
    let uses_platform_in_kind = catalogue
        .codes
        .iter()
        .any(|code| matches!(code_kind(code), IoKind::Unstable(..)));
    let host_kind_fn = uses_platform_in_kind.then(|| {
        quote! {
            /// std's kind for a value whose `ErrorKind` variant is not stable yet:
            /// read from std where the host uses `platform`'s numbers, else `Other`.
            fn host_kind(platform: Platform, value: i32) -> std::io::ErrorKind {
                if Platform::host() == Some(platform) {
                    std::io::Error::from_raw_os_error(value).kind()
                } else {
                    std::io::ErrorKind::Other
                }
            }
        }
    });

    quote! {
        use std::fmt;

        use crate::{Operation, Platform};

        #enum_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum NetError {
            #(#variants)*
        }

        impl NetError {
            /// Every code, in spec order.
            pub const ALL: &'static [NetError] = &[#(Self::#all),*];

            #code_doc
            #[must_use]
            pub const fn code(self) -> &'static str {
                #code_table
            }

            #name_doc
            #[must_use]
            pub const fn name(self) -> &'static str {
                #name_table
            }

            /// What the error means, in English.
            #[must_use]
            pub const fn en(self) -> &'static str {
                #en_table
            }

            /// What the error means, in Chinese (the user's original text).
            #[must_use]
            pub const fn zh(self) -> &'static str {
                #zh_table
            }

            /// The socket operations that can report this code, in the spec's order.
            #[must_use]
            pub const fn operations(self) -> &'static [Operation] {
                #operation_table
            }

            /// The platforms that report this code.
            #[must_use]
            pub const fn platforms(self) -> &'static [Platform] {
                #platform_table
            }

            /// The Linux errno value (generic numbering, as on x86-64 and aarch64), if Linux reports this code.
            #[must_use]
            pub const fn errno(self) -> Option<i32> {
                #errno_table
            }

            /// The Winsock error code, if Windows reports this code.
            #[must_use]
            pub const fn wsa(self) -> Option<i32> {
                #wsa_table
            }

            #errno_symbol_doc
            #[must_use]
            pub const fn errno_symbol(self) -> Option<&'static str> {
                #errno_symbol_table
            }

            #wsa_symbol_doc
            #[must_use]
            pub const fn wsa_symbol(self) -> Option<&'static str> {
                #wsa_symbol_table
            }

            /// Whether `op` is among the operations that can report this code.
            #[must_use]
            pub fn applies_to(self, op: Operation) -> bool {
                self.operations().contains(&op)
            }

            /// The `io::ErrorKind` std gives this code, the same on every host: what
            /// std gives its Linux errno, or, for a Windows-only code, its Winsock value;
            /// `ErrorKind::Other` where std has no specific kind.
            ///
            /// Where std's kind is a variant that is not stable yet (such as
            /// `FilesystemLoop`), it is taken from std on a host that uses those numbers and is
            /// `ErrorKind::Other` elsewhere.
            #[must_use]
            pub fn kind(self) -> std::io::ErrorKind {
                match self { #(#kind_arms)* }
            }

            /// The value of this code in the host's own table, if it has one.
            const fn host_value(self) -> Option<i32> {
                match Platform::host() {
                    Some(Platform::Linux) => self.errno(),
                    Some(Platform::Windows) => self.wsa(),
                    None => None,
                }
            }
        }

        #host_kind_fn

        /// `NAME: English text`: the code's name, a colon, and [`NetError::en`].
        impl fmt::Display for NetError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())?;
                f.write_str(": ")?;
                f.write_str(self.en())
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
                    None => std::io::Error::new(err.kind(), err),
                }
            }
        }
    }
}

/// `src/decode.rs`: every way in to a `NetError` (numbers, `io::Error`, strings),
/// in a file of its own so that it renders in parallel with `net_error.rs`.
fn decode_rs(catalogue: &Catalogue) -> TokenStream {
    let parse_keys: Vec<(String, &str)> = (0..catalogue.codes.len())
        .flat_map(|id| {
            let name = catalogue.codes[id].name.as_str();
            catalogue
                .parse_keys(id)
                .into_iter()
                .map(move |key| (key.to_string(), name))
        })
        .collect();
    let parse_body = lookup::string_lookup(&parse_keys);
    let key_words_fn = lookup::key_words_fn();
    let from_errno = decode_fn(catalogue, Platform::Linux);
    let from_wsa = decode_fn(catalogue, Platform::Windows);
    let parse_examples: Vec<String> = if catalogue.codes.is_empty() {
        Vec::new()
    } else {
        catalogue
            .parse_keys(0)
            .into_iter()
            .map(|key| format!("`{key}`"))
            .collect()
    };
    let parse_doc = doc(&[
        "Accepts the full code, the name, and the Linux or Windows symbol".to_string(),
        format!(
            "(for the first code: {}). Case-sensitive.",
            parse_examples.join(", ")
        ),
    ]);

    quote! {
        use std::str::FromStr;

        use crate::{NetError, ParseError, ParseTarget, Platform};

        impl NetError {
            #from_errno

            #from_wsa

            /// Decodes an OS error number with the host's own table: errno on Linux
            /// (on architectures with the generic numbering), Winsock codes on Windows.
            ///
            /// Returns `None` for an unknown value, and on every other host, where the
            /// numbers could mean something else: it never returns a wrong code.
            #[must_use]
            pub fn from_raw_os_error(code: i32) -> Option<NetError> {
                match Platform::host() {
                    Some(Platform::Linux) => Self::from_errno(code),
                    Some(Platform::Windows) => Self::from_wsa(code),
                    None => None,
                }
            }

            /// Decodes an `io::Error`: its raw OS error through
            /// [`NetError::from_raw_os_error`], or a `NetError` it wraps (as made by
            /// `From<NetError> for io::Error` for a code the host has no number for).
            #[must_use]
            pub fn from_io_error(err: &std::io::Error) -> Option<NetError> {
                match err.raw_os_error() {
                    Some(code) => Self::from_raw_os_error(code),
                    None => err.get_ref()?.downcast_ref::<NetError>().copied(),
                }
            }

        }

        #parse_doc
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

        /// The code a string names, through a perfect hash of every accepted string.
        fn parse_key(s: &str) -> Option<NetError> {
            #parse_body
        }

        #key_words_fn

    }
}

fn operation_rs(catalogue: &Catalogue) -> TokenStream {
    let variants = catalogue.operations.iter().map(|op| {
        let docs = doc(&[format!("The `{}` call.", op.name)]);
        let variant = ident(&op.variant);
        quote!(#docs #variant,)
    });
    let all = catalogue.operations.iter().map(|op| ident(&op.variant));
    let name_arms = catalogue.operations.iter().map(|op| {
        let variant = ident(&op.variant);
        let name = &op.name;
        quote!(Self::#variant => #name,)
    });
    let parse_arms = catalogue.operations.iter().map(|op| {
        let variant = ident(&op.variant);
        let name = &op.name;
        quote!(#name => Ok(Self::#variant),)
    });
    quote! {
        use std::fmt;
        use std::str::FromStr;

        use crate::{NetError, ParseError, ParseTarget};

        /// A socket operation that can report a [`NetError`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Operation {
            #(#variants)*
        }

        impl Operation {
            /// Every operation, in spec order.
            pub const ALL: &'static [Operation] = &[#(Self::#all),*];

            /// The call's name, such as `accept`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #(#name_arms)* }
            }

            /// The codes this operation can report, in spec order.
            pub fn errors(self) -> impl Iterator<Item = NetError> {
                NetError::ALL.iter().copied().filter(move |err| err.applies_to(self))
            }
        }

        /// The call's name, such as `accept`.
        impl fmt::Display for Operation {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        /// Accepts the call's name, such as `accept`. Case-sensitive.
        impl FromStr for Operation {
            type Err = ParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    #(#parse_arms)*
                    _ => ParseError::err(ParseTarget::Operation, s),
                }
            }
        }
    }
}

fn platform_rs() -> TokenStream {
    let host = host_cfg();
    quote! {
        use std::fmt;

        /// A platform whose socket calls report these codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Platform {
            /// Linux: codes are errno values.
            Linux,
            /// Windows: codes are Winsock (`WSA*`) values.
            Windows,
        }

        impl Platform {
            /// Both platforms.
            pub const ALL: &'static [Platform] = &[Platform::Linux, Platform::Windows];

            /// `Linux` or `Windows`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    Platform::Linux => "Linux",
                    Platform::Windows => "Windows",
                }
            }

            /// The platform whose numbers this host's OS errors use, if it is one of them:
            /// `Linux` on Linux (and Android) architectures with the generic errno
            /// numbering, `Windows` on Windows, `None` elsewhere.
            #[must_use]
            pub const fn host() -> Option<Platform> {
                if cfg!(#host) {
                    Some(Platform::Linux)
                } else if cfg!(windows) {
                    Some(Platform::Windows)
                } else {
                    None
                }
            }
        }

        /// `Linux` or `Windows`.
        impl fmt::Display for Platform {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    }
}

fn parse_error_rs() -> TokenStream {
    quote! {
        use std::fmt;

        /// What a string failed to parse as.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ParseTarget {
            /// A [`NetError`](crate::NetError): a code, name or native symbol.
            NetError,
            /// An [`Operation`](crate::Operation) name.
            Operation,
        }

        /// A string that names no code (or no operation).
        ///
        /// It keeps the start of the input inline, so making one never allocates.
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct ParseError {
            target: ParseTarget,
            kept: [u8; ParseError::KEPT],
            len: u8,
            truncated: bool,
        }

        impl ParseError {
            /// How many bytes of the input are kept.
            const KEPT: usize = 32;

            /// `Err` for `input`. The kept bytes are gathered 8 at a time as
            /// numbers, so the error is assembled in registers: copying them into
            /// a buffer and then moving the error into the result would stall on
            /// reading back bytes just written (a third of a failed parse's time).
            pub(crate) fn err<T>(target: ParseTarget, input: &str) -> Result<T, Self> {
                let mut len = input.len().min(Self::KEPT);
                while !input.is_char_boundary(len) {
                    len -= 1;
                }
                let bytes = &input.as_bytes()[..len];
                let word = |at: usize| -> [u8; 8] {
                    let rest = bytes.get(at..).unwrap_or_default();
                    match rest.first_chunk::<8>() {
                        Some(chunk) => *chunk,
                        None => rest
                            .iter()
                            .enumerate()
                            .fold(0u64, |word, (index, &byte)| word | (byte as u64) << (8 * index))
                            .to_le_bytes(),
                    }
                };
                let [a, b, c, d] = [word(0), word(8), word(16), word(24)];
                let kept = [
                    a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                    c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7],
                ];
                Err(Self { target, kept, len: len as u8, truncated: len < input.len() })
            }

            /// What the input was expected to be.
            #[must_use]
            pub fn target(&self) -> ParseTarget {
                self.target
            }

            /// The input that was not recognised (its first 32 bytes at most).
            #[must_use]
            pub fn input(&self) -> &str {
                std::str::from_utf8(&self.kept[..usize::from(self.len)]).unwrap_or_default()
            }

            /// Whether [`ParseError::input`] is only the start of the input.
            #[must_use]
            pub fn is_truncated(&self) -> bool {
                self.truncated
            }
        }

        impl fmt::Debug for ParseError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("ParseError")
                    .field("target", &self.target)
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        /// Such as `unknown socket error code "EFOO"`.
        impl fmt::Display for ParseError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let what = match self.target {
                    ParseTarget::NetError => "socket error code",
                    ParseTarget::Operation => "socket operation",
                };
                write!(f, "unknown {what} {:?}", self.input())?;
                if self.truncated {
                    f.write_str(" (truncated)")?;
                }
                Ok(())
            }
        }

        impl std::error::Error for ParseError {}
    }
}
