/* @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`. */
/*
 * wmkc_net_err.hpp: the codes of wmkc_net_err.h, as C++11 std::error_code
 * conditions: wmkc::net::errc, one enumerator per code on every host, in
 * wmkc::net::net_category(), whose conditions match the host's own values in
 * std::system_category() (and std::generic_category()). It includes
 * wmkc_net_err.h and builds on its macros and lookups.
 *
 *   std::error_code ec = wmkc::net::last_error(); // errno, or WSAGetLastError()
 *   if (ec == wmkc::net::errc::econnrefused) { ... }  // on every host
 *
 * C++11 or later, header-only, no exceptions or RTTI needed; on Linux and
 * Windows (MinGW-w64, and MSVC by construction: it uses only what the C++
 * standard and the Windows SDK define).
 *
 *   wmkc::net::errc                 one enumerator per code, lower case
 *   wmkc::net::net_category()       the conditions' category, named "wmkc.net"
 *   wmkc::net::make_error_condition(errc)
 *   wmkc::net::std_condition(errc)  its std::errc condition, or an empty one
 *   wmkc::net::info(errc)           the C header's wmkc_net_err_info: texts, operations
 *   wmkc::net::last_error()         the host's last socket error, system_category
 *
 * A condition compares equal to a std::error_code in std::system_category()
 * whose value is the code's own value on this host: errno on Linux (11 is both
 * eagain and ewouldblock), WSAGetLastError() on Windows. On Linux, codes in
 * std::generic_category() match the same values; on Windows, generic codes
 * hold the C runtime's errno values, and match through the code's std::errc
 * (std::make_error_code(std::errc::connection_reset) is econnreset
 * everywhere). A code this host never reports matches nothing here.
 *
 * The trap: on Windows, the C runtime's <errno.h> constants are not Winsock's
 * values (ECONNRESET is 108 there, WSAECONNRESET 10054), and std::errc holds
 * the former. MinGW-w64's libstdc++ maps no Winsock value to std::errc (MSVC's
 * STL maps some), so compare a Winsock failure with these conditions, not with
 * std::errc, and build it from WSAGetLastError(), never from errno.
 *
 * net_category() returns a function-local static, never destroyed: one object
 * per program on Linux (per shared object under -fvisibility=hidden), one per
 * module (EXE or DLL) on Windows. A condition asks its own module's category,
 * so it matches a code made in another module whenever std::system_category()
 * is the same object there: with MSVC's STL or a shared libstdc++, not with a
 * libstdc++ linked statically into each module. An error_condition made in one
 * module never equals the same condition made in another.
 *
 * On Windows, last_error() needs ws2_32 linked (-lws2_32, ws2_32.lib), and
 * <winsock2.h> brings <windows.h>: with MSVC, define NOMINMAX before including
 * this header if the code uses std::min or std::max.
 *
 * A condition's value is the code's place in the spec, from 1; it may change
 * when the spec gains codes, so store a code's name, never that number.
 */

#ifndef WMKC_NET_ERR_HPP_INCLUDED
#define WMKC_NET_ERR_HPP_INCLUDED

#include "wmkc_net_err.h"

#include <cerrno>
#include <cstddef>
#include <new>
#include <string>
#include <system_error>

