/*
 * Linux socket failures provoked on loopback, Unix sockets and socket pairs,
 * each checked through the generated header. Built with gcc and run by
 * tests/live.rs, which passes a scratch folder for the Unix sockets.
 *
 * Every scenario prints one line:
 *   CASE <expected code> <call> <errno> <wmkc_net_err_name() or (null)>
 * or, when the call did not fail at all:
 *   NOFAIL <expected code> <call>
 * The Rust test compares the lines with the spec; this program only reports.
 */
#define _GNU_SOURCE
#include "wmkc_net_err.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "live.h"

static const char *scratch;

/* Runs `expr` (a call that returns -1 on failure) and reports it; errno is
 * read right after the call, before anything else can change it. */
#define CHECK(expected, call, expr)                                      \
    do {                                                                 \
        long result_ = (long)(expr);                                     \
        int error_ = errno;                                              \
        report(expected, call, result_ == -1, error_);                   \
    } while (0)

static void setup(int ok, const char *what)
{
    if (!ok) {
        printf("SETUP %s %d\n", what, errno);
        exit(2);
    }
}

static int new_socket(int family, int type)
{
    int fd = socket(family, type, 0);
    setup(fd >= 0, "socket");
    return fd;
}

/* Binds `fd` to 127.0.0.1 on a free port and returns its address. */
static struct sockaddr_in bind_loopback(int fd)
{
    struct sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    setup(bind(fd, (struct sockaddr *)&address, sizeof address) == 0, "bind");
    setup(getsockname(fd, (struct sockaddr *)&address, &length) == 0, "getsockname");
    return address;
}

static int connect_to(int fd, const struct sockaddr_in *address)
{
    return connect(fd, (const struct sockaddr *)address, sizeof *address);
}

static void set_nonblocking(int fd)
{
    setup(fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0, "fcntl");
}

/* A connected pair of TCP sockets on loopback. */
static void tcp_pair(int *client, int *server)
{
    int listener = new_socket(AF_INET, SOCK_STREAM);
    struct sockaddr_in address = bind_loopback(listener);
    setup(listen(listener, 1) == 0, "listen");
    *client = new_socket(AF_INET, SOCK_STREAM);
    setup(connect_to(*client, &address) == 0, "connect");
    *server = accept(listener, NULL, NULL);
    setup(*server >= 0, "accept");
    close(listener);
}

/* The address of the Unix socket at `path` (which must fit). */
static struct sockaddr_un unix_address(const char *path)
{
    struct sockaddr_un address;
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    setup(strlen(path) < sizeof address.sun_path, "path length");
    strcpy(address.sun_path, path);
    return address;
}

static int bind_unix(int fd, const char *path)
{
    struct sockaddr_un address = unix_address(path);
    return bind(fd, (struct sockaddr *)&address, sizeof address);
}

/* `scratch/name` in a static buffer. */
static const char *in_scratch(const char *name)
{
    static char paths[8][256];
    static int next;
    char *path = paths[next++ % 8];
    snprintf(path, sizeof paths[0], "%s/%s", scratch, name);
    return path;
}

static void on_alarm(int signal_number)
{
    (void)signal_number;
}

/* Runs `scenario` in a child process, for those that change process-wide
 * state (limits, signal handlers, the user). */
