//! What C++ itself fixes, for the C++ header: the standard's `std::errc`
//! enumerators with the POSIX name each stands for, and the words a code's
//! enumerator cannot be.
//!
//! `check` refuses a `std_errc` that is not one of [`STD_ERRC`], or that
//! stands for another POSIX name than the code's own symbol, and a code
//! whose lower-case name is one of [`RESERVED_WORDS`].

/// Every `std::errc` enumerator of C++11 ([system_error.syn], 19.5 in
/// N3337; C++20 has the same 78), with the `<cerrno>` macro whose value it
/// has.
pub const STD_ERRC: [(&str, &str); 78] = [
    ("address_family_not_supported", "EAFNOSUPPORT"),
    ("address_in_use", "EADDRINUSE"),
    ("address_not_available", "EADDRNOTAVAIL"),
    ("already_connected", "EISCONN"),
    ("argument_list_too_long", "E2BIG"),
    ("argument_out_of_domain", "EDOM"),
    ("bad_address", "EFAULT"),
    ("bad_file_descriptor", "EBADF"),
    ("bad_message", "EBADMSG"),
    ("broken_pipe", "EPIPE"),
    ("connection_aborted", "ECONNABORTED"),
    ("connection_already_in_progress", "EALREADY"),
    ("connection_refused", "ECONNREFUSED"),
    ("connection_reset", "ECONNRESET"),
    ("cross_device_link", "EXDEV"),
    ("destination_address_required", "EDESTADDRREQ"),
    ("device_or_resource_busy", "EBUSY"),
    ("directory_not_empty", "ENOTEMPTY"),
    ("executable_format_error", "ENOEXEC"),
    ("file_exists", "EEXIST"),
    ("file_too_large", "EFBIG"),
    ("filename_too_long", "ENAMETOOLONG"),
    ("function_not_supported", "ENOSYS"),
    ("host_unreachable", "EHOSTUNREACH"),
    ("identifier_removed", "EIDRM"),
    ("illegal_byte_sequence", "EILSEQ"),
    ("inappropriate_io_control_operation", "ENOTTY"),
    ("interrupted", "EINTR"),
    ("invalid_argument", "EINVAL"),
    ("invalid_seek", "ESPIPE"),
    ("io_error", "EIO"),
    ("is_a_directory", "EISDIR"),
    ("message_size", "EMSGSIZE"),
    ("network_down", "ENETDOWN"),
    ("network_reset", "ENETRESET"),
    ("network_unreachable", "ENETUNREACH"),
    ("no_buffer_space", "ENOBUFS"),
    ("no_child_process", "ECHILD"),
    ("no_link", "ENOLINK"),
    ("no_lock_available", "ENOLCK"),
    ("no_message_available", "ENODATA"),
    ("no_message", "ENOMSG"),
    ("no_protocol_option", "ENOPROTOOPT"),
    ("no_space_on_device", "ENOSPC"),
    ("no_stream_resources", "ENOSR"),
    ("no_such_device_or_address", "ENXIO"),
    ("no_such_device", "ENODEV"),
    ("no_such_file_or_directory", "ENOENT"),
    ("no_such_process", "ESRCH"),
    ("not_a_directory", "ENOTDIR"),
    ("not_a_socket", "ENOTSOCK"),
    ("not_a_stream", "ENOSTR"),
    ("not_connected", "ENOTCONN"),
    ("not_enough_memory", "ENOMEM"),
    ("not_supported", "ENOTSUP"),
    ("operation_canceled", "ECANCELED"),
    ("operation_in_progress", "EINPROGRESS"),
    ("operation_not_permitted", "EPERM"),
    ("operation_not_supported", "EOPNOTSUPP"),
    ("operation_would_block", "EWOULDBLOCK"),
    ("owner_dead", "EOWNERDEAD"),
    ("permission_denied", "EACCES"),
    ("protocol_error", "EPROTO"),
    ("protocol_not_supported", "EPROTONOSUPPORT"),
    ("read_only_file_system", "EROFS"),
    ("resource_deadlock_would_occur", "EDEADLK"),
    ("resource_unavailable_try_again", "EAGAIN"),
    ("result_out_of_range", "ERANGE"),
    ("state_not_recoverable", "ENOTRECOVERABLE"),
    ("stream_timeout", "ETIME"),
    ("text_file_busy", "ETXTBSY"),
    ("timed_out", "ETIMEDOUT"),
    ("too_many_files_open_in_system", "ENFILE"),
    ("too_many_files_open", "EMFILE"),
    ("too_many_links", "EMLINK"),
    ("too_many_symbolic_link_levels", "ELOOP"),
    ("value_too_large", "EOVERFLOW"),
    ("wrong_protocol_type", "EPROTOTYPE"),
];

/// The `<cerrno>` macro `std::errc::<name>` has the value of, if `name` is
/// one of the standard's enumerators.
pub fn std_errc_macro(name: &str) -> Option<&'static str> {
    STD_ERRC
        .iter()
        .find(|(errc, _)| *errc == name)
        .map(|&(_, posix)| posix)
}

/// The `std::errc` enumerator that has the value of the `<cerrno>` macro
/// `posix`, if the standard names one.
pub fn std_errc_of(posix: &str) -> Option<&'static str> {
    STD_ERRC
        .iter()
        .find(|(_, macro_name)| *macro_name == posix)
        .map(|&(name, _)| name)
}

/// Lower-case words an enumerator cannot be: the keywords and alternative
/// tokens of C++20, and the lower-case macros that the headers the C++
/// header includes may define on its hosts (the C library's, glibc's
/// `<sys/sysmacros.h>`, GNU modes' `linux` and `unix`, `<windows.h>`'s).
pub const RESERVED_WORDS: &[&str] = &[
    // C++20 keywords ([lex.key]) and alternative tokens ([lex.digraph]).
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char8_t",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "concept",
    "const",
    "consteval",
    "constexpr",
    "constinit",
    "const_cast",
    "continue",
    "co_await",
    "co_return",
    "co_yield",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
    // Lower-case macros of the C library and the hosts' headers.
    "errno",
    "assert",
    "offsetof",
    "setjmp",
    "stdin",
    "stdout",
    "stderr",
    "va_arg",
    "va_copy",
    "va_end",
    "va_start",
    "major",
    "minor",
    "makedev",
    "linux",
    "unix",
    "i386",
    "min",
    "max",
    "interface",
    "small",
    "near",
    "far",
    "pascal",
    "cdecl",
    "hyper",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_std_errc_and_macro_appears_once() {
        for (index, (name, posix)) in STD_ERRC.iter().enumerate() {
            assert!(
                STD_ERRC[index + 1..]
                    .iter()
                    .all(|(other, other_posix)| other != name && other_posix != posix),
                "{name} ({posix}) twice"
            );
        }
        assert_eq!(std_errc_macro("connection_reset"), Some("ECONNRESET"));
        assert_eq!(std_errc_of("EWOULDBLOCK"), Some("operation_would_block"));
        assert_eq!(std_errc_of("EDQUOT"), None);
        assert_eq!(std_errc_macro("connection_rest"), None);
    }
}
