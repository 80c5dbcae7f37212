//! Everything a platform means, declared once.
//!
//! The spec reader, the checks, the catalogue and every renderer loop over
//! [`Platform::ALL`] and read a platform's [`Facts`]; none of them names a
//! platform. Adding one means a variant here with its facts, its field in
//! `spec::CodeSpec`, and its variant in the generated crate's hand-written
//! `Platform` (`xtask/crate-source/platform.rs`, the public API; a test ties
//! the two).

use std::ops::RangeInclusive;

/// A platform a code can be reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Platform {
    /// Linux: errno values.
    Linux,
    /// Windows: Winsock (`WSA*`) values.
    Windows,
}

/// What std's `io::Error::from_raw_os_error(value).kind()` gives for one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StdKind {
    /// The raw OS error value.
    pub value: i32,
    /// The `ErrorKind` variant's name.
    pub kind: &'static str,
    /// Whether that variant is stable (and so can be named in generated code).
    pub stable: bool,
}

/// Everything the generator knows about a platform.
#[derive(Debug)]
pub struct Facts {
    /// The key of a code's native entry in the spec (`linux`).
    pub key: &'static str,
    /// The name in the generated crate and the docs (`Linux`); also the
    /// generated `Platform` variant.
    pub name: &'static str,
    /// The start every native symbol has (`E`, `WSA`).
    pub symbol_prefix: &'static str,
    /// What stands before the POSIX name in a native symbol: nothing on
    /// Linux, `WSA` in `WSAECONNRESET`. What is left names the code's
    /// `std::errc`.
    pub posix_name_prefix: &'static str,
    /// Whether `std::generic_category()`'s values here are the native values:
    /// POSIX's are its errno; on Windows they are the C runtime's errno
    /// (ECONNRESET is 108), not Winsock's.
    pub cxx_generic_is_native: bool,
    /// What a native symbol is, for messages.
    pub symbol_kind: &'static str,
    /// The values a code may take.
    pub values: RangeInclusive<i64>,
    /// The generated decoder of this platform's values (`from_errno`).
    pub decoder: &'static str,
    /// The generated accessor of a code's value here (`errno`).
    pub value_accessor: &'static str,
    /// The generated accessor of a code's symbol here (`errno_symbol`).
    pub symbol_accessor: &'static str,
    /// What gives the platform's own message for a value, in docs.
    pub message_noun: &'static str,
    /// What a value is, in docs ("Linux errno value").
    pub value_noun: &'static str,
    /// The name of the table, in docs ("errno").
    pub table_noun: &'static str,
    /// What a symbol is, in docs ("Linux errno").
    pub symbol_noun: &'static str,
    /// The rustdoc of the value accessor.
    pub value_doc: &'static str,
    /// The heading, in the user's document, of the codes reported only here.
    pub only_here_heading: &'static str,
    /// Where this platform's own documentation lives: every code reported
    /// here must list a reference whose link starts with it.
    pub docs_prefix: &'static str,
    /// What such a reference is, for messages ("a Linux man page").
    pub docs_noun: &'static str,
    /// The C preprocessor condition that holds on this platform's hosts.
    pub c_host: &'static str,
    /// The preprocessor lines with which the C header includes the system
    /// header that defines the symbols there.
    pub c_include: &'static str,
    /// The C preprocessor condition under which the host numbers the codes
    /// as the spec does (checked at compile time there).
    pub c_spec_numbering: &'static str,
    /// The C expression that gives the last failure's value here.
    pub c_last_error: &'static str,
    /// Every error name the platform's system headers (`c_include`) define:
    /// the C header defines each code's full name as a macro beside them, so
    /// no full name may be one.
    pub c_error_names: &'static [&'static str],
    /// Where those names come from, for messages ("a Linux errno name (<errno.h>)").
    pub c_error_names_noun: &'static str,
    /// std's `ErrorKind` decoding of this platform's values, sorted by value;
    /// every other value decodes to std's hidden `Uncategorized`.
    pub std_kinds: &'static [StdKind],
}

