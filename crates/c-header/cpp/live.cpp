/*
 * Live socket failures through the C++ header, on loopback, Unix socket pairs
 * only: each failure becomes wmkc::net::last_error() and is compared with the
 * conditions. Built with g++ and run here, and built with MinGW-w64 (-static)
 * and run under Wine, by tests/cpp_live.rs.
 *
 * Every scenario prints one line:
 *   CASE <expected> <call> <value> <matches> <std> <std value> <default>
 * expected: the condition the failure must be; value: ec.value(); matches:
 * every condition ec compares equal to (comma-separated, or -); std: 1 or 0,
 * whether ec == the std::errc written below for the scenario (- when C++ has
 * none); std value: that std::errc's value; default: the category and value
 * of ec.default_error_condition(). A call that did not fail prints
 *   NOFAIL <expected> <call> <what the call returned>
 * and a comparison written below that does not hold prints FAILED. The Rust
 * test compares the lines with the spec; this program only reports.
 */
#include "wmkc_net_err.hpp"

#if defined(_WIN32)
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <system_error>

using wmkc::net::errc;

#if defined(_WIN32)
typedef SOCKET socket_type;
static const socket_type no_socket = INVALID_SOCKET;
typedef int length_type;
static const int no_signal = 0;

static void close_socket(socket_type s)
{
    closesocket(s);
}

static bool set_nonblocking(socket_type s)
{
    u_long on = 1;
    return ioctlsocket(s, FIONBIO, &on) == 0;
}
#else
typedef int socket_type;
static const socket_type no_socket = -1;
typedef socklen_t length_type;
/* A send to a reset connection must fail, not raise SIGPIPE. */
static const int no_signal = MSG_NOSIGNAL;

static void close_socket(socket_type s)
{
    close(s);
}

static bool set_nonblocking(socket_type s)
{
    return fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK) == 0;
}
#endif

static void setup(bool ok, const char *what)
{
    if (!ok) {
        std::printf("SETUP %s %d\n", what, wmkc::net::last_error().value());
        std::exit(2);
    }
}

static socket_type tcp()
{
    socket_type s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    setup(s != no_socket, "socket");
    return s;
}

/* Binds `s` to 127.0.0.1 on a free port and returns its address. */
static sockaddr_in bind_loopback(socket_type s)
{
    sockaddr_in address;
    std::memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    length_type length = static_cast<length_type>(sizeof address);
    setup(bind(s, reinterpret_cast<sockaddr *>(&address), static_cast<length_type>(sizeof address)) == 0,
          "bind");
    setup(getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) == 0, "getsockname");
    return address;
}

static int connect_to(socket_type s, const sockaddr_in &address)
{
    return connect(s, reinterpret_cast<const sockaddr *>(&address), static_cast<length_type>(sizeof address));
}

/* A connected pair of TCP sockets on loopback. */
static void tcp_pair(socket_type &client, socket_type &server)
{
    socket_type listener = tcp();
    sockaddr_in address = bind_loopback(listener);
    setup(listen(listener, 1) == 0, "listen");
    client = tcp();
    setup(connect_to(client, address) == 0, "connect");
    server = accept(listener, nullptr, nullptr);
    setup(server != no_socket, "accept");
    close_socket(listener);
}

/* Waits until `s` is readable (data, end of stream or an error), at most 10 s:
 * the reset travels through the loopback device before recv can see it. */
static void wait_readable(socket_type s)
{
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(s, &readable);
    timeval limit;
    limit.tv_sec = 10;
    limit.tv_usec = 0;
    setup(select(static_cast<int>(s) + 1, &readable, nullptr, nullptr, &limit) == 1, "select");
}

/* A connected pair whose server end has been closed with a zero linger time
 * (an abortive close: an RST, not a FIN), once the client has seen it. */
static void abortive_pair(socket_type &client, socket_type &server)
{
    tcp_pair(client, server);
    linger abortive;
    abortive.l_onoff = 1;
    abortive.l_linger = 0;
    setup(setsockopt(server, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&abortive),
                     static_cast<length_type>(sizeof abortive)) == 0,
          "setsockopt");
    close_socket(server);
    wait_readable(client);
}

/* The lower-case name of a condition: its enumerator. */
static std::string enumerator(int condition)
{
    std::string name = wmkc::net::info(static_cast<errc>(condition))->name;
    for (std::string::size_type at = 0; at < name.size(); ++at) {
        name[at] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[at])));
    }
    return name;
}

static void expect(bool ok, const char *what, const std::string &scenario)
{
    if (!ok) {
        std::printf("FAILED %s: %s\n", scenario.c_str(), what);
    }
}

/* Reports a failure of `call` (result: what it returned, failed: whether that
 * is a failure, ec: the last error read right after it) that must be
 * `expected` and none of `wrong`; `standard` points to the std::errc of the
 * failure, or is null where C++ has none. */
