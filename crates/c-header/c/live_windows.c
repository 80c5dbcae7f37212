/*
 * Winsock failures provoked on loopback, each checked through the generated
 * header. Built with MinGW-w64 and run under Wine by tests/live.rs.
 *
 * Every scenario prints one line:
 *   CASE <expected code> <call> <WSAGetLastError()> <wmkc_net_err_name() or (null)>
 * or, when the call did not fail at all:
 *   NOFAIL <expected code> <call>
 * The Rust test compares the lines with the spec; this program only reports.
 */
#include "wmkc_net_err.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live.h"

/* Runs `expr` (an int call that returns SOCKET_ERROR on failure) and reports it. */
#define CHECK_INT(expected, call, expr)                                  \
    do {                                                                 \
        int result_ = (expr);                                            \
        int error_ = WSAGetLastError();                                  \
        report(expected, call, result_ == SOCKET_ERROR, error_);         \
    } while (0)

/* The same for a call that returns a SOCKET (INVALID_SOCKET on failure). */
#define CHECK_SOCKET(expected, call, expr)                               \
    do {                                                                 \
        SOCKET result_ = (expr);                                         \
        int error_ = WSAGetLastError();                                  \
        report(expected, call, result_ == INVALID_SOCKET, error_);       \
        if (result_ != INVALID_SOCKET) {                                 \
            closesocket(result_);                                        \
        }                                                                \
    } while (0)

static SOCKET tcp(void)
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET) {
        printf("SETUP socket %d\n", WSAGetLastError());
        exit(2);
    }
    return s;
}

static SOCKET udp(void)
{
    SOCKET s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (s == INVALID_SOCKET) {
        printf("SETUP socket %d\n", WSAGetLastError());
        exit(2);
    }
    return s;
}

static void setup(int ok, const char *what)
{
    if (!ok) {
        printf("SETUP %s %d\n", what, WSAGetLastError());
        exit(2);
    }
}

/* Binds `s` to 127.0.0.1 on a free port and returns its address. */
static struct sockaddr_in bind_loopback(SOCKET s)
{
    struct sockaddr_in address = loopback(0);
    int length = (int)sizeof address;
    setup(bind(s, (struct sockaddr *)&address, (int)sizeof address) == 0, "bind");
    setup(getsockname(s, (struct sockaddr *)&address, &length) == 0, "getsockname");
    return address;
}

static void set_nonblocking(SOCKET s)
{
    u_long on = 1;
    setup(ioctlsocket(s, FIONBIO, &on) == 0, "ioctlsocket");
}

/* A connected pair of TCP sockets on loopback. */
static void tcp_pair(SOCKET *client, SOCKET *server)
{
    SOCKET listener = tcp();
    struct sockaddr_in address = bind_loopback(listener);
    setup(listen(listener, 1) == 0, "listen");
    *client = tcp();
    setup(connect(*client, (struct sockaddr *)&address, (int)sizeof address) == 0, "connect");
    *server = accept(listener, NULL, NULL);
    setup(*server != INVALID_SOCKET, "accept");
    closesocket(listener);
}