namespace wmkc {
namespace net {

/* One condition per code of the spec, on every host. */
enum class errc {
    eintr = 1,                /* interrupted before the call could finish */
    eacces = 2,               /* permission denied for this address or socket */
    efault = 3,               /* bad address or buffer argument */
    einval = 4,               /* invalid argument or wrong socket state for the call */
    emfile = 5,               /* too many open files or sockets */
    eisconn = 6,              /* socket is already connected */
    enobufs = 7,              /* no buffer space available */
    ealready = 8,             /* a connection attempt is already in progress */
    enotconn = 9,             /* socket is not connected */
    emsgsize = 10,            /* message too long for the socket or buffer */
    enotsock = 11,            /* descriptor is not a socket */
    etimedout = 12,           /* connection timeout: the peer did not answer in time */
    eprototype = 13,          /* protocol does not fit the socket type */
    eopnotsupp = 14,          /* operation not supported by this kind of socket */
    eaddrinuse = 15,          /* local address already in use */
    econnreset = 16,          /* connection reset by the peer */
    enetunreach = 17,         /* network is unreachable */
    ewouldblock = 18,         /* operation would block on a non-blocking socket */
    einprogress = 19,         /* operation now in progress */
    econnrefused = 20,        /* connection refused by the peer */
    econnaborted = 21,        /* connection aborted */
    eafnosupport = 22,        /* address family not supported */
    eaddrnotavail = 23,       /* address not available on this host */
    eprotonosupport = 24,     /* protocol not supported */
    eio = 25,                 /* input/output error while closing */
    epipe = 26,               /* broken pipe: the connection is closed for sending */
    eperm = 27,               /* operation not permitted (firewall rule or broadcast) */
    erofs = 28,               /* socket path is on a read-only file system */
    ebadf = 29,               /* bad file descriptor */
    eloop = 30,               /* too many symbolic links in the socket path */
    edquot = 31,              /* disk quota exceeded while closing */
    enospc = 32,              /* no space left on device while closing */
    enoent = 33,              /* a directory in the socket path does not exist */
    enomem = 34,              /* out of kernel memory */
    enfile = 35,              /* system-wide limit on open files reached */
    eproto = 36,              /* protocol error on an incoming connection */
    eagain = 37,              /* resource temporarily unavailable */
    enotdir = 38,             /* a component of the socket path is not a directory */
    enametoolong = 39,        /* socket path too long */
    edestaddrreq = 40,        /* destination address required */
    enetdown = 41,            /* network subsystem or interface is down */
    eshutdown = 42,           /* socket already shut down in that direction */
    ehostunreach = 43,        /* no route to the host */
    notinitialised = 44,      /* WSAStartup has not been called successfully */
    esocktnosupport = 45,     /* socket type not supported in this address family */
    einvalidprovider = 46,    /* service provider has the wrong version */
    einvalidproctable = 47,   /* service provider gave an invalid procedure table */
    eproviderfailedinit = 48, /* service provider failed to initialise */
};

} /* namespace net */
} /* namespace wmkc */

/* errc converts to std::error_condition, so that ec == errc::econnreset compiles. */
namespace std {
template <>
struct is_error_condition_enum<wmkc::net::errc> : true_type {};
} /* namespace std */