static void report_with(errc expected, const char *call, long result, bool failed, std::error_code ec,
                        const std::errc *standard, std::initializer_list<errc> wrong)
{
    const std::string scenario = enumerator(static_cast<int>(expected)) + " " + call;
    if (!failed) {
        std::printf("NOFAIL %s %ld\n", scenario.c_str(), result);
        return;
    }
    expect(ec.category() == std::system_category(), "last_error() is in system_category()", scenario);
    expect(ec == expected, "ec == expected", scenario);
    expect(expected == ec, "expected == ec", scenario);
    expect(!(ec != expected), "!(ec != expected)", scenario);
    for (errc other : wrong) {
        expect(ec != other, ("ec != " + enumerator(static_cast<int>(other))).c_str(), scenario);
    }
    std::string matches;
    for (int condition = 1; wmkc::net::info(static_cast<errc>(condition)) != nullptr; ++condition) {
        if (ec == static_cast<errc>(condition)) {
            matches += (matches.empty() ? "" : ",") + enumerator(condition);
        }
    }
    const std::error_condition fallback = ec.default_error_condition();
    /* ec == *standard is ec == std::errc::connection_refused, as users write it. */
    std::printf("CASE %s %d %s %s %d %s:%d\n", scenario.c_str(), ec.value(),
                matches.empty() ? "-" : matches.c_str(),
                standard == nullptr ? "-" : (ec == *standard ? "1" : "0"),
                standard == nullptr ? 0 : static_cast<int>(*standard), fallback.category().name(),
                fallback.value());
}

static void report(errc expected, const char *call, long result, bool failed, std::error_code ec,
                   std::errc standard, std::initializer_list<errc> wrong)
{
    report_with(expected, call, result, failed, ec, &standard, wrong);
}

#if defined(_WIN32)
/* The same for a failure C++ has no std::errc for (only Winsock's own here). */
static void report(errc expected, const char *call, long result, bool failed, std::error_code ec,
                   std::initializer_list<errc> wrong)
{
    report_with(expected, call, result, failed, ec, nullptr, wrong);
}
#endif

int main()
{
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    char buffer[16];

#if defined(_WIN32)
    {
        /* Before WSAStartup nothing works. */
        socket_type s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        const std::error_code ec = wmkc::net::last_error();
        report(errc::notinitialised, "socket", s == no_socket ? -1 : 0, s == no_socket, ec,
               {errc::einval, errc::enetdown, errc::eproviderfailedinit});
        if (s != no_socket) {
            close_socket(s);
        }
    }
    WSADATA data;
    setup(WSAStartup(MAKEWORD(2, 2), &data) == 0, "WSAStartup");
#endif

    {
        /* A port that is bound but has no listener refuses connections. */
        socket_type bound = tcp();
        socket_type s = tcp();
        const sockaddr_in address = bind_loopback(bound);
        const int result = connect_to(s, address);
        const std::error_code ec = wmkc::net::last_error();
        report(errc::econnrefused, "connect", result, result != 0, ec,
               std::errc::connection_refused,
               {errc::econnreset, errc::etimedout, errc::econnaborted, errc::ehostunreach});
#if defined(__linux__)
        /* Linux: errno values are std::errc's, so the standard comparison holds too. */
        expect(ec == std::errc::connection_refused, "ec == std::errc::connection_refused",
               "econnrefused connect");
#endif
        close_socket(s);
        close_socket(bound);
    }
    {
        /* The peer closes with a zero linger time: an RST on loopback. */
        socket_type client;
        socket_type server;
        abortive_pair(client, server);
        const int result = static_cast<int>(recv(client, buffer, sizeof buffer, 0));
        const std::error_code ec = wmkc::net::last_error();
        report(errc::econnreset, "recv", result, result < 0, ec,
               std::errc::connection_reset,
               {errc::econnrefused, errc::econnaborted, errc::enotconn, errc::epipe});
        close_socket(client);
    }
    {
        /* The same reset, seen by send. */
        socket_type client;
        socket_type server;
        abortive_pair(client, server);
        const int result = static_cast<int>(send(client, "x", 1, no_signal));
        const std::error_code ec = wmkc::net::last_error();
        report(errc::econnreset, "send", result, result < 0, ec,
               std::errc::connection_reset,
               {errc::econnrefused, errc::econnaborted, errc::epipe, errc::eshutdown});
        close_socket(client);
    }
    {
        /* Nothing to receive on a non-blocking socket. */
        socket_type client;
        socket_type server;
        tcp_pair(client, server);
        setup(set_nonblocking(server), "non-blocking");
        const int result = static_cast<int>(recv(server, buffer, sizeof buffer, 0));
        const std::error_code ec = wmkc::net::last_error();
        report(errc::ewouldblock, "recv", result, result < 0, ec,
               std::errc::operation_would_block,
               {errc::einprogress, errc::etimedout, errc::econnreset, errc::ealready});
        close_socket(client);
        close_socket(server);
    }
    {
        /* No pending connection on a non-blocking listener. */
        socket_type listener = tcp();
        bind_loopback(listener);
        setup(listen(listener, 1) == 0, "listen");
        setup(set_nonblocking(listener), "non-blocking");
        socket_type s = accept(listener, nullptr, nullptr);
        const std::error_code ec = wmkc::net::last_error();
        report(errc::ewouldblock, "accept", s == no_socket ? -1 : 0, s == no_socket, ec,
               std::errc::operation_would_block,
               {errc::einprogress, errc::einval, errc::econnaborted});
        if (s != no_socket) {
            close_socket(s);
        }
        close_socket(listener);
    }
#if defined(__linux__)
    {
        /* A Unix socket pair with nothing to receive, without blocking. */
        int pair[2];
        setup(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0, "socketpair");
        const long result = static_cast<long>(recv(pair[0], buffer, sizeof buffer, MSG_DONTWAIT));
        const std::error_code ec = wmkc::net::last_error();
        report(errc::eagain, "recv", result, result < 0, ec,
               std::errc::resource_unavailable_try_again,
               {errc::einprogress, errc::enotconn, errc::econnreset});
        close(pair[0]);
        close(pair[1]);
    }
#endif
#if defined(_WIN32)
    WSACleanup();
#endif
    return 0;
}