/// The upper-case macros of the C standard headers the generated C header
/// includes, or that programs include beside it: the C header defines each
/// code's full name as a macro, so no full name may be one. From C23's
/// <stddef.h> (7.21), <limits.h> (5.2.4.2.1) and <errno.h> (7.5), and
/// <stdio.h>'s EOF; NDEBUG is the program's own, and <assert.h> reads it.
/// Their lower-case identifiers (errno, offsetof, bool, true, false, assert)
/// cannot be a full name: the prefix and every name are upper-case.
pub const C_STANDARD_NAMES: &[&str] = &[
    // <stddef.h>
    "NULL",
    // <limits.h>
    "BOOL_MAX",
    "BOOL_WIDTH",
    "CHAR_BIT",
    "CHAR_WIDTH",
    "SCHAR_WIDTH",
    "UCHAR_WIDTH",
    "SCHAR_MIN",
    "SCHAR_MAX",
    "UCHAR_MAX",
    "CHAR_MIN",
    "CHAR_MAX",
    "MB_LEN_MAX",
    "SHRT_WIDTH",
    "USHRT_WIDTH",
    "SHRT_MIN",
    "SHRT_MAX",
    "USHRT_MAX",
    "INT_WIDTH",
    "UINT_WIDTH",
    "INT_MIN",
    "INT_MAX",
    "UINT_MAX",
    "LONG_WIDTH",
    "ULONG_WIDTH",
    "LONG_MIN",
    "LONG_MAX",
    "ULONG_MAX",
    "LLONG_WIDTH",
    "ULLONG_WIDTH",
    "LLONG_MIN",
    "LLONG_MAX",
    "ULLONG_MAX",
    "BITINT_MAXWIDTH",
    // <errno.h>
    "EDOM",
    "EILSEQ",
    "ERANGE",
    // <stdio.h>, <assert.h>
    "EOF",
    "NDEBUG",
];

impl Platform {
    /// Every platform, in generated order.
    pub const ALL: [Platform; 2] = [Platform::Linux, Platform::Windows];

    /// Everything the generator knows about this platform.
    pub fn facts(self) -> &'static Facts {
        match self {
            Platform::Linux => &LINUX,
            Platform::Windows => &WINDOWS,
        }
    }

    /// The name used in the generated crate and the docs.
    pub fn name(self) -> &'static str {
        self.facts().name
    }

    /// The platform whose spec key is `key`.
    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL
            .into_iter()
            .find(|platform| platform.facts().key == key)
    }
}

const fn stable(value: i32, kind: &'static str) -> StdKind {
    StdKind {
        value,
        kind,
        stable: true,
    }
}

const fn unstable(value: i32, kind: &'static str) -> StdKind {
    StdKind {
        value,
        kind,
        stable: false,
    }
}