int main(void)
{
    WSADATA data;
    char buffer[16];

    /* Before WSAStartup nothing works. */
    CHECK_SOCKET("NOTINITIALISED", "socket", socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    setup(WSAStartup(MAKEWORD(2, 2), &data) == 0, "WSAStartup");

    /* socket with arguments the provider refuses. */
    CHECK_SOCKET("EAFNOSUPPORT", "socket", socket(1000, SOCK_STREAM, 0));
    CHECK_SOCKET("EPROTONOSUPPORT", "socket", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
    CHECK_SOCKET("ESOCKTNOSUPPORT", "socket", socket(AF_INET, 1000, 0));

    /* A handle that is not a socket. */
    CHECK_INT("ENOTSOCK", "closesocket", closesocket((SOCKET)0x7ff0));
    CHECK_INT("ENOTSOCK", "listen", listen((SOCKET)0x7ff0, 1));

    {
        SOCKET s = tcp();
        struct sockaddr_in address = loopback(0);
        CHECK_INT("EFAULT", "bind", bind(s, (struct sockaddr *)&address, 4));
        CHECK_INT("EINVAL", "listen", listen(s, 1));
        CHECK_INT("ENOTCONN", "recv", recv(s, buffer, (int)sizeof buffer, 0));
        CHECK_INT("ENOTCONN", "shutdown", shutdown(s, SD_BOTH));
        bind_loopback(s);
        CHECK_SOCKET("EINVAL", "accept", accept(s, NULL, NULL));
        closesocket(s);
    }
    {
        /* A port that is bound but has no listener refuses connections. */
        SOCKET bound = tcp();
        SOCKET s = tcp();
        struct sockaddr_in address = bind_loopback(bound);
        CHECK_INT("ECONNREFUSED", "connect", connect(s, (struct sockaddr *)&address, (int)sizeof address));
        closesocket(s);
        closesocket(bound);
    }
    {
        SOCKET listener = tcp();
        SOCKET s = tcp();
        struct sockaddr_in address = bind_loopback(listener);
        setup(listen(listener, 1) == 0, "listen");
        CHECK_INT("EADDRINUSE", "bind", bind(s, (struct sockaddr *)&address, (int)sizeof address));
        CHECK_INT("EINVAL", "connect", connect(listener, (struct sockaddr *)&address, (int)sizeof address));
        set_nonblocking(listener);
        CHECK_SOCKET("EWOULDBLOCK", "accept", accept(listener, NULL, NULL));
        closesocket(s);
        closesocket(listener);
    }
    {
        SOCKET s = tcp();
        struct sockaddr_in address = loopback(0);
        address.sin_addr.s_addr = inet_addr("192.0.2.1");
        CHECK_INT("EADDRNOTAVAIL", "bind", bind(s, (struct sockaddr *)&address, (int)sizeof address));
        closesocket(s);
    }
    {
        SOCKET client;
        SOCKET server;
        DWORD timeout = 100;
        struct sockaddr_in peer;
        int length = (int)sizeof peer;
        tcp_pair(&client, &server);
        setup(getpeername(client, (struct sockaddr *)&peer, &length) == 0, "getpeername");
        CHECK_INT("EISCONN", "connect", connect(client, (struct sockaddr *)&peer, (int)sizeof peer));
        setup(setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, (int)sizeof timeout) == 0, "setsockopt");
        CHECK_INT("ETIMEDOUT", "recv", recv(client, buffer, (int)sizeof buffer, 0));
        set_nonblocking(server);
        CHECK_INT("EWOULDBLOCK", "recv", recv(server, buffer, (int)sizeof buffer, 0));
        setup(shutdown(client, SD_SEND) == 0, "shutdown");
        CHECK_INT("ESHUTDOWN", "send", send(client, "x", 1, 0));
        closesocket(client);
        closesocket(server);
    }
    {
        /* The peer closes with data it never read, which resets the connection. */
        SOCKET client;
        SOCKET server;
        tcp_pair(&client, &server);
        setup(send(client, "unread", 6, 0) == 6, "send");
        Sleep(100);
        closesocket(server);
        Sleep(100);
        CHECK_INT("ECONNRESET", "send", send(client, "x", 1, 0));
        closesocket(client);
    }
    {
        SOCKET s = udp();
        SOCKET receiver = udp();
        struct sockaddr_in address = bind_loopback(receiver);
        char *large = (char *)calloc(70000, 1);
        setup(large != NULL, "calloc");
        CHECK_SOCKET("EOPNOTSUPP", "accept", accept(s, NULL, NULL));
        CHECK_INT("EMSGSIZE", "send", sendto(s, large, 70000, 0, (struct sockaddr *)&address, (int)sizeof address));
        setup(sendto(s, large, 100, 0, (struct sockaddr *)&address, (int)sizeof address) == 100, "sendto");
        CHECK_INT("EMSGSIZE", "recv", recv(receiver, buffer, (int)sizeof buffer, 0));
        free(large);
        closesocket(receiver);
        closesocket(s);
    }
    {
        /* A listener whose one backlog slot is taken: the next connect waits. */
        SOCKET listener = tcp();
        SOCKET first = tcp();
        SOCKET waiting = tcp();
        struct sockaddr_in address = bind_loopback(listener);
        setup(listen(listener, 0) == 0, "listen");
        setup(connect(first, (struct sockaddr *)&address, (int)sizeof address) == 0, "connect");
        set_nonblocking(waiting);
        CHECK_INT("EWOULDBLOCK", "connect", connect(waiting, (struct sockaddr *)&address, (int)sizeof address));
        CHECK_INT("EALREADY", "connect", connect(waiting, (struct sockaddr *)&address, (int)sizeof address));
        closesocket(waiting);
        closesocket(first);
        closesocket(listener);
    }
    {
        SOCKET first = tcp();
        SOCKET second = tcp();
        BOOL on = TRUE;
        struct sockaddr_in address;
        setup(setsockopt(first, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (const char *)&on, (int)sizeof on) == 0, "setsockopt");
        address = bind_loopback(first);
        setup(setsockopt(second, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, (int)sizeof on) == 0, "setsockopt");
        CHECK_INT("EACCES", "bind", bind(second, (struct sockaddr *)&address, (int)sizeof address));
        closesocket(second);
        closesocket(first);
    }
    WSACleanup();
    return 0;
}