namespace wmkc {
namespace net {

/* The category of errc: its name() is "wmkc.net", its message() the
 * code's "NAME: summary". */
inline const std::error_category &net_category() noexcept;

/* An errc as a std::error_condition in net_category(); found by ADL. */
inline std::error_condition make_error_condition(errc condition) noexcept
{
    return std::error_condition(static_cast<int>(condition), net_category());
}

namespace detail {

/* Whether value, in std::system_category(), is the condition's code here. */
inline bool is_system_value(int value, int condition) noexcept
{
#if defined(__linux__)
    switch (static_cast<errc>(condition)) {
    case errc::eintr:
        return value == WMKC_NET_ERR_EINTR;
    case errc::eacces:
        return value == WMKC_NET_ERR_EACCES;
    case errc::efault:
        return value == WMKC_NET_ERR_EFAULT;
    case errc::einval:
        return value == WMKC_NET_ERR_EINVAL;
    case errc::emfile:
        return value == WMKC_NET_ERR_EMFILE;
    case errc::eisconn:
        return value == WMKC_NET_ERR_EISCONN;
    case errc::enobufs:
        return value == WMKC_NET_ERR_ENOBUFS;
    case errc::ealready:
        return value == WMKC_NET_ERR_EALREADY;
    case errc::enotconn:
        return value == WMKC_NET_ERR_ENOTCONN;
    case errc::emsgsize:
        return value == WMKC_NET_ERR_EMSGSIZE;
    case errc::enotsock:
        return value == WMKC_NET_ERR_ENOTSOCK;
    case errc::etimedout:
        return value == WMKC_NET_ERR_ETIMEDOUT;
    case errc::eprototype:
        return value == WMKC_NET_ERR_EPROTOTYPE;
    case errc::eopnotsupp:
        return value == WMKC_NET_ERR_EOPNOTSUPP;
    case errc::eaddrinuse:
        return value == WMKC_NET_ERR_EADDRINUSE;
    case errc::econnreset:
        return value == WMKC_NET_ERR_ECONNRESET;
    case errc::enetunreach:
        return value == WMKC_NET_ERR_ENETUNREACH;
    case errc::ewouldblock:
        return value == WMKC_NET_ERR_EWOULDBLOCK;
    case errc::einprogress:
        return value == WMKC_NET_ERR_EINPROGRESS;
    case errc::econnrefused:
        return value == WMKC_NET_ERR_ECONNREFUSED;
    case errc::econnaborted:
        return value == WMKC_NET_ERR_ECONNABORTED;
    case errc::eafnosupport:
        return value == WMKC_NET_ERR_EAFNOSUPPORT;
    case errc::eaddrnotavail:
        return value == WMKC_NET_ERR_EADDRNOTAVAIL;
    case errc::eprotonosupport:
        return value == WMKC_NET_ERR_EPROTONOSUPPORT;
    case errc::eio:
        return value == WMKC_NET_ERR_EIO;
    case errc::epipe:
        return value == WMKC_NET_ERR_EPIPE;
    case errc::eperm:
        return value == WMKC_NET_ERR_EPERM;
    case errc::erofs:
        return value == WMKC_NET_ERR_EROFS;
    case errc::ebadf:
        return value == WMKC_NET_ERR_EBADF;
    case errc::eloop:
        return value == WMKC_NET_ERR_ELOOP;
    case errc::edquot:
        return value == WMKC_NET_ERR_EDQUOT;
    case errc::enospc:
        return value == WMKC_NET_ERR_ENOSPC;
    case errc::enoent:
        return value == WMKC_NET_ERR_ENOENT;
    case errc::enomem:
        return value == WMKC_NET_ERR_ENOMEM;
    case errc::enfile:
        return value == WMKC_NET_ERR_ENFILE;
    case errc::eproto:
        return value == WMKC_NET_ERR_EPROTO;
    case errc::eagain:
        return value == WMKC_NET_ERR_EAGAIN;
    case errc::enotdir:
        return value == WMKC_NET_ERR_ENOTDIR;
    case errc::enametoolong:
        return value == WMKC_NET_ERR_ENAMETOOLONG;
    case errc::edestaddrreq:
        return value == WMKC_NET_ERR_EDESTADDRREQ;
    default:
        return false;
    }
#elif defined(_WIN32)
    switch (static_cast<errc>(condition)) {
    case errc::eintr:
        return value == WMKC_NET_ERR_EINTR;
    case errc::eacces:
        return value == WMKC_NET_ERR_EACCES;
    case errc::efault:
        return value == WMKC_NET_ERR_EFAULT;
    case errc::einval:
        return value == WMKC_NET_ERR_EINVAL;
    case errc::emfile:
        return value == WMKC_NET_ERR_EMFILE;
    case errc::eisconn:
        return value == WMKC_NET_ERR_EISCONN;
    case errc::enobufs:
        return value == WMKC_NET_ERR_ENOBUFS;
    case errc::ealready:
        return value == WMKC_NET_ERR_EALREADY;
    case errc::enotconn:
        return value == WMKC_NET_ERR_ENOTCONN;
    case errc::emsgsize:
        return value == WMKC_NET_ERR_EMSGSIZE;
    case errc::enotsock:
        return value == WMKC_NET_ERR_ENOTSOCK;
    case errc::etimedout:
        return value == WMKC_NET_ERR_ETIMEDOUT;
    case errc::eprototype:
        return value == WMKC_NET_ERR_EPROTOTYPE;
    case errc::eopnotsupp:
        return value == WMKC_NET_ERR_EOPNOTSUPP;
    case errc::eaddrinuse:
        return value == WMKC_NET_ERR_EADDRINUSE;
    case errc::econnreset:
        return value == WMKC_NET_ERR_ECONNRESET;
    case errc::enetunreach:
        return value == WMKC_NET_ERR_ENETUNREACH;
    case errc::ewouldblock:
        return value == WMKC_NET_ERR_EWOULDBLOCK;
    case errc::einprogress:
        return value == WMKC_NET_ERR_EINPROGRESS;
    case errc::econnrefused:
        return value == WMKC_NET_ERR_ECONNREFUSED;
    case errc::econnaborted:
        return value == WMKC_NET_ERR_ECONNABORTED;
    case errc::eafnosupport:
        return value == WMKC_NET_ERR_EAFNOSUPPORT;
    case errc::eaddrnotavail:
        return value == WMKC_NET_ERR_EADDRNOTAVAIL;
    case errc::eprotonosupport:
        return value == WMKC_NET_ERR_EPROTONOSUPPORT;
    case errc::enetdown:
        return value == WMKC_NET_ERR_ENETDOWN;
    case errc::eshutdown:
        return value == WMKC_NET_ERR_ESHUTDOWN;
    case errc::ehostunreach:
        return value == WMKC_NET_ERR_EHOSTUNREACH;
    case errc::notinitialised:
        return value == WMKC_NET_ERR_NOTINITIALISED;
    case errc::esocktnosupport:
        return value == WMKC_NET_ERR_ESOCKTNOSUPPORT;
    case errc::einvalidprovider:
        return value == WMKC_NET_ERR_EINVALIDPROVIDER;
    case errc::einvalidproctable:
        return value == WMKC_NET_ERR_EINVALIDPROCTABLE;
    case errc::eproviderfailedinit:
        return value == WMKC_NET_ERR_EPROVIDERFAILEDINIT;
    default:
        return false;
    }
#endif
}

/* Whether value, in std::generic_category(), is the condition's code here. */
inline bool is_generic_value(int value, int condition) noexcept
{
#if defined(__linux__)
    /* Linux: generic values are the host's own. */
    return is_system_value(value, condition);
#elif defined(_WIN32)
    /* Windows: generic values are the C runtime's; a code matches its std::errc. */
    switch (static_cast<errc>(condition)) {
    case errc::eintr:
        return value == static_cast<int>(std::errc::interrupted);
    case errc::eacces:
        return value == static_cast<int>(std::errc::permission_denied);
    case errc::efault:
        return value == static_cast<int>(std::errc::bad_address);
    case errc::einval:
        return value == static_cast<int>(std::errc::invalid_argument);
    case errc::emfile:
        return value == static_cast<int>(std::errc::too_many_files_open);
    case errc::eisconn:
        return value == static_cast<int>(std::errc::already_connected);
    case errc::enobufs:
        return value == static_cast<int>(std::errc::no_buffer_space);
    case errc::ealready:
        return value == static_cast<int>(std::errc::connection_already_in_progress);
    case errc::enotconn:
        return value == static_cast<int>(std::errc::not_connected);
    case errc::emsgsize:
        return value == static_cast<int>(std::errc::message_size);
    case errc::enotsock:
        return value == static_cast<int>(std::errc::not_a_socket);
    case errc::etimedout:
        return value == static_cast<int>(std::errc::timed_out);
    case errc::eprototype:
        return value == static_cast<int>(std::errc::wrong_protocol_type);
    case errc::eopnotsupp:
        return value == static_cast<int>(std::errc::operation_not_supported);
    case errc::eaddrinuse:
        return value == static_cast<int>(std::errc::address_in_use);
    case errc::econnreset:
        return value == static_cast<int>(std::errc::connection_reset);
    case errc::enetunreach:
        return value == static_cast<int>(std::errc::network_unreachable);
    case errc::ewouldblock:
        return value == static_cast<int>(std::errc::operation_would_block);
    case errc::einprogress:
        return value == static_cast<int>(std::errc::operation_in_progress);
    case errc::econnrefused:
        return value == static_cast<int>(std::errc::connection_refused);
    case errc::econnaborted:
        return value == static_cast<int>(std::errc::connection_aborted);
    case errc::eafnosupport:
        return value == static_cast<int>(std::errc::address_family_not_supported);
    case errc::eaddrnotavail:
        return value == static_cast<int>(std::errc::address_not_available);
    case errc::eprotonosupport:
        return value == static_cast<int>(std::errc::protocol_not_supported);
    case errc::enetdown:
        return value == static_cast<int>(std::errc::network_down);
    case errc::ehostunreach:
        return value == static_cast<int>(std::errc::host_unreachable);
    default:
        return false;
    }
#endif
}

/* "NAME: summary" of a condition, or NULL for a value that is no enumerator.
 * Its own table, not the C header's: a function with external linkage may
 * not use the C header's internal ones. */
inline const char *message_of(int condition) noexcept
{
    static const char *const messages[48] = {
        "EINTR: interrupted before the call could finish",
        "EACCES: permission denied for this address or socket",
        "EFAULT: bad address or buffer argument",
        "EINVAL: invalid argument or wrong socket state for the call",
        "EMFILE: too many open files or sockets",
        "EISCONN: socket is already connected",
        "ENOBUFS: no buffer space available",
        "EALREADY: a connection attempt is already in progress",
        "ENOTCONN: socket is not connected",
        "EMSGSIZE: message too long for the socket or buffer",
        "ENOTSOCK: descriptor is not a socket",
        "ETIMEDOUT: connection timeout: the peer did not answer in time",
        "EPROTOTYPE: protocol does not fit the socket type",
        "EOPNOTSUPP: operation not supported by this kind of socket",
        "EADDRINUSE: local address already in use",
        "ECONNRESET: connection reset by the peer",
        "ENETUNREACH: network is unreachable",
        "EWOULDBLOCK: operation would block on a non-blocking socket",
        "EINPROGRESS: operation now in progress",
        "ECONNREFUSED: connection refused by the peer",
        "ECONNABORTED: connection aborted",
        "EAFNOSUPPORT: address family not supported",
        "EADDRNOTAVAIL: address not available on this host",
        "EPROTONOSUPPORT: protocol not supported",
        "EIO: input/output error while closing",
        "EPIPE: broken pipe: the connection is closed for sending",
        "EPERM: operation not permitted (firewall rule or broadcast)",
        "EROFS: socket path is on a read-only file system",
        "EBADF: bad file descriptor",
        "ELOOP: too many symbolic links in the socket path",
        "EDQUOT: disk quota exceeded while closing",
        "ENOSPC: no space left on device while closing",
        "ENOENT: a directory in the socket path does not exist",
        "ENOMEM: out of kernel memory",
        "ENFILE: system-wide limit on open files reached",
        "EPROTO: protocol error on an incoming connection",
        "EAGAIN: resource temporarily unavailable",
        "ENOTDIR: a component of the socket path is not a directory",
        "ENAMETOOLONG: socket path too long",
        "EDESTADDRREQ: destination address required",
        "ENETDOWN: network subsystem or interface is down",
        "ESHUTDOWN: socket already shut down in that direction",
        "EHOSTUNREACH: no route to the host",
        "NOTINITIALISED: WSAStartup has not been called successfully",
        "ESOCKTNOSUPPORT: socket type not supported in this address family",
        "EINVALIDPROVIDER: service provider has the wrong version",
        "EINVALIDPROCTABLE: service provider gave an invalid procedure table",
        "EPROVIDERFAILEDINIT: service provider failed to initialise",
    };
    return condition >= 1 && condition <= 48 ? messages[condition - 1] : nullptr;
}

class net_category_impl final : public std::error_category {
public:
    net_category_impl() noexcept {}