static LINUX: Facts = Facts {
    key: "linux",
    name: "Linux",
    symbol_prefix: "E",
    posix_name_prefix: "",
    cxx_generic_is_native: true,
    symbol_kind: "an errno name such as `ECONNRESET`",
    // Small positive numbers; 4095 is the kernel's MAX_ERRNO.
    values: 1..=4095,
    decoder: "from_errno",
    value_accessor: "errno",
    symbol_accessor: "errno_symbol",
    message_noun: "glibc's `strerror`",
    value_noun: "Linux errno value",
    table_noun: "errno",
    symbol_noun: "Linux errno",
    value_doc: "The Linux errno value (generic numbering, as on x86-64 and aarch64), if Linux reports this code.",
    only_here_heading: "Linux error",
    docs_prefix: "https://man7.org/linux/man-pages/",
    docs_noun: "a Linux man page",
    c_host: "defined(__linux__)",
    c_include: "#include <errno.h>",
    // The architectures of `crate-source/platform.rs`'s generic errno numbering, as
    // GCC and Clang name them (a test ties the two lists).
    c_spec_numbering: "defined(__i386__) || defined(__x86_64__) || defined(__arm__) || defined(__aarch64__) || defined(__riscv) || defined(__loongarch__) || defined(__s390x__) || defined(__powerpc__) || defined(__m68k__) || defined(__csky__) || defined(__hexagon__)",
    c_last_error: "errno",
    // Linux's asm-generic/errno-base.h and errno.h (the numbering every
    // architecture of `c_spec_numbering` uses), in their order, and glibc's
    // ENOTSUP (bits/errno.h), the one POSIX name the kernel lacks.
    c_error_names: &[
        "EPERM",
        "ENOENT",
        "ESRCH",
        "EINTR",
        "EIO",
        "ENXIO",
        "E2BIG",
        "ENOEXEC",
        "EBADF",
        "ECHILD",
        "EAGAIN",
        "ENOMEM",
        "EACCES",
        "EFAULT",
        "ENOTBLK",
        "EBUSY",
        "EEXIST",
        "EXDEV",
        "ENODEV",
        "ENOTDIR",
        "EISDIR",
        "EINVAL",
        "ENFILE",
        "EMFILE",
        "ENOTTY",
        "ETXTBSY",
        "EFBIG",
        "ENOSPC",
        "ESPIPE",
        "EROFS",
        "EMLINK",
        "EPIPE",
        "EDOM",
        "ERANGE",
        "EDEADLK",
        "ENAMETOOLONG",
        "ENOLCK",
        "ENOSYS",
        "ENOTEMPTY",
        "ELOOP",
        "EWOULDBLOCK",
        "ENOMSG",
        "EIDRM",
        "ECHRNG",
        "EL2NSYNC",
        "EL3HLT",
        "EL3RST",
        "ELNRNG",
        "EUNATCH",
        "ENOCSI",
        "EL2HLT",
        "EBADE",
        "EBADR",
        "EXFULL",
        "ENOANO",
        "EBADRQC",
        "EBADSLT",
        "EDEADLOCK",
        "EBFONT",
        "ENOSTR",
        "ENODATA",
        "ETIME",
        "ENOSR",
        "ENONET",
        "ENOPKG",
        "EREMOTE",
        "ENOLINK",
        "EADV",
        "ESRMNT",
        "ECOMM",
        "EPROTO",
        "EMULTIHOP",
        "EDOTDOT",
        "EBADMSG",
        "EOVERFLOW",
        "ENOTUNIQ",
        "EBADFD",
        "EREMCHG",
        "ELIBACC",
        "ELIBBAD",
        "ELIBSCN",
        "ELIBMAX",
        "ELIBEXEC",
        "EILSEQ",
        "ERESTART",
        "ESTRPIPE",
        "EUSERS",
        "ENOTSOCK",
        "EDESTADDRREQ",
        "EMSGSIZE",
        "EPROTOTYPE",
        "ENOPROTOOPT",
        "EPROTONOSUPPORT",
        "ESOCKTNOSUPPORT",
        "EOPNOTSUPP",
        "EPFNOSUPPORT",
        "EAFNOSUPPORT",
        "EADDRINUSE",
        "EADDRNOTAVAIL",
        "ENETDOWN",
        "ENETUNREACH",
        "ENETRESET",
        "ECONNABORTED",
        "ECONNRESET",
        "ENOBUFS",
        "EISCONN",
        "ENOTCONN",
        "ESHUTDOWN",
        "ETOOMANYREFS",
        "ETIMEDOUT",
        "ECONNREFUSED",
        "EHOSTDOWN",
        "EHOSTUNREACH",
        "EALREADY",
        "EINPROGRESS",
        "ESTALE",
        "EUCLEAN",
        "ENOTNAM",
        "ENAVAIL",
        "EISNAM",
        "EREMOTEIO",
        "EDQUOT",
        "ENOMEDIUM",
        "EMEDIUMTYPE",
        "ECANCELED",
        "ENOKEY",
        "EKEYEXPIRED",
        "EKEYREVOKED",
        "EKEYREJECTED",
        "EOWNERDEAD",
        "ENOTRECOVERABLE",
        "ERFKILL",
        "EHWPOISON",
        "ENOTSUP",
    ],
    c_error_names_noun: "a Linux errno name (<errno.h>)",
    // std's `decode_error_kind` for the generic errno numbers (library/std/src/sys/pal/unix).
    std_kinds: &[
        stable(1, "PermissionDenied"),         // EPERM
        stable(2, "NotFound"),                 // ENOENT
        stable(4, "Interrupted"),              // EINTR
        stable(7, "ArgumentListTooLong"),      // E2BIG
        stable(11, "WouldBlock"),              // EAGAIN, EWOULDBLOCK
        stable(12, "OutOfMemory"),             // ENOMEM
        stable(13, "PermissionDenied"),        // EACCES
        stable(16, "ResourceBusy"),            // EBUSY
        stable(17, "AlreadyExists"),           // EEXIST
        stable(18, "CrossesDevices"),          // EXDEV
        stable(20, "NotADirectory"),           // ENOTDIR
        stable(21, "IsADirectory"),            // EISDIR
        stable(22, "InvalidInput"),            // EINVAL
        stable(26, "ExecutableFileBusy"),      // ETXTBSY
        stable(27, "FileTooLarge"),            // EFBIG
        stable(28, "StorageFull"),             // ENOSPC
        stable(29, "NotSeekable"),             // ESPIPE
        stable(30, "ReadOnlyFilesystem"),      // EROFS
        stable(31, "TooManyLinks"),            // EMLINK
        stable(32, "BrokenPipe"),              // EPIPE
        stable(35, "Deadlock"),                // EDEADLK
        stable(36, "InvalidFilename"),         // ENAMETOOLONG
        stable(38, "Unsupported"),             // ENOSYS
        stable(39, "DirectoryNotEmpty"),       // ENOTEMPTY
        unstable(40, "FilesystemLoop"),        // ELOOP
        stable(95, "Unsupported"),             // EOPNOTSUPP
        stable(98, "AddrInUse"),               // EADDRINUSE
        stable(99, "AddrNotAvailable"),        // EADDRNOTAVAIL
        stable(100, "NetworkDown"),            // ENETDOWN
        stable(101, "NetworkUnreachable"),     // ENETUNREACH
        stable(103, "ConnectionAborted"),      // ECONNABORTED
        stable(104, "ConnectionReset"),        // ECONNRESET
        stable(107, "NotConnected"),           // ENOTCONN
        stable(110, "TimedOut"),               // ETIMEDOUT
        stable(111, "ConnectionRefused"),      // ECONNREFUSED
        stable(113, "HostUnreachable"),        // EHOSTUNREACH
        unstable(115, "InProgress"),           // EINPROGRESS
        stable(116, "StaleNetworkFileHandle"), // ESTALE
        stable(122, "QuotaExceeded"),          // EDQUOT
    ],
};