static void in_child(void (*scenario)(void))
{
    pid_t child;
    int status;
    fflush(stdout);
    child = fork();
    setup(child >= 0, "fork");
    if (child == 0) {
        scenario();
        fflush(stdout);
        _exit(0);
    }
    setup(waitpid(child, &status, 0) == child, "waitpid");
    setup(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child");
}

static void emfile(void)
{
    struct rlimit limit = {16, 16};
    int fd;
    setup(setrlimit(RLIMIT_NOFILE, &limit) == 0, "setrlimit");
    do {
        fd = socket(AF_INET, SOCK_STREAM, 0);
    } while (fd >= 0);
    report("EMFILE", "socket", 1, errno);
}

static void eintr(void)
{
    struct sigaction action;
    int listener = new_socket(AF_INET, SOCK_STREAM);
    memset(&action, 0, sizeof action);
    action.sa_handler = on_alarm;
    /* No SA_RESTART: the interrupted call fails instead of resuming. */
    action.sa_flags = 0;
    setup(sigaction(SIGALRM, &action, NULL) == 0, "sigaction");
    bind_loopback(listener);
    setup(listen(listener, 1) == 0, "listen");
    alarm(1);
    CHECK("EINTR", "accept", accept(listener, NULL, NULL));
}

static void eacces(void)
{
    int fd;
    if (geteuid() == 0) {
        /* Root may write anywhere: act as an ordinary user. */
        setup(setgid(65534) == 0 && setuid(65534) == 0, "setuid");
    }
    fd = new_socket(AF_UNIX, SOCK_STREAM);
    CHECK("EACCES", "bind", bind_unix(fd, in_scratch("locked/socket")));
}

int main(int argc, char **argv)
{
    char buffer[16];
    setup(argc == 2, "usage: live_linux SCRATCH_FOLDER");
    scratch = argv[1];
    signal(SIGPIPE, SIG_IGN);

    CHECK("EAFNOSUPPORT", "socket", socket(1000, SOCK_STREAM, 0));
    CHECK("EPROTONOSUPPORT", "socket", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
    CHECK("EBADF", "close", close(-1));
    CHECK("EBADF", "listen", listen(-1, 1));
    {
        int file = open(in_scratch("file"), O_CREAT | O_RDWR, 0600);
        setup(file >= 0, "open");
        CHECK("ENOTSOCK", "listen", listen(file, 1));
        close(file);
    }
    {
        int fd = new_socket(AF_INET, SOCK_STREAM);
        struct sockaddr_in address = loopback(0);
        struct sockaddr_in6 v6;
        CHECK("EFAULT", "bind", bind(fd, (const struct sockaddr *)(uintptr_t)8, sizeof address));
        /* recv first: a failed shutdown still marks the socket shut down. */
        CHECK("ENOTCONN", "recv", recv(fd, buffer, sizeof buffer, 0));
        CHECK("ENOTCONN", "shutdown", shutdown(fd, SHUT_RDWR));
        memset(&v6, 0, sizeof v6);
        v6.sin6_family = AF_INET6;
        v6.sin6_addr = in6addr_loopback;
        v6.sin6_port = htons(9);
        CHECK("EAFNOSUPPORT", "connect", connect(fd, (struct sockaddr *)&v6, sizeof v6));
        address = bind_loopback(fd);
        CHECK("EINVAL", "bind", bind(fd, (struct sockaddr *)&address, sizeof address));
        CHECK("EINVAL", "accept", accept(fd, NULL, NULL));
        close(fd);
    }
    {
        /* A port that is bound but has no listener refuses connections. */
        int bound = new_socket(AF_INET, SOCK_STREAM);
        int fd = new_socket(AF_INET, SOCK_STREAM);
        struct sockaddr_in address = bind_loopback(bound);
        CHECK("ECONNREFUSED", "connect", connect_to(fd, &address));
        close(fd);
        close(bound);
    }
    {
        int listener = new_socket(AF_INET, SOCK_STREAM);
        int fd = new_socket(AF_INET, SOCK_STREAM);
        struct sockaddr_in address = bind_loopback(listener);
        setup(listen(listener, 1) == 0, "listen");
        CHECK("EADDRINUSE", "bind", bind(fd, (struct sockaddr *)&address, sizeof address));
        set_nonblocking(listener);
        CHECK("EAGAIN", "accept", accept(listener, NULL, NULL));
        close(fd);
        close(listener);
    }
    {
        int fd = new_socket(AF_INET, SOCK_STREAM);
        struct sockaddr_in address = loopback(0);
        /* TEST-NET-1: no host has it, and binding sends nothing. */
        address.sin_addr.s_addr = inet_addr("192.0.2.1");
        CHECK("EADDRNOTAVAIL", "bind", bind(fd, (struct sockaddr *)&address, sizeof address));
        close(fd);
    }
    {
        int client;
        int server;
        struct sockaddr_in address;
        socklen_t length = sizeof address;
        tcp_pair(&client, &server);
        setup(getpeername(client, (struct sockaddr *)&address, &length) == 0, "getpeername");
        CHECK("EISCONN", "connect", connect_to(client, &address));
        set_nonblocking(server);
        CHECK("EAGAIN", "recv", recv(server, buffer, sizeof buffer, 0));
        close(client);
        close(server);
    }
    {
        /* The peer closes with a zero linger time: an RST on loopback. */
        int client;
        int server;
        struct linger abortive = {1, 0};
        tcp_pair(&client, &server);
        setup(setsockopt(server, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive) == 0, "setsockopt");
        close(server);
        CHECK("ECONNRESET", "recv", recv(client, buffer, sizeof buffer, 0));
        close(client);
    }
    {
        /* A listener whose one backlog slot is taken: the next SYN is dropped. */
        int listener = new_socket(AF_INET, SOCK_STREAM);
        int first = new_socket(AF_INET, SOCK_STREAM);
        int waiting = new_socket(AF_INET, SOCK_STREAM);
        int timing_out = new_socket(AF_INET, SOCK_STREAM);
        int syn_retries = 1;
        struct sockaddr_in address = bind_loopback(listener);
        setup(listen(listener, 0) == 0, "listen");
        setup(connect_to(first, &address) == 0, "connect");
        set_nonblocking(waiting);
        CHECK("EINPROGRESS", "connect", connect_to(waiting, &address));
        CHECK("EALREADY", "connect", connect_to(waiting, &address));
        /* One SYN retry: the connect gives up after about three seconds. */
        setup(setsockopt(timing_out, IPPROTO_TCP, TCP_SYNCNT, &syn_retries, sizeof syn_retries) == 0, "setsockopt");
        CHECK("ETIMEDOUT", "connect", connect_to(timing_out, &address));
        close(timing_out);
        close(waiting);
        close(first);
        close(listener);
    }
    {
        int fd = new_socket(AF_INET, SOCK_DGRAM);
        CHECK("EOPNOTSUPP", "listen", listen(fd, 1));
        CHECK("EOPNOTSUPP", "accept", accept(fd, NULL, NULL));
        CHECK("EDESTADDRREQ", "send", send(fd, "x", 1, 0));
        close(fd);
    }
    {
        int pair[2];
        size_t large = 16u * 1024u * 1024u;
        char *message = (char *)calloc(large, 1);
        setup(message != NULL, "calloc");
        setup(socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) == 0, "socketpair");
        CHECK("EMSGSIZE", "send", send(pair[0], message, large, 0));
        free(message);
        close(pair[0]);
        close(pair[1]);
    }
    {
        int pair[2];
        setup(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0, "socketpair");
        set_nonblocking(pair[0]);
        for (;;) {
            long sent = (long)send(pair[0], buffer, sizeof buffer, 0);
            int error = errno;
            if (sent == -1) {
                report("EAGAIN", "send", 1, error);
                break;
            }
        }
        close(pair[1]);
        CHECK("EPIPE", "send", send(pair[0], "x", 1, MSG_NOSIGNAL));
        close(pair[0]);
    }
    {
        int datagram = new_socket(AF_UNIX, SOCK_DGRAM);
        int stream = new_socket(AF_UNIX, SOCK_STREAM);
        struct sockaddr_un address = unix_address(in_scratch("datagram"));
        setup(bind(datagram, (struct sockaddr *)&address, sizeof address) == 0, "bind");
        CHECK("EPROTOTYPE", "connect", connect(stream, (struct sockaddr *)&address, sizeof address));
        close(stream);
        close(datagram);
    }
    {
        int fd = new_socket(AF_UNIX, SOCK_STREAM);
        char long_name[301];
        memset(long_name, 'x', 300);
        long_name[300] = '\0';
        CHECK("ENOENT", "bind", bind_unix(fd, in_scratch("missing/socket")));
        CHECK("ENOTDIR", "bind", bind_unix(fd, in_scratch("file/socket")));
        setup(symlink(in_scratch("loop-b"), in_scratch("loop-a")) == 0, "symlink");
        setup(symlink(in_scratch("loop-a"), in_scratch("loop-b")) == 0, "symlink");
        CHECK("ELOOP", "bind", bind_unix(fd, in_scratch("loop-a/socket")));
        /* A component longer than NAME_MAX, reached through a short symlink. */
        setup(symlink(long_name, in_scratch("long")) == 0, "symlink");
        CHECK("ENAMETOOLONG", "bind", bind_unix(fd, in_scratch("long/socket")));
        close(fd);
    }
    setup(mkdir(in_scratch("locked"), 0555) == 0, "mkdir");
    in_child(eacces);
    in_child(emfile);
    in_child(eintr);
    return 0;
}