    const char *name() const noexcept override
    {
        return "wmkc.net";
    }

    std::string message(int condition) const override
    {
        const char *text = message_of(condition);
        return text != nullptr ? std::string(text)
                               : "wmkc.net: no code " + std::to_string(condition);
    }

    bool equivalent(const std::error_code &code, int condition) const noexcept override
    {
        if (code.category() == std::system_category()) {
            return is_system_value(code.value(), condition);
        }
        if (code.category() == std::generic_category()) {
            return is_generic_value(code.value(), condition);
        }
        return std::error_category::equivalent(code, condition);
    }
};

} /* namespace detail */

inline const std::error_category &net_category() noexcept
{
    /* Constructed on first use, thread-safely (C++11 [stmt.dcl]), in storage of
     * its own and never destroyed, so that a comparison made while static
     * objects are destroyed at exit still finds it. */
    alignas(detail::net_category_impl) static unsigned char storage[sizeof(detail::net_category_impl)];
    static const detail::net_category_impl *const category = new (storage) detail::net_category_impl();
    return *category;
}

/* The standard condition of the code's std::errc, or an empty
 * std::error_condition (false in a test) where C++ has none. */
inline std::error_condition std_condition(errc condition) noexcept
{
    switch (condition) {
    case errc::eintr:
        return std::make_error_condition(std::errc::interrupted);
    case errc::eacces:
        return std::make_error_condition(std::errc::permission_denied);
    case errc::efault:
        return std::make_error_condition(std::errc::bad_address);
    case errc::einval:
        return std::make_error_condition(std::errc::invalid_argument);
    case errc::emfile:
        return std::make_error_condition(std::errc::too_many_files_open);
    case errc::eisconn:
        return std::make_error_condition(std::errc::already_connected);
    case errc::enobufs:
        return std::make_error_condition(std::errc::no_buffer_space);
    case errc::ealready:
        return std::make_error_condition(std::errc::connection_already_in_progress);
    case errc::enotconn:
        return std::make_error_condition(std::errc::not_connected);
    case errc::emsgsize:
        return std::make_error_condition(std::errc::message_size);
    case errc::enotsock:
        return std::make_error_condition(std::errc::not_a_socket);
    case errc::etimedout:
        return std::make_error_condition(std::errc::timed_out);
    case errc::eprototype:
        return std::make_error_condition(std::errc::wrong_protocol_type);
    case errc::eopnotsupp:
        return std::make_error_condition(std::errc::operation_not_supported);
    case errc::eaddrinuse:
        return std::make_error_condition(std::errc::address_in_use);
    case errc::econnreset:
        return std::make_error_condition(std::errc::connection_reset);
    case errc::enetunreach:
        return std::make_error_condition(std::errc::network_unreachable);
    case errc::ewouldblock:
        return std::make_error_condition(std::errc::operation_would_block);
    case errc::einprogress:
        return std::make_error_condition(std::errc::operation_in_progress);
    case errc::econnrefused:
        return std::make_error_condition(std::errc::connection_refused);
    case errc::econnaborted:
        return std::make_error_condition(std::errc::connection_aborted);
    case errc::eafnosupport:
        return std::make_error_condition(std::errc::address_family_not_supported);
    case errc::eaddrnotavail:
        return std::make_error_condition(std::errc::address_not_available);
    case errc::eprotonosupport:
        return std::make_error_condition(std::errc::protocol_not_supported);
    case errc::eio:
        return std::make_error_condition(std::errc::io_error);
    case errc::epipe:
        return std::make_error_condition(std::errc::broken_pipe);
    case errc::eperm:
        return std::make_error_condition(std::errc::operation_not_permitted);
    case errc::erofs:
        return std::make_error_condition(std::errc::read_only_file_system);
    case errc::ebadf:
        return std::make_error_condition(std::errc::bad_file_descriptor);
    case errc::eloop:
        return std::make_error_condition(std::errc::too_many_symbolic_link_levels);
    case errc::enospc:
        return std::make_error_condition(std::errc::no_space_on_device);
    case errc::enoent:
        return std::make_error_condition(std::errc::no_such_file_or_directory);
    case errc::enomem:
        return std::make_error_condition(std::errc::not_enough_memory);
    case errc::enfile:
        return std::make_error_condition(std::errc::too_many_files_open_in_system);
    case errc::eproto:
        return std::make_error_condition(std::errc::protocol_error);
    case errc::eagain:
        return std::make_error_condition(std::errc::resource_unavailable_try_again);
    case errc::enotdir:
        return std::make_error_condition(std::errc::not_a_directory);
    case errc::enametoolong:
        return std::make_error_condition(std::errc::filename_too_long);
    case errc::edestaddrreq:
        return std::make_error_condition(std::errc::destination_address_required);
    case errc::enetdown:
        return std::make_error_condition(std::errc::network_down);
    case errc::ehostunreach:
        return std::make_error_condition(std::errc::host_unreachable);
    case errc::edquot:
    case errc::eshutdown:
    case errc::notinitialised:
    case errc::esocktnosupport:
    case errc::einvalidprovider:
    case errc::einvalidproctable:
    case errc::eproviderfailedinit:
        /* C++ has no std::errc for these. */
        break;
    }
    return std::error_condition();
}

/* Everything the spec says of the condition's code, from the C header (name,
 * summary, en, zh, zh_explanation, operations), whether or not this host
 * reports it; NULL for a value that is no enumerator. Internal linkage, like
 * the C header's lookups. */
static inline const wmkc_net_err_info *info(errc condition) noexcept
{
    const int value = static_cast<int>(condition);
    return value >= 1 ? wmkc_net_err_at(static_cast<std::size_t>(value) - 1) : nullptr;
}

/* The host's last socket error as a std::error_code in std::system_category(). */
inline std::error_code last_error() noexcept
{
#if defined(__linux__)
    return std::error_code(errno, std::system_category());
#elif defined(_WIN32)
    return std::error_code(WSAGetLastError(), std::system_category());
#endif
}

} /* namespace net */
} /* namespace wmkc */

#endif /* WMKC_NET_ERR_HPP_INCLUDED */