static WINDOWS: Facts = Facts {
    key: "windows",
    name: "Windows",
    symbol_prefix: "WSA",
    posix_name_prefix: "WSA",
    cxx_generic_is_native: false,
    symbol_kind: "a Winsock name such as `WSAECONNRESET`",
    // Winsock codes live above WSABASEERR (10000).
    values: 10000..=11999,
    decoder: "from_wsa",
    value_accessor: "wsa",
    symbol_accessor: "wsa_symbol",
    message_noun: "Windows' `FormatMessage`",
    value_noun: "Winsock error code",
    table_noun: "WSA",
    symbol_noun: "Winsock",
    value_doc: "The Winsock error code, if Windows reports this code.",
    only_here_heading: "Windows error",
    docs_prefix: "https://learn.microsoft.com/",
    docs_noun: "a Microsoft documentation page",
    c_host: "defined(_WIN32)",
    // windows.h includes winsock.h unless WIN32_LEAN_AND_MEAN is defined, and
    // winsock2.h after it clashes (MSVC) or warns (MinGW); winerror.h, which
    // windows.h includes too, defines the codes.
    c_include: "/* After winsock.h (windows.h includes it unless WIN32_LEAN_AND_MEAN), winsock2.h\n   would clash; winerror.h has the codes. A _WINSOCKAPI_ defined by hand to keep\n   winsock.h out of windows.h is no winsock.h (INVALID_SOCKET tells them apart):\n   winsock2.h defines it again, and MinGW-w64's warns if it finds it defined. */\n#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_) && defined(INVALID_SOCKET)\n#include <winerror.h>\n#else\n#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_)\n#undef _WINSOCKAPI_\n#endif\n#include <winsock2.h>\n#endif",
    // Winsock numbers its codes the same way on every Windows.
    c_spec_numbering: "1",
    c_last_error: "WSAGetLastError()",
    // Every WSA_ERROR of Microsoft's Win32 metadata (windows-sys 0.61,
    // Win32::Networking::WinSock), which winerror.h and winsock2.h define, by
    // value, and winsock2.h's WSANO_ADDRESS (another name for WSANO_DATA).
    c_error_names: &[
        "WSA_WAIT_EVENT_0",
        "WSA_INVALID_HANDLE",
        "WSA_NOT_ENOUGH_MEMORY",
        "WSA_INVALID_PARAMETER",
        "WSA_WAIT_IO_COMPLETION",
        "WSA_OPERATION_ABORTED",
        "WSA_IO_INCOMPLETE",
        "WSA_IO_PENDING",
        "WSABASEERR",
        "WSAEINTR",
        "WSAEBADF",
        "WSAEACCES",
        "WSAEFAULT",
        "WSAEINVAL",
        "WSAEMFILE",
        "WSAEWOULDBLOCK",
        "WSAEINPROGRESS",
        "WSAEALREADY",
        "WSAENOTSOCK",
        "WSAEDESTADDRREQ",
        "WSAEMSGSIZE",
        "WSAEPROTOTYPE",
        "WSAENOPROTOOPT",
        "WSAEPROTONOSUPPORT",
        "WSAESOCKTNOSUPPORT",
        "WSAEOPNOTSUPP",
        "WSAEPFNOSUPPORT",
        "WSAEAFNOSUPPORT",
        "WSAEADDRINUSE",
        "WSAEADDRNOTAVAIL",
        "WSAENETDOWN",
        "WSAENETUNREACH",
        "WSAENETRESET",
        "WSAECONNABORTED",
        "WSAECONNRESET",
        "WSAENOBUFS",
        "WSAEISCONN",
        "WSAENOTCONN",
        "WSAESHUTDOWN",
        "WSAETOOMANYREFS",
        "WSAETIMEDOUT",
        "WSAECONNREFUSED",
        "WSAELOOP",
        "WSAENAMETOOLONG",
        "WSAEHOSTDOWN",
        "WSAEHOSTUNREACH",
        "WSAENOTEMPTY",
        "WSAEPROCLIM",
        "WSAEUSERS",
        "WSAEDQUOT",
        "WSAESTALE",
        "WSAEREMOTE",
        "WSASYSNOTREADY",
        "WSAVERNOTSUPPORTED",
        "WSANOTINITIALISED",
        "WSAEDISCON",
        "WSAENOMORE",
        "WSAECANCELLED",
        "WSAEINVALIDPROCTABLE",
        "WSAEINVALIDPROVIDER",
        "WSAEPROVIDERFAILEDINIT",
        "WSASYSCALLFAILURE",
        "WSASERVICE_NOT_FOUND",
        "WSATYPE_NOT_FOUND",
        "WSA_E_NO_MORE",
        "WSA_E_CANCELLED",
        "WSAEREFUSED",
        "WSAHOST_NOT_FOUND",
        "WSATRY_AGAIN",
        "WSANO_RECOVERY",
        "WSANO_DATA",
        "WSA_QOS_RECEIVERS",
        "WSA_QOS_SENDERS",
        "WSA_QOS_NO_SENDERS",
        "WSA_QOS_NO_RECEIVERS",
        "WSA_QOS_REQUEST_CONFIRMED",
        "WSA_QOS_ADMISSION_FAILURE",
        "WSA_QOS_POLICY_FAILURE",
        "WSA_QOS_BAD_STYLE",
        "WSA_QOS_BAD_OBJECT",
        "WSA_QOS_TRAFFIC_CTRL_ERROR",
        "WSA_QOS_GENERIC_ERROR",
        "WSA_QOS_ESERVICETYPE",
        "WSA_QOS_EFLOWSPEC",
        "WSA_QOS_EPROVSPECBUF",
        "WSA_QOS_EFILTERSTYLE",
        "WSA_QOS_EFILTERTYPE",
        "WSA_QOS_EFILTERCOUNT",
        "WSA_QOS_EOBJLENGTH",
        "WSA_QOS_EFLOWCOUNT",
        "WSA_QOS_EUNKOWNPSOBJ",
        "WSA_QOS_EPOLICYOBJ",
        "WSA_QOS_EFLOWDESC",
        "WSA_QOS_EPSFLOWSPEC",
        "WSA_QOS_EPSFILTERSPEC",
        "WSA_QOS_ESDMODEOBJ",
        "WSA_QOS_ESHAPERATEOBJ",
        "WSA_QOS_RESERVED_PETYPE",
        "WSA_SECURE_HOST_NOT_FOUND",
        "WSA_IPSEC_NAME_POLICY_ERROR",
        "WSANO_ADDRESS",
    ],
    c_error_names_noun: "a Winsock error name (<winsock2.h>, <winerror.h>)",
    // std's `decode_error_kind` for Winsock codes (library/std/src/sys/io/error/windows.rs).
    std_kinds: &[
        stable(10013, "PermissionDenied"),   // WSAEACCES
        stable(10022, "InvalidInput"),       // WSAEINVAL
        stable(10035, "WouldBlock"),         // WSAEWOULDBLOCK
        stable(10048, "AddrInUse"),          // WSAEADDRINUSE
        stable(10049, "AddrNotAvailable"),   // WSAEADDRNOTAVAIL
        stable(10050, "NetworkDown"),        // WSAENETDOWN
        stable(10051, "NetworkUnreachable"), // WSAENETUNREACH
        stable(10053, "ConnectionAborted"),  // WSAECONNABORTED
        stable(10054, "ConnectionReset"),    // WSAECONNRESET
        stable(10057, "NotConnected"),       // WSAENOTCONN
        stable(10060, "TimedOut"),           // WSAETIMEDOUT
        stable(10061, "ConnectionRefused"),  // WSAECONNREFUSED
        stable(10065, "HostUnreachable"),    // WSAEHOSTUNREACH
        stable(10069, "QuotaExceeded"),      // WSAEDQUOT
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_distinct_and_tables_sorted() {
        for platform in Platform::ALL {
            let facts = platform.facts();
            assert_eq!(Platform::from_key(facts.key), Some(platform));
            assert!(
                facts
                    .std_kinds
                    .windows(2)
                    .all(|pair| pair[0].value < pair[1].value),
                "{} std kinds are sorted and unique",
                facts.name
            );
            assert!(
                facts
                    .std_kinds
                    .iter()
                    .all(|kind| facts.values.contains(&i64::from(kind.value))),
                "{} std kinds are values of the platform",
                facts.name
            );
        }
        for (index, a) in Platform::ALL.iter().enumerate() {
            let a = a.facts();
            // `resolve` turns every checked value into an i32.
            assert!(
                i32::try_from(*a.values.start()).is_ok() && i32::try_from(*a.values.end()).is_ok()
            );
            for b in &Platform::ALL[index + 1..] {
                let b = b.facts();
                assert!(a.key != b.key && a.name != b.name && a.decoder != b.decoder);
                assert!(
                    a.value_accessor != b.value_accessor && a.symbol_accessor != b.symbol_accessor
                );
            }
        }
    }

    /// The Linux list is every name of this machine's kernel headers.
    #[cfg(target_os = "linux")]
    #[test]
    fn linux_error_names_are_the_kernel_headers() {
        let mut found = Vec::new();
        for header in ["errno-base.h", "errno.h"] {
            let path = format!("/usr/include/asm-generic/{header}");
            let Ok(text) = std::fs::read_to_string(&path) else {
                eprintln!("{path} is not installed: skipped");
                return;
            };
            found.extend(text.lines().filter_map(|line| {
                let mut words = line.split_whitespace();
                (words.next() == Some("#define"))
                    .then(|| words.next())
                    .flatten()
                    .filter(|name| name.starts_with('E'))
                    .map(str::to_string)
            }));
        }
        let listed = LINUX.c_error_names;
        for name in &found {
            assert!(listed.contains(&name.as_str()), "{name} is not listed");
        }
        assert_eq!(listed.len(), found.len() + 1, "only ENOTSUP is glibc's");
    }

    #[test]
    fn error_names_are_the_platforms_symbols() {
        for platform in Platform::ALL {
            let facts = platform.facts();
            for name in facts.c_error_names {
                assert!(name.starts_with(facts.symbol_prefix), "{name}");
            }
            let mut sorted = facts.c_error_names.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(
                sorted.len(),
                facts.c_error_names.len(),
                "{} names are unique",
                facts.name
            );
        }
    }

    /// The C header checks the spec's Linux values on exactly the
    /// architectures where the generated crate decodes errno values.
    #[test]
    fn c_numbering_covers_the_crates_architectures() {
        // Rust's `target_arch` → the macro GCC and Clang predefine for it.
        const C_MACRO: &[(&str, &str)] = &[
            ("x86", "__i386__"),
            ("x86_64", "__x86_64__"),
            ("arm", "__arm__"),
            ("aarch64", "__aarch64__"),
            ("riscv32", "__riscv"),
            ("riscv64", "__riscv"),
            ("loongarch64", "__loongarch__"),
            ("s390x", "__s390x__"),
            ("powerpc", "__powerpc__"),
            ("powerpc64", "__powerpc__"),
            ("m68k", "__m68k__"),
            ("csky", "__csky__"),
            ("hexagon", "__hexagon__"),
        ];
        let hand_written = include_str!("../crate-source/platform.rs");
        let mut expected: Vec<&str> = hand_written
            .split("target_arch = \"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .map(|arch| {
                C_MACRO
                    .iter()
                    .find(|(rust, _)| *rust == arch)
                    .unwrap_or_else(|| panic!("no C macro known for target_arch {arch}"))
                    .1
            })
            .collect();
        expected.sort_unstable();
        expected.dedup();
        let mut actual: Vec<&str> = LINUX
            .c_spec_numbering
            .split(" || ")
            .map(|term| {
                term.strip_prefix("defined(")
                    .and_then(|rest| rest.strip_suffix(')'))
                    .unwrap_or_else(|| panic!("`{term}` is `defined(MACRO)`"))
            })
            .collect();
        actual.sort_unstable();
        assert_eq!(actual, expected);
    }

    /// The Linux table is std's decoding, value for value, on a generic-errno host.
    #[cfg(all(
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    #[test]
    fn linux_kinds_match_the_running_std() {
        let table = Platform::Linux.facts().std_kinds;
        for value in 1..=4095 {
            let actual = format!("{:?}", std::io::Error::from_raw_os_error(value).kind());
            let expected = table
                .iter()
                .find(|kind| kind.value == value)
                .map_or("Uncategorized", |kind| kind.kind);
            assert_eq!(actual, expected, "errno {value}");
        }
    }
}
