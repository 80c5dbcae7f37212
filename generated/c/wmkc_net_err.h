/* @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`. */
/*
 * wmkc_net_err.h: The socket error codes of the WMKC network library
 * (WMKC_NET_ERR_*): their Linux errno and Winsock values, the socket
 * operations that report them, and their Chinese and English descriptions.
 *
 * For C99 and C++11 or later, on Linux and Windows. It includes what it needs,
 * may be included any number of times, and defines nothing outside its
 * prefixes:
 *
 *   WMKC_NET_ERR_<NAME>                 a code's value, as the host's own symbol
 *   WMKC_NET_OP_<OPERATION>             one bit per socket operation
 *   wmkc_net_err_name(value)            "ECONNRESET"
 *   wmkc_net_err_code(value)            "WMKC_NET_ERR_ECONNRESET"
 *   wmkc_net_err_summary(value)         one English line
 *   wmkc_net_err_en(value)              the English explanation
 *   wmkc_net_err_zh(value)              the user's Chinese text, UTF-8
 *   wmkc_net_err_zh_explanation(value)  the explanation in Chinese, UTF-8
 *   wmkc_net_err_operations(value)      WMKC_NET_OP_* bits of its operations
 *   wmkc_net_err_lookup(value)          all of these in one struct wmkc_net_err_info
 *   wmkc_net_err_at(index)              the spec's code number index, on any host
 *   wmkc_net_err_operation_name(bit)    "connect" for WMKC_NET_OP_CONNECT
 *
 * A value is the host's: errno on Linux, WSAGetLastError() on Windows. A
 * lookup returns NULL (or 0) for a value the spec names no code for on this
 * host; a value two codes share decodes to the code the spec names.
 */

/*
 * # 套接字具体错误代码
 *
 * ### General error
 *
 * ------
 *
 * ##### WMKC_NET_ERR_EINTR - [accept, send, recv, shutdown, close, connect]
 *     执行的调用被操作系统截断。
 *
 * ##### WMKC_NET_ERR_EACCES - [bind, send, socket, connect]
 *     以不被允许的方式访问套接字。
 *
 * ##### WMKC_NET_ERR_EFAULT - [bind, accept, send, recv, connect]
 *     地址指向了用户的不可访问的地址空间。
 *
 * ##### WMKC_NET_ERR_EINVAL - [bind, shutdown, listen, accept, send, recv, socket, connect]
 *     提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。
 *
 * ##### WMKC_NET_ERR_EMFILE - [accept, listen, socket]
 *     无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。
 *
 * ##### WMKC_NET_ERR_EISCONN - [listen, send, connect]
 *     套接字已被指定连接。
 *
 * ##### WMKC_NET_ERR_ENOBUFS - [bind, accept, send, listen, socket, connect]
 *     未提供任何缓冲区空间。
 *
 * ##### WMKC_NET_ERR_EALREADY - [send, connect]
 *     另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。
 *
 * ##### WMKC_NET_ERR_ENOTCONN - [listen, shutdown, send, recv]
 *     套接字已经连接了 or 套接字未连接
 *
 * ##### WMKC_NET_ERR_EMSGSIZE - [send, recv]
 *     套接字面向消息，消息大于基础传输支持的最大大小
 *
 * ##### WMKC_NET_ERR_ENOTSOCK - [bind, listen, shutdown, accept, send, recv, closesocket, connect]
 *     描述符不是套接字
 *
 * ##### WMKC_NET_ERR_ETIMEDOUT - [send, recv, connect]
 *     由于超时导致连接已断开。
 *
 * ##### WMKC_NET_ERR_EPROTOTYPE - [socket, accept, connect]
 *     指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。
 *
 * ##### WMKC_NET_ERR_EOPNOTSUPP - [send, recv, listen, accept]
 *     引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。
 *
 * ##### WMKC_NET_ERR_EADDRINUSE - [bind, listen, accept, connect]
 *     本地地址或端口已被使用。套接字没有绑定到地址。
 *
 * ##### WMKC_NET_ERR_ECONNRESET - [shutdown, accept, send, recv]
 *     连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。
 *
 * ##### WMKC_NET_ERR_ENETUNREACH - [connect]
 *     此时不可以从此主机访问该网络。网络不可用。
 *
 * ##### WMKC_NET_ERR_EWOULDBLOCK - [accept, send, recv, closesocket, connect]
 *     套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。
 *
 * ##### WMKC_NET_ERR_EINPROGRESS - [bind, listen, shutdown, accept, send, recv, closesocket, socket, connect]
 *     套接字是非阻塞的，调用操作无法立即完成。
 *
 * ##### WMKC_NET_ERR_ECONNREFUSED - [recv, connect]
 *     连接被远程主机强制性拒绝。
 *
 * ##### WMKC_NET_ERR_ECONNABORTED - [shutdown, send, recv, accept]
 *     面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。
 *
 * ##### WMKC_NET_ERR_EAFNOSUPPORT - [socket, connect]
 *     指定网络族中的地址无法与此套接字一起使用。
 *
 * ##### WMKC_NET_ERR_EADDRNOTAVAIL - [bind, connect]
 *     请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。
 *
 * ##### WMKC_NET_ERR_EPROTONOSUPPORT - [socket]
 *     不支持指定的协议
 *
 * ------
 *
 * ### Linux error
 *
 * ------
 *
 * ##### WMKC_NET_ERR_EIO - [close]
 *     出现I/O错误
 *
 * ##### WMKC_NET_ERR_EPIPE - [send]
 *     本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。
 *
 * ##### WMKC_NET_ERR_EPERM - [accept, connect]
 *     防火墙规则禁止连接
 *
 * ##### WMKC_NET_ERR_EROFS - [bind]
 *     套接字索引节点将驻留在只读文件系统上
 *
 * ##### WMKC_NET_ERR_EBADF - [bind, accept, close, shutdown, send, recv, listen, connect]
 *     参数sockfd不是有效的文件描述符
 *
 * ##### WMKC_NET_ERR_ELOOP - [bind]
 *     解析地址时遇到太多符号链接
 *
 * ##### WMKC_NET_ERR_EDQUOT - [close]
 *     存储空间不足或已达到磁盘配额限制。
 *
 * ##### WMKC_NET_ERR_ENOSPC - [close]
 *     存储空间不足或已达到磁盘配额限制。
 *
 * ##### WMKC_NET_ERR_ENOENT - [bind]
 *     套接字路径名的目录前缀中的组件不存在
 *
 * ##### WMKC_NET_ERR_ENOMEM - [socket, accept, send, recv]
 *     可用的内核内存不足
 *
 * ##### WMKC_NET_ERR_ENFILE - [socket, accept]
 *     已达到系统范围内打开文件总数的限制
 *
 * ##### WMKC_NET_ERR_EPROTO - [accept]
 *     错误的协议
 *
 * ##### WMKC_NET_ERR_EAGAIN - [accept, send, recv, connect]
 *     套接字被标记为非阻塞，并且不存在任何可接受的连接。
 *     sockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。
 *
 * ##### WMKC_NET_ERR_ENOTDIR - [bind]
 *     路径前缀的组件不是目录
 *
 * ##### WMKC_NET_ERR_ENAMETOOLONG - [bind]
 *     地址太长
 *
 * ##### WMKC_NET_ERR_EDESTADDRREQ - [send]
 *     套接字不是连接模式，并且没有设置对等地址。
 *
 * ------
 *
 * ### Windows error
 *
 * ------
 *
 * ##### WMKC_NET_ERR_ENETDOWN - [bind, listen, shutdown, accept, send, recv, closesocket, socket, connect]
 *     网络子系统发生故障
 *
 * ##### WMKC_NET_ERR_ESHUTDOWN - [send, recv]
 *     套接字已被shutdown函数关闭
 *
 * ##### WMKC_NET_ERR_EHOSTUNREACH - [send, connect]
 *     此时无法从此主机访问远程主机
 *
 * ##### WMKC_NET_ERR_NOTINITIALISED - [bind, listen, shutdown, accept, send, recv, closesocket, socket, connect]
 *     未完成对WSAStartup函数的调用
 *
 * ##### WMKC_NET_ERR_ESOCKTNOSUPPORT - [socket]
 *     此地址族不支持指定的套接字类型
 *
 * ##### WMKC_NET_ERR_EINVALIDPROVIDER - [socket]
 *     服务提供商返回了2.2以外的版本
 *
 * ##### WMKC_NET_ERR_EINVALIDPROCTABLE - [socket]
 *     服务提供程序向WSPStartup返回了无效或不完整的过程表
 *
 * ##### WMKC_NET_ERR_EPROVIDERFAILEDINIT - [socket]
 *     服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。
 *
 * ------
 */

#ifndef WMKC_NET_ERR_H_INCLUDED
#define WMKC_NET_ERR_H_INCLUDED

#include <stddef.h>

#if defined(__linux__)
#include <errno.h>
#elif defined(_WIN32)
/* After winsock.h (windows.h includes it unless WIN32_LEAN_AND_MEAN), winsock2.h
   would clash; winerror.h has the codes. A _WINSOCKAPI_ defined by hand to keep
   winsock.h out of windows.h is no winsock.h (INVALID_SOCKET tells them apart):
   winsock2.h defines it again, and MinGW-w64's warns if it finds it defined. */
#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_) && defined(INVALID_SOCKET)
#include <winerror.h>
#else
#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_)
#undef _WINSOCKAPI_
#endif
#include <winsock2.h>
#endif
#else
#error "wmkc_net_err.h: the codes are defined for Linux and Windows only"
#endif

/* The socket operations, one bit each: wmkc_net_err_operations() returns a set of them. */
#define WMKC_NET_OP_ACCEPT      0x001u
#define WMKC_NET_OP_BIND        0x002u
#define WMKC_NET_OP_CLOSE       0x004u
#define WMKC_NET_OP_CLOSESOCKET 0x008u
#define WMKC_NET_OP_CONNECT     0x010u
#define WMKC_NET_OP_LISTEN      0x020u
#define WMKC_NET_OP_RECV        0x040u
#define WMKC_NET_OP_SEND        0x080u
#define WMKC_NET_OP_SHUTDOWN    0x100u
#define WMKC_NET_OP_SOCKET      0x200u

#if defined(__linux__)
/* Linux: the codes reported there, as Linux errno symbols. */
#define WMKC_NET_ERR_EINTR               EINTR           /* interrupted before the call could finish */
#define WMKC_NET_ERR_EACCES              EACCES          /* permission denied for this address or socket */
#define WMKC_NET_ERR_EFAULT              EFAULT          /* bad address or buffer argument */
#define WMKC_NET_ERR_EINVAL              EINVAL          /* invalid argument or wrong socket state for the call */
#define WMKC_NET_ERR_EMFILE              EMFILE          /* too many open files or sockets */
#define WMKC_NET_ERR_EISCONN             EISCONN         /* socket is already connected */
#define WMKC_NET_ERR_ENOBUFS             ENOBUFS         /* no buffer space available */
#define WMKC_NET_ERR_EALREADY            EALREADY        /* a connection attempt is already in progress */
#define WMKC_NET_ERR_ENOTCONN            ENOTCONN        /* socket is not connected */
#define WMKC_NET_ERR_EMSGSIZE            EMSGSIZE        /* message too long for the socket or buffer */
#define WMKC_NET_ERR_ENOTSOCK            ENOTSOCK        /* descriptor is not a socket */
#define WMKC_NET_ERR_ETIMEDOUT           ETIMEDOUT       /* connection timeout: the peer did not answer in time */
#define WMKC_NET_ERR_EPROTOTYPE          EPROTOTYPE      /* protocol does not fit the socket type */
#define WMKC_NET_ERR_EOPNOTSUPP          EOPNOTSUPP      /* operation not supported by this kind of socket */
#define WMKC_NET_ERR_EADDRINUSE          EADDRINUSE      /* local address already in use */
#define WMKC_NET_ERR_ECONNRESET          ECONNRESET      /* connection reset by the peer */
#define WMKC_NET_ERR_ENETUNREACH         ENETUNREACH     /* network is unreachable */
#define WMKC_NET_ERR_EWOULDBLOCK         EWOULDBLOCK     /* operation would block on a non-blocking socket */
#define WMKC_NET_ERR_EINPROGRESS         EINPROGRESS     /* operation now in progress */
#define WMKC_NET_ERR_ECONNREFUSED        ECONNREFUSED    /* connection refused by the peer */
#define WMKC_NET_ERR_ECONNABORTED        ECONNABORTED    /* connection aborted */
#define WMKC_NET_ERR_EAFNOSUPPORT        EAFNOSUPPORT    /* address family not supported */
#define WMKC_NET_ERR_EADDRNOTAVAIL       EADDRNOTAVAIL   /* address not available on this host */
#define WMKC_NET_ERR_EPROTONOSUPPORT     EPROTONOSUPPORT /* protocol not supported */
#define WMKC_NET_ERR_EIO                 EIO             /* input/output error while closing */
#define WMKC_NET_ERR_EPIPE               EPIPE           /* broken pipe: the connection is closed for sending */
#define WMKC_NET_ERR_EPERM               EPERM           /* operation not permitted (firewall rule or broadcast) */
#define WMKC_NET_ERR_EROFS               EROFS           /* socket path is on a read-only file system */
#define WMKC_NET_ERR_EBADF               EBADF           /* bad file descriptor */
#define WMKC_NET_ERR_ELOOP               ELOOP           /* too many symbolic links in the socket path */
#define WMKC_NET_ERR_EDQUOT              EDQUOT          /* disk quota exceeded while closing */
#define WMKC_NET_ERR_ENOSPC              ENOSPC          /* no space left on device while closing */
#define WMKC_NET_ERR_ENOENT              ENOENT          /* a directory in the socket path does not exist */
#define WMKC_NET_ERR_ENOMEM              ENOMEM          /* out of kernel memory */
#define WMKC_NET_ERR_ENFILE              ENFILE          /* system-wide limit on open files reached */
#define WMKC_NET_ERR_EPROTO              EPROTO          /* protocol error on an incoming connection */
#define WMKC_NET_ERR_EAGAIN              EAGAIN          /* resource temporarily unavailable */
#define WMKC_NET_ERR_ENOTDIR             ENOTDIR         /* a component of the socket path is not a directory */
#define WMKC_NET_ERR_ENAMETOOLONG        ENAMETOOLONG    /* socket path too long */
#define WMKC_NET_ERR_EDESTADDRREQ        EDESTADDRREQ    /* destination address required */
/* The spec's values, where Linux numbers them as the spec does. */
#if defined(__i386__) || defined(__x86_64__) || defined(__arm__) || defined(__aarch64__) || defined(__riscv) || defined(__loongarch__) || defined(__s390x__) || defined(__powerpc__) || defined(__m68k__) || defined(__csky__) || defined(__hexagon__)
#if EINTR != 4
#error "wmkc_net_err.h: EINTR is not 4 here, as the spec says it is on Linux"
#endif
#if EACCES != 13
#error "wmkc_net_err.h: EACCES is not 13 here, as the spec says it is on Linux"
#endif
#if EFAULT != 14
#error "wmkc_net_err.h: EFAULT is not 14 here, as the spec says it is on Linux"
#endif
#if EINVAL != 22
#error "wmkc_net_err.h: EINVAL is not 22 here, as the spec says it is on Linux"
#endif
#if EMFILE != 24
#error "wmkc_net_err.h: EMFILE is not 24 here, as the spec says it is on Linux"
#endif
#if EISCONN != 106
#error "wmkc_net_err.h: EISCONN is not 106 here, as the spec says it is on Linux"
#endif
#if ENOBUFS != 105
#error "wmkc_net_err.h: ENOBUFS is not 105 here, as the spec says it is on Linux"
#endif
#if EALREADY != 114
#error "wmkc_net_err.h: EALREADY is not 114 here, as the spec says it is on Linux"
#endif
#if ENOTCONN != 107
#error "wmkc_net_err.h: ENOTCONN is not 107 here, as the spec says it is on Linux"
#endif
#if EMSGSIZE != 90
#error "wmkc_net_err.h: EMSGSIZE is not 90 here, as the spec says it is on Linux"
#endif
#if ENOTSOCK != 88
#error "wmkc_net_err.h: ENOTSOCK is not 88 here, as the spec says it is on Linux"
#endif
#if ETIMEDOUT != 110
#error "wmkc_net_err.h: ETIMEDOUT is not 110 here, as the spec says it is on Linux"
#endif
#if EPROTOTYPE != 91
#error "wmkc_net_err.h: EPROTOTYPE is not 91 here, as the spec says it is on Linux"
#endif
#if EOPNOTSUPP != 95
#error "wmkc_net_err.h: EOPNOTSUPP is not 95 here, as the spec says it is on Linux"
#endif
#if EADDRINUSE != 98
#error "wmkc_net_err.h: EADDRINUSE is not 98 here, as the spec says it is on Linux"
#endif
#if ECONNRESET != 104
#error "wmkc_net_err.h: ECONNRESET is not 104 here, as the spec says it is on Linux"
#endif
#if ENETUNREACH != 101
#error "wmkc_net_err.h: ENETUNREACH is not 101 here, as the spec says it is on Linux"
#endif
#if EWOULDBLOCK != 11
#error "wmkc_net_err.h: EWOULDBLOCK is not 11 here, as the spec says it is on Linux"
#endif
#if EINPROGRESS != 115
#error "wmkc_net_err.h: EINPROGRESS is not 115 here, as the spec says it is on Linux"
#endif
#if ECONNREFUSED != 111
#error "wmkc_net_err.h: ECONNREFUSED is not 111 here, as the spec says it is on Linux"
#endif
#if ECONNABORTED != 103
#error "wmkc_net_err.h: ECONNABORTED is not 103 here, as the spec says it is on Linux"
#endif
#if EAFNOSUPPORT != 97
#error "wmkc_net_err.h: EAFNOSUPPORT is not 97 here, as the spec says it is on Linux"
#endif
#if EADDRNOTAVAIL != 99
#error "wmkc_net_err.h: EADDRNOTAVAIL is not 99 here, as the spec says it is on Linux"
#endif
#if EPROTONOSUPPORT != 93
#error "wmkc_net_err.h: EPROTONOSUPPORT is not 93 here, as the spec says it is on Linux"
#endif
#if EIO != 5
#error "wmkc_net_err.h: EIO is not 5 here, as the spec says it is on Linux"
#endif
#if EPIPE != 32
#error "wmkc_net_err.h: EPIPE is not 32 here, as the spec says it is on Linux"
#endif
#if EPERM != 1
#error "wmkc_net_err.h: EPERM is not 1 here, as the spec says it is on Linux"
#endif
#if EROFS != 30
#error "wmkc_net_err.h: EROFS is not 30 here, as the spec says it is on Linux"
#endif
#if EBADF != 9
#error "wmkc_net_err.h: EBADF is not 9 here, as the spec says it is on Linux"
#endif
#if ELOOP != 40
#error "wmkc_net_err.h: ELOOP is not 40 here, as the spec says it is on Linux"
#endif
#if EDQUOT != 122
#error "wmkc_net_err.h: EDQUOT is not 122 here, as the spec says it is on Linux"
#endif
#if ENOSPC != 28
#error "wmkc_net_err.h: ENOSPC is not 28 here, as the spec says it is on Linux"
#endif
#if ENOENT != 2
#error "wmkc_net_err.h: ENOENT is not 2 here, as the spec says it is on Linux"
#endif
#if ENOMEM != 12
#error "wmkc_net_err.h: ENOMEM is not 12 here, as the spec says it is on Linux"
#endif
#if ENFILE != 23
#error "wmkc_net_err.h: ENFILE is not 23 here, as the spec says it is on Linux"
#endif
#if EPROTO != 71
#error "wmkc_net_err.h: EPROTO is not 71 here, as the spec says it is on Linux"
#endif
#if EAGAIN != 11
#error "wmkc_net_err.h: EAGAIN is not 11 here, as the spec says it is on Linux"
#endif
#if ENOTDIR != 20
#error "wmkc_net_err.h: ENOTDIR is not 20 here, as the spec says it is on Linux"
#endif
#if ENAMETOOLONG != 36
#error "wmkc_net_err.h: ENAMETOOLONG is not 36 here, as the spec says it is on Linux"
#endif
#if EDESTADDRREQ != 89
#error "wmkc_net_err.h: EDESTADDRREQ is not 89 here, as the spec says it is on Linux"
#endif
#endif
#elif defined(_WIN32)
/* Windows: the codes reported there, as Winsock symbols. */
#define WMKC_NET_ERR_EINTR               WSAEINTR               /* interrupted before the call could finish */
#define WMKC_NET_ERR_EACCES              WSAEACCES              /* permission denied for this address or socket */
#define WMKC_NET_ERR_EFAULT              WSAEFAULT              /* bad address or buffer argument */
#define WMKC_NET_ERR_EINVAL              WSAEINVAL              /* invalid argument or wrong socket state for the call */
#define WMKC_NET_ERR_EMFILE              WSAEMFILE              /* too many open files or sockets */
#define WMKC_NET_ERR_EISCONN             WSAEISCONN             /* socket is already connected */
#define WMKC_NET_ERR_ENOBUFS             WSAENOBUFS             /* no buffer space available */
#define WMKC_NET_ERR_EALREADY            WSAEALREADY            /* a connection attempt is already in progress */
#define WMKC_NET_ERR_ENOTCONN            WSAENOTCONN            /* socket is not connected */
#define WMKC_NET_ERR_EMSGSIZE            WSAEMSGSIZE            /* message too long for the socket or buffer */
#define WMKC_NET_ERR_ENOTSOCK            WSAENOTSOCK            /* descriptor is not a socket */
#define WMKC_NET_ERR_ETIMEDOUT           WSAETIMEDOUT           /* connection timeout: the peer did not answer in time */
#define WMKC_NET_ERR_EPROTOTYPE          WSAEPROTOTYPE          /* protocol does not fit the socket type */
#define WMKC_NET_ERR_EOPNOTSUPP          WSAEOPNOTSUPP          /* operation not supported by this kind of socket */
#define WMKC_NET_ERR_EADDRINUSE          WSAEADDRINUSE          /* local address already in use */
#define WMKC_NET_ERR_ECONNRESET          WSAECONNRESET          /* connection reset by the peer */
#define WMKC_NET_ERR_ENETUNREACH         WSAENETUNREACH         /* network is unreachable */
#define WMKC_NET_ERR_EWOULDBLOCK         WSAEWOULDBLOCK         /* operation would block on a non-blocking socket */
#define WMKC_NET_ERR_EINPROGRESS         WSAEINPROGRESS         /* operation now in progress */
#define WMKC_NET_ERR_ECONNREFUSED        WSAECONNREFUSED        /* connection refused by the peer */
#define WMKC_NET_ERR_ECONNABORTED        WSAECONNABORTED        /* connection aborted */
#define WMKC_NET_ERR_EAFNOSUPPORT        WSAEAFNOSUPPORT        /* address family not supported */
#define WMKC_NET_ERR_EADDRNOTAVAIL       WSAEADDRNOTAVAIL       /* address not available on this host */
#define WMKC_NET_ERR_EPROTONOSUPPORT     WSAEPROTONOSUPPORT     /* protocol not supported */
#define WMKC_NET_ERR_ENETDOWN            WSAENETDOWN            /* network subsystem or interface is down */
#define WMKC_NET_ERR_ESHUTDOWN           WSAESHUTDOWN           /* socket already shut down in that direction */
#define WMKC_NET_ERR_EHOSTUNREACH        WSAEHOSTUNREACH        /* no route to the host */
#define WMKC_NET_ERR_NOTINITIALISED      WSANOTINITIALISED      /* WSAStartup has not been called successfully */
#define WMKC_NET_ERR_ESOCKTNOSUPPORT     WSAESOCKTNOSUPPORT     /* socket type not supported in this address family */
#define WMKC_NET_ERR_EINVALIDPROVIDER    WSAEINVALIDPROVIDER    /* service provider has the wrong version */
#define WMKC_NET_ERR_EINVALIDPROCTABLE   WSAEINVALIDPROCTABLE   /* service provider gave an invalid procedure table */
#define WMKC_NET_ERR_EPROVIDERFAILEDINIT WSAEPROVIDERFAILEDINIT /* service provider failed to initialise */
/* The spec's values. */
#if WSAEINTR != 10004
#error "wmkc_net_err.h: WSAEINTR is not 10004 here, as the spec says it is on Windows"
#endif
#if WSAEACCES != 10013
#error "wmkc_net_err.h: WSAEACCES is not 10013 here, as the spec says it is on Windows"
#endif
#if WSAEFAULT != 10014
#error "wmkc_net_err.h: WSAEFAULT is not 10014 here, as the spec says it is on Windows"
#endif
#if WSAEINVAL != 10022
#error "wmkc_net_err.h: WSAEINVAL is not 10022 here, as the spec says it is on Windows"
#endif
#if WSAEMFILE != 10024
#error "wmkc_net_err.h: WSAEMFILE is not 10024 here, as the spec says it is on Windows"
#endif
#if WSAEISCONN != 10056
#error "wmkc_net_err.h: WSAEISCONN is not 10056 here, as the spec says it is on Windows"
#endif
#if WSAENOBUFS != 10055
#error "wmkc_net_err.h: WSAENOBUFS is not 10055 here, as the spec says it is on Windows"
#endif
#if WSAEALREADY != 10037
#error "wmkc_net_err.h: WSAEALREADY is not 10037 here, as the spec says it is on Windows"
#endif
#if WSAENOTCONN != 10057
#error "wmkc_net_err.h: WSAENOTCONN is not 10057 here, as the spec says it is on Windows"
#endif
#if WSAEMSGSIZE != 10040
#error "wmkc_net_err.h: WSAEMSGSIZE is not 10040 here, as the spec says it is on Windows"
#endif
#if WSAENOTSOCK != 10038
#error "wmkc_net_err.h: WSAENOTSOCK is not 10038 here, as the spec says it is on Windows"
#endif
#if WSAETIMEDOUT != 10060
#error "wmkc_net_err.h: WSAETIMEDOUT is not 10060 here, as the spec says it is on Windows"
#endif
#if WSAEPROTOTYPE != 10041
#error "wmkc_net_err.h: WSAEPROTOTYPE is not 10041 here, as the spec says it is on Windows"
#endif
#if WSAEOPNOTSUPP != 10045
#error "wmkc_net_err.h: WSAEOPNOTSUPP is not 10045 here, as the spec says it is on Windows"
#endif
#if WSAEADDRINUSE != 10048
#error "wmkc_net_err.h: WSAEADDRINUSE is not 10048 here, as the spec says it is on Windows"
#endif
#if WSAECONNRESET != 10054
#error "wmkc_net_err.h: WSAECONNRESET is not 10054 here, as the spec says it is on Windows"
#endif
#if WSAENETUNREACH != 10051
#error "wmkc_net_err.h: WSAENETUNREACH is not 10051 here, as the spec says it is on Windows"
#endif
#if WSAEWOULDBLOCK != 10035
#error "wmkc_net_err.h: WSAEWOULDBLOCK is not 10035 here, as the spec says it is on Windows"
#endif
#if WSAEINPROGRESS != 10036
#error "wmkc_net_err.h: WSAEINPROGRESS is not 10036 here, as the spec says it is on Windows"
#endif
#if WSAECONNREFUSED != 10061
#error "wmkc_net_err.h: WSAECONNREFUSED is not 10061 here, as the spec says it is on Windows"
#endif
#if WSAECONNABORTED != 10053
#error "wmkc_net_err.h: WSAECONNABORTED is not 10053 here, as the spec says it is on Windows"
#endif
#if WSAEAFNOSUPPORT != 10047
#error "wmkc_net_err.h: WSAEAFNOSUPPORT is not 10047 here, as the spec says it is on Windows"
#endif
#if WSAEADDRNOTAVAIL != 10049
#error "wmkc_net_err.h: WSAEADDRNOTAVAIL is not 10049 here, as the spec says it is on Windows"
#endif
#if WSAEPROTONOSUPPORT != 10043
#error "wmkc_net_err.h: WSAEPROTONOSUPPORT is not 10043 here, as the spec says it is on Windows"
#endif
#if WSAENETDOWN != 10050
#error "wmkc_net_err.h: WSAENETDOWN is not 10050 here, as the spec says it is on Windows"
#endif
#if WSAESHUTDOWN != 10058
#error "wmkc_net_err.h: WSAESHUTDOWN is not 10058 here, as the spec says it is on Windows"
#endif
#if WSAEHOSTUNREACH != 10065
#error "wmkc_net_err.h: WSAEHOSTUNREACH is not 10065 here, as the spec says it is on Windows"
#endif
#if WSANOTINITIALISED != 10093
#error "wmkc_net_err.h: WSANOTINITIALISED is not 10093 here, as the spec says it is on Windows"
#endif
#if WSAESOCKTNOSUPPORT != 10044
#error "wmkc_net_err.h: WSAESOCKTNOSUPPORT is not 10044 here, as the spec says it is on Windows"
#endif
#if WSAEINVALIDPROVIDER != 10105
#error "wmkc_net_err.h: WSAEINVALIDPROVIDER is not 10105 here, as the spec says it is on Windows"
#endif
#if WSAEINVALIDPROCTABLE != 10104
#error "wmkc_net_err.h: WSAEINVALIDPROCTABLE is not 10104 here, as the spec says it is on Windows"
#endif
#if WSAEPROVIDERFAILEDINIT != 10106
#error "wmkc_net_err.h: WSAEPROVIDERFAILEDINIT is not 10106 here, as the spec says it is on Windows"
#endif
#endif

/* Everything the spec says about one code. */
struct wmkc_net_err_info {
    const char *name;       /* "ECONNRESET" */
    const char *code;       /* "WMKC_NET_ERR_ECONNRESET" */
    const char *summary;    /* one English line */
    const char *en;         /* the English explanation */
    const char *zh;         /* the user's Chinese text, UTF-8 */
    const char *zh_explanation; /* the English explanation in Chinese, UTF-8 */
    unsigned operations;    /* WMKC_NET_OP_* bits */
};

/* The spec's code number index (from 0, in the spec's order, the same on every
 * host, whether or not this host reports the code), or NULL past the last. */
static inline const struct wmkc_net_err_info *wmkc_net_err_at(size_t index)
{
    static const struct wmkc_net_err_info codes[48] = {
        /* EINTR */
        {
            "EINTR",
            "WMKC_NET_ERR_EINTR",
            "interrupted before the call could finish",
            "A blocking socket call was interrupted before it could finish. Neither "
            "Linux nor Windows documents this error for shutdown. On Linux, a signal "
            "handler ran while the call was blocked: accept before a connection "
            "arrived, send or recv before any data was transferred, or connect or "
            "close. A handler installed with SA_RESTART makes Linux restart accept, "
            "connect, send and recv by itself instead, but not once a socket timeout "
            "such as SO_RCVTIMEO has been set. When close reports it, the descriptor "
            "has nonetheless been released; when connect reports it, the connection "
            "attempt is not aborted but, as POSIX specifies, goes on in the "
            "background. On Windows, the desktop Winsock pages give a single cause: "
            "a blocking Windows Sockets 1.1 call cancelled with "
            "WSACancelBlockingCall, a function that Winsock 2 removed and that only "
            "Windows Sockets 1.1 applications can still call. Microsoft's error list "
            "for Windows Embedded CE also names a socket closed, or a process ended, "
            "while a Winsock call on that socket was pending. On Linux, retry "
            "accept, send or recv, or install the handler with SA_RESTART; never "
            "retry close, since the descriptor number may already belong to a file "
            "another thread has opened; and do not call connect again, but wait "
            "until poll or select reports the socket writable, then read SO_ERROR "
            "with getsockopt. On Windows, never close a socket while another thread "
            "is in a Winsock call on it, which the closesocket page forbids: after "
            "closesocket the handle may be reused at once, so the closed socket must "
            "not be used again.",
            "\346\211\247\350\241\214\347\232\204\350\260\203\347\224\250\350\242\253"
            "\346\223\215\344\275\234\347\263\273\347\273\237\346\210\252\346\226\255"
            "\343\200\202",
            "\351\230\273\345\241\236\347\232\204\345\245\227\346\216\245\345\255\227"
            "\350\260\203\347\224\250\345\234\250\345\256\214\346\210\220\345\211\215"
            "\350\242\253\344\270\255\346\226\255\343\200\202Linux \345\222\214 "
            "Windows "
            "\351\203\275\346\262\241\346\234\211\346\212\212\346\255\244\351\224\231\350\257\257"
            "\345\210\227\344\270\272 shutdown "
            "\345\217\257\350\203\275\350\277\224\345\233\236\347\232\204\351\224\231"
            "\350\257\257\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\277\231\346\230\257\345\233\240\344\270\272"
            "\350\260\203\347\224\250\351\230\273\345\241\236\346\234\237\351\227\264"
            "\346\234\211\344\277\241\345\217\267\345\244\204\347\220\206\345\207\275"
            "\346\225\260\350\277\220\350\241\214\357\274\232accept "
            "\345\234\250\350\277\236\346\216\245\345\210\260\350\276\276\344\271\213"
            "\345\211\215\343\200\201send \346\210\226 recv "
            "\345\234\250\344\274\240\350\276\223\344\273\273\344\275\225\346\225\260"
            "\346\215\256\344\271\213\345\211\215\357\274\214\346\210\226\350\200\205"
            " connect\343\200\201close "
            "\350\242\253\344\270\255\346\226\255\343\200\202\350\213\245\344\277\241"
            "\345\217\267\345\244\204\347\220\206\345\207\275\346\225\260\344\273\245"
            " SA_RESTART "
            "\346\240\207\345\277\227\345\256\211\350\243\205\357\274\214Linux "
            "\344\274\232\350\207\252\350\241\214\351\207\215\346\226\260\346\211\247"
            "\350\241\214 accept\343\200\201connect\343\200\201send \345\222\214 "
            "recv\357\274\214\344\275\206\345\245\227\346\216\245\345\255\227\344\270\200"
            "\346\227\246\350\256\276\347\275\256\344\272\206 SO_RCVTIMEO "
            "\344\271\213\347\261\273\347\232\204\350\266\205\346\227\266\345\260\261"
            "\344\270\215\345\206\215\345\246\202\346\255\244\343\200\202close "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\346\227\266"
            "\357\274\214\346\217\217\350\277\260\347\254\246\345\205\266\345\256\236"
            "\345\267\262\350\242\253\351\207\212\346\224\276\357\274\233connect "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\346\227\266"
            "\357\274\214\350\277\236\346\216\245\345\260\235\350\257\225\345\271\266"
            "\346\234\252\344\270\255\346\255\242\357\274\214\350\200\214\346\230\257"
            "\346\214\211\347\205\247 POSIX "
            "\347\232\204\350\247\204\345\256\232\345\234\250\345\220\216\345\217\260"
            "\347\273\247\347\273\255\350\277\233\350\241\214\343\200\202\345\234\250"
            " Windows \344\270\212\357\274\214\346\241\214\351\235\242\347\211\210 "
            "Winsock "
            "\346\226\207\346\241\243\345\217\252\347\273\231\345\207\272\344\270\200\347\247\215"
            "\345\216\237\345\233\240\357\274\232Windows Sockets 1.1 "
            "\347\232\204\351\230\273\345\241\236\350\260\203\347\224\250\350\242\253"
            " WSACancelBlockingCall \345\217\226\346\266\210\357\274\214\350\200\214 "
            "Winsock 2 "
            "\345\267\262\347\273\217\347\247\273\351\231\244\344\272\206\350\257\245\345\207\275"
            "\346\225\260\357\274\214\345\217\252\346\234\211 Windows Sockets 1.1 "
            "\345\272\224\347\224\250\347\250\213\345\272\217\350\277\230\350\203\275"
            "\350\260\203\347\224\250\345\256\203\343\200\202Microsoft "
            "\351\222\210\345\257\271 Windows Embedded CE "
            "\347\232\204\351\224\231\350\257\257\345\210\227\350\241\250\350\277\230"
            "\345\210\227\345\207\272\345\217\246\344\270\200\347\247\215\346\203\205"
            "\345\275\242\357\274\232\346\237\220\344\270\252\345\245\227\346\216\245"
            "\345\255\227\344\270\212\347\232\204 Winsock "
            "\350\260\203\347\224\250\345\260\232\346\234\252\345\256\214\346\210\220"
            "\346\227\266\357\274\214\350\257\245\345\245\227\346\216\245\345\255\227"
            "\350\242\253\345\205\263\351\227\255\346\210\226\350\277\233\347\250\213"
            "\350\242\253\347\273\210\346\255\242\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\217\257\351\207\215\350\257\225 "
            "accept\343\200\201send \346\210\226 "
            "recv\357\274\214\346\210\226\347\224\250 SA_RESTART "
            "\346\240\207\345\277\227\345\256\211\350\243\205\344\277\241\345\217\267"
            "\345\244\204\347\220\206\345\207\275\346\225\260\357\274\233\345\210\207"
            "\345\213\277\351\207\215\350\257\225 "
            "close\357\274\214\345\233\240\344\270\272\350\257\245\346\217\217\350\277\260"
            "\347\254\246\347\274\226\345\217\267\345\217\257\350\203\275\345\267\262"
            "\345\210\206\351\205\215\347\273\231\345\217\246\344\270\200\344\270\252"
            "\347\272\277\347\250\213\346\226\260\346\211\223\345\274\200\347\232\204"
            "\346\226\207\344\273\266\357\274\233\344\271\237\344\270\215\350\246\201"
            "\345\206\215\346\254\241\350\260\203\347\224\250 "
            "connect\357\274\214\350\200\214\345\272\224\347\255\211\345\276\205 "
            "poll \346\210\226 select "
            "\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227\345\217\257"
            "\345\206\231\357\274\214\345\206\215\347\224\250 getsockopt "
            "\350\257\273\345\217\226 SO_ERROR\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\210\207\345\213\277\345\234\250\345\217\246"
            "\344\270\200\344\270\252\347\272\277\347\250\213\346\255\243\345\257\271"
            "\346\237\220\344\270\252\345\245\227\346\216\245\345\255\227\346\211\247"
            "\350\241\214 Winsock "
            "\350\260\203\347\224\250\346\227\266\345\205\263\351\227\255\345\256\203"
            "\357\274\214closesocket "
            "\347\232\204\346\226\207\346\241\243\347\246\201\346\255\242\350\277\231"
            "\346\240\267\345\201\232\357\274\232closesocket "
            "\344\271\213\345\220\216\345\217\245\346\237\204\345\217\257\350\203\275"
            "\347\253\213\345\215\263\350\242\253\345\244\215\347\224\250\357\274\214"
            "\345\233\240\346\255\244\345\267\262\345\205\263\351\227\255\347\232\204"
            "\345\245\227\346\216\245\345\255\227\344\270\215\345\276\227\345\206\215"
            "\344\275\277\347\224\250\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_CLOSE | WMKC_NET_OP_CONNECT,
        },
        /* EACCES */
        {
            "EACCES",
            "WMKC_NET_ERR_EACCES",
            "permission denied for this address or socket",
            "The call was refused on permission grounds: the address, port or kind "
            "of socket asked for is not allowed to this process, or to this socket "
            "as it is set up. On Linux, the usual causes are: binding a port below "
            "1024 without the CAP_NET_BIND_SERVICE capability; for a Unix socket "
            "path, no search permission on a directory of the path, no write "
            "permission on the directory that is to hold a new socket (bind), or no "
            "write permission on the socket file (connect, send); sending to or "
            "connecting to a broadcast address without SO_BROADCAST; a local "
            "firewall rule or an SELinux policy against the connection (connect); or "
            "no permission to create a socket of the requested type or protocol "
            "(socket). On Windows, the usual causes are: binding an address and port "
            "that another socket holds with SO_EXCLUSIVEADDRUSE; binding, connecting "
            "or sending to a broadcast address without SO_BROADCAST; or creating a "
            "raw socket (SOCK_RAW) without being a member of the Administrators "
            "group, which Windows Vista and later check when the socket is created. "
            "Choose another port or address, set SO_BROADCAST before using a "
            "broadcast address, or obtain the missing permission (on Linux the "
            "capability or the file permissions, on Windows administrator rights for "
            "raw sockets); otherwise the same call fails again.",
            "\344\273\245\344\270\215\350\242\253\345\205\201\350\256\270\347\232\204"
            "\346\226\271\345\274\217\350\256\277\351\227\256\345\245\227\346\216\245"
            "\345\255\227\343\200\202",
            "\347\263\273\347\273\237\344\273\245\346\235\203\351\231\220\344\270\215"
            "\350\266\263\344\270\272\347\224\261\346\213\222\347\273\235\344\272\206"
            "\350\257\245\350\260\203\347\224\250\357\274\232\346\211\200\350\257\267"
            "\346\261\202\347\232\204\345\234\260\345\235\200\343\200\201\347\253\257"
            "\345\217\243\346\210\226\345\245\227\346\216\245\345\255\227\347\261\273"
            "\345\236\213\344\270\215\345\205\201\350\256\270\346\255\244\350\277\233"
            "\347\250\213\344\275\277\347\224\250\357\274\214\346\210\226\346\214\211"
            "\345\275\223\345\211\215\350\256\276\347\275\256\344\270\215\345\205\201"
            "\350\256\270\346\255\244\345\245\227\346\216\245\345\255\227\344\275\277"
            "\347\224\250\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\270\270\350\247\201\345\216\237\345\233\240"
            "\346\234\211\357\274\232\346\262\241\346\234\211 CAP_NET_BIND_SERVICE "
            "\350\203\275\345\212\233\345\215\264\347\273\221\345\256\232\344\275\216"
            "\344\272\216 1024 "
            "\347\232\204\347\253\257\345\217\243\357\274\233\345\257\271\344\272\216"
            " Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\357\274\214\345\257\271"
            "\350\267\257\345\276\204\344\270\255\346\237\220\344\270\252\347\233\256"
            "\345\275\225\346\262\241\346\234\211\346\220\234\347\264\242\346\235\203"
            "\351\231\220\343\200\201\345\257\271\345\260\206\350\246\201\345\255\230"
            "\346\224\276\346\226\260\345\245\227\346\216\245\345\255\227\347\232\204"
            "\347\233\256\345\275\225\346\262\241\346\234\211\345\206\231\346\235\203"
            "\351\231\220\357\274\210bind\357\274\211\357\274\214\346\210\226\345\257\271"
            "\345\245\227\346\216\245\345\255\227\346\226\207\344\273\266\346\262\241"
            "\346\234\211\345\206\231\346\235\203\351\231\220\357\274\210connect\343\200\201"
            "send\357\274\211\357\274\233\346\234\252\350\256\276\347\275\256 "
            "SO_BROADCAST "
            "\345\260\261\345\220\221\345\271\277\346\222\255\345\234\260\345\235\200"
            "\345\217\221\351\200\201\346\225\260\346\215\256\346\210\226\350\277\236"
            "\346\216\245\345\271\277\346\222\255\345\234\260\345\235\200\357\274\233"
            "\346\234\254\345\234\260\351\230\262\347\201\253\345\242\231\350\247\204"
            "\345\210\231\346\210\226 SELinux "
            "\347\255\226\347\225\245\347\246\201\346\255\242\350\257\245\350\277\236"
            "\346\216\245\357\274\210connect\357\274\211\357\274\233\346\210\226\346\262\241"
            "\346\234\211\345\210\233\345\273\272\346\211\200\350\257\267\346\261\202"
            "\347\261\273\345\236\213\346\210\226\345\215\217\350\256\256\347\232\204"
            "\345\245\227\346\216\245\345\255\227\347\232\204\346\235\203\351\231\220"
            "\357\274\210socket\357\274\211\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\270\270\350\247\201\345\216\237\345\233\240"
            "\346\234\211\357\274\232\350\246\201\347\273\221\345\256\232\347\232\204"
            "\345\234\260\345\235\200\345\222\214\347\253\257\345\217\243\345\267\262"
            "\350\242\253\345\217\246\344\270\200\344\270\252\350\256\276\347\275\256"
            "\344\272\206 SO_EXCLUSIVEADDRUSE "
            "\347\232\204\345\245\227\346\216\245\345\255\227\345\215\240\347\224\250"
            "\357\274\233\346\234\252\350\256\276\347\275\256 SO_BROADCAST "
            "\345\260\261\345\257\271\345\271\277\346\222\255\345\234\260\345\235\200"
            "\346\211\247\350\241\214 bind\343\200\201connect "
            "\346\210\226\345\217\221\351\200\201\346\225\260\346\215\256\357\274\233"
            "\346\210\226\350\200\205\344\270\215\346\230\257 Administrators "
            "\347\273\204\347\232\204\346\210\220\345\221\230\345\215\264\345\210\233"
            "\345\273\272\345\216\237\345\247\213\345\245\227\346\216\245\345\255\227"
            "\357\274\210SOCK_RAW\357\274\211\357\274\214Windows Vista "
            "\345\217\212\346\233\264\351\253\230\347\211\210\346\234\254\345\234\250"
            "\345\210\233\345\273\272\345\245\227\346\216\245\345\255\227\346\227\266"
            "\345\215\263\350\277\233\350\241\214\350\277\231\351\241\271\346\243\200"
            "\346\237\245\343\200\202\350\257\267\346\215\242\347\224\250\345\205\266"
            "\344\273\226\347\253\257\345\217\243\346\210\226\345\234\260\345\235\200"
            "\357\274\214\345\234\250\344\275\277\347\224\250\345\271\277\346\222\255"
            "\345\234\260\345\235\200\345\211\215\350\256\276\347\275\256 "
            "SO_BROADCAST\357\274\214\346\210\226\345\217\226\345\276\227\346\211\200"
            "\347\274\272\347\232\204\346\235\203\351\231\220\357\274\210\345\234\250"
            " Linux "
            "\344\270\212\346\230\257\347\233\270\345\272\224\347\232\204\350\203\275\345\212\233"
            "\346\210\226\346\226\207\344\273\266\346\235\203\351\231\220\357\274\214"
            "\345\234\250 Windows "
            "\344\270\212\346\230\257\345\210\233\345\273\272\345\216\237\345\247\213"
            "\345\245\227\346\216\245\345\255\227\346\211\200\351\234\200\347\232\204"
            "\347\256\241\347\220\206\345\221\230\346\235\203\351\231\220\357\274\211"
            "\357\274\233\345\220\246\345\210\231\345\220\214\344\270\200\350\260\203"
            "\347\224\250\344\274\232\345\206\215\346\254\241\345\244\261\350\264\245"
            "\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_SEND | WMKC_NET_OP_SOCKET
            | WMKC_NET_OP_CONNECT,
        },
        /* EFAULT */
        {
            "EFAULT",
            "WMKC_NET_ERR_EFAULT",
            "bad address or buffer argument",
            "The call was given an address or buffer argument that it cannot use. On "
            "Linux, a pointer argument points outside the memory the process may "
            "access: the socket address of accept, bind or connect, or the data "
            "buffer of send or recv. On Windows, it means the same for these "
            "pointers, and also that the length given for a socket address is too "
            "small (accept, bind, connect) or that the address is in a format, or of "
            "a family, that does not match the socket (bind, connect). It is a bug "
            "in the calling code: check the pointers and lengths passed to the call.",
            "\345\234\260\345\235\200\346\214\207\345\220\221\344\272\206\347\224\250"
            "\346\210\267\347\232\204\344\270\215\345\217\257\350\256\277\351\227\256"
            "\347\232\204\345\234\260\345\235\200\347\251\272\351\227\264\343\200\202",
            "\350\260\203\347\224\250\346\224\266\345\210\260\344\272\206\346\227\240"
            "\346\263\225\344\275\277\347\224\250\347\232\204\345\234\260\345\235\200"
            "\346\210\226\347\274\223\345\206\262\345\214\272\345\217\202\346\225\260"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\346\237\220\344\270\252\346\214\207\351\222\210"
            "\345\217\202\346\225\260\346\214\207\345\220\221\344\272\206\350\277\233"
            "\347\250\213\346\227\240\346\235\203\350\256\277\351\227\256\347\232\204"
            "\345\206\205\345\255\230\357\274\232accept\343\200\201bind \346\210\226 "
            "connect "
            "\347\232\204\345\245\227\346\216\245\345\255\227\345\234\260\345\235\200\357\274\214"
            "\346\210\226 send\343\200\201recv "
            "\347\232\204\346\225\260\346\215\256\347\274\223\345\206\262\345\214\272"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\350\277\231\344\272\233\346\214\207\351\222\210"
            "\345\207\272\347\216\260\345\220\214\346\240\267\347\232\204\351\227\256"
            "\351\242\230\346\227\266\344\271\237\346\212\245\345\221\212\346\255\244"
            "\351\224\231\350\257\257\357\274\233\346\255\244\345\244\226\357\274\214"
            "\345\256\203\350\277\230\350\241\250\347\244\272\344\270\272\345\245\227"
            "\346\216\245\345\255\227\345\234\260\345\235\200\347\273\231\345\207\272"
            "\347\232\204\351\225\277\345\272\246\345\244\252\345\260\217\357\274\210"
            "accept\343\200\201bind\343\200\201connect\357\274\211\357\274\214\346\210\226"
            "\345\234\260\345\235\200\347\232\204\346\240\274\345\274\217\346\210\226"
            "\346\211\200\345\261\236\345\234\260\345\235\200\346\227\217\344\270\216"
            "\345\245\227\346\216\245\345\255\227\344\270\215\347\254\246\357\274\210"
            "bind\343\200\201connect\357\274\211\343\200\202\350\277\231\346\230\257\350\260\203"
            "\347\224\250\346\226\271\344\273\243\347\240\201\347\232\204\347\274\272"
            "\351\231\267\357\274\232\350\257\267\346\243\200\346\237\245\344\274\240"
            "\347\273\231\350\257\245\350\260\203\347\224\250\347\232\204\346\214\207"
            "\351\222\210\345\222\214\351\225\277\345\272\246\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* EINVAL */
        {
            "EINVAL",
            "WMKC_NET_ERR_EINVAL",
            "invalid argument or wrong socket state for the call",
            "An argument is invalid, or the socket is in the wrong state for the "
            "call, for example bind on a socket that is already bound, accept on a "
            "socket that is not listening, or an invalid shutdown direction. On "
            "Linux, other causes are a wrong address length (bind, accept) or an "
            "address that is not valid for the socket's family (bind), invalid flags "
            "in the socket type or for accept4, and an unknown protocol or an "
            "unavailable protocol family (socket). On Windows, other causes are an "
            "unknown flag for send or recv; listen, send or recv on a socket that "
            "was never bound; connect on a listening socket; socket with AF_UNSPEC "
            "and neither type nor protocol; and connect called again while a "
            "non-blocking connect is still pending. A too short address gives "
            "WSAEFAULT there instead. Fix the arguments or the order of the calls; "
            "repeating the same call fails again. On Windows, when a repeated "
            "connect gets it, treat it like WSAEALREADY: the connection attempt is "
            "still in progress.",
            "\346\217\220\344\276\233\344\272\206\346\227\240\346\225\210\347\232\204"
            "\345\217\202\346\225\260\346\210\226\345\245\227\346\216\245\345\255\227"
            "\345\267\262\347\273\221\345\256\232\346\237\220\345\234\260\345\235\200"
            "\346\210\226\345\234\250\346\216\245\345\217\227\344\271\213\345\211\215"
            "\346\234\252\350\260\203\347\224\250\344\276\246\345\220\254\345\207\275"
            "\346\225\260\346\210\226\345\245\227\346\216\245\345\255\227\346\230\257"
            "\347\233\221\345\220\254\345\245\227\346\216\245\345\255\227\343\200\202",
            "\345\217\202\346\225\260\346\227\240\346\225\210\357\274\214\346\210\226"
            "\345\245\227\346\216\245\345\255\227\345\275\223\345\211\215\347\232\204"
            "\347\212\266\346\200\201\344\270\215\351\200\202\345\220\210\350\257\245"
            "\350\260\203\347\224\250\357\274\214\344\276\213\345\246\202\345\257\271"
            "\345\267\262\347\273\221\345\256\232\347\232\204\345\245\227\346\216\245"
            "\345\255\227\350\260\203\347\224\250 "
            "bind\343\200\201\345\257\271\344\270\215\345\234\250\347\233\221\345\220\254"
            "\347\232\204\345\245\227\346\216\245\345\255\227\350\260\203\347\224\250"
            " accept\357\274\214\346\210\226 shutdown "
            "\347\232\204\346\226\271\345\220\221\345\217\202\346\225\260\346\227\240"
            "\346\225\210\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\205\266\344\273\226\345\216\237\345\233\240"
            "\350\277\230\346\234\211\357\274\232\345\234\260\345\235\200\351\225\277"
            "\345\272\246\351\224\231\350\257\257\357\274\210bind\343\200\201accept\357\274\211"
            "\346\210\226\345\234\260\345\235\200\345\257\271\345\245\227\346\216\245"
            "\345\255\227\347\232\204\345\234\260\345\235\200\346\227\217\346\227\240"
            "\346\225\210\357\274\210bind\357\274\211\357\274\214\345\245\227\346\216\245"
            "\345\255\227\347\261\273\345\236\213\344\270\255\346\210\226 accept4 "
            "\347\232\204\346\240\207\345\277\227\346\227\240\346\225\210\357\274\214"
            "\344\273\245\345\217\212\345\215\217\350\256\256\346\234\252\347\237\245"
            "\346\210\226\345\215\217\350\256\256\346\227\217\344\270\215\345\217\257"
            "\347\224\250\357\274\210socket\357\274\211\343\200\202\345\234\250 "
            "Windows "
            "\344\270\212\357\274\214\345\205\266\344\273\226\345\216\237\345\233\240\350\277\230"
            "\346\234\211\357\274\232send \346\210\226 recv "
            "\344\275\277\347\224\250\344\272\206\346\234\252\347\237\245\346\240\207"
            "\345\277\227\357\274\233\345\257\271\344\273\216\346\234\252\347\273\221"
            "\345\256\232\347\232\204\345\245\227\346\216\245\345\255\227\350\260\203"
            "\347\224\250 listen\343\200\201send \346\210\226 "
            "recv\357\274\233\345\257\271\347\233\221\345\220\254\345\245\227\346\216\245"
            "\345\255\227\350\260\203\347\224\250 connect\357\274\233\344\273\245 "
            "AF_UNSPEC "
            "\344\270\224\346\227\242\344\270\215\346\214\207\345\256\232\347\261\273\345\236\213"
            "\344\271\237\344\270\215\346\214\207\345\256\232\345\215\217\350\256\256"
            "\350\260\203\347\224\250 "
            "socket\357\274\233\344\273\245\345\217\212\345\234\250\351\235\236\351\230\273"
            "\345\241\236 connect "
            "\345\260\232\346\234\252\345\256\214\346\210\220\346\227\266\345\206\215"
            "\346\254\241\350\260\203\347\224\250 "
            "connect\343\200\202\345\234\260\345\235\200\350\277\207\347\237\255\345\234\250"
            " Windows "
            "\344\270\212\346\212\245\345\221\212\347\232\204\345\210\231\346\230\257 "
            "WSAEFAULT\343\200\202\350\257\267\344\277\256\346\255\243\345\217\202\346\225\260"
            "\346\210\226\350\260\203\347\224\250\351\241\272\345\272\217\357\274\233"
            "\345\216\237\346\240\267\351\207\215\345\244\215\345\220\214\344\270\200"
            "\350\260\203\347\224\250\344\273\215\344\274\232\345\244\261\350\264\245"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\350\213\245\346\230\257\345\206\215\346\254\241"
            "\350\260\203\347\224\250 connect "
            "\346\227\266\345\276\227\345\210\260\346\255\244\351\224\231\350\257\257"
            "\357\274\214\345\272\224\346\214\211 WSAEALREADY "
            "\345\244\204\347\220\206\357\274\232\350\277\236\346\216\245\345\260\235"
            "\350\257\225\344\273\215\345\234\250\350\277\233\350\241\214\344\270\255"
            "\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_LISTEN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EMFILE */
        {
            "EMFILE",
            "WMKC_NET_ERR_EMFILE",
            "too many open files or sockets",
            "No descriptor or socket handle was left for a new socket. On Linux, the "
            "process has reached its limit on open file descriptors, RLIMIT_NOFILE "
            "(set in the shell with ulimit -n); files, pipes and sockets all take "
            "descriptors under this limit. On Windows, the service provider has no "
            "socket handle left; Microsoft notes that an implementation may limit "
            "socket handles globally, per process or per thread. Close the sockets "
            "and files that are no longer needed; a count that keeps growing points "
            "to a leak. On Linux, raise RLIMIT_NOFILE if the load really needs more "
            "descriptors. A server whose accept fails this way should stop accepting "
            "until a descriptor has been freed, rather than retry at once.",
            "\346\227\240\346\263\225\346\217\220\344\276\233\346\233\264\345\244\232"
            "\345\245\227\346\216\245\345\255\227\346\217\217\350\277\260\347\254\246"
            "\357\274\214\345\267\262\350\276\276\345\210\260\346\257\217\344\270\252"
            "\350\277\233\347\250\213\345\257\271\345\245\227\346\216\245\345\255\227"
            "\346\225\260\351\207\217\347\232\204\351\231\220\345\210\266\343\200\202",
            "\345\267\262\346\262\241\346\234\211\345\217\257\344\276\233\346\226\260"
            "\345\245\227\346\216\245\345\255\227\344\275\277\347\224\250\347\232\204"
            "\346\217\217\350\277\260\347\254\246\346\210\226\345\245\227\346\216\245"
            "\345\255\227\345\217\245\346\237\204\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\277\233\347\250\213\345\267\262\350\276\276"
            "\345\210\260\346\211\223\345\274\200\346\226\207\344\273\266\346\217\217"
            "\350\277\260\347\254\246\346\225\260\351\207\217\347\232\204\344\270\212"
            "\351\231\220 RLIMIT_NOFILE\357\274\210\345\234\250 shell "
            "\344\270\255\347\224\250 ulimit -n "
            "\350\256\276\347\275\256\357\274\211\357\274\233\346\226\207\344\273\266"
            "\343\200\201\347\256\241\351\201\223\345\222\214\345\245\227\346\216\245"
            "\345\255\227\351\203\275\345\215\240\347\224\250\345\217\227\346\255\244"
            "\344\270\212\351\231\220\347\272\246\346\235\237\347\232\204\346\217\217"
            "\350\277\260\347\254\246\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\345\267\262\346\262\241\346\234\211\345\217\257\347\224\250"
            "\347\232\204\345\245\227\346\216\245\345\255\227\345\217\245\346\237\204"
            "\357\274\233Microsoft "
            "\346\214\207\345\207\272\357\274\214\345\256\236\347\216\260\345\217\257"
            "\350\203\275\345\257\271\345\245\227\346\216\245\345\255\227\345\217\245"
            "\346\237\204\350\256\276\347\275\256\345\205\250\345\261\200\343\200\201"
            "\346\257\217\350\277\233\347\250\213\346\210\226\346\257\217\347\272\277"
            "\347\250\213\347\232\204\344\270\212\351\231\220\343\200\202\350\257\267"
            "\345\205\263\351\227\255\344\270\215\345\206\215\351\234\200\350\246\201"
            "\347\232\204\345\245\227\346\216\245\345\255\227\345\222\214\346\226\207"
            "\344\273\266\357\274\233\346\225\260\351\207\217\346\214\201\347\273\255"
            "\345\242\236\351\225\277\350\257\264\346\230\216\345\255\230\345\234\250"
            "\346\263\204\346\274\217\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\246\202\346\236\234\350\264\237\350\275\275"
            "\347\241\256\345\256\236\351\234\200\350\246\201\346\233\264\345\244\232"
            "\346\217\217\350\277\260\347\254\246\357\274\214\345\217\257\346\217\220"
            "\351\253\230 "
            "RLIMIT_NOFILE\343\200\202\350\213\245\346\234\215\345\212\241\345\231\250"
            "\347\232\204 accept "
            "\345\233\240\346\255\244\345\244\261\350\264\245\357\274\214\345\272\224"
            "\346\232\202\345\201\234 "
            "accept\357\274\214\347\233\264\345\210\260\346\234\211\346\217\217\350\277\260"
            "\347\254\246\350\242\253\351\207\212\346\224\276\357\274\214\350\200\214"
            "\344\270\215\346\230\257\347\253\213\345\215\263\351\207\215\350\257\225"
            "\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SOCKET,
        },
        /* EISCONN */
        {
            "EISCONN",
            "WMKC_NET_ERR_EISCONN",
            "socket is already connected",
            "The socket is already connected, and the call asked for a connection or "
            "a destination, which a connected socket does not take. A connect "
            "repeated after a non-blocking connect reports it once the connection "
            "has been made. On Linux, connect reports it on a connected stream "
            "socket (a datagram socket may call connect again to change its peer), "
            "and send reports it when a recipient address is given on a connected "
            "connection-mode socket, which may instead just ignore the address, or "
            "on a connected Unix socket. On Windows, connect reports it on a "
            "connected connection-oriented socket and listen on a connected socket; "
            "some implementations also report it for sendto with an address on a "
            "connected datagram socket. After a non-blocking connect, treat it as "
            "success. Otherwise the code connected a socket twice or gave a "
            "connected socket a destination: open a new socket for another peer, or "
            "send without an address.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\350\242\253\346\214\207"
            "\345\256\232\350\277\236\346\216\245\343\200\202",
            "\345\245\227\346\216\245\345\255\227\345\267\262\347\273\217\350\277\236"
            "\346\216\245\357\274\214\350\200\214\350\257\245\350\260\203\347\224\250"
            "\350\246\201\346\261\202\345\273\272\347\253\213\350\277\236\346\216\245"
            "\346\210\226\346\214\207\345\256\232\347\233\256\346\240\207\345\234\260"
            "\345\235\200\357\274\214\350\277\231\345\257\271\345\267\262\350\277\236"
            "\346\216\245\347\232\204\345\245\227\346\216\245\345\255\227\344\270\215"
            "\351\200\202\347\224\250\343\200\202\351\235\236\351\230\273\345\241\236"
            " connect "
            "\344\271\213\345\220\216\345\206\215\346\254\241\350\260\203\347\224\250 "
            "connect\357\274\214\344\270\200\346\227\246\350\277\236\346\216\245\345\267\262"
            "\347\273\217\345\273\272\347\253\213\357\274\214\344\271\237\344\274\232"
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\343\200\202"
            "\345\234\250 Linux "
            "\344\270\212\357\274\214\345\257\271\345\267\262\350\277\236\346\216\245"
            "\347\232\204\346\265\201\345\245\227\346\216\245\345\255\227\350\260\203"
            "\347\224\250 connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\210\346\225\260\346\215\256\346\212\245\345\245\227\346\216\245"
            "\345\255\227\345\210\231\345\217\257\344\273\245\345\206\215\346\254\241"
            "\350\260\203\347\224\250 connect "
            "\344\273\245\346\233\264\346\215\242\345\257\271\347\253\257\357\274\211"
            "\357\274\233\345\257\271\345\267\262\350\277\236\346\216\245\347\232\204"
            "\351\235\242\345\220\221\350\277\236\346\216\245\345\245\227\346\216\245"
            "\345\255\227\350\260\203\347\224\250 send "
            "\345\271\266\347\273\231\345\207\272\346\216\245\346\224\266\346\226\271"
            "\345\234\260\345\235\200\346\227\266\357\274\210\345\206\205\346\240\270"
            "\344\271\237\345\217\257\350\203\275\347\233\264\346\216\245\345\277\275"
            "\347\225\245\350\257\245\345\234\260\345\235\200\357\274\211\357\274\214"
            "\346\210\226\345\257\271\345\267\262\350\277\236\346\216\245\347\232\204"
            " Unix "
            "\345\245\227\346\216\245\345\255\227\347\273\231\345\207\272\347\233\256\346\240\207"
            "\345\234\260\345\235\200\346\227\266\357\274\214send "
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\343\200\202"
            "\345\234\250 Windows "
            "\344\270\212\357\274\214\345\257\271\345\267\262\350\277\236\346\216\245"
            "\347\232\204\351\235\242\345\220\221\350\277\236\346\216\245\345\245\227"
            "\346\216\245\345\255\227\350\260\203\347\224\250 "
            "connect\343\200\201\345\257\271\345\267\262\350\277\236\346\216\245\347\232\204"
            "\345\245\227\346\216\245\345\255\227\350\260\203\347\224\250 listen "
            "\351\203\275\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\357\274\233\346\237\220\344\272\233\345\256\236\347\216\260"
            "\345\234\250\345\257\271\345\267\262\350\277\236\346\216\245\347\232\204"
            "\346\225\260\346\215\256\346\212\245\345\245\227\346\216\245\345\255\227"
            "\350\260\203\347\224\250 sendto "
            "\345\271\266\347\273\231\345\207\272\345\234\260\345\235\200\346\227\266"
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\343\200\202"
            "\351\235\236\351\230\273\345\241\236 connect "
            "\344\271\213\345\220\216\351\201\207\345\210\260\345\256\203\345\272\224"
            "\350\247\206\344\270\272\346\210\220\345\212\237\343\200\202\345\205\266"
            "\344\273\226\346\203\205\345\206\265\350\257\264\346\230\216\344\273\243"
            "\347\240\201\345\257\271\345\220\214\344\270\200\345\245\227\346\216\245"
            "\345\255\227\350\277\236\346\216\245\344\272\206\344\270\244\346\254\241"
            "\357\274\214\346\210\226\347\273\231\345\267\262\350\277\236\346\216\245"
            "\347\232\204\345\245\227\346\216\245\345\255\227\346\214\207\345\256\232"
            "\344\272\206\347\233\256\346\240\207\345\234\260\345\235\200\357\274\232"
            "\350\246\201\350\277\236\346\216\245\345\217\246\344\270\200\344\270\252"
            "\345\257\271\347\253\257\350\257\267\346\226\260\345\273\272\345\245\227"
            "\346\216\245\345\255\227\357\274\214\346\210\226\345\217\221\351\200\201"
            "\346\227\266\344\270\215\345\270\246\345\234\260\345\235\200\343\200\202",
            WMKC_NET_OP_LISTEN | WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* ENOBUFS */
        {
            "ENOBUFS",
            "WMKC_NET_ERR_ENOBUFS",
            "no buffer space available",
            "The system lacked buffer space or memory for the socket operation, or a "
            "queue was full. On Linux, it usually means memory for the socket could "
            "not be allocated, often because of the socket buffer limits rather than "
            "a lack of system memory (accept, socket). send seldom reports it: when "
            "a device queue overflows, Linux normally drops the packets instead. On "
            "Windows, the system lacked buffer space or a queue was full; for bind, "
            "Microsoft also names too many connections as a cause. Back off and "
            "retry later: a socket cannot be created until resources are freed. "
            "Close sockets that are no longer needed, and reuse connections instead "
            "of opening many short ones.",
            "\346\234\252\346\217\220\344\276\233\344\273\273\344\275\225\347\274\223"
            "\345\206\262\345\214\272\347\251\272\351\227\264\343\200\202",
            "\347\263\273\347\273\237\347\274\272\345\260\221\346\211\247\350\241\214"
            "\350\257\245\345\245\227\346\216\245\345\255\227\346\223\215\344\275\234"
            "\346\211\200\351\234\200\347\232\204\347\274\223\345\206\262\345\214\272"
            "\347\251\272\351\227\264\346\210\226\345\206\205\345\255\230\357\274\214"
            "\346\210\226\346\237\220\344\270\252\351\230\237\345\210\227\345\267\262"
            "\346\273\241\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\256\203\351\200\232\345\270\270\350\241\250"
            "\347\244\272\346\227\240\346\263\225\344\270\272\345\245\227\346\216\245"
            "\345\255\227\345\210\206\351\205\215\345\206\205\345\255\230\357\274\214"
            "\350\200\214\350\277\231\345\276\200\345\276\200\346\230\257\345\217\227"
            "\345\245\227\346\216\245\345\255\227\347\274\223\345\206\262\345\214\272"
            "\344\270\212\351\231\220\347\232\204\351\231\220\345\210\266\357\274\214"
            "\345\271\266\351\235\236\347\263\273\347\273\237\345\206\205\345\255\230"
            "\344\270\215\350\266\263\357\274\210accept\343\200\201socket\357\274\211"
            "\343\200\202send "
            "\345\276\210\345\260\221\346\212\245\345\221\212\345\256\203\357\274\232"
            "\350\256\276\345\244\207\351\230\237\345\210\227\346\272\242\345\207\272"
            "\346\227\266\357\274\214Linux "
            "\351\200\232\345\270\270\347\233\264\346\216\245\344\270\242\345\274\203"
            "\346\225\260\346\215\256\345\214\205\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\256\203\350\241\250\347\244\272\347\263\273"
            "\347\273\237\347\274\272\345\260\221\347\274\223\345\206\262\345\214\272"
            "\347\251\272\351\227\264\346\210\226\346\237\220\344\270\252\351\230\237"
            "\345\210\227\345\267\262\346\273\241\357\274\233\345\257\271\344\272\216"
            " bind\357\274\214Microsoft "
            "\350\277\230\346\214\207\345\207\272\350\277\236\346\216\245\350\277\207"
            "\345\244\232\344\271\237\346\230\257\345\216\237\345\233\240\344\271\213"
            "\344\270\200\343\200\202\350\257\267\351\200\200\351\201\277\344\270\200"
            "\346\256\265\346\227\266\351\227\264\345\220\216\351\207\215\350\257\225"
            "\357\274\232\345\234\250\350\265\204\346\272\220\351\207\212\346\224\276"
            "\344\271\213\345\211\215\346\227\240\346\263\225\345\210\233\345\273\272"
            "\345\245\227\346\216\245\345\255\227\343\200\202\345\205\263\351\227\255"
            "\344\270\215\345\206\215\351\234\200\350\246\201\347\232\204\345\245\227"
            "\346\216\245\345\255\227\357\274\214\345\271\266\345\244\215\347\224\250"
            "\350\277\236\346\216\245\357\274\214\350\200\214\344\270\215\346\230\257"
            "\346\211\223\345\274\200\345\244\247\351\207\217\347\237\255\350\277\236"
            "\346\216\245\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EALREADY */
        {
            "EALREADY",
            "WMKC_NET_ERR_EALREADY",
            "a connection attempt is already in progress",
            "An earlier operation of the same kind is still in progress on this "
            "socket, normally a connection attempt that has not finished. On Linux, "
            "connect reports it while an earlier non-blocking connect on the socket "
            "has not completed, or, as POSIX specifies, while a connect interrupted "
            "by a signal goes on in the background; send reports it while another "
            "TCP Fast Open is in progress. On Windows, connect reports it while a "
            "non-blocking connect is in progress on the socket. Windows Sockets 1.1 "
            "applications, linked to Winsock.dll or Wsock32.dll, get WSAEINVAL "
            "instead, and Microsoft warns that the codes a repeated connect returns "
            "vary among implementations. Do not call connect again to learn the "
            "outcome. On Linux, wait until poll or select reports the socket "
            "writable, then read SO_ERROR with getsockopt: zero means connected, any "
            "other value is the reason of the failure. On Windows, select reports "
            "success in writefds and failure in exceptfds (then read SO_ERROR for "
            "the reason), or WSAEventSelect signals FD_CONNECT with the result.",
            "\345\217\246\344\270\200\344\270\252\345\277\253\351\200\237\346\211\223"
            "\345\274\200\346\223\215\344\275\234\357\274\210TCP Fast "
            "Open\357\274\211\346\255\243\345\234\250\346\211\247\350\241\214\343\200\202"
            "\346\214\207\345\256\232\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\270\212\346\255\243\345\234\250\350\277\233\350\241\214\351\235\236"
            "\351\230\273\345\241\236\346\250\241\345\274\217connect\350\260\203\347\224\250"
            "\343\200\202",
            "\346\255\244\345\245\227\346\216\245\345\255\227\344\270\212\345\205\210"
            "\345\211\215\347\232\204\345\220\214\347\261\273\346\223\215\344\275\234"
            "\344\273\215\345\234\250\350\277\233\350\241\214\357\274\214\351\200\232"
            "\345\270\270\346\230\257\345\260\232\346\234\252\345\256\214\346\210\220"
            "\347\232\204\350\277\236\346\216\245\345\260\235\350\257\225\343\200\202"
            "\345\234\250 Linux "
            "\344\270\212\357\274\214\345\275\223\346\255\244\345\245\227\346\216\245"
            "\345\255\227\344\270\212\345\205\210\345\211\215\347\232\204\351\235\236"
            "\351\230\273\345\241\236 connect "
            "\345\260\232\346\234\252\345\256\214\346\210\220\357\274\214\346\210\226"
            "\350\200\205\357\274\210\346\214\211 POSIX "
            "\347\232\204\350\247\204\345\256\232\357\274\211\350\242\253\344\277\241"
            "\345\217\267\344\270\255\346\226\255\347\232\204 connect "
            "\344\273\215\345\234\250\345\220\216\345\217\260\350\277\233\350\241\214"
            "\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\217\246\344\270\200\344\270\252 TCP Fast Open "
            "\346\255\243\345\234\250\350\277\233\350\241\214\346\227\266\357\274\214"
            "send "
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\343\200\202\345\234\250"
            " Windows "
            "\344\270\212\357\274\214\345\275\223\346\255\244\345\245\227\346\216\245\345\255\227"
            "\344\270\212\346\234\211\351\235\236\351\230\273\345\241\236 connect "
            "\346\255\243\345\234\250\350\277\233\350\241\214\346\227\266\357\274\214"
            "connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\343\200\202"
            "\351\223\276\346\216\245 Winsock.dll \346\210\226 Wsock32.dll "
            "\347\232\204 Windows Sockets 1.1 "
            "\345\272\224\347\224\250\347\250\213\345\272\217\345\276\227\345\210\260"
            "\347\232\204\345\210\231\346\230\257 "
            "WSAEINVAL\357\274\214\350\200\214\344\270\224 Microsoft "
            "\346\217\220\351\206\222\357\274\214\351\207\215\345\244\215\350\260\203"
            "\347\224\250 connect "
            "\346\227\266\350\277\224\345\233\236\347\232\204\351\224\231\350\257\257"
            "\347\240\201\345\233\240\345\256\236\347\216\260\350\200\214\345\274\202"
            "\343\200\202\344\270\215\350\246\201\351\235\240\345\206\215\346\254\241"
            "\350\260\203\347\224\250 connect "
            "\346\235\245\346\237\245\350\257\242\347\273\223\346\236\234\343\200\202"
            "\345\234\250 Linux "
            "\344\270\212\357\274\214\345\272\224\347\255\211\345\276\205 poll "
            "\346\210\226 select "
            "\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227\345\217\257"
            "\345\206\231\357\274\214\345\206\215\347\224\250 getsockopt "
            "\350\257\273\345\217\226 SO_ERROR\357\274\232\345\200\274\344\270\272 0 "
            "\350\241\250\347\244\272\345\267\262\350\277\236\346\216\245\357\274\214"
            "\345\205\266\344\273\226\345\200\274\345\215\263\344\270\272\345\244\261"
            "\350\264\245\345\216\237\345\233\240\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214select \345\234\250 writefds "
            "\344\270\255\346\212\245\345\221\212\346\210\220\345\212\237\343\200\201"
            "\345\234\250 exceptfds "
            "\344\270\255\346\212\245\345\221\212\345\244\261\350\264\245\357\274\210"
            "\345\244\261\350\264\245\345\216\237\345\233\240\345\206\215\350\257\273"
            "\345\217\226 SO_ERROR "
            "\350\216\267\345\276\227\357\274\211\357\274\214\344\271\237\345\217\257"
            "\344\273\245\347\224\250 WSAEventSelect\357\274\214\347\224\261 "
            "FD_CONNECT "
            "\344\272\213\344\273\266\347\273\231\345\207\272\347\273\223\346\236\234\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* ENOTCONN */
        {
            "ENOTCONN",
            "WMKC_NET_ERR_ENOTCONN",
            "socket is not connected",
            "The call needs a connected socket, and this one has no peer: it was "
            "never connected, or its connection attempt failed. On Linux, recv and "
            "shutdown report it on a connection-oriented socket, such as TCP, that "
            "is not connected, and send reports it on a socket that is not connected "
            "and was given no target, such as a Unix socket. Linux may also report "
            "EPIPE instead for send, with SIGPIPE unless MSG_NOSIGNAL is passed, and "
            "a socket that is not connection-mode and has no peer address reports "
            "EDESTADDRREQ. On Windows, recv, send and shutdown report it on a "
            "connection-oriented socket that is not connected, and send and recv "
            "also report it on a datagram socket that has no default peer (sendto "
            "and recvfrom still work there). Connect the socket first (or use the "
            "socket that accept returned), or give the destination with sendto; "
            "after a non-blocking connect, wait until it has completed before "
            "sending or receiving.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\347\273\217\350\277\236"
            "\346\216\245\344\272\206 or "
            "\345\245\227\346\216\245\345\255\227\346\234\252\350\277\236\346\216\245",
            "\350\257\245\350\260\203\347\224\250\351\234\200\350\246\201\345\267\262"
            "\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\214\350\200\214\346\255\244\345\245\227\346\216\245\345\255\227"
            "\346\262\241\346\234\211\345\257\271\347\253\257\357\274\232\345\256\203"
            "\344\273\216\346\234\252\350\277\236\346\216\245\350\277\207\357\274\214"
            "\346\210\226\345\205\266\350\277\236\346\216\245\345\260\235\350\257\225"
            "\345\267\262\345\244\261\350\264\245\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\257\271\346\234\252\350\277\236\346\216\245"
            "\347\232\204\351\235\242\345\220\221\350\277\236\346\216\245\345\245\227"
            "\346\216\245\345\255\227\357\274\210\344\276\213\345\246\202 "
            "TCP\357\274\211\350\260\203\347\224\250 recv \345\222\214 shutdown "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\257\271\346\234\252\350\277\236\346\216\245\344\270\224"
            "\346\234\252\347\273\231\345\207\272\347\233\256\346\240\207\345\234\260"
            "\345\235\200\347\232\204\345\245\227\346\216\245\345\255\227\357\274\210"
            "\344\276\213\345\246\202 Unix "
            "\345\245\227\346\216\245\345\255\227\357\274\211\350\260\203\347\224\250"
            " send "
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\343\200\202\344\270\215"
            "\350\277\207\357\274\214Linux \347\232\204 send "
            "\344\271\237\345\217\257\350\203\275\346\224\271\344\270\272\346\212\245"
            "\345\221\212 "
            "EPIPE\357\274\210\351\231\244\351\235\236\344\274\240\345\205\245\344\272\206"
            " "
            "MSG_NOSIGNAL\357\274\214\345\220\246\345\210\231\350\277\230\344\274\232\344\272\247"
            "\347\224\237 "
            "SIGPIPE\357\274\211\357\274\214\350\200\214\346\262\241\346\234\211\345\257\271"
            "\347\253\257\345\234\260\345\235\200\347\232\204\351\235\236\351\235\242"
            "\345\220\221\350\277\236\346\216\245\345\245\227\346\216\245\345\255\227"
            "\346\212\245\345\221\212\347\232\204\346\230\257 "
            "EDESTADDRREQ\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\257\271\346\234\252\350\277\236\346\216\245"
            "\347\232\204\351\235\242\345\220\221\350\277\236\346\216\245\345\245\227"
            "\346\216\245\345\255\227\350\260\203\347\224\250 recv\343\200\201send "
            "\345\222\214 shutdown "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\257\271\346\262\241\346\234\211\351\273\230\350\256\244"
            "\345\257\271\347\253\257\347\232\204\346\225\260\346\215\256\346\212\245"
            "\345\245\227\346\216\245\345\255\227\350\260\203\347\224\250 send "
            "\345\222\214 recv "
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\357\274\210"
            "\346\255\244\346\227\266\344\273\215\345\217\257\344\275\277\347\224\250"
            " sendto \345\222\214 "
            "recvfrom\357\274\211\343\200\202\350\257\267\345\205\210\350\260\203\347\224\250"
            " connect "
            "\350\277\236\346\216\245\345\245\227\346\216\245\345\255\227\357\274\210\346\210\226"
            "\344\275\277\347\224\250 accept "
            "\350\277\224\345\233\236\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\211\357\274\214\346\210\226\347\224\250 sendto "
            "\347\273\231\345\207\272\347\233\256\346\240\207\345\234\260\345\235\200"
            "\357\274\233\351\235\236\351\230\273\345\241\236 connect "
            "\344\271\213\345\220\216\357\274\214\345\272\224\347\255\211\345\276\205"
            "\350\277\236\346\216\245\345\256\214\346\210\220\345\220\216\345\206\215"
            "\346\224\266\345\217\221\346\225\260\346\215\256\343\200\202",
            WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* EMSGSIZE */
        {
            "EMSGSIZE",
            "WMKC_NET_ERR_EMSGSIZE",
            "message too long for the socket or buffer",
            "The message is too long: a message-oriented socket could not carry it "
            "in one piece. On Linux, send reports it when the socket type requires "
            "messages to be sent atomically and the message is too large, for "
            "example a datagram over the protocol's size limit, or a datagram bigger "
            "than the path MTU that may not be fragmented. recv does not report it: "
            "a datagram longer than the buffer is cut short, and the MSG_TRUNC flag "
            "makes recv return its real length. On Windows, send reports it when the "
            "message is larger than the maximum the underlying transport supports, "
            "and nothing is sent; recv reports it when a datagram was larger than "
            "the buffer: the buffer holds its first part and, for UDP, the rest is "
            "lost, while a reliable protocol keeps the rest until it is read with a "
            "large enough buffer. Send smaller messages, for example by splitting "
            "the data or by using a stream socket. On Linux, a connected socket can "
            "read the current path MTU with the IP_MTU option; on Windows, "
            "getsockopt with SO_MAX_MSG_SIZE gives the largest message the provider "
            "accepts, and recv needs a buffer as large as the largest datagram "
            "expected.",
            "\345\245\227\346\216\245\345\255\227\351\235\242\345\220\221\346\266\210"
            "\346\201\257\357\274\214\346\266\210\346\201\257\345\244\247\344\272\216"
            "\345\237\272\347\241\200\344\274\240\350\276\223\346\224\257\346\214\201"
            "\347\232\204\346\234\200\345\244\247\345\244\247\345\260\217",
            "\346\266\210\346\201\257\350\277\207\351\225\277\357\274\232\351\235\242"
            "\345\220\221\346\266\210\346\201\257\347\232\204\345\245\227\346\216\245"
            "\345\255\227\346\227\240\346\263\225\344\270\200\346\254\241\345\256\214"
            "\346\225\264\345\234\260\344\274\240\351\200\201\345\256\203\343\200\202"
            "\345\234\250 Linux "
            "\344\270\212\357\274\214\345\275\223\345\245\227\346\216\245\345\255\227"
            "\347\261\273\345\236\213\350\246\201\346\261\202\346\266\210\346\201\257"
            "\344\273\245\345\216\237\345\255\220\346\226\271\345\274\217\345\217\221"
            "\351\200\201\350\200\214\346\266\210\346\201\257\345\244\252\345\244\247"
            "\346\227\266\357\274\214send "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\344\276\213\345\246\202\346\225\260\346\215\256\346\212\245"
            "\350\266\205\350\277\207\344\272\206\345\215\217\350\256\256\347\232\204"
            "\345\244\247\345\260\217\344\270\212\351\231\220\357\274\214\346\210\226"
            "\346\225\260\346\215\256\346\212\245\345\244\247\344\272\216\350\267\257"
            "\345\276\204 MTU "
            "\344\270\224\344\270\215\345\205\201\350\256\270\345\210\206\347\211\207"
            "\343\200\202recv "
            "\344\270\215\346\212\245\345\221\212\345\256\203\357\274\232\350\266\205"
            "\350\277\207\347\274\223\345\206\262\345\214\272\347\232\204\346\225\260"
            "\346\215\256\346\212\245\344\274\232\350\242\253\346\210\252\347\237\255"
            "\357\274\214\344\275\277\347\224\250 MSG_TRUNC "
            "\346\240\207\345\277\227\345\217\257\350\256\251 recv "
            "\350\277\224\345\233\236\345\205\266\347\234\237\345\256\236\351\225\277"
            "\345\272\246\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\346\266\210\346\201\257\345\244\247\344\272\216"
            "\345\272\225\345\261\202\344\274\240\350\276\223\345\215\217\350\256\256"
            "\346\224\257\346\214\201\347\232\204\346\234\200\345\244\247\345\200\274"
            "\346\227\266 send "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\214"
            "\344\270\224\344\270\215\345\217\221\351\200\201\344\273\273\344\275\225"
            "\346\225\260\346\215\256\357\274\233\346\225\260\346\215\256\346\212\245"
            "\345\244\247\344\272\216\347\274\223\345\206\262\345\214\272\346\227\266"
            " recv "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\232\347\274\223"
            "\345\206\262\345\214\272\344\270\255\345\217\252\346\234\211\346\225\260"
            "\346\215\256\346\212\245\347\232\204\345\211\215\344\270\200\351\203\250"
            "\345\210\206\357\274\214\345\257\271 UDP "
            "\350\200\214\350\250\200\345\205\266\344\275\231\351\203\250\345\210\206"
            "\344\274\232\344\270\242\345\244\261\357\274\214\350\200\214\345\217\257"
            "\351\235\240\345\215\217\350\256\256\344\274\232\344\277\235\347\225\231"
            "\345\205\266\344\275\231\351\203\250\345\210\206\357\274\214\347\233\264"
            "\345\210\260\347\224\250\350\266\263\345\244\237\345\244\247\347\232\204"
            "\347\274\223\345\206\262\345\214\272\350\257\273\345\217\226\343\200\202"
            "\350\257\267\345\217\221\351\200\201\346\233\264\345\260\217\347\232\204"
            "\346\266\210\346\201\257\357\274\214\344\276\213\345\246\202\346\213\206"
            "\345\210\206\346\225\260\346\215\256\346\210\226\346\224\271\347\224\250"
            "\346\265\201\345\245\227\346\216\245\345\255\227\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\345\267\262\350\277\236\346\216\245\347\232\204\345\245\227"
            "\346\216\245\345\255\227\345\217\257\344\273\245\351\200\232\350\277\207"
            " IP_MTU "
            "\351\200\211\351\241\271\350\257\273\345\217\226\345\275\223\345\211\215\347\232\204"
            "\350\267\257\345\276\204 MTU\357\274\233\345\234\250 Windows "
            "\344\270\212\357\274\214\347\224\250 getsockopt "
            "\350\257\273\345\217\226 SO_MAX_MSG_SIZE "
            "\345\217\257\345\276\227\345\210\260\346\234\215\345\212\241\346\217\220"
            "\344\276\233\350\200\205\346\216\245\345\217\227\347\232\204\346\234\200"
            "\345\244\247\346\266\210\346\201\257\357\274\214\350\200\214 recv "
            "\351\234\200\350\246\201\344\270\215\345\260\217\344\272\216\351\242\204"
            "\346\234\237\346\234\200\345\244\247\346\225\260\346\215\256\346\212\245"
            "\347\232\204\347\274\223\345\206\262\345\214\272\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV,
        },
        /* ENOTSOCK */
        {
            "ENOTSOCK",
            "WMKC_NET_ERR_ENOTSOCK",
            "descriptor is not a socket",
            "The descriptor or handle passed to the call does not refer to a socket. "
            "On Linux, the descriptor is open but refers to another kind of file, "
            "such as a regular file, a pipe or a terminal, often because a "
            "descriptor number was mixed up with another (a descriptor that is not "
            "open at all gives EBADF instead). On Windows, the handle does not refer "
            "to a valid socket, for example INVALID_SOCKET returned by a failed "
            "socket or accept, or a socket already closed with closesocket. Because "
            "Windows may reuse a closed handle at once, using a closed socket does "
            "not reliably give this error: its handle may by then name another "
            "socket. Check where the value comes from, check that socket and accept "
            "succeeded before using their result, and never use a socket after "
            "closing it.",
            "\346\217\217\350\277\260\347\254\246\344\270\215\346\230\257\345\245\227"
            "\346\216\245\345\255\227",
            "\344\274\240\347\273\231\350\257\245\350\260\203\347\224\250\347\232\204"
            "\346\217\217\350\277\260\347\254\246\346\210\226\345\217\245\346\237\204"
            "\345\271\266\344\270\215\346\214\207\345\220\221\345\245\227\346\216\245"
            "\345\255\227\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\257\245\346\217\217\350\277\260\347\254\246"
            "\346\230\257\346\211\223\345\274\200\347\232\204\357\274\214\344\275\206"
            "\346\214\207\345\220\221\345\205\266\344\273\226\347\261\273\345\236\213"
            "\347\232\204\346\226\207\344\273\266\357\274\214\344\276\213\345\246\202"
            "\346\231\256\351\200\232\346\226\207\344\273\266\343\200\201\347\256\241"
            "\351\201\223\346\210\226\347\273\210\347\253\257\357\274\214\351\200\232"
            "\345\270\270\346\230\257\345\233\240\344\270\272\346\212\212\346\217\217"
            "\350\277\260\347\254\246\347\274\226\345\217\267\344\270\216\345\210\253"
            "\347\232\204\346\217\217\350\277\260\347\254\246\346\220\236\346\267\267"
            "\344\272\206\357\274\210\346\240\271\346\234\254\346\234\252\346\211\223"
            "\345\274\200\347\232\204\346\217\217\350\277\260\347\254\246\346\212\245"
            "\345\221\212\347\232\204\345\210\231\346\230\257 "
            "EBADF\357\274\211\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\350\257\245\345\217\245\346\237\204\344\270\215"
            "\346\214\207\345\220\221\346\234\211\346\225\210\347\232\204\345\245\227"
            "\346\216\245\345\255\227\357\274\214\344\276\213\345\246\202 socket "
            "\346\210\226 accept "
            "\345\244\261\350\264\245\346\227\266\350\277\224\345\233\236\347\232\204"
            " "
            "INVALID_SOCKET\357\274\214\346\210\226\345\267\262\347\273\217\347\224\250 "
            "closesocket "
            "\345\205\263\351\227\255\347\232\204\345\245\227\346\216\245\345\255\227"
            "\343\200\202\347\224\261\344\272\216 Windows "
            "\345\217\257\350\203\275\347\253\213\345\215\263\345\244\215\347\224\250"
            "\345\267\262\345\205\263\351\227\255\347\232\204\345\217\245\346\237\204"
            "\357\274\214\344\275\277\347\224\250\345\267\262\345\205\263\351\227\255"
            "\347\232\204\345\245\227\346\216\245\345\255\227\345\271\266\344\270\215"
            "\344\270\200\345\256\232\344\274\232\345\276\227\345\210\260\346\255\244"
            "\351\224\231\350\257\257\357\274\232\345\205\266\345\217\245\346\237\204"
            "\346\255\244\346\227\266\345\217\257\350\203\275\345\267\262\346\214\207"
            "\345\220\221\345\217\246\344\270\200\344\270\252\345\245\227\346\216\245"
            "\345\255\227\343\200\202\350\257\267\346\243\200\346\237\245\350\257\245"
            "\345\200\274\347\232\204\346\235\245\346\272\220\357\274\214\345\234\250"
            "\344\275\277\347\224\250 socket \345\222\214 accept "
            "\347\232\204\347\273\223\346\236\234\344\271\213\345\211\215\345\205\210"
            "\347\241\256\350\256\244\345\256\203\344\273\254\345\267\262\346\210\220"
            "\345\212\237\357\274\214\345\271\266\344\270\224\345\205\263\351\227\255"
            "\345\245\227\346\216\245\345\255\227\345\220\216\347\273\235\344\270\215"
            "\350\246\201\345\206\215\344\275\277\347\224\250\345\256\203\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_CONNECT,
        },
        /* ETIMEDOUT */
        {
            "ETIMEDOUT",
            "WMKC_NET_ERR_ETIMEDOUT",
            "connection timeout: the peer did not answer in time",
            "The peer did not answer in time, so the connection attempt or the "
            "established connection was given up. On Linux, connect reports it when "
            "the server never answered the connection request and the SYN "
            "retransmissions set by tcp_syn_retries ran out (about 127 seconds by "
            "default): the host is down, the server is too busy, or the packets are "
            "lost on the way, for example dropped by a firewall. On an established "
            "TCP connection, send and recv report it when the peer did not "
            "acknowledge retransmitted data, when keep-alive probes enabled with "
            "SO_KEEPALIVE went unanswered, or when TCP_USER_TIMEOUT ran out. "
            "SO_RCVTIMEO and SO_SNDTIMEO never cause it on Linux: when they expire "
            "the call fails with EAGAIN, or EINPROGRESS for connect. On Windows, "
            "connect reports it when the attempt timed out without a connection, and "
            "send and recv when the connection was dropped because of a network "
            "failure or because the peer stopped responding; once the connection is "
            "considered broken, later calls on the socket fail the same way. A "
            "blocking recv or send that runs out of its SO_RCVTIMEO or SO_SNDTIMEO "
            "timeout leaves the connection in an indeterminate state, but "
            "Microsoft's pages do not say which error code it then returns. Close "
            "the socket, check the network path and the peer, then connect again, "
            "preferably with a new socket: the Linux manual advises portable "
            "programs to do so after a failed connect, although Windows allows "
            "connect again on the same socket after this error. On Windows, also "
            "close a socket after a blocking recv or send ran out of its SO_RCVTIMEO "
            "or SO_SNDTIMEO timeout.",
            "\347\224\261\344\272\216\350\266\205\346\227\266\345\257\274\350\207\264"
            "\350\277\236\346\216\245\345\267\262\346\226\255\345\274\200\343\200\202",
            "\345\257\271\347\253\257\346\234\252\350\203\275\345\217\212\346\227\266"
            "\345\272\224\347\255\224\357\274\214\345\233\240\346\255\244\350\277\236"
            "\346\216\245\345\260\235\350\257\225\346\210\226\345\267\262\345\273\272"
            "\347\253\213\347\232\204\350\277\236\346\216\245\350\242\253\346\224\276"
            "\345\274\203\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\246\202\346\236\234\346\234\215\345\212\241"
            "\345\231\250\345\247\213\347\273\210\346\262\241\346\234\211\345\272\224"
            "\347\255\224\350\277\236\346\216\245\350\257\267\346\261\202\357\274\214"
            "\345\271\266\344\270\224 tcp_syn_retries "
            "\350\247\204\345\256\232\347\232\204 SYN "
            "\351\207\215\344\274\240\346\254\241\346\225\260\345\267\262\347\224\250"
            "\345\260\275\357\274\210\351\273\230\350\256\244\347\272\246 127 "
            "\347\247\222\357\274\211\357\274\214connect "
            "\345\260\261\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\357\274\232\345\216\237\345\233\240\345\217\257\350\203\275"
            "\346\230\257\344\270\273\346\234\272\345\267\262\345\205\263\351\227\255"
            "\343\200\201\346\234\215\345\212\241\345\231\250\350\277\207\344\272\216"
            "\347\271\201\345\277\231\357\274\214\346\210\226\346\225\260\346\215\256"
            "\345\214\205\345\234\250\351\200\224\344\270\255\344\270\242\345\244\261"
            "\357\274\214\344\276\213\345\246\202\350\242\253\351\230\262\347\201\253"
            "\345\242\231\344\270\242\345\274\203\343\200\202\345\234\250\345\267\262"
            "\345\273\272\347\253\213\347\232\204 TCP "
            "\350\277\236\346\216\245\344\270\212\357\274\214\345\246\202\346\236\234"
            "\345\257\271\347\253\257\344\270\215\347\241\256\350\256\244\351\207\215"
            "\344\274\240\347\232\204\346\225\260\346\215\256\343\200\201\347\224\250"
            " SO_KEEPALIVE "
            "\345\220\257\347\224\250\347\232\204\344\277\235\346\264\273\357\274\210"
            "keep-alive\357\274\211\346\216\242\346\265\213\345\276\227\344\270\215\345\210\260"
            "\345\272\224\347\255\224\357\274\214\346\210\226 TCP_USER_TIMEOUT "
            "\345\210\260\346\234\237\357\274\214send \345\222\214 recv "
            "\345\260\261\344\274\232\346\212\245\345\221\212\345\256\203\343\200\202"
            "\345\234\250 Linux \344\270\212\357\274\214SO_RCVTIMEO \345\222\214 "
            "SO_SNDTIMEO "
            "\344\273\216\344\270\215\345\257\274\350\207\264\346\255\244\351\224\231"
            "\350\257\257\357\274\232\345\256\203\344\273\254\345\210\260\346\234\237"
            "\346\227\266\350\260\203\347\224\250\345\244\261\350\264\245\345\271\266"
            "\346\212\245\345\221\212 EAGAIN\357\274\214connect "
            "\345\210\231\346\212\245\345\221\212 "
            "EINPROGRESS\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\350\277\236\346\216\245\345\260\235\350\257\225"
            "\350\266\205\346\227\266\344\273\215\346\234\252\345\273\272\347\253\213"
            "\350\277\236\346\216\245\346\227\266 connect "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\233"
            "\350\277\236\346\216\245\345\233\240\347\275\221\347\273\234\346\225\205"
            "\351\232\234\346\210\226\345\257\271\347\253\257\345\201\234\346\255\242"
            "\345\223\215\345\272\224\350\200\214\346\226\255\345\274\200\346\227\266"
            " send \345\222\214 recv "
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\343\200\202"
            "\350\277\236\346\216\245\344\270\200\346\227\246\350\242\253\350\247\206"
            "\344\270\272\346\226\255\345\274\200\357\274\214\350\257\245\345\245\227"
            "\346\216\245\345\255\227\344\270\212\344\271\213\345\220\216\347\232\204"
            "\350\260\203\347\224\250\344\271\237\344\274\232\350\277\231\346\240\267"
            "\345\244\261\350\264\245\343\200\202\351\230\273\345\241\236\347\232\204"
            " recv \346\210\226 send \350\200\227\345\260\275 SO_RCVTIMEO "
            "\346\210\226 SO_SNDTIMEO "
            "\350\266\205\346\227\266\345\220\216\357\274\214\350\277\236\346\216\245"
            "\345\244\204\344\272\216\344\270\215\347\241\256\345\256\232\347\212\266"
            "\346\200\201\357\274\214\344\275\206 Microsoft "
            "\347\232\204\346\226\207\346\241\243\346\262\241\346\234\211\350\257\264"
            "\346\230\216\346\255\244\346\227\266\350\277\224\345\233\236\345\223\252"
            "\344\270\252\351\224\231\350\257\257\347\240\201\343\200\202\350\257\267"
            "\345\205\263\351\227\255\345\245\227\346\216\245\345\255\227\357\274\214"
            "\346\243\200\346\237\245\347\275\221\347\273\234\350\267\257\345\276\204"
            "\345\222\214\345\257\271\347\253\257\357\274\214\347\204\266\345\220\216"
            "\351\207\215\346\226\260\350\277\236\346\216\245\357\274\214\346\234\200"
            "\345\245\275\344\275\277\347\224\250\346\226\260\347\232\204\345\245\227"
            "\346\216\245\345\255\227\357\274\232Linux "
            "\346\211\213\345\206\214\345\273\272\350\256\256\345\217\257\347\247\273"
            "\346\244\215\347\232\204\347\250\213\345\272\217\345\234\250 connect "
            "\345\244\261\350\264\245\345\220\216\350\277\231\346\240\267\345\201\232"
            "\357\274\214\344\270\215\350\277\207 Windows "
            "\345\205\201\350\256\270\345\234\250\346\255\244\351\224\231\350\257\257"
            "\344\271\213\345\220\216\345\257\271\345\220\214\344\270\200\345\245\227"
            "\346\216\245\345\255\227\345\206\215\346\254\241\350\260\203\347\224\250"
            " connect\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\351\230\273\345\241\236\347\232\204 recv "
            "\346\210\226 send \350\200\227\345\260\275 SO_RCVTIMEO \346\210\226 "
            "SO_SNDTIMEO "
            "\350\266\205\346\227\266\345\220\216\357\274\214\344\271\237\345\272\224"
            "\345\205\263\351\227\255\350\257\245\345\245\227\346\216\245\345\255\227"
            "\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* EPROTOTYPE */
        {
            "EPROTOTYPE",
            "WMKC_NET_ERR_EPROTOTYPE",
            "protocol does not fit the socket type",
            "The socket type does not support the protocol asked for: the two do not "
            "fit together. On Linux, connect reports it when a Unix socket is "
            "connected to a socket of another type, such as a datagram socket to a "
            "stream socket. On Windows, socket reports it when the protocol asked "
            "for lacks the semantics of the socket type, such as IPPROTO_UDP with "
            "SOCK_STREAM. Pass a type and a protocol that match (protocol 0 picks "
            "the type's default protocol), and connect a Unix socket only to a "
            "socket of the same type.",
            "\346\214\207\345\256\232\347\232\204\345\215\217\350\256\256\346\230\257"
            "\346\255\244\345\245\227\346\216\245\345\255\227\347\232\204\351\224\231"
            "\350\257\257\347\261\273\345\236\213\357\274\214\345\245\227\346\216\245"
            "\345\255\227\347\261\273\345\236\213\344\270\215\346\224\257\346\214\201"
            "\350\257\267\346\261\202\347\232\204\351\200\232\344\277\241\345\215\217"
            "\350\256\256\343\200\202",
            "\345\245\227\346\216\245\345\255\227\347\261\273\345\236\213\344\270\215"
            "\346\224\257\346\214\201\346\211\200\350\257\267\346\261\202\347\232\204"
            "\345\215\217\350\256\256\357\274\232\344\270\244\350\200\205\344\270\215"
            "\345\214\271\351\205\215\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\346\212\212 Unix "
            "\345\245\227\346\216\245\345\255\227\350\277\236\346\216\245\345\210\260"
            "\345\217\246\344\270\200\347\247\215\347\261\273\345\236\213\347\232\204"
            "\345\245\227\346\216\245\345\255\227\346\227\266\357\274\210\344\276\213"
            "\345\246\202\346\212\212\346\225\260\346\215\256\346\212\245\345\245\227"
            "\346\216\245\345\255\227\350\277\236\346\216\245\345\210\260\346\265\201"
            "\345\245\227\346\216\245\345\255\227\357\274\211\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\246\202\346\236\234\346\211\200\350\257\267"
            "\346\261\202\347\232\204\345\215\217\350\256\256\344\270\215\345\205\267"
            "\345\244\207\350\257\245\345\245\227\346\216\245\345\255\227\347\261\273"
            "\345\236\213\347\232\204\350\257\255\344\271\211\357\274\210\344\276\213"
            "\345\246\202 SOCK_STREAM \351\205\215 "
            "IPPROTO_UDP\357\274\211\357\274\214socket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\350\257\267\344\274\240\345\205\245\347\233\270\344\272\222"
            "\345\214\271\351\205\215\347\232\204\347\261\273\345\236\213\345\222\214"
            "\345\215\217\350\256\256\357\274\210\345\215\217\350\256\256\344\274\240"
            " 0 "
            "\345\215\263\351\200\211\347\224\250\350\257\245\347\261\273\345\236\213\347\232\204"
            "\351\273\230\350\256\244\345\215\217\350\256\256\357\274\211\357\274\214"
            "\345\271\266\344\270\224\345\217\252\346\212\212 Unix "
            "\345\245\227\346\216\245\345\255\227\350\277\236\346\216\245\345\210\260"
            "\345\220\214\347\261\273\345\236\213\347\232\204\345\245\227\346\216\245"
            "\345\255\227\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CONNECT,
        },
        /* EOPNOTSUPP */
        {
            "EOPNOTSUPP",
            "WMKC_NET_ERR_EOPNOTSUPP",
            "operation not supported by this kind of socket",
            "The socket's type or protocol does not support the operation, or a flag "
            "passed with it. On Linux, listen and accept report it on a socket whose "
            "type takes no connections, such as a datagram socket, and send or recv "
            "report it for a flag that does not fit the socket, such as MSG_OOB "
            "where out-of-band data is not supported. accept can also pass on a "
            "network error of one incoming TCP connection as this code. On Windows, "
            "listen and accept report it on a socket that does not support "
            "connection-oriented service, such as a datagram socket. send and recv "
            "report it for MSG_OOB on a socket that is not stream-style or whose "
            "domain has no out-of-band data, and for the direction a one-way socket "
            "does not support; recv also reports it for MSG_WAITALL on a "
            "non-blocking or datagram socket, or together with MSG_OOB, MSG_PEEK or "
            "MSG_PARTIAL. Use a connection-oriented socket (SOCK_STREAM) to listen "
            "and accept, and only flags the socket supports. On Linux, when accept "
            "reports it on a listening SOCK_STREAM socket, only one incoming "
            "connection failed: call accept again.",
            "\345\274\225\347\224\250\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\270\215\346\230\257\346\224\257\346\214\201\351\235\242\345\220\221"
            "\350\277\236\346\216\245\357\274\210\347\233\221\345\220\254\357\274\211"
            "\347\232\204\346\234\215\345\212\241\347\232\204\347\261\273\345\236\213"
            "\357\274\214\346\210\226\350\200\205\345\245\227\346\216\245\345\255\227"
            "\346\230\257\345\215\225\345\220\221\347\232\204\357\274\214\345\217\252"
            "\346\224\257\346\214\201\345\217\221\351\200\201\346\210\226\346\216\245"
            "\346\224\266\346\223\215\344\275\234\343\200\202",
            "\345\245\227\346\216\245\345\255\227\347\232\204\347\261\273\345\236\213"
            "\346\210\226\345\215\217\350\256\256\344\270\215\346\224\257\346\214\201"
            "\350\257\245\346\223\215\344\275\234\357\274\214\346\210\226\350\200\205"
            "\344\270\215\346\224\257\346\214\201\351\232\217\350\260\203\347\224\250"
            "\344\274\240\345\205\245\347\232\204\346\237\220\344\270\252\346\240\207"
            "\345\277\227\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\234\250\347\261\273\345\236\213\344\270\215"
            "\346\216\245\345\217\227\350\277\236\346\216\245\347\232\204\345\245\227"
            "\346\216\245\345\255\227\357\274\210\344\276\213\345\246\202\346\225\260"
            "\346\215\256\346\212\245\345\245\227\346\216\245\345\255\227\357\274\211"
            "\344\270\212\350\260\203\347\224\250 listen \346\210\226 accept "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233send \346\210\226 recv "
            "\344\275\277\347\224\250\344\272\206\344\270\216\345\245\227\346\216\245"
            "\345\255\227\344\270\215\347\233\270\347\254\246\347\232\204\346\240\207"
            "\345\277\227\346\227\266\344\271\237\344\274\232\346\212\245\345\221\212"
            "\346\255\244\351\224\231\350\257\257\357\274\214\344\276\213\345\246\202"
            "\345\234\250\344\270\215\346\224\257\346\214\201\345\270\246\345\244\226"
            "\346\225\260\346\215\256\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\270\212\344\275\277\347\224\250 MSG_OOB\343\200\202accept "
            "\350\277\230\345\217\257\350\203\275\344\273\245\346\255\244\351\224\231"
            "\350\257\257\350\275\254\344\272\244\346\237\220\344\270\252\344\274\240"
            "\345\205\245 TCP "
            "\350\277\236\346\216\245\344\270\212\347\232\204\347\275\221\347\273\234"
            "\351\224\231\350\257\257\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\234\250\344\270\215\346\224\257\346\214\201"
            "\351\235\242\345\220\221\350\277\236\346\216\245\346\234\215\345\212\241"
            "\347\232\204\345\245\227\346\216\245\345\255\227\357\274\210\344\276\213"
            "\345\246\202\346\225\260\346\215\256\346\212\245\345\245\227\346\216\245"
            "\345\255\227\357\274\211\344\270\212\350\260\203\347\224\250 listen "
            "\346\210\226 accept "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202send \345\222\214 recv "
            "\345\234\250\344\273\245\344\270\213\346\203\205\345\206\265\344\270\213"
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\232"
            "\345\234\250\351\235\236\346\265\201\345\274\217\345\245\227\346\216\245"
            "\345\255\227\346\210\226\345\205\266\351\200\232\344\277\241\345\237\237"
            "\344\270\215\346\224\257\346\214\201\345\270\246\345\244\226\346\225\260"
            "\346\215\256\347\232\204\345\245\227\346\216\245\345\255\227\344\270\212"
            "\344\275\277\347\224\250 "
            "MSG_OOB\357\274\214\346\210\226\350\200\205\345\234\250\345\215\225\345\220\221"
            "\345\245\227\346\216\245\345\255\227\346\211\200\344\270\215\346\224\257"
            "\346\214\201\347\232\204\346\226\271\345\220\221\344\270\212\346\224\266"
            "\345\217\221\357\274\233recv "
            "\345\234\250\351\235\236\351\230\273\345\241\236\345\245\227\346\216\245"
            "\345\255\227\346\210\226\346\225\260\346\215\256\346\212\245\345\245\227"
            "\346\216\245\345\255\227\344\270\212\344\275\277\347\224\250 "
            "MSG_WAITALL\357\274\214\346\210\226\350\200\205\346\212\212 MSG_WAITALL "
            "\344\270\216 MSG_OOB\343\200\201MSG_PEEK \346\210\226 MSG_PARTIAL "
            "\344\270\200\350\265\267\344\275\277\347\224\250\346\227\266\357\274\214"
            "\344\271\237\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\343\200\202\350\257\267\344\275\277\347\224\250\351\235\242"
            "\345\220\221\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245"
            "\345\255\227\357\274\210SOCK_STREAM\357\274\211\346\235\245 listen "
            "\345\222\214 "
            "accept\357\274\214\345\271\266\344\270\224\345\217\252\344\275\277\347\224\250"
            "\350\257\245\345\245\227\346\216\245\345\255\227\346\224\257\346\214\201"
            "\347\232\204\346\240\207\345\277\227\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\246\202\346\236\234 accept "
            "\345\234\250\347\261\273\345\236\213\344\270\272 SOCK_STREAM "
            "\347\232\204\347\233\221\345\220\254\345\245\227\346\216\245\345\255\227"
            "\344\270\212\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\345\207\272\351\224\231\347\232\204\345\217\252\346\230\257"
            "\346\237\220\344\270\200\344\270\252\344\274\240\345\205\245\350\277\236"
            "\346\216\245\357\274\232\345\206\215\346\254\241\350\260\203\347\224\250"
            " accept \345\215\263\345\217\257\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV | WMKC_NET_OP_LISTEN
            | WMKC_NET_OP_ACCEPT,
        },
        /* EADDRINUSE */
        {
            "EADDRINUSE",
            "WMKC_NET_ERR_EADDRINUSE",
            "local address already in use",
            "The local address and port are already in use, so this socket cannot "
            "have them. On Linux, bind reports it when another socket is bound to "
            "that address, when a TCP socket bound to it was closed a short while "
            "ago (the address stays unavailable for some time unless SO_REUSEADDR is "
            "set), when a Unix socket path already exists, or when port 0 was asked "
            "for and no ephemeral port is free. listen reports it when another "
            "socket already listens on the port or an unbound socket finds no free "
            "ephemeral port, and connect when the socket's local address is in use "
            "(a connect that finds no free ephemeral port gets EADDRNOTAVAIL "
            "instead). On Windows, bind reports it when another socket is bound to "
            "the same address and port, or one that was not closed properly or is "
            "still closing. For a socket bound to a wildcard address (INADDR_ANY or "
            "in6addr_any), listen or connect can report it later, when the specific "
            "address is committed. Stop the program that holds the address, or "
            "choose another port. On Linux, set SO_REUSEADDR before bind so that a "
            "restarted server can bind again at once (Linux allows the reuse only if "
            "the earlier socket had set it too), and delete a stale Unix socket file "
            "with unlink before binding. On Windows, SO_REUSEADDR is no remedy: it "
            "lets a socket bind by force to a port that another socket uses, after "
            "which it is undetermined which socket handles incoming connections.",
            "\346\234\254\345\234\260\345\234\260\345\235\200\346\210\226\347\253\257"
            "\345\217\243\345\267\262\350\242\253\344\275\277\347\224\250\343\200\202"
            "\345\245\227\346\216\245\345\255\227\346\262\241\346\234\211\347\273\221"
            "\345\256\232\345\210\260\345\234\260\345\235\200\343\200\202",
            "\346\234\254\345\234\260\345\234\260\345\235\200\345\222\214\347\253\257"
            "\345\217\243\345\267\262\350\242\253\345\215\240\347\224\250\357\274\214"
            "\346\255\244\345\245\227\346\216\245\345\255\227\346\227\240\346\263\225"
            "\344\275\277\347\224\250\345\256\203\344\273\254\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\344\273\245\344\270\213\346\203\205\345\206\265\344\270\213"
            " bind "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\232"
            "\345\267\262\346\234\211\345\217\246\344\270\200\344\270\252\345\245\227"
            "\346\216\245\345\255\227\347\273\221\345\256\232\345\234\250\350\257\245"
            "\345\234\260\345\235\200\344\270\212\357\274\233\347\273\221\345\256\232"
            "\350\257\245\345\234\260\345\235\200\347\232\204\346\237\220\344\270\252"
            " TCP "
            "\345\245\227\346\216\245\345\255\227\345\210\232\345\205\263\351\227\255\344\270\215"
            "\344\271\205\357\274\210\351\231\244\351\235\236\350\256\276\347\275\256"
            "\344\272\206 "
            "SO_REUSEADDR\357\274\214\350\257\245\345\234\260\345\235\200\345\234\250"
            "\344\270\200\346\256\265\346\227\266\351\227\264\345\206\205\344\273\215"
            "\344\270\215\345\217\257\347\224\250\357\274\211\357\274\233Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\345\267\262"
            "\347\273\217\345\255\230\345\234\250\357\274\233\346\210\226\350\200\205"
            "\350\257\267\346\261\202\347\253\257\345\217\243 0 "
            "\346\227\266\345\267\262\346\262\241\346\234\211\347\251\272\351\227\262"
            "\347\232\204\344\270\264\346\227\266\347\253\257\345\217\243\343\200\202"
            "\345\275\223\345\217\246\344\270\200\344\270\252\345\245\227\346\216\245"
            "\345\255\227\345\267\262\345\234\250\350\257\245\347\253\257\345\217\243"
            "\344\270\212\347\233\221\345\220\254\357\274\214\346\210\226\350\200\205"
            "\346\234\252\347\273\221\345\256\232\347\232\204\345\245\227\346\216\245"
            "\345\255\227\346\211\276\344\270\215\345\210\260\347\251\272\351\227\262"
            "\347\232\204\344\270\264\346\227\266\347\253\257\345\217\243\346\227\266"
            "\357\274\214listen "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\275\223\345\245\227\346\216\245\345\255\227\347\232\204"
            "\346\234\254\345\234\260\345\234\260\345\235\200\345\267\262\350\242\253"
            "\344\275\277\347\224\250\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\210connect "
            "\346\211\276\344\270\215\345\210\260\347\251\272\351\227\262\347\232\204"
            "\344\270\264\346\227\266\347\253\257\345\217\243\346\227\266\345\276\227"
            "\345\210\260\347\232\204\346\230\257 "
            "EADDRNOTAVAIL\357\274\211\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\275\223\345\267\262\346\234\211\345\217\246"
            "\344\270\200\344\270\252\345\245\227\346\216\245\345\255\227\347\273\221"
            "\345\256\232\345\210\260\347\233\270\345\220\214\347\232\204\345\234\260"
            "\345\235\200\345\222\214\347\253\257\345\217\243\357\274\214\346\210\226"
            "\350\200\205\350\257\245\345\234\260\345\235\200\344\270\212\347\232\204"
            "\346\237\220\344\270\252\345\245\227\346\216\245\345\255\227\346\234\252"
            "\350\242\253\346\255\243\347\241\256\345\205\263\351\227\255\346\210\226"
            "\344\273\215\345\234\250\345\205\263\351\227\255\350\277\207\347\250\213"
            "\344\270\255\346\227\266\357\274\214bind "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\257\271\344\272\216\347\273\221\345\256\232\345\210\260"
            "\351\200\232\351\205\215\345\234\260\345\235\200\357\274\210INADDR_ANY "
            "\346\210\226 "
            "in6addr_any\357\274\211\347\232\204\345\245\227\346\216\245\345\255\227\357\274\214"
            "listen \346\210\226 connect "
            "\345\217\257\350\203\275\350\246\201\345\210\260\347\241\256\345\256\232"
            "\345\205\267\344\275\223\345\234\260\345\235\200\346\227\266\346\211\215"
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\343\200\202"
            "\350\257\267\345\201\234\346\255\242\345\215\240\347\224\250\350\257\245"
            "\345\234\260\345\235\200\347\232\204\347\250\213\345\272\217\357\274\214"
            "\346\210\226\346\224\271\347\224\250\345\205\266\344\273\226\347\253\257"
            "\345\217\243\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\257\267\345\234\250 bind "
            "\344\271\213\345\211\215\350\256\276\347\275\256 "
            "SO_REUSEADDR\357\274\214\344\275\277\351\207\215\345\220\257\345\220\216"
            "\347\232\204\346\234\215\345\212\241\345\231\250\350\203\275\347\253\213"
            "\345\215\263\351\207\215\346\226\260\347\273\221\345\256\232\357\274\210"
            "\345\217\252\346\234\211\345\205\210\345\211\215\347\232\204\345\245\227"
            "\346\216\245\345\255\227\344\271\237\350\256\276\347\275\256\344\272\206"
            "\350\257\245\351\200\211\351\241\271\357\274\214Linux "
            "\346\211\215\345\205\201\350\256\270\350\277\231\346\240\267\351\207\215"
            "\347\224\250\357\274\211\357\274\214\345\271\266\345\234\250\347\273\221"
            "\345\256\232\344\271\213\345\211\215\347\224\250 unlink "
            "\345\210\240\351\231\244\346\256\213\347\225\231\347\232\204 Unix "
            "\345\245\227\346\216\245\345\255\227\346\226\207\344\273\266\343\200\202"
            "\345\234\250 Windows \344\270\212\357\274\214SO_REUSEADDR "
            "\345\271\266\344\270\215\350\203\275\350\247\243\345\206\263\351\227\256"
            "\351\242\230\357\274\232\345\256\203\350\256\251\345\245\227\346\216\245"
            "\345\255\227\345\274\272\350\241\214\347\273\221\345\256\232\345\210\260"
            "\345\217\246\344\270\200\344\270\252\345\245\227\346\216\245\345\255\227"
            "\346\255\243\345\234\250\344\275\277\347\224\250\347\232\204\347\253\257"
            "\345\217\243\357\274\214\346\255\244\345\220\216\347\224\261\345\223\252"
            "\344\270\252\345\245\227\346\216\245\345\255\227\345\244\204\347\220\206"
            "\344\274\240\345\205\245\350\277\236\346\216\245\345\260\206\346\227\240"
            "\346\263\225\347\241\256\345\256\232\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_ACCEPT
            | WMKC_NET_OP_CONNECT,
        },
        /* ECONNRESET */
        {
            "ECONNRESET",
            "WMKC_NET_ERR_ECONNRESET",
            "connection reset by the peer",
            "The peer reset the connection: the other end closed it abruptly, and it "
            "can no longer carry data. On Linux, send reports it when the connection "
            "was reset by the peer, and on a Unix socket it means that the socket at "
            "the other end was closed unexpectedly. On Windows, send, recv and "
            "shutdown report it when the remote side closed the connection by force: "
            "usually its program stopped suddenly, its host restarted, its host or "
            "network interface was disabled, or it closed with SO_LINGER on and a "
            "zero timeout. Calls made after keep-alive found the connection broken "
            "report it too. accept reports it when an incoming connection was ended "
            "by the peer before it was accepted. A UDP socket reports it from send "
            "or recv (recvfrom) when an earlier datagram drew an ICMP port "
            "unreachable message (Linux reports ECONNREFUSED for this). The "
            "connection cannot be used again: close the socket and connect again if "
            "needed. From accept on Windows only that incoming connection was lost: "
            "keep the listening socket and call accept again. On Windows a UDP "
            "socket stops these reports when its SIO_UDP_CONNRESET control is set to "
            "FALSE with WSAIoctl.",
            "\350\277\236\346\216\245\350\242\253\351\207\215\347\275\256\343\200\202"
            "\345\245\227\346\216\245\345\255\227\344\270\215\345\217\257\345\206\215"
            "\347\224\250\357\274\214\345\272\224\345\205\263\351\227\255\345\245\227"
            "\346\216\245\345\255\227\357\274\210\346\255\244\351\224\231\350\257\257"
            "\344\273\205\351\200\202\347\224\250\344\272\216\351\235\242\345\220\221"
            "\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\211\343\200\202",
            "\345\257\271\347\253\257\351\207\215\347\275\256\344\272\206\350\277\236"
            "\346\216\245\357\274\232\345\217\246\344\270\200\347\253\257\347\252\201"
            "\347\204\266\345\205\263\351\227\255\344\272\206\350\277\236\346\216\245"
            "\357\274\214\350\257\245\350\277\236\346\216\245\345\267\262\346\227\240"
            "\346\263\225\345\206\215\344\274\240\350\276\223\346\225\260\346\215\256"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\277\236\346\216\245\350\242\253\345\257\271"
            "\347\253\257\351\207\215\347\275\256\346\227\266 send "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\234\250 Unix "
            "\345\245\227\346\216\245\345\255\227\344\270\212\357\274\214\346\255\244"
            "\351\224\231\350\257\257\350\241\250\347\244\272\345\217\246\344\270\200"
            "\347\253\257\347\232\204\345\245\227\346\216\245\345\255\227\350\242\253"
            "\346\204\217\345\244\226\345\205\263\351\227\255\343\200\202\345\234\250"
            " Windows "
            "\344\270\212\357\274\214\345\275\223\350\277\234\347\253\257\345\274\272\345\210\266"
            "\345\205\263\351\227\255\350\277\236\346\216\245\346\227\266\357\274\214"
            "send\343\200\201recv \345\222\214 shutdown "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\232\351\200\232\345\270\270\346\230\257\345\257\271\347\253\257"
            "\347\250\213\345\272\217\347\252\201\347\204\266\347\273\210\346\255\242"
            "\343\200\201\345\257\271\347\253\257\344\270\273\346\234\272\351\207\215"
            "\345\220\257\343\200\201\345\257\271\347\253\257\344\270\273\346\234\272"
            "\346\210\226\345\205\266\347\275\221\347\273\234\346\216\245\345\217\243"
            "\350\242\253\345\201\234\347\224\250\357\274\214\346\210\226\350\200\205"
            "\345\257\271\347\253\257\345\234\250\345\220\257\347\224\250 SO_LINGER "
            "\344\270\224\350\266\205\346\227\266\344\270\272\351\233\266\347\232\204"
            "\346\203\205\345\206\265\344\270\213\345\205\263\351\227\255\344\272\206"
            "\345\245\227\346\216\245\345\255\227\343\200\202\344\277\235\346\264\273"
            "\357\274\210keep-alive\357\274\211\346\243\200\346\265\213\345\217\221\347\216\260"
            "\350\277\236\346\216\245\345\267\262\346\226\255\345\274\200\344\271\213"
            "\345\220\216\347\232\204\350\260\203\347\224\250\344\271\237\344\274\232"
            "\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\343\200\202"
            "\345\246\202\346\236\234\346\237\220\344\270\252\344\274\240\345\205\245"
            "\350\277\236\346\216\245\345\234\250\350\242\253\346\216\245\345\217\227"
            "\344\271\213\345\211\215\345\260\261\350\242\253\345\257\271\347\253\257"
            "\347\273\210\346\255\242\357\274\214accept "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\246\202\346\236\234\345\205\210\345\211\215\345\217\221"
            "\345\207\272\347\232\204\346\225\260\346\215\256\346\212\245\345\274\225"
            "\345\217\221\344\272\206 ICMP "
            "\347\253\257\345\217\243\344\270\215\345\217\257\350\276\276\346\266\210"
            "\346\201\257\357\274\214UDP "
            "\345\245\227\346\216\245\345\255\227\344\270\212\347\232\204 send "
            "\346\210\226 "
            "recv\357\274\210recvfrom\357\274\211\344\271\237\344\274\232\346\212\245"
            "\345\221\212\346\255\244\351\224\231\350\257\257\357\274\210Linux "
            "\345\257\271\346\255\244\346\212\245\345\221\212 "
            "ECONNREFUSED\357\274\211\343\200\202\350\257\245\350\277\236\346\216\245"
            "\345\267\262\344\270\215\350\203\275\345\206\215\347\224\250\357\274\232"
            "\350\257\267\345\205\263\351\227\255\345\245\227\346\216\245\345\255\227"
            "\357\274\214\345\277\205\350\246\201\346\227\266\351\207\215\346\226\260"
            "\350\277\236\346\216\245\343\200\202\345\234\250 Windows "
            "\344\270\212\346\235\245\350\207\252 accept "
            "\346\227\266\357\274\214\344\270\242\345\244\261\347\232\204\345\217\252"
            "\346\230\257\351\202\243\344\270\200\344\270\252\344\274\240\345\205\245"
            "\350\277\236\346\216\245\357\274\232\344\277\235\347\225\231\347\233\221"
            "\345\220\254\345\245\227\346\216\245\345\255\227\357\274\214\345\206\215"
            "\346\254\241\350\260\203\347\224\250 accept "
            "\345\215\263\345\217\257\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\347\224\250 WSAIoctl \346\212\212 UDP "
            "\345\245\227\346\216\245\345\255\227\347\232\204 SIO_UDP_CONNRESET "
            "\346\216\247\345\210\266\347\240\201\350\256\276\344\270\272 FALSE "
            "\345\220\216\357\274\214\350\257\245\345\245\227\346\216\245\345\255\227"
            "\345\260\261\344\270\215\345\206\215\346\212\245\345\221\212\346\255\244"
            "\347\261\273\351\224\231\350\257\257\343\200\202",
            WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* ENETUNREACH */
        {
            "ENETUNREACH",
            "WMKC_NET_ERR_ENETUNREACH",
            "network is unreachable",
            "The destination network cannot be reached from this host, so the "
            "connection attempt failed. On Linux, connect reports it when the "
            "routing table has no route to the destination network, for example no "
            "default route for an address outside the local networks, or no IPv6 "
            "route for an IPv6 address. On Windows, connect reports it when the "
            "network cannot be reached at this time, usually because the local "
            "software knows no route to the remote host. Check the address, the "
            "routing table (ip route on Linux) and the network connection; retrying "
            "helps only once a route exists. Then connect again: Windows allows this "
            "on the same socket, but portable code closes the socket and uses a new "
            "one.",
            "\346\255\244\346\227\266\344\270\215\345\217\257\344\273\245\344\273\216"
            "\346\255\244\344\270\273\346\234\272\350\256\277\351\227\256\350\257\245"
            "\347\275\221\347\273\234\343\200\202\347\275\221\347\273\234\344\270\215"
            "\345\217\257\347\224\250\343\200\202",
            "\346\227\240\346\263\225\344\273\216\346\234\254\346\234\272\345\210\260"
            "\350\276\276\347\233\256\346\240\207\347\275\221\347\273\234\357\274\214"
            "\350\277\236\346\216\245\345\260\235\350\257\225\345\244\261\350\264\245"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\275\223\350\267\257\347\224\261\350\241\250"
            "\344\270\255\346\262\241\346\234\211\351\200\232\345\276\200\347\233\256"
            "\346\240\207\347\275\221\347\273\234\347\232\204\350\267\257\347\224\261"
            "\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\344\276\213\345\246\202\347\233\256\346\240\207\345\234\260"
            "\345\235\200\344\270\215\345\234\250\346\234\254\345\234\260\347\275\221"
            "\347\273\234\344\270\255\350\200\214\345\217\210\346\262\241\346\234\211"
            "\351\273\230\350\256\244\350\267\257\347\224\261\357\274\214\346\210\226"
            "\350\200\205\347\233\256\346\240\207\346\230\257 IPv6 "
            "\345\234\260\345\235\200\350\200\214\346\262\241\346\234\211 IPv6 "
            "\350\267\257\347\224\261\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\275\223\346\255\244\346\227\266\346\227\240"
            "\346\263\225\345\210\260\350\276\276\350\257\245\347\275\221\347\273\234"
            "\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\351\200\232\345\270\270\346\230\257\345\233\240\344\270\272"
            "\346\234\254\346\234\272\350\275\257\344\273\266\344\270\215\347\237\245"
            "\351\201\223\351\200\232\345\276\200\350\277\234\347\250\213\344\270\273"
            "\346\234\272\347\232\204\350\267\257\347\224\261\343\200\202\350\257\267"
            "\346\243\200\346\237\245\345\234\260\345\235\200\343\200\201\350\267\257"
            "\347\224\261\350\241\250\357\274\210\345\234\250 Linux "
            "\344\270\212\345\217\257\347\224\250 ip route "
            "\346\237\245\347\234\213\357\274\211\345\222\214\347\275\221\347\273\234"
            "\350\277\236\346\216\245\357\274\233\345\217\252\346\234\211\345\234\250"
            "\350\267\257\347\224\261\345\255\230\345\234\250\344\271\213\345\220\216"
            "\357\274\214\351\207\215\350\257\225\346\211\215\346\234\211\346\204\217"
            "\344\271\211\343\200\202\345\261\212\346\227\266\345\206\215\350\260\203"
            "\347\224\250 connect\357\274\232Windows "
            "\345\205\201\350\256\270\345\234\250\345\220\214\344\270\200\344\270\252"
            "\345\245\227\346\216\245\345\255\227\344\270\212\350\277\231\346\240\267"
            "\345\201\232\357\274\214\344\275\206\345\217\257\347\247\273\346\244\215"
            "\347\232\204\344\273\243\347\240\201\345\272\224\345\205\263\351\227\255"
            "\350\257\245\345\245\227\346\216\245\345\255\227\345\271\266\344\275\277"
            "\347\224\250\346\226\260\347\232\204\345\245\227\346\216\245\345\255\227"
            "\343\200\202",
            WMKC_NET_OP_CONNECT,
        },
        /* EWOULDBLOCK */
        {
            "EWOULDBLOCK",
            "WMKC_NET_ERR_EWOULDBLOCK",
            "operation would block on a non-blocking socket",
            "The operation could not complete now, and the call returned instead of "
            "waiting for it: this is not a failure. On Linux, EWOULDBLOCK has the "
            "same value as EAGAIN on every architecture, so this value is reported "
            "as EAGAIN. accept, send and recv return it on a non-blocking socket "
            "when there is no connection to accept, no data to read or no room to "
            "send, or on a blocking socket when its SO_RCVTIMEO or SO_SNDTIMEO "
            "timeout expired before anything was transferred; connect returns it on "
            "a non-blocking Unix socket that cannot connect at once. On Windows, "
            "accept, send and recv report it on a non-blocking socket when there is "
            "no connection to accept, no data to read or no buffer space to send. "
            "connect reports it on a non-blocking socket once the connection attempt "
            "has started, as it takes time to complete. closesocket reports it on a "
            "non-blocking socket whose SO_LINGER is on with a nonzero timeout when "
            "the close cannot complete at once: the socket stays open and no "
            "disconnect is started. Wait until select (or poll on Linux) reports the "
            "socket ready, then call again. After connect on Windows, do not call "
            "connect again (that gives WSAEALREADY while the attempt is pending and "
            "WSAEISCONN once it has succeeded): select reports the socket writable "
            "when it is connected, or in its exception set when the attempt failed, "
            "and getsockopt SO_ERROR then gives the reason. After closesocket on "
            "Windows, call closesocket again, or turn SO_LINGER off before closing.",
            "\345\245\227\346\216\245\345\255\227\346\240\207\350\256\260\344\270\272"
            "\351\235\236\351\230\273\345\241\236\346\250\241\345\274\217\357\274\214"
            "\346\262\241\346\234\211\350\246\201\346\216\245\345\217\227\347\232\204"
            "\350\277\236\346\216\245\357\274\214\350\257\267\346\261\202\347\232\204"
            "\346\223\215\344\275\234\344\274\232\350\277\233\350\241\214\351\230\273"
            "\346\255\242\343\200\202\345\245\227\346\216\245\345\255\227\346\240\207"
            "\350\256\260\344\270\272\351\235\236\351\230\273\345\241\236\346\250\241"
            "\345\274\217\357\274\214\346\227\240\346\263\225\347\253\213\345\215\263"
            "\345\256\214\346\210\220\350\277\236\346\216\245\343\200\202",
            "\346\223\215\344\275\234\346\255\244\346\227\266\346\227\240\346\263\225"
            "\345\256\214\346\210\220\357\274\214\350\260\203\347\224\250\346\262\241"
            "\346\234\211\347\255\211\345\276\205\350\200\214\346\230\257\347\233\264"
            "\346\216\245\350\277\224\345\233\236\344\272\206\357\274\232\350\277\231"
            "\345\271\266\344\270\215\346\230\257\345\244\261\350\264\245\343\200\202"
            "\345\234\250 Linux \344\270\212\357\274\214EWOULDBLOCK "
            "\345\234\250\346\211\200\346\234\211\346\236\266\346\236\204\344\270\212"
            "\351\203\275\344\270\216 EAGAIN "
            "\347\232\204\345\200\274\347\233\270\345\220\214\357\274\214\345\233\240"
            "\346\255\244\350\257\245\345\200\274\346\212\245\345\221\212\344\270\272"
            " "
            "EAGAIN\343\200\202\345\234\250\351\235\236\351\230\273\345\241\236\345\245\227\346\216\245"
            "\345\255\227\344\270\212\357\274\214\345\246\202\346\236\234\346\262\241"
            "\346\234\211\345\217\257\346\216\245\345\217\227\347\232\204\350\277\236"
            "\346\216\245\343\200\201\346\262\241\346\234\211\345\217\257\350\257\273"
            "\347\232\204\346\225\260\346\215\256\346\210\226\346\262\241\346\234\211"
            "\347\251\272\351\227\264\345\217\257\344\276\233\345\217\221\351\200\201"
            "\357\274\214accept\343\200\201send \345\222\214 recv "
            "\344\274\232\350\277\224\345\233\236\345\256\203\357\274\233\345\234\250"
            "\351\230\273\345\241\236\345\245\227\346\216\245\345\255\227\344\270\212"
            "\357\274\214\345\246\202\346\236\234 SO_RCVTIMEO \346\210\226 "
            "SO_SNDTIMEO "
            "\350\266\205\346\227\266\345\267\262\345\210\260\350\200\214\345\260\232"
            "\346\234\252\344\274\240\350\276\223\344\273\273\344\275\225\346\225\260"
            "\346\215\256\357\274\214\345\256\203\344\273\254\344\271\237\344\274\232"
            "\350\277\224\345\233\236\345\256\203\357\274\233\351\235\236\351\230\273"
            "\345\241\236\347\232\204 Unix "
            "\345\245\227\346\216\245\345\255\227\346\227\240\346\263\225\347\253\213"
            "\345\215\263\350\277\236\346\216\245\346\227\266\357\274\214connect "
            "\344\271\237\344\274\232\350\277\224\345\233\236\345\256\203\343\200\202"
            "\345\234\250 Windows "
            "\344\270\212\357\274\214\345\246\202\346\236\234\351\235\236\351\230\273"
            "\345\241\236\345\245\227\346\216\245\345\255\227\344\270\212\346\262\241"
            "\346\234\211\345\217\257\346\216\245\345\217\227\347\232\204\350\277\236"
            "\346\216\245\343\200\201\346\262\241\346\234\211\345\217\257\350\257\273"
            "\347\232\204\346\225\260\346\215\256\346\210\226\346\262\241\346\234\211"
            "\347\274\223\345\206\262\345\214\272\347\251\272\351\227\264\345\217\257"
            "\344\276\233\345\217\221\351\200\201\357\274\214accept\343\200\201send "
            "\345\222\214 recv "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\257\271\344\272\216\351\235\236\351\230\273\345\241\236"
            "\345\245\227\346\216\245\345\255\227\357\274\214\350\277\236\346\216\245"
            "\345\260\235\350\257\225\344\270\200\346\227\246\345\274\200\345\247\213"
            "\357\274\214connect "
            "\345\260\261\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\357\274\214\345\233\240\344\270\272\345\273\272\347\253\213"
            "\350\277\236\346\216\245\351\234\200\350\246\201\346\227\266\351\227\264"
            "\343\200\202\345\257\271\344\272\216\345\220\257\347\224\250\344\272\206"
            " SO_LINGER "
            "\344\270\224\350\266\205\346\227\266\351\235\236\351\233\266\347\232\204\351\235\236"
            "\351\230\273\345\241\236\345\245\227\346\216\245\345\255\227\357\274\214"
            "\345\246\202\346\236\234\345\205\263\351\227\255\346\227\240\346\263\225"
            "\347\253\213\345\215\263\345\256\214\346\210\220\357\274\214closesocket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\232\345\245\227\346\216\245\345\255\227\344\273\215\347\204\266"
            "\346\211\223\345\274\200\357\274\214\344\271\237\344\270\215\344\274\232"
            "\345\274\200\345\247\213\346\226\255\345\274\200\350\277\236\346\216\245"
            "\343\200\202\350\257\267\347\255\211\345\276\205 "
            "select\357\274\210\345\234\250 Linux "
            "\344\270\212\344\271\237\345\217\257\347\224\250 "
            "poll\357\274\211\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227"
            "\345\260\261\347\273\252\357\274\214\347\204\266\345\220\216\345\206\215"
            "\346\254\241\350\260\203\347\224\250\343\200\202\345\234\250 Windows "
            "\344\270\212\350\260\203\347\224\250 connect "
            "\344\271\213\345\220\216\357\274\214\344\270\215\350\246\201\345\206\215"
            "\346\254\241\350\260\203\347\224\250 "
            "connect\357\274\210\350\277\236\346\216\245\345\260\235\350\257\225\346\234\252"
            "\345\256\214\346\210\220\346\227\266\344\274\232\345\276\227\345\210\260"
            " "
            "WSAEALREADY\357\274\214\346\210\220\345\212\237\344\271\213\345\220\216\344\274\232"
            "\345\276\227\345\210\260 "
            "WSAEISCONN\357\274\211\357\274\232\350\277\236\346\216\245\346\210\220\345\212\237"
            "\346\227\266 select "
            "\344\274\232\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227"
            "\345\217\257\345\206\231\357\274\214\345\244\261\350\264\245\346\227\266"
            "\344\274\232\346\212\212\345\256\203\346\224\276\345\205\245\345\274\202"
            "\345\270\270\351\233\206\345\220\210\357\274\214\346\255\244\346\227\266"
            "\347\224\250 getsockopt \350\257\273\345\217\226 SO_ERROR "
            "\345\215\263\345\217\257\345\276\227\345\210\260\345\216\237\345\233\240"
            "\343\200\202\345\234\250 Windows \344\270\212\350\260\203\347\224\250 "
            "closesocket "
            "\344\271\213\345\220\216\357\274\214\350\257\267\345\206\215\346\254\241"
            "\350\260\203\347\224\250 "
            "closesocket\357\274\214\346\210\226\350\200\205\345\234\250\345\205\263\351\227\255"
            "\344\271\213\345\211\215\345\205\210\345\201\234\347\224\250 "
            "SO_LINGER\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EINPROGRESS */
        {
            "EINPROGRESS",
            "WMKC_NET_ERR_EINPROGRESS",
            "operation now in progress",
            "An operation is still in progress, so this call did not complete now. "
            "On Linux, connect reports it when the socket is non-blocking (or its "
            "SO_SNDTIMEO timeout expired) and the connection has started but not "
            "finished; it goes on in the background (a Unix socket reports EAGAIN "
            "instead). send or sendto with MSG_FASTOPEN reports it when no TCP Fast "
            "Open cookie is available locally: a SYN asking for one has been sent, "
            "and the data must be sent again once the socket is connected. On "
            "Windows, it means that a blocking Winsock 1.1 call is still running in "
            "this thread, or the service provider is still processing a callback "
            "function: only one blocking call may be outstanding per thread, so any "
            "Winsock call, on any socket, fails this way meanwhile. A non-blocking "
            "connect on Windows reports WSAEWOULDBLOCK instead. After connect on "
            "Linux, do not call connect again (that gives EALREADY while the attempt "
            "is pending): wait until poll or select reports the socket writable, "
            "then read SO_ERROR with getsockopt, which is zero when connected and "
            "otherwise the error that ended the attempt. After a send with "
            "MSG_FASTOPEN, send the data again once connected. On Windows, let the "
            "running call finish before making another.",
            "\345\245\227\346\216\245\345\255\227\346\230\257\351\235\236\351\230\273"
            "\345\241\236\347\232\204\357\274\214\350\260\203\347\224\250\346\223\215"
            "\344\275\234\346\227\240\346\263\225\347\253\213\345\215\263\345\256\214"
            "\346\210\220\343\200\202",
            "\346\237\220\344\270\252\346\223\215\344\275\234\344\273\215\345\234\250"
            "\350\277\233\350\241\214\344\270\255\357\274\214\345\233\240\346\255\244"
            "\346\234\254\346\254\241\350\260\203\347\224\250\346\262\241\346\234\211"
            "\347\253\213\345\215\263\345\256\214\346\210\220\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\345\275\223\345\245\227\346\216\245\345\255\227\346\230\257"
            "\351\235\236\351\230\273\345\241\236\347\232\204\357\274\210\346\210\226"
            "\345\205\266 SO_SNDTIMEO "
            "\350\266\205\346\227\266\345\267\262\345\210\260\357\274\211\357\274\214"
            "\344\270\224\350\277\236\346\216\245\345\267\262\345\274\200\345\247\213"
            "\345\273\272\347\253\213\344\275\206\345\260\232\346\234\252\345\256\214"
            "\346\210\220\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\350\277\236\346\216\245\344\274\232\345\234\250\345\220\216"
            "\345\217\260\347\273\247\347\273\255\350\277\233\350\241\214\357\274\210"
            "Unix "
            "\345\245\227\346\216\245\345\255\227\346\212\245\345\221\212\347\232\204\346\230\257"
            " EAGAIN\357\274\211\343\200\202\344\275\277\347\224\250 MSG_FASTOPEN "
            "\347\232\204 send \346\210\226 sendto "
            "\345\234\250\346\234\254\345\234\260\346\262\241\346\234\211 TCP Fast "
            "Open cookie "
            "\346\227\266\344\271\237\344\274\232\346\212\245\345\221\212\346\255\244"
            "\351\224\231\350\257\257\357\274\232\346\255\244\346\227\266\345\267\262"
            "\345\217\221\345\207\272\344\270\200\344\270\252\350\257\267\346\261\202"
            " cookie \347\232\204 "
            "SYN\357\274\214\346\225\260\346\215\256\351\234\200\350\246\201\345\234\250"
            "\345\245\227\346\216\245\345\255\227\350\277\236\346\216\245\344\271\213"
            "\345\220\216\351\207\215\346\226\260\345\217\221\351\200\201\343\200\202"
            "\345\234\250 Windows "
            "\344\270\212\357\274\214\345\256\203\350\241\250\347\244\272\346\234\254"
            "\347\272\277\347\250\213\344\270\255\344\273\215\346\234\211\344\270\200"
            "\344\270\252\351\230\273\345\241\236\347\232\204 Winsock 1.1 "
            "\350\260\203\347\224\250\345\234\250\346\211\247\350\241\214\357\274\214"
            "\346\210\226\350\200\205\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\344\273\215\345\234\250\345\244\204\347\220\206\345\233\236"
            "\350\260\203\345\207\275\346\225\260\357\274\232\346\257\217\344\270\252"
            "\347\272\277\347\250\213\345\220\214\346\227\266\345\217\252\350\203\275"
            "\346\234\211\344\270\200\344\270\252\346\234\252\345\256\214\346\210\220"
            "\347\232\204\351\230\273\345\241\236\350\260\203\347\224\250\357\274\214"
            "\345\233\240\346\255\244\345\234\250\346\255\244\346\234\237\351\227\264"
            "\357\274\214\344\273\273\344\275\225 Winsock "
            "\350\260\203\347\224\250\357\274\210\346\227\240\350\256\272\351\222\210"
            "\345\257\271\345\223\252\344\270\252\345\245\227\346\216\245\345\255\227"
            "\357\274\211\351\203\275\344\274\232\350\277\231\346\240\267\345\244\261"
            "\350\264\245\343\200\202Windows "
            "\344\270\212\351\235\236\351\230\273\345\241\236\347\232\204 connect "
            "\346\212\245\345\221\212\347\232\204\346\230\257 "
            "WSAEWOULDBLOCK\343\200\202\345\234\250 Linux "
            "\344\270\212\350\260\203\347\224\250 connect "
            "\344\271\213\345\220\216\357\274\214\344\270\215\350\246\201\345\206\215"
            "\346\254\241\350\260\203\347\224\250 "
            "connect\357\274\210\350\277\236\346\216\245\345\260\235\350\257\225\346\234\252"
            "\345\256\214\346\210\220\346\227\266\344\274\232\345\276\227\345\210\260"
            " EALREADY\357\274\211\357\274\232\350\257\267\347\255\211\345\276\205 "
            "poll \346\210\226 select "
            "\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227\345\217\257"
            "\345\206\231\357\274\214\347\204\266\345\220\216\347\224\250 getsockopt "
            "\350\257\273\345\217\226 "
            "SO_ERROR\357\274\232\344\270\272\351\233\266\350\241\250\347\244\272\345\267\262"
            "\350\277\236\346\216\245\357\274\214\345\220\246\345\210\231\345\260\261"
            "\346\230\257\345\257\274\350\207\264\350\277\236\346\216\245\345\244\261"
            "\350\264\245\347\232\204\351\224\231\350\257\257\343\200\202\344\275\277"
            "\347\224\250 MSG_FASTOPEN "
            "\345\217\221\351\200\201\344\271\213\345\220\216\357\274\214\350\257\267"
            "\345\234\250\350\277\236\346\216\245\345\273\272\347\253\213\345\220\216"
            "\351\207\215\346\226\260\345\217\221\351\200\201\346\225\260\346\215\256"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\350\257\267\345\205\210\350\256\251\346\255\243"
            "\345\234\250\346\211\247\350\241\214\347\232\204\350\260\203\347\224\250"
            "\345\256\214\346\210\220\357\274\214\345\206\215\345\217\221\350\265\267"
            "\345\205\266\344\273\226\350\260\203\347\224\250\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_SOCKET
            | WMKC_NET_OP_CONNECT,
        },
        /* ECONNREFUSED */
        {
            "ECONNREFUSED",
            "WMKC_NET_ERR_ECONNREFUSED",
            "connection refused by the peer",
            "The destination refused: usually no program listens on that address and "
            "port, because the service is not running or listens elsewhere. On "
            "Linux, connect reports it when a stream socket finds no one listening "
            "on the remote address, and for a Unix socket when the path is not a "
            "listening socket or not a socket at all. recv on a UDP socket can "
            "report it when an earlier datagram sent from that socket found no "
            "receiver at its destination. On Windows, connect reports it when the "
            "target computer actively refused the connection: usually no server "
            "application is running there, or the listener's queue of pending "
            "connections is full. For a UDP datagram that found no receiver, Windows "
            "reports WSAECONNRESET, not this code. Check that the server runs and "
            "that the address and port are right, then connect again: Windows allows "
            "this on the same socket, but portable code closes the socket and uses a "
            "new one.",
            "\350\277\236\346\216\245\350\242\253\350\277\234\347\250\213\344\270\273"
            "\346\234\272\345\274\272\345\210\266\346\200\247\346\213\222\347\273\235"
            "\343\200\202",
            "\347\233\256\346\240\207\346\213\222\347\273\235\344\272\206\350\257\267"
            "\346\261\202\357\274\232\351\200\232\345\270\270\346\230\257\350\257\245"
            "\345\234\260\345\235\200\345\222\214\347\253\257\345\217\243\344\270\212"
            "\346\262\241\346\234\211\347\250\213\345\272\217\345\234\250\347\233\221"
            "\345\220\254\357\274\214\345\233\240\344\270\272\346\234\215\345\212\241"
            "\346\234\252\350\277\220\350\241\214\357\274\214\346\210\226\350\200\205"
            "\345\234\250\345\205\266\344\273\226\345\234\260\346\226\271\347\233\221"
            "\345\220\254\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\246\202\346\236\234\346\265\201\345\245\227"
            "\346\216\245\345\255\227\347\232\204\350\277\234\347\250\213\345\234\260"
            "\345\235\200\344\270\212\346\262\241\346\234\211\347\250\213\345\272\217"
            "\345\234\250\347\233\221\345\220\254\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233Unix "
            "\345\245\227\346\216\245\345\255\227\350\277\236\346\216\245\347\232\204"
            "\350\267\257\345\276\204\344\270\215\346\230\257\347\233\221\345\220\254"
            "\345\245\227\346\216\245\345\255\227\346\210\226\346\240\271\346\234\254"
            "\344\270\215\346\230\257\345\245\227\346\216\245\345\255\227\346\227\266"
            "\357\274\214connect "
            "\344\271\237\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\343\200\202UDP "
            "\345\245\227\346\216\245\345\255\227\344\270\212\347\232\204 recv "
            "\345\217\257\350\203\275\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\357\274\214\350\241\250\347\244\272\345\205\210\345\211\215"
            "\344\273\216\350\257\245\345\245\227\346\216\245\345\255\227\345\217\221"
            "\345\207\272\347\232\204\346\237\220\344\270\252\346\225\260\346\215\256"
            "\346\212\245\345\234\250\347\233\256\347\232\204\345\234\260\346\262\241"
            "\346\234\211\346\216\245\346\224\266\346\226\271\343\200\202\345\234\250"
            " Windows "
            "\344\270\212\357\274\214\345\275\223\347\233\256\346\240\207\350\256\241\347\256\227"
            "\346\234\272\344\270\273\345\212\250\346\213\222\347\273\235\350\277\236"
            "\346\216\245\346\227\266\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\232\351\200\232\345\270\270\346\230\257\347\233\256\346\240\207"
            "\344\270\212\346\262\241\346\234\211\350\277\220\350\241\214\346\234\215"
            "\345\212\241\345\231\250\347\250\213\345\272\217\357\274\214\346\210\226"
            "\350\200\205\347\233\221\345\220\254\346\226\271\347\232\204\345\276\205"
            "\345\244\204\347\220\206\350\277\236\346\216\245\351\230\237\345\210\227"
            "\345\267\262\346\273\241\343\200\202\345\257\271\344\272\216\346\262\241"
            "\346\234\211\346\216\245\346\224\266\346\226\271\347\232\204 UDP "
            "\346\225\260\346\215\256\346\212\245\357\274\214Windows "
            "\346\212\245\345\221\212\347\232\204\346\230\257 "
            "WSAECONNRESET\357\274\214\350\200\214\344\270\215\346\230\257\346\255\244"
            "\351\224\231\350\257\257\343\200\202\350\257\267\347\241\256\350\256\244"
            "\346\234\215\345\212\241\345\231\250\346\255\243\345\234\250\350\277\220"
            "\350\241\214\343\200\201\345\234\260\345\235\200\345\222\214\347\253\257"
            "\345\217\243\346\255\243\347\241\256\357\274\214\347\204\266\345\220\216"
            "\351\207\215\346\226\260\350\260\203\347\224\250 "
            "connect\357\274\232Windows "
            "\345\205\201\350\256\270\345\234\250\345\220\214\344\270\200\344\270\252"
            "\345\245\227\346\216\245\345\255\227\344\270\212\350\277\231\346\240\267"
            "\345\201\232\357\274\214\344\275\206\345\217\257\347\247\273\346\244\215"
            "\347\232\204\344\273\243\347\240\201\345\272\224\345\205\263\351\227\255"
            "\350\257\245\345\245\227\346\216\245\345\255\227\345\271\266\344\275\277"
            "\347\224\250\346\226\260\347\232\204\345\245\227\346\216\245\345\255\227"
            "\343\200\202",
            WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* ECONNABORTED */
        {
            "ECONNABORTED",
            "WMKC_NET_ERR_ECONNABORTED",
            "connection aborted",
            "A connection was aborted and is lost. On Linux, accept reports it when "
            "an incoming connection was aborted, closed during the accept; only that "
            "connection is lost (for a connection the peer ended before it was "
            "accepted, Windows reports WSAECONNRESET). On Windows, send, recv and "
            "shutdown report it when software on this host aborted an established "
            "connection, for example after a data transmission timeout or a protocol "
            "error. From accept on Linux, keep the listening socket and call accept "
            "again. From send, recv or shutdown on Windows, the socket can no longer "
            "be used: close it and connect again if needed.",
            "\351\235\242\345\220\221\350\277\236\346\216\245\347\232\204\345\245\227"
            "\346\216\245\345\255\227\347\224\261\344\272\216\350\266\205\346\227\266"
            "\346\210\226\345\205\266\344\273\226\346\225\205\351\232\234\347\272\277"
            "\350\267\257\345\267\262\347\273\210\346\255\242\357\274\214\345\245\227"
            "\346\216\245\345\255\227\344\270\215\345\217\257\345\206\215\347\224\250"
            "\343\200\202",
            "\350\277\236\346\216\245\350\242\253\344\270\255\346\255\242\357\274\214"
            "\345\267\262\347\273\217\344\270\242\345\244\261\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\345\246\202\346\236\234\346\237\220\344\270\252\344\274\240"
            "\345\205\245\350\277\236\346\216\245\345\234\250 accept "
            "\350\260\203\347\224\250\346\234\237\351\227\264\350\242\253\345\205\263"
            "\351\227\255\357\274\210\344\270\255\346\255\242\357\274\211\357\274\214"
            "accept "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\233"
            "\344\270\242\345\244\261\347\232\204\345\217\252\346\230\257\351\202\243"
            "\344\270\200\344\270\252\350\277\236\346\216\245\357\274\210\345\257\271"
            "\344\272\216\345\234\250\350\242\253\346\216\245\345\217\227\344\271\213"
            "\345\211\215\345\260\261\350\242\253\345\257\271\347\253\257\347\273\210"
            "\346\255\242\347\232\204\350\277\236\346\216\245\357\274\214Windows "
            "\346\212\245\345\221\212\347\232\204\346\230\257 "
            "WSAECONNRESET\357\274\211\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\246\202\346\236\234\346\234\254\346\234\272"
            "\344\270\212\347\232\204\350\275\257\344\273\266\344\270\255\346\255\242"
            "\344\272\206\344\270\200\344\270\252\345\267\262\345\273\272\347\253\213"
            "\347\232\204\350\277\236\346\216\245\357\274\210\344\276\213\345\246\202"
            "\345\234\250\346\225\260\346\215\256\344\274\240\350\276\223\350\266\205"
            "\346\227\266\346\210\226\345\215\217\350\256\256\351\224\231\350\257\257"
            "\344\271\213\345\220\216\357\274\211\357\274\214send\343\200\201recv "
            "\345\222\214 shutdown "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\234\250 Linux \344\270\212\346\235\245\350\207\252 "
            "accept "
            "\346\227\266\357\274\214\350\257\267\344\277\235\347\225\231\347\233\221\345\220\254"
            "\345\245\227\346\216\245\345\255\227\357\274\214\345\206\215\346\254\241"
            "\350\260\203\347\224\250 accept\343\200\202\345\234\250 Windows "
            "\344\270\212\346\235\245\350\207\252 send\343\200\201recv \346\210\226 "
            "shutdown "
            "\346\227\266\357\274\214\350\257\245\345\245\227\346\216\245\345\255\227\345\267\262"
            "\344\270\215\345\217\257\345\206\215\347\224\250\357\274\232\350\257\267"
            "\345\205\263\351\227\255\345\256\203\357\274\214\345\277\205\350\246\201"
            "\346\227\266\351\207\215\346\226\260\350\277\236\346\216\245\343\200\202",
            WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_ACCEPT,
        },
        /* EAFNOSUPPORT */
        {
            "EAFNOSUPPORT",
            "WMKC_NET_ERR_EAFNOSUPPORT",
            "address family not supported",
            "The address family is not supported: by this system, by the protocol "
            "asked for, or by the socket an address was passed to. On Linux, socket "
            "reports it when this system does not support the address family asked "
            "for, and connect reports it when the address passed has another family "
            "(sa_family) than the socket, such as an IPv6 address for an IPv4 "
            "socket. On Windows, socket reports it when the address family is not "
            "supported here, such as a family whose Windows Sockets service provider "
            "is not installed, or when the protocol asked for does not fit the "
            "family; connect reports it when addresses of that family cannot be used "
            "with the socket. Create the socket with the family of the address it "
            "will use, for example the ai_family of a getaddrinfo result, and pass "
            "it only addresses of that family.",
            "\346\214\207\345\256\232\347\275\221\347\273\234\346\227\217\344\270\255"
            "\347\232\204\345\234\260\345\235\200\346\227\240\346\263\225\344\270\216"
            "\346\255\244\345\245\227\346\216\245\345\255\227\344\270\200\350\265\267"
            "\344\275\277\347\224\250\343\200\202",
            "\344\270\215\346\224\257\346\214\201\350\257\245\345\234\260\345\235\200"
            "\346\227\217\357\274\232\346\234\254\347\263\273\347\273\237\343\200\201"
            "\346\211\200\350\257\267\346\261\202\347\232\204\345\215\217\350\256\256"
            "\346\210\226\344\274\240\345\205\245\345\234\260\345\235\200\347\232\204"
            "\351\202\243\344\270\252\345\245\227\346\216\245\345\255\227\344\270\215"
            "\346\224\257\346\214\201\345\256\203\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\275\223\346\234\254\347\263\273\347\273\237"
            "\344\270\215\346\224\257\346\214\201\346\211\200\350\257\267\346\261\202"
            "\347\232\204\345\234\260\345\235\200\346\227\217\346\227\266\357\274\214"
            "socket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257\357\274\233"
            "\345\275\223\344\274\240\345\205\245\347\232\204\345\234\260\345\235\200"
            "\344\270\216\345\245\227\346\216\245\345\255\227\345\261\236\344\272\216"
            "\344\270\215\345\220\214\347\232\204\345\234\260\345\235\200\346\227\217"
            "\357\274\210sa_family\357\274\211\346\227\266\357\274\214\344\276\213\345\246\202"
            "\346\212\212 IPv6 \345\234\260\345\235\200\344\274\240\347\273\231 IPv4 "
            "\345\245\227\346\216\245\345\255\227\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\275\223\346\255\244\345\244\204\344\270\215"
            "\346\224\257\346\214\201\350\257\245\345\234\260\345\235\200\346\227\217"
            "\346\227\266\357\274\210\344\276\213\345\246\202\350\257\245\345\234\260"
            "\345\235\200\346\227\217\347\232\204 Windows Sockets "
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\346\234\252"
            "\345\256\211\350\243\205\357\274\211\357\274\214\346\210\226\350\200\205"
            "\346\211\200\350\257\267\346\261\202\347\232\204\345\215\217\350\256\256"
            "\344\270\216\350\257\245\345\234\260\345\235\200\346\227\217\344\270\215"
            "\347\254\246\346\227\266\357\274\214socket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\233\345\275\223\350\257\245\345\234\260\345\235\200\346\227\217"
            "\347\232\204\345\234\260\345\235\200\344\270\215\350\203\275\347\224\250"
            "\344\272\216\350\257\245\345\245\227\346\216\245\345\255\227\346\227\266"
            "\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\350\257\267\346\214\211\345\260\206\350\246\201\344\275\277"
            "\347\224\250\347\232\204\345\234\260\345\235\200\347\232\204\345\234\260"
            "\345\235\200\346\227\217\345\210\233\345\273\272\345\245\227\346\216\245"
            "\345\255\227\357\274\214\344\276\213\345\246\202\351\207\207\347\224\250"
            " getaddrinfo \347\273\223\346\236\234\344\270\255\347\232\204 "
            "ai_family\357\274\214\345\271\266\344\270\224\345\217\252\345\220\221\345\256\203"
            "\344\274\240\345\205\245\350\257\245\345\234\260\345\235\200\346\227\217"
            "\347\232\204\345\234\260\345\235\200\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EADDRNOTAVAIL */
        {
            "EADDRNOTAVAIL",
            "WMKC_NET_ERR_EADDRNOTAVAIL",
            "address not available on this host",
            "The address cannot be used in this context. From bind, it is not an "
            "address of this host: a typo, another machine's address, or an address "
            "not yet (or no longer) assigned here. On Linux, bind also reports it "
            "when a nonexistent interface was requested, and connect reports it when "
            "no local ephemeral port is free for the connection (the range is "
            "ip_local_port_range). On Windows, connect reports it when the remote "
            "address or port is not valid for a remote computer, such as an all-zero "
            "address (INADDR_ANY or in6addr_any) or port 0. Bind to an address this "
            "host has, or to the wildcard address, and check the destination address "
            "and port. On Linux, when ephemeral ports run out, reuse connections or "
            "widen ip_local_port_range.",
            "\350\257\267\346\261\202\347\232\204\345\234\260\345\235\200\345\234\250"
            "\344\270\212\344\270\213\346\226\207\346\227\240\346\225\210\346\210\226"
            "\350\257\267\346\261\202\347\232\204\345\234\260\345\235\200\344\270\215"
            "\346\230\257\346\234\254\345\234\260\345\234\260\345\235\200\343\200\202"
            "\350\277\234\347\250\213\345\234\260\345\235\200\344\270\215\346\230\257"
            "\346\234\211\346\225\210\347\232\204\345\234\260\345\235\200\343\200\202",
            "\350\257\245\345\234\260\345\235\200\345\234\250\346\255\244\344\270\212"
            "\344\270\213\346\226\207\344\270\255\344\270\215\345\217\257\347\224\250"
            "\343\200\202\346\235\245\350\207\252 bind "
            "\346\227\266\357\274\214\345\256\203\344\270\215\346\230\257\346\234\254"
            "\346\234\272\347\232\204\345\234\260\345\235\200\357\274\232\345\217\257"
            "\350\203\275\346\230\257\350\276\223\345\205\245\351\224\231\350\257\257"
            "\343\200\201\347\224\250\344\272\206\345\217\246\344\270\200\345\217\260"
            "\346\234\272\345\231\250\347\232\204\345\234\260\345\235\200\357\274\214"
            "\346\210\226\350\200\205\350\257\245\345\234\260\345\235\200\345\260\232"
            "\346\234\252\357\274\210\346\210\226\345\267\262\344\270\215\345\206\215"
            "\357\274\211\345\210\206\351\205\215\347\273\231\346\234\254\346\234\272"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\257\267\346\261\202\344\272\206\344\270\215"
            "\345\255\230\345\234\250\347\232\204\346\216\245\345\217\243\346\227\266"
            "\357\274\214bind "
            "\344\271\237\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231"
            "\350\257\257\357\274\233\346\262\241\346\234\211\347\251\272\351\227\262"
            "\347\232\204\346\234\254\345\234\260\344\270\264\346\227\266\347\253\257"
            "\345\217\243\345\217\257\344\276\233\350\257\245\350\277\236\346\216\245"
            "\344\275\277\347\224\250\346\227\266\357\274\210\345\205\266\350\214\203"
            "\345\233\264\347\224\261 ip_local_port_range "
            "\350\256\276\345\256\232\357\274\211\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\275\223\350\277\234\347\250\213\345\234\260"
            "\345\235\200\346\210\226\347\253\257\345\217\243\345\257\271\350\277\234"
            "\347\250\213\350\256\241\347\256\227\346\234\272\346\227\240\346\225\210"
            "\346\227\266\357\274\214\344\276\213\345\246\202\345\205\250\351\233\266"
            "\345\234\260\345\235\200\357\274\210INADDR_ANY \346\210\226 "
            "in6addr_any\357\274\211\346\210\226\347\253\257\345\217\243 "
            "0\357\274\214connect "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\350\257\267\347\273\221\345\256\232\345\210\260\346\234\254"
            "\346\234\272\346\213\245\346\234\211\347\232\204\345\234\260\345\235\200"
            "\346\210\226\351\200\232\351\205\215\345\234\260\345\235\200\357\274\214"
            "\345\271\266\346\243\200\346\237\245\347\233\256\346\240\207\345\234\260"
            "\345\235\200\345\222\214\347\253\257\345\217\243\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\344\270\264\346\227\266\347\253\257\345\217\243\350\200\227"
            "\345\260\275\346\227\266\357\274\214\350\257\267\345\244\215\347\224\250"
            "\350\277\236\346\216\245\346\210\226\346\211\251\345\244\247 "
            "ip_local_port_range\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_CONNECT,
        },
        /* EPROTONOSUPPORT */
        {
            "EPROTONOSUPPORT",
            "WMKC_NET_ERR_EPROTONOSUPPORT",
            "protocol not supported",
            "The socket call asked for a protocol that is not supported with that "
            "address family and socket type. On Linux, socket reports it when the "
            "protocol type or the protocol asked for is not supported within the "
            "address family, such as IPPROTO_TCP for an AF_INET SOCK_DGRAM socket. "
            "On Windows, socket reports it when the protocol has not been configured "
            "into the system or has no implementation, such as a stream protocol "
            "asked for with SOCK_DGRAM. Pass 0 as the protocol to get the type's "
            "default, or a protocol that matches the type (IPPROTO_TCP for "
            "SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).",
            "\344\270\215\346\224\257\346\214\201\346\214\207\345\256\232\347\232\204"
            "\345\215\217\350\256\256",
            "socket "
            "\350\260\203\347\224\250\350\257\267\346\261\202\347\232\204\345\215\217\350\256\256"
            "\345\234\250\350\257\245\345\234\260\345\235\200\346\227\217\345\222\214"
            "\345\245\227\346\216\245\345\255\227\347\261\273\345\236\213\344\270\213"
            "\344\270\215\345\217\227\346\224\257\346\214\201\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\345\275\223\345\215\217\350\256\256\347\261\273\345\236\213"
            "\346\210\226\346\211\200\350\257\267\346\261\202\347\232\204\345\215\217"
            "\350\256\256\345\234\250\350\257\245\345\234\260\345\235\200\346\227\217"
            "\345\206\205\344\270\215\345\217\227\346\224\257\346\214\201\346\227\266"
            "\357\274\214socket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\344\276\213\345\246\202\344\270\272 AF_INET \347\232\204 "
            "SOCK_DGRAM \345\245\227\346\216\245\345\255\227\346\214\207\345\256\232 "
            "IPPROTO_TCP\343\200\202\345\234\250 Windows "
            "\344\270\212\357\274\214\345\275\223\350\257\245\345\215\217\350\256\256"
            "\346\234\252\345\234\250\347\263\273\347\273\237\344\270\255\351\205\215"
            "\347\275\256\346\210\226\344\270\215\345\255\230\345\234\250\345\205\266"
            "\345\256\236\347\216\260\346\227\266\357\274\214socket "
            "\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\357\274\214\344\276\213\345\246\202\344\270\272 SOCK_DGRAM "
            "\345\245\227\346\216\245\345\255\227\346\214\207\345\256\232\346\265\201"
            "\345\274\217\345\215\217\350\256\256\343\200\202\350\257\267\346\212\212"
            "\345\215\217\350\256\256\350\256\276\344\270\272 0 "
            "\344\273\245\344\275\277\347\224\250\350\257\245\347\261\273\345\236\213"
            "\347\232\204\351\273\230\350\256\244\345\215\217\350\256\256\357\274\214"
            "\346\210\226\350\200\205\344\274\240\345\205\245\344\270\216\347\261\273"
            "\345\236\213\345\214\271\351\205\215\347\232\204\345\215\217\350\256\256"
            "\357\274\210SOCK_STREAM \347\224\250 IPPROTO_TCP\357\274\214SOCK_DGRAM "
            "\347\224\250 IPPROTO_UDP\357\274\211\343\200\202",
            WMKC_NET_OP_SOCKET,
        },
        /* EIO */
        {
            "EIO",
            "WMKC_NET_ERR_EIO",
            "input/output error while closing",
            "close reported an I/O error: data written earlier through the "
            "descriptor may not have reached the file system or device. On Linux, "
            "close(2) names no cause specific to sockets: the kernel releases the "
            "descriptor early in close, and the steps that can still fail, such as "
            "flushing written data to a file system or device, come later, so the "
            "descriptor is released even though close reports the error. Do not call "
            "close again: it could close a descriptor that another thread has just "
            "been given with the same number. Treat the earlier writes as possibly "
            "lost and write the data again if it matters.",
            "\345\207\272\347\216\260I/O\351\224\231\350\257\257",
            "close \346\212\245\345\221\212\344\272\206 I/O "
            "\351\224\231\350\257\257\357\274\232\344\271\213\345\211\215\351\200\232"
            "\350\277\207\350\257\245\346\217\217\350\277\260\347\254\246\345\206\231"
            "\345\205\245\347\232\204\346\225\260\346\215\256\345\217\257\350\203\275"
            "\346\262\241\346\234\211\345\210\260\350\276\276\346\226\207\344\273\266"
            "\347\263\273\347\273\237\346\210\226\350\256\276\345\244\207\343\200\202"
            "\345\234\250 Linux \344\270\212\357\274\214close(2) "
            "\346\262\241\346\234\211\347\273\231\345\207\272\345\245\227\346\216\245"
            "\345\255\227\347\211\271\346\234\211\347\232\204\345\216\237\345\233\240"
            "\357\274\232\345\206\205\346\240\270\345\234\250 close "
            "\347\232\204\346\227\251\346\234\237\345\260\261\351\207\212\346\224\276"
            "\346\217\217\350\277\260\347\254\246\357\274\214\344\271\213\345\220\216"
            "\346\211\215\346\211\247\350\241\214\344\273\215\345\217\257\350\203\275"
            "\345\244\261\350\264\245\347\232\204\346\255\245\351\252\244\357\274\210"
            "\344\276\213\345\246\202\346\212\212\345\267\262\345\206\231\345\205\245"
            "\347\232\204\346\225\260\346\215\256\345\210\267\346\226\260\345\210\260"
            "\346\226\207\344\273\266\347\263\273\347\273\237\346\210\226\350\256\276"
            "\345\244\207\357\274\211\357\274\214\345\233\240\346\255\244\345\215\263"
            "\344\275\277 close "
            "\346\212\245\345\221\212\344\272\206\351\224\231\350\257\257\357\274\214"
            "\346\217\217\350\277\260\347\254\246\344\271\237\345\267\262\351\207\212"
            "\346\224\276\343\200\202\344\270\215\350\246\201\345\206\215\346\254\241"
            "\350\260\203\347\224\250 "
            "close\357\274\232\350\277\231\345\217\257\350\203\275\345\205\263\351\227\255"
            "\345\217\246\344\270\200\344\270\252\347\272\277\347\250\213\345\210\232"
            "\344\273\245\347\233\270\345\220\214\347\274\226\345\217\267\350\216\267"
            "\345\276\227\347\232\204\346\217\217\350\277\260\347\254\246\343\200\202"
            "\345\272\224\346\212\212\344\271\213\345\211\215\345\206\231\345\205\245"
            "\347\232\204\346\225\260\346\215\256\350\247\206\344\270\272\345\217\257"
            "\350\203\275\345\267\262\344\270\242\345\244\261\357\274\214\345\246\202"
            "\346\234\211\345\277\205\350\246\201\351\207\215\346\226\260\345\206\231"
            "\345\205\245\343\200\202",
            WMKC_NET_OP_CLOSE,
        },
        /* EPIPE */
        {
            "EPIPE",
            "WMKC_NET_ERR_EPIPE",
            "broken pipe: the connection is closed for sending",
            "send failed because the socket cannot send data: its connection is "
            "closed for sending, or it has none. Unless MSG_NOSIGNAL was passed, the "
            "process is also sent SIGPIPE, whose default action terminates it, so "
            "without MSG_NOSIGNAL the program sees EPIPE only when SIGPIPE is "
            "ignored, blocked or caught. On Linux, the usual causes are that this "
            "end was shut down for writing (shutdown with SHUT_WR or SHUT_RDWR) or "
            "that the peer closed the connection; Linux may also return EPIPE "
            "instead of ENOTCONN on a socket that is not connected. Pass "
            "MSG_NOSIGNAL with each send (or ignore SIGPIPE, which affects every "
            "thread of the process), then treat EPIPE as the end of the connection: "
            "stop sending and close the socket. On a socket that was never "
            "connected, connect it before sending.",
            "\346\234\254\345\234\260\347\253\257\345\267\262\345\234\250\351\235\242"
            "\345\220\221\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245"
            "\345\255\227\344\270\212\345\205\263\351\227\255\357\274\214\345\234\250"
            "\350\277\231\347\247\215\346\203\205\345\206\265\344\270\213\357\274\214"
            "\351\231\244\351\235\236\350\256\276\347\275\256\344\272\206MSG_NOSIGNAL"
            "\357\274\214\345\220\246\345\210\231\350\277\233\347\250\213\344\271\237"
            "\345\260\206\346\216\245\346\224\266SIGPIPE\343\200\202",
            "send "
            "\345\244\261\350\264\245\357\274\214\345\233\240\344\270\272\350\257\245\345\245\227"
            "\346\216\245\345\255\227\346\227\240\346\263\225\345\217\221\351\200\201"
            "\346\225\260\346\215\256\357\274\232\345\205\266\350\277\236\346\216\245"
            "\347\232\204\345\206\231\346\226\271\345\220\221\345\267\262\345\205\263"
            "\351\227\255\357\274\214\346\210\226\350\200\205\345\256\203\346\240\271"
            "\346\234\254\346\262\241\346\234\211\350\277\236\346\216\245\343\200\202"
            "\351\231\244\351\235\236\344\274\240\345\205\245\344\272\206 "
            "MSG_NOSIGNAL\357\274\214\350\277\233\347\250\213\350\277\230\344\274\232"
            "\346\224\266\345\210\260 "
            "SIGPIPE\357\274\214\345\205\266\351\273\230\350\256\244\345\212\250\344\275\234"
            "\346\230\257\347\273\210\346\255\242\350\277\233\347\250\213\357\274\233"
            "\345\233\240\346\255\244\345\234\250\346\234\252\344\274\240\345\205\245"
            " MSG_NOSIGNAL "
            "\346\227\266\357\274\214\345\217\252\346\234\211\345\275\223 SIGPIPE "
            "\350\242\253\345\277\275\347\225\245\343\200\201\351\230\273\345\241\236"
            "\346\210\226\346\215\225\350\216\267\346\227\266\357\274\214\347\250\213"
            "\345\272\217\346\211\215\344\274\232\347\234\213\345\210\260 "
            "EPIPE\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\270\270\350\247\201\345\216\237\345\233\240"
            "\346\230\257\346\234\254\347\253\257\345\267\262\345\205\263\351\227\255"
            "\345\206\231\346\226\271\345\220\221\357\274\210\344\273\245 SHUT_WR "
            "\346\210\226 SHUT_RDWR \350\260\203\347\224\250 "
            "shutdown\357\274\211\357\274\214\346\210\226\345\257\271\347\253\257\345\267\262"
            "\345\205\263\351\227\255\350\277\236\346\216\245\357\274\233\345\257\271"
            "\344\272\216\346\234\252\350\277\236\346\216\245\347\232\204\345\245\227"
            "\346\216\245\345\255\227\357\274\214Linux "
            "\344\271\237\345\217\257\350\203\275\350\277\224\345\233\236 EPIPE "
            "\350\200\214\344\270\215\346\230\257 "
            "ENOTCONN\343\200\202\345\272\224\345\234\250\346\257\217\346\254\241 "
            "send \346\227\266\344\274\240\345\205\245 "
            "MSG_NOSIGNAL\357\274\210\346\210\226\345\277\275\347\225\245 "
            "SIGPIPE\357\274\214\344\275\206\350\277\231\344\274\232\345\275\261\345\223\215"
            "\350\277\233\347\250\213\344\270\255\347\232\204\346\211\200\346\234\211"
            "\347\272\277\347\250\213\357\274\211\357\274\214\347\204\266\345\220\216"
            "\346\212\212 EPIPE "
            "\350\247\206\344\270\272\350\277\236\346\216\245\347\273\223\346\235\237"
            "\357\274\232\345\201\234\346\255\242\345\217\221\351\200\201\345\271\266"
            "\345\205\263\351\227\255\345\245\227\346\216\245\345\255\227\343\200\202"
            "\345\257\271\344\272\216\344\273\216\346\234\252\350\277\236\346\216\245"
            "\350\277\207\347\232\204\345\245\227\346\216\245\345\255\227\357\274\214"
            "\345\272\224\345\205\210\350\260\203\347\224\250 connect "
            "\345\206\215\345\217\221\351\200\201\343\200\202",
            WMKC_NET_OP_SEND,
        },
        /* EPERM */
        {
            "EPERM",
            "WMKC_NET_ERR_EPERM",
            "operation not permitted (firewall rule or broadcast)",
            "The call was not permitted: connect could not make the connection, or "
            "accept could not take the incoming one. On Linux, connect reports it "
            "when a local firewall rule made the connection request fail, or when "
            "the destination is a broadcast address and the socket's SO_BROADCAST "
            "flag is not set (in both cases connect may report EACCES instead); "
            "accept reports it when firewall rules forbid the incoming connection. "
            "Check the local firewall rules for this address and port: the same "
            "connection keeps failing until they change. To connect a datagram "
            "socket to a broadcast address, set SO_BROADCAST with setsockopt first.",
            "\351\230\262\347\201\253\345\242\231\350\247\204\345\210\231\347\246\201"
            "\346\255\242\350\277\236\346\216\245",
            "\350\260\203\347\224\250\346\234\252\350\242\253\345\205\201\350\256\270"
            "\357\274\232connect "
            "\346\227\240\346\263\225\345\273\272\347\253\213\350\277\236\346\216\245"
            "\357\274\214\346\210\226 accept "
            "\346\227\240\346\263\225\346\216\245\345\217\227\344\274\240\345\205\245"
            "\347\232\204\350\277\236\346\216\245\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214connect "
            "\345\234\250\344\273\245\344\270\213\346\203\205\345\206\265\344\270\213"
            "\346\212\245\345\221\212\350\257\245\351\224\231\350\257\257\357\274\232"
            "\346\234\254\345\234\260\351\230\262\347\201\253\345\242\231\350\247\204"
            "\345\210\231\344\275\277\350\277\236\346\216\245\350\257\267\346\261\202"
            "\345\244\261\350\264\245\357\274\214\346\210\226\350\200\205\347\233\256"
            "\346\240\207\346\230\257\345\271\277\346\222\255\345\234\260\345\235\200"
            "\350\200\214\345\245\227\346\216\245\345\255\227\346\234\252\350\256\276"
            "\347\275\256 SO_BROADCAST "
            "\346\240\207\345\277\227\357\274\210\350\277\231\344\270\244\347\247\215"
            "\346\203\205\345\206\265\344\270\213 connect "
            "\344\271\237\345\217\257\350\203\275\346\212\245\345\221\212 "
            "EACCES\357\274\211\357\274\233accept "
            "\345\234\250\351\230\262\347\201\253\345\242\231\350\247\204\345\210\231"
            "\347\246\201\346\255\242\344\274\240\345\205\245\350\277\236\346\216\245"
            "\346\227\266\346\212\245\345\221\212\350\257\245\351\224\231\350\257\257"
            "\343\200\202\345\272\224\346\243\200\346\237\245\351\222\210\345\257\271"
            "\350\257\245\345\234\260\345\235\200\345\222\214\347\253\257\345\217\243"
            "\347\232\204\346\234\254\345\234\260\351\230\262\347\201\253\345\242\231"
            "\350\247\204\345\210\231\357\274\232\345\234\250\350\247\204\345\210\231"
            "\346\224\271\345\217\230\344\271\213\345\211\215\357\274\214\345\220\214"
            "\346\240\267\347\232\204\350\277\236\346\216\245\344\274\232\344\270\200"
            "\347\233\264\345\244\261\350\264\245\343\200\202\350\213\245\350\246\201"
            "\346\212\212\346\225\260\346\215\256\346\212\245\345\245\227\346\216\245"
            "\345\255\227\350\277\236\346\216\245\345\210\260\345\271\277\346\222\255"
            "\345\234\260\345\235\200\357\274\214\345\272\224\345\205\210\347\224\250"
            " setsockopt \350\256\276\347\275\256 SO_BROADCAST\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CONNECT,
        },
        /* EROFS */
        {
            "EROFS",
            "WMKC_NET_ERR_EROFS",
            "socket path is on a read-only file system",
            "bind could not create the Unix socket's file because its path lies on a "
            "read-only file system. On Linux, bind creates the file of a pathname "
            "Unix socket in the file system, and this fails when the file system "
            "that holds the path is mounted read-only. Bind to a path on a writable "
            "file system, for example under /tmp (temporary files) or /run (the "
            "system's run-time files), or use an abstract socket address, a Linux "
            "extension whose name starts with a null byte and has no connection with "
            "the file system.",
            "\345\245\227\346\216\245\345\255\227\347\264\242\345\274\225\350\212\202"
            "\347\202\271\345\260\206\351\251\273\347\225\231\345\234\250\345\217\252"
            "\350\257\273\346\226\207\344\273\266\347\263\273\347\273\237\344\270\212",
            "bind \346\227\240\346\263\225\345\210\233\345\273\272 Unix "
            "\345\245\227\346\216\245\345\255\227\347\232\204\346\226\207\344\273\266"
            "\357\274\214\345\233\240\344\270\272\345\205\266\350\267\257\345\276\204"
            "\344\275\215\344\272\216\345\217\252\350\257\273\346\226\207\344\273\266"
            "\347\263\273\347\273\237\344\270\212\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\267\257\345\276\204\345\220\215 Unix "
            "\345\245\227\346\216\245\345\255\227\347\232\204\346\226\207\344\273\266"
            "\347\224\261 bind "
            "\345\234\250\346\226\207\344\273\266\347\263\273\347\273\237\344\270\255"
            "\345\210\233\345\273\272\357\274\233\345\275\223\350\257\245\350\267\257"
            "\345\276\204\346\211\200\345\234\250\347\232\204\346\226\207\344\273\266"
            "\347\263\273\347\273\237\344\273\245\345\217\252\350\257\273\346\226\271"
            "\345\274\217\346\214\202\350\275\275\346\227\266\357\274\214\345\210\233"
            "\345\273\272\345\260\261\344\274\232\345\244\261\350\264\245\343\200\202"
            "\345\272\224\347\273\221\345\256\232\345\210\260\345\217\257\345\206\231"
            "\346\226\207\344\273\266\347\263\273\347\273\237\344\270\212\347\232\204"
            "\350\267\257\345\276\204\357\274\214\344\276\213\345\246\202 "
            "/tmp\357\274\210\344\270\264\346\227\266\346\226\207\344\273\266\357\274\211"
            "\346\210\226 "
            "/run\357\274\210\347\263\273\347\273\237\347\232\204\350\277\220\350\241\214"
            "\346\227\266\346\226\207\344\273\266\357\274\211\344\270\213\357\274\214"
            "\346\210\226\344\275\277\347\224\250\346\212\275\350\261\241\345\245\227"
            "\346\216\245\345\255\227\345\234\260\345\235\200\357\274\232\350\277\231"
            "\346\230\257 Linux "
            "\347\232\204\346\211\251\345\261\225\357\274\214\345\205\266\345\220\215"
            "\345\255\227\344\273\245\347\251\272\345\255\227\350\212\202\345\274\200"
            "\345\244\264\357\274\214\344\270\216\346\226\207\344\273\266\347\263\273"
            "\347\273\237\346\227\240\345\205\263\343\200\202",
            WMKC_NET_OP_BIND,
        },
        /* EBADF */
        {
            "EBADF",
            "WMKC_NET_ERR_EBADF",
            "bad file descriptor",
            "A descriptor given to the call is not a valid open file descriptor. On "
            "Linux, the usual causes are a descriptor that was already closed (a "
            "double close, or use after another thread closed it), one that was "
            "never opened (the -1 that a failed socket or accept call returns), or "
            "one mixed up with another value; for a send (sendmsg) that passes "
            "descriptors over a Unix socket with SCM_RIGHTS, it means that one of "
            "the descriptors being passed is invalid. It is a bug in the calling "
            "code: find where the descriptor was closed or lost. A close that fails "
            "with EBADF closed nothing, so do not retry it; and avoid double closes, "
            "because the number may already belong to a file that another thread has "
            "opened.",
            "\345\217\202\346\225\260sockfd\344\270\215\346\230\257\346\234\211\346\225\210"
            "\347\232\204\346\226\207\344\273\266\346\217\217\350\277\260\347\254\246",
            "\344\274\240\347\273\231\350\257\245\350\260\203\347\224\250\347\232\204"
            "\346\237\220\344\270\252\346\217\217\350\277\260\347\254\246\344\270\215"
            "\346\230\257\346\234\211\346\225\210\347\232\204\345\267\262\346\211\223"
            "\345\274\200\346\226\207\344\273\266\346\217\217\350\277\260\347\254\246"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\270\270\350\247\201\345\216\237\345\233\240"
            "\346\230\257\357\274\232\346\217\217\350\277\260\347\254\246\345\267\262"
            "\350\242\253\345\205\263\351\227\255\357\274\210\351\207\215\345\244\215"
            "\345\205\263\351\227\255\357\274\214\346\210\226\345\234\250\345\217\246"
            "\344\270\200\344\270\252\347\272\277\347\250\213\345\205\263\351\227\255"
            "\345\220\216\344\273\215\345\234\250\344\275\277\347\224\250\357\274\211"
            "\357\274\214\344\273\216\346\234\252\346\211\223\345\274\200\350\277\207"
            "\357\274\210socket \346\210\226 accept "
            "\350\260\203\347\224\250\345\244\261\350\264\245\346\227\266\350\277\224"
            "\345\233\236\347\232\204 "
            "-1\357\274\211\357\274\214\346\210\226\344\270\216\345\205\266\344\273\226"
            "\345\200\274\346\267\267\346\267\206\344\272\206\357\274\233\345\257\271"
            "\344\272\216\351\200\232\350\277\207 Unix "
            "\345\245\227\346\216\245\345\255\227\344\273\245 SCM_RIGHTS "
            "\344\274\240\351\200\222\346\217\217\350\277\260\347\254\246\347\232\204"
            " "
            "send\357\274\210sendmsg\357\274\211\357\274\214\345\210\231\346\230\257\350\242\253"
            "\344\274\240\351\200\222\347\232\204\346\237\220\344\270\252\346\217\217"
            "\350\277\260\347\254\246\346\227\240\346\225\210\343\200\202\350\277\231"
            "\346\230\257\350\260\203\347\224\250\344\273\243\347\240\201\347\232\204"
            "\347\274\272\351\231\267\357\274\232\345\272\224\346\211\276\345\207\272"
            "\346\217\217\350\277\260\347\254\246\345\234\250\344\275\225\345\244\204"
            "\350\242\253\345\205\263\351\227\255\346\210\226\344\270\242\345\244\261"
            "\343\200\202\344\273\245 EBADF \345\244\261\350\264\245\347\232\204 "
            "close "
            "\345\271\266\346\234\252\345\205\263\351\227\255\344\273\273\344\275\225\344\270\234"
            "\350\245\277\357\274\214\345\233\240\346\255\244\344\270\215\350\246\201"
            "\351\207\215\350\257\225\357\274\233\350\277\230\345\272\224\351\201\277"
            "\345\205\215\351\207\215\345\244\215\345\205\263\351\227\255\357\274\214"
            "\345\233\240\344\270\272\350\257\245\347\274\226\345\217\267\345\217\257"
            "\350\203\275\345\267\262\345\261\236\344\272\216\345\217\246\344\270\200"
            "\344\270\252\347\272\277\347\250\213\346\211\223\345\274\200\347\232\204"
            "\346\226\207\344\273\266\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CLOSE
            | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_LISTEN | WMKC_NET_OP_CONNECT,
        },
        /* ELOOP */
        {
            "ELOOP",
            "WMKC_NET_ERR_ELOOP",
            "too many symbolic links in the socket path",
            "bind met too many symbolic links while resolving the Unix socket path. "
            "On Linux, at most 40 symbolic links are followed while resolving one "
            "path, so the error means that the links form a loop, such as a link "
            "that points to itself, or that the chain of links is too long. Check "
            "the symbolic links along the path, and bind to a path without the loop "
            "or with fewer links.",
            "\350\247\243\346\236\220\345\234\260\345\235\200\346\227\266\351\201\207"
            "\345\210\260\345\244\252\345\244\232\347\254\246\345\217\267\351\223\276"
            "\346\216\245",
            "bind \345\234\250\350\247\243\346\236\220 Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\346\227\266"
            "\351\201\207\345\210\260\344\272\206\350\277\207\345\244\232\347\232\204"
            "\347\254\246\345\217\267\351\223\276\346\216\245\343\200\202\345\234\250"
            " Linux "
            "\344\270\212\357\274\214\350\247\243\346\236\220\344\270\200\346\235\241\350\267\257"
            "\345\276\204\346\227\266\346\234\200\345\244\232\350\267\237\351\232\217"
            " 40 "
            "\344\270\252\347\254\246\345\217\267\351\223\276\346\216\245\357\274\214\345\233\240"
            "\346\255\244\350\257\245\351\224\231\350\257\257\350\257\264\346\230\216"
            "\350\277\231\344\272\233\351\223\276\346\216\245\346\236\204\346\210\220"
            "\344\272\206\345\276\252\347\216\257\357\274\210\344\276\213\345\246\202"
            "\346\214\207\345\220\221\350\207\252\350\272\253\347\232\204\351\223\276"
            "\346\216\245\357\274\211\357\274\214\346\210\226\350\200\205\351\223\276"
            "\346\216\245\351\223\276\350\277\207\351\225\277\343\200\202\345\272\224"
            "\346\243\200\346\237\245\350\267\257\345\276\204\344\270\212\347\232\204"
            "\347\254\246\345\217\267\351\223\276\346\216\245\357\274\214\345\271\266"
            "\347\273\221\345\256\232\345\210\260\344\270\215\345\220\253\345\276\252"
            "\347\216\257\346\210\226\351\223\276\346\216\245\346\233\264\345\260\221"
            "\347\232\204\350\267\257\345\276\204\343\200\202",
            WMKC_NET_OP_BIND,
        },
        /* EDQUOT */
        {
            "EDQUOT",
            "WMKC_NET_ERR_EDQUOT",
            "disk quota exceeded while closing",
            "close reported that data written earlier through the descriptor could "
            "not be stored because a disk quota was exceeded. On Linux, close(2) "
            "describes this for NFS, where the error is normally reported not by the "
            "first write that went over the quota but by a later write, fsync or "
            "close; it is a file system error, and close(2) names no cause for it on "
            "a socket. The descriptor is released anyway, so do not call close "
            "again; free space or raise the quota, then write the data again.",
            "\345\255\230\345\202\250\347\251\272\351\227\264\344\270\215\350\266\263"
            "\346\210\226\345\267\262\350\276\276\345\210\260\347\243\201\347\233\230"
            "\351\205\215\351\242\235\351\231\220\345\210\266\343\200\202",
            "close "
            "\346\212\245\345\221\212\357\274\232\344\271\213\345\211\215\351\200\232\350\277\207"
            "\350\257\245\346\217\217\350\277\260\347\254\246\345\206\231\345\205\245"
            "\347\232\204\346\225\260\346\215\256\345\233\240\350\266\205\345\207\272"
            "\347\243\201\347\233\230\351\205\215\351\242\235\350\200\214\346\227\240"
            "\346\263\225\344\277\235\345\255\230\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214close(2) \351\222\210\345\257\271 NFS "
            "\346\217\217\350\277\260\344\272\206\350\277\231\347\247\215\346\203\205"
            "\345\206\265\357\274\232\345\234\250 NFS "
            "\344\270\212\357\274\214\350\257\245\351\224\231\350\257\257\351\200\232"
            "\345\270\270\344\270\215\346\230\257\347\224\261\347\254\254\344\270\200"
            "\346\254\241\350\266\205\345\207\272\351\205\215\351\242\235\347\232\204"
            "\345\206\231\345\205\245\346\212\245\345\221\212\357\274\214\350\200\214"
            "\346\230\257\347\224\261\344\271\213\345\220\216\347\232\204 "
            "write\343\200\201fsync \346\210\226 close "
            "\346\212\245\345\221\212\357\274\233\350\277\231\346\230\257\346\226\207"
            "\344\273\266\347\263\273\347\273\237\347\232\204\351\224\231\350\257\257"
            "\357\274\214close(2) "
            "\346\262\241\346\234\211\347\273\231\345\207\272\345\256\203\345\234\250"
            "\345\245\227\346\216\245\345\255\227\344\270\212\347\232\204\345\216\237"
            "\345\233\240\343\200\202\346\217\217\350\277\260\347\254\246\346\227\240"
            "\350\256\272\345\246\202\344\275\225\351\203\275\345\267\262\351\207\212"
            "\346\224\276\357\274\214\345\233\240\346\255\244\344\270\215\350\246\201"
            "\345\206\215\346\254\241\350\260\203\347\224\250 "
            "close\357\274\233\345\272\224\351\207\212\346\224\276\347\251\272\351\227\264"
            "\346\210\226\346\217\220\351\253\230\351\205\215\351\242\235\357\274\214"
            "\347\204\266\345\220\216\351\207\215\346\226\260\345\206\231\345\205\245"
            "\346\225\260\346\215\256\343\200\202",
            WMKC_NET_OP_CLOSE,
        },
        /* ENOSPC */
        {
            "ENOSPC",
            "WMKC_NET_ERR_ENOSPC",
            "no space left on device while closing",
            "close reported that data written earlier through the descriptor could "
            "not be stored because no space was left on the file system. On Linux, "
            "close(2) describes this for NFS, where the error is normally reported "
            "not by the first write that ran out of space but by a later write, "
            "fsync or close; it is a file system error, and close(2) names no cause "
            "for it on a socket. The descriptor is released anyway, so do not call "
            "close again; free space, then write the data again.",
            "\345\255\230\345\202\250\347\251\272\351\227\264\344\270\215\350\266\263"
            "\346\210\226\345\267\262\350\276\276\345\210\260\347\243\201\347\233\230"
            "\351\205\215\351\242\235\351\231\220\345\210\266\343\200\202",
            "close "
            "\346\212\245\345\221\212\357\274\232\344\271\213\345\211\215\351\200\232\350\277\207"
            "\350\257\245\346\217\217\350\277\260\347\254\246\345\206\231\345\205\245"
            "\347\232\204\346\225\260\346\215\256\345\233\240\346\226\207\344\273\266"
            "\347\263\273\347\273\237\347\251\272\351\227\264\345\267\262\346\273\241"
            "\350\200\214\346\227\240\346\263\225\344\277\235\345\255\230\343\200\202"
            "\345\234\250 Linux \344\270\212\357\274\214close(2) "
            "\351\222\210\345\257\271 NFS "
            "\346\217\217\350\277\260\344\272\206\350\277\231\347\247\215\346\203\205"
            "\345\206\265\357\274\232\345\234\250 NFS "
            "\344\270\212\357\274\214\350\257\245\351\224\231\350\257\257\351\200\232"
            "\345\270\270\344\270\215\346\230\257\347\224\261\347\254\254\344\270\200"
            "\346\254\241\347\251\272\351\227\264\344\270\215\350\266\263\347\232\204"
            "\345\206\231\345\205\245\346\212\245\345\221\212\357\274\214\350\200\214"
            "\346\230\257\347\224\261\344\271\213\345\220\216\347\232\204 "
            "write\343\200\201fsync \346\210\226 close "
            "\346\212\245\345\221\212\357\274\233\350\277\231\346\230\257\346\226\207"
            "\344\273\266\347\263\273\347\273\237\347\232\204\351\224\231\350\257\257"
            "\357\274\214close(2) "
            "\346\262\241\346\234\211\347\273\231\345\207\272\345\256\203\345\234\250"
            "\345\245\227\346\216\245\345\255\227\344\270\212\347\232\204\345\216\237"
            "\345\233\240\343\200\202\346\217\217\350\277\260\347\254\246\346\227\240"
            "\350\256\272\345\246\202\344\275\225\351\203\275\345\267\262\351\207\212"
            "\346\224\276\357\274\214\345\233\240\346\255\244\344\270\215\350\246\201"
            "\345\206\215\346\254\241\350\260\203\347\224\250 "
            "close\357\274\233\345\272\224\351\207\212\346\224\276\347\251\272\351\227\264"
            "\357\274\214\347\204\266\345\220\216\351\207\215\346\226\260\345\206\231"
            "\345\205\245\346\225\260\346\215\256\343\200\202",
            WMKC_NET_OP_CLOSE,
        },
        /* ENOENT */
        {
            "ENOENT",
            "WMKC_NET_ERR_ENOENT",
            "a directory in the socket path does not exist",
            "A directory in the Unix socket path does not exist, so bind cannot "
            "create the socket file. On Linux, a component of the directory prefix "
            "of the socket path was not found while the path was resolved; a "
            "relative path is resolved from the current working directory of the "
            "process. Create the missing directory first, or fix the path (for a "
            "relative path, check the current working directory).",
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\345\220\215"
            "\347\232\204\347\233\256\345\275\225\345\211\215\347\274\200\344\270\255"
            "\347\232\204\347\273\204\344\273\266\344\270\215\345\255\230\345\234\250",
            "Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\344\270\255\347\232\204"
            "\346\237\220\344\270\252\347\233\256\345\275\225\344\270\215\345\255\230"
            "\345\234\250\357\274\214\345\233\240\346\255\244 bind "
            "\346\227\240\346\263\225\345\210\233\345\273\272\345\245\227\346\216\245"
            "\345\255\227\346\226\207\344\273\266\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\247\243\346\236\220\350\267\257\345\276\204"
            "\346\227\266\357\274\214\345\245\227\346\216\245\345\255\227\350\267\257"
            "\345\276\204\347\232\204\347\233\256\345\275\225\345\211\215\347\274\200"
            "\344\270\255\346\234\211\346\237\220\344\270\252\347\273\204\344\273\266"
            "\346\234\252\346\211\276\345\210\260\357\274\233\347\233\270\345\257\271"
            "\350\267\257\345\276\204\344\273\216\350\277\233\347\250\213\347\232\204"
            "\345\275\223\345\211\215\345\267\245\344\275\234\347\233\256\345\275\225"
            "\345\274\200\345\247\213\350\247\243\346\236\220\343\200\202\345\272\224"
            "\345\205\210\345\210\233\345\273\272\347\274\272\345\244\261\347\232\204"
            "\347\233\256\345\275\225\357\274\214\346\210\226\344\277\256\346\255\243"
            "\350\267\257\345\276\204\357\274\210\345\257\271\344\272\216\347\233\270"
            "\345\257\271\350\267\257\345\276\204\357\274\214\345\272\224\346\243\200"
            "\346\237\245\345\275\223\345\211\215\345\267\245\344\275\234\347\233\256"
            "\345\275\225\357\274\211\343\200\202",
            WMKC_NET_OP_BIND,
        },
        /* ENOMEM */
        {
            "ENOMEM",
            "WMKC_NET_ERR_ENOMEM",
            "out of kernel memory",
            "The kernel could not allocate the memory the call needed. On Linux, for "
            "IP sockets and for accept this often means that the allocation was "
            "limited by the socket buffer limits rather than by the system's memory, "
            "though not always. Retry later, when resources have been freed; reduce "
            "the number of sockets or the data buffered in them, or raise the socket "
            "buffer limits.",
            "\345\217\257\347\224\250\347\232\204\345\206\205\346\240\270\345\206\205"
            "\345\255\230\344\270\215\350\266\263",
            "\345\206\205\346\240\270\346\227\240\346\263\225\345\210\206\351\205\215"
            "\350\257\245\350\260\203\347\224\250\346\211\200\351\234\200\347\232\204"
            "\345\206\205\345\255\230\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\345\257\271\344\272\216 IP "
            "\345\245\227\346\216\245\345\255\227\345\222\214 "
            "accept\357\274\214\350\277\231\345\276\200\345\276\200\346\230\257\345\233\240"
            "\344\270\272\345\206\205\345\255\230\345\210\206\351\205\215\345\217\227"
            "\345\210\260\345\245\227\346\216\245\345\255\227\347\274\223\345\206\262"
            "\345\214\272\344\270\212\351\231\220\347\232\204\351\231\220\345\210\266"
            "\357\274\214\350\200\214\344\270\215\346\230\257\347\263\273\347\273\237"
            "\345\206\205\345\255\230\344\270\215\350\266\263\357\274\214\344\275\206"
            "\345\271\266\351\235\236\346\200\273\346\230\257\345\246\202\346\255\244"
            "\343\200\202\345\272\224\345\234\250\350\265\204\346\272\220\351\207\212"
            "\346\224\276\345\220\216\351\207\215\350\257\225\357\274\233\345\207\217"
            "\345\260\221\345\245\227\346\216\245\345\255\227\346\225\260\351\207\217"
            "\346\210\226\345\205\266\344\270\255\347\274\223\345\206\262\347\232\204"
            "\346\225\260\346\215\256\351\207\217\357\274\214\346\210\226\346\217\220"
            "\351\253\230\345\245\227\346\216\245\345\255\227\347\274\223\345\206\262"
            "\345\214\272\344\270\212\351\231\220\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* ENFILE */
        {
            "ENFILE",
            "WMKC_NET_ERR_ENFILE",
            "system-wide limit on open files reached",
            "The whole system has reached its limit on open files, so no new socket "
            "could be created. On Linux, this limit is set in /proc/sys/fs/file-max "
            "and applies to all processes together, whatever this process's own "
            "limit (RLIMIT_NOFILE, which yields EMFILE instead when it is exceeded). "
            "Close descriptors here and in other processes, look for leaks, or raise "
            "the system-wide limit in /proc/sys/fs/file-max. Do not retry socket or "
            "accept in a tight loop: wait until descriptors are free.",
            "\345\267\262\350\276\276\345\210\260\347\263\273\347\273\237\350\214\203"
            "\345\233\264\345\206\205\346\211\223\345\274\200\346\226\207\344\273\266"
            "\346\200\273\346\225\260\347\232\204\351\231\220\345\210\266",
            "\346\225\264\344\270\252\347\263\273\347\273\237\346\211\223\345\274\200"
            "\347\232\204\346\226\207\344\273\266\346\225\260\345\267\262\350\276\276"
            "\344\270\212\351\231\220\357\274\214\345\233\240\346\255\244\346\227\240"
            "\346\263\225\345\210\233\345\273\272\346\226\260\347\232\204\345\245\227"
            "\346\216\245\345\255\227\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\277\231\344\270\200\344\270\212\351\231\220"
            "\347\224\261 /proc/sys/fs/file-max "
            "\350\256\276\345\256\232\357\274\214\345\257\271\346\211\200\346\234\211"
            "\350\277\233\347\250\213\345\220\210\350\256\241\347\224\237\346\225\210"
            "\357\274\214\344\270\216\346\234\254\350\277\233\347\250\213\350\207\252"
            "\350\272\253\347\232\204\344\270\212\351\231\220\357\274\210RLIMIT_NOFIL"
            "E\357\274\214\350\266\205\350\277\207\350\257\245\344\270\212\351\231\220"
            "\346\227\266\345\276\227\345\210\260\347\232\204\346\230\257 "
            "EMFILE\357\274\211\346\227\240\345\205\263\343\200\202\345\272\224\345\205\263"
            "\351\227\255\346\234\254\350\277\233\347\250\213\345\222\214\345\205\266"
            "\344\273\226\350\277\233\347\250\213\344\270\255\347\232\204\346\217\217"
            "\350\277\260\347\254\246\343\200\201\346\237\245\346\211\276\346\263\204"
            "\346\274\217\357\274\214\346\210\226\346\217\220\351\253\230 "
            "/proc/sys/fs/file-max "
            "\344\270\255\347\232\204\347\263\273\347\273\237\347\272\247\344\270\212"
            "\351\231\220\343\200\202\344\270\215\350\246\201\345\234\250\345\276\252"
            "\347\216\257\344\270\255\344\270\215\345\212\240\347\255\211\345\276\205"
            "\345\234\260\345\217\215\345\244\215\351\207\215\350\257\225 socket "
            "\346\210\226 "
            "accept\357\274\232\345\272\224\347\255\211\345\210\260\346\234\211\346\217\217"
            "\350\277\260\347\254\246\351\207\212\346\224\276\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT,
        },
        /* EPROTO */
        {
            "EPROTO",
            "WMKC_NET_ERR_EPROTO",
            "protocol error on an incoming connection",
            "A protocol error occurred on an incoming connection before accept could "
            "return it. On Linux, accept passes network errors already pending on "
            "the new socket as its own error, EPROTO among them for TCP/IP; only "
            "that connection is affected, not the listening socket. Keep the "
            "listening socket and call accept again, as for EAGAIN.",
            "\351\224\231\350\257\257\347\232\204\345\215\217\350\256\256",
            "\345\234\250 accept "
            "\350\277\224\345\233\236\346\237\220\344\270\252\344\274\240\345\205\245"
            "\350\277\236\346\216\245\344\271\213\345\211\215\357\274\214\350\257\245"
            "\350\277\236\346\216\245\344\270\212\345\217\221\347\224\237\344\272\206"
            "\345\215\217\350\256\256\351\224\231\350\257\257\343\200\202\345\234\250"
            " Linux \344\270\212\357\274\214accept "
            "\344\274\232\346\212\212\346\226\260\345\245\227\346\216\245\345\255\227"
            "\344\270\212\345\267\262\346\214\202\350\265\267\347\232\204\347\275\221"
            "\347\273\234\351\224\231\350\257\257\344\275\234\344\270\272\350\207\252"
            "\350\272\253\347\232\204\351\224\231\350\257\257\350\277\224\345\233\236"
            "\357\274\214\345\257\271 TCP/IP \350\200\214\350\250\200 EPROTO "
            "\345\260\261\346\230\257\345\205\266\344\270\255\344\271\213\344\270\200"
            "\357\274\233\345\217\227\345\275\261\345\223\215\347\232\204\345\217\252"
            "\346\230\257\350\277\231\344\270\252\350\277\236\346\216\245\357\274\214"
            "\350\200\214\344\270\215\346\230\257\347\233\221\345\220\254\345\245\227"
            "\346\216\245\345\255\227\343\200\202\345\272\224\344\277\235\347\225\231"
            "\347\233\221\345\220\254\345\245\227\346\216\245\345\255\227\357\274\214"
            "\345\203\217\345\244\204\347\220\206 EAGAIN "
            "\344\270\200\346\240\267\345\206\215\346\254\241\350\260\203\347\224\250"
            " accept\343\200\202",
            WMKC_NET_OP_ACCEPT,
        },
        /* EAGAIN */
        {
            "EAGAIN",
            "WMKC_NET_ERR_EAGAIN",
            "resource temporarily unavailable",
            "The call cannot complete now because something it needs is temporarily "
            "unavailable (EWOULDBLOCK is the same value). Usually the socket is "
            "non-blocking, or send or recv was given MSG_DONTWAIT, and there is no "
            "connection to accept, no data to read or no room to send. On a blocking "
            "socket, accept, recv and send report it when the SO_RCVTIMEO or "
            "SO_SNDTIMEO timeout expires before anything was transferred. Sending on "
            "a UDP socket that is not yet bound reports it when no ephemeral port is "
            "free (connect on an IP socket reports that as EADDRNOTAVAIL). From "
            "connect, it means that a non-blocking Unix domain socket could not "
            "connect at once or, for other families, that routing cache entries ran "
            "short; the attempt failed rather than started. With a non-blocking "
            "socket or MSG_DONTWAIT, wait until poll or select reports the socket "
            "ready, then call again. If no ephemeral port is free, close unused "
            "sockets or widen ip_local_port_range. After EAGAIN from connect, try "
            "again later, in portable code with a new socket, since a socket's state "
            "is unspecified after a failed connect.",
            "\345\245\227\346\216\245\345\255\227\350\242\253\346\240\207\350\256\260"
            "\344\270\272\351\235\236\351\230\273\345\241\236\357\274\214\345\271\266"
            "\344\270\224\344\270\215\345\255\230\345\234\250\344\273\273\344\275\225"
            "\345\217\257\346\216\245\345\217\227\347\232\204\350\277\236\346\216\245"
            "\343\200\202\n"
            "sockfd\345\274\225\347\224\250\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\273\245\345\211\215\346\262\241\346\234\211\347\273\221\345\256\232"
            "\345\210\260\345\234\260\345\235\200\357\274\214\345\234\250\345\260\235"
            "\350\257\225\345\260\206\345\205\266\347\273\221\345\256\232\345\210\260"
            "\344\270\264\346\227\266\347\253\257\345\217\243\346\227\266\357\274\214"
            "\347\241\256\345\256\232\344\270\264\346\227\266\347\253\257\345\217\243"
            "\350\214\203\345\233\264\345\206\205\347\232\204\346\211\200\346\234\211"
            "\347\253\257\345\217\243\345\217\267\345\275\223\345\211\215\351\203\275"
            "\345\234\250\344\275\277\347\224\250\344\270\255\343\200\202",
            "\350\260\203\347\224\250\347\216\260\345\234\250\346\227\240\346\263\225"
            "\345\256\214\346\210\220\357\274\214\345\233\240\344\270\272\345\256\203"
            "\346\211\200\351\234\200\347\232\204\346\237\220\351\241\271\350\265\204"
            "\346\272\220\346\232\202\346\227\266\344\270\215\345\217\257\347\224\250"
            "\357\274\210EWOULDBLOCK "
            "\346\230\257\345\220\214\344\270\200\344\270\252\345\200\274\357\274\211"
            "\343\200\202\351\200\232\345\270\270\346\230\257\345\245\227\346\216\245"
            "\345\255\227\345\244\204\344\272\216\351\235\236\351\230\273\345\241\236"
            "\346\250\241\345\274\217\357\274\214\346\210\226\350\200\205 "
            "send\343\200\201recv \350\260\203\347\224\250\345\270\246\346\234\211 "
            "MSG_DONTWAIT "
            "\346\240\207\345\277\227\357\274\214\350\200\214\346\255\244\346\227\266"
            "\346\262\241\346\234\211\345\217\257\346\216\245\345\217\227\347\232\204"
            "\350\277\236\346\216\245\343\200\201\346\262\241\346\234\211\345\217\257"
            "\350\257\273\347\232\204\346\225\260\346\215\256\346\210\226\345\217\221"
            "\351\200\201\347\274\223\345\206\262\345\214\272\345\267\262\346\273\241"
            "\343\200\202\345\234\250\351\230\273\345\241\236\345\245\227\346\216\245"
            "\345\255\227\344\270\212\357\274\214\345\246\202\346\236\234 "
            "SO_RCVTIMEO \346\210\226 SO_SNDTIMEO "
            "\350\266\205\346\227\266\345\210\260\346\234\237\346\227\266\350\277\230"
            "\346\262\241\346\234\211\344\274\240\350\276\223\344\273\273\344\275\225"
            "\346\225\260\346\215\256\357\274\214accept\343\200\201recv \345\222\214 "
            "send "
            "\344\271\237\344\274\232\346\212\245\345\221\212\346\255\244\351\224\231\350\257\257"
            "\343\200\202\345\234\250\345\260\232\346\234\252\347\273\221\345\256\232"
            "\347\232\204 UDP "
            "\345\245\227\346\216\245\345\255\227\344\270\212\345\217\221\351\200\201"
            "\346\227\266\357\274\214\350\213\245\346\262\241\346\234\211\347\251\272"
            "\351\227\262\347\232\204\344\270\264\346\227\266\347\253\257\345\217\243"
            "\344\271\237\344\274\232\346\212\245\345\221\212\345\256\203\357\274\210"
            "IP \345\245\227\346\216\245\345\255\227\344\270\212\347\232\204 connect "
            "\345\257\271\346\255\244\346\212\245\345\221\212 "
            "EADDRNOTAVAIL\357\274\211\343\200\202\345\257\271 connect "
            "\350\200\214\350\250\200\357\274\214\345\256\203\350\241\250\347\244\272"
            "\351\235\236\351\230\273\345\241\236\347\232\204 Unix "
            "\345\237\237\345\245\227\346\216\245\345\255\227\346\227\240\346\263\225"
            "\347\253\213\345\215\263\350\277\236\346\216\245\357\274\214\346\210\226"
            "\350\200\205\345\234\250\345\205\266\344\273\226\345\234\260\345\235\200"
            "\346\227\217\344\270\255\350\267\257\347\224\261\347\274\223\345\255\230"
            "\346\235\241\347\233\256\344\270\215\350\266\263\357\274\233\350\277\231"
            "\346\254\241\350\277\236\346\216\245\345\260\235\350\257\225\345\267\262"
            "\347\273\217\345\244\261\350\264\245\357\274\214\350\200\214\344\270\215"
            "\346\230\257\345\267\262\347\273\217\345\274\200\345\247\213\343\200\202"
            "\345\257\271\351\235\236\351\230\273\345\241\236\345\245\227\346\216\245"
            "\345\255\227\346\210\226\345\270\246 MSG_DONTWAIT "
            "\347\232\204\350\260\203\347\224\250\357\274\214\350\257\267\347\255\211"
            " poll \346\210\226 select "
            "\346\212\245\345\221\212\345\245\227\346\216\245\345\255\227\345\260\261"
            "\347\273\252\345\220\216\345\206\215\350\260\203\347\224\250\343\200\202"
            "\345\246\202\346\236\234\346\230\257\346\262\241\346\234\211\347\251\272"
            "\351\227\262\347\232\204\344\270\264\346\227\266\347\253\257\345\217\243"
            "\357\274\214\350\257\267\345\205\263\351\227\255\344\270\215\345\206\215"
            "\344\275\277\347\224\250\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\214\346\210\226\346\211\251\345\244\247 "
            "ip_local_port_range\343\200\202connect \350\277\224\345\233\236 EAGAIN "
            "\345\220\216\357\274\214\350\257\267\347\250\215\345\220\216\351\207\215"
            "\350\257\225\357\274\214\345\217\257\347\247\273\346\244\215\347\232\204"
            "\344\273\243\347\240\201\345\272\224\346\224\271\347\224\250\346\226\260"
            "\347\232\204\345\245\227\346\216\245\345\255\227\357\274\214\345\233\240"
            "\344\270\272 connect "
            "\345\244\261\350\264\245\345\220\216\345\245\227\346\216\245\345\255\227"
            "\347\232\204\347\212\266\346\200\201\346\230\257\344\270\215\347\241\256"
            "\345\256\232\347\232\204\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CONNECT,
        },
        /* ENOTDIR */
        {
            "ENOTDIR",
            "WMKC_NET_ERR_ENOTDIR",
            "a component of the socket path is not a directory",
            "bind could not resolve the Unix socket path: a component of its "
            "directory prefix exists but is not a directory. Linux resolves the path "
            "one component at a time, and every component before the last must be a "
            "directory or a symbolic link to a directory; here one of them is a file "
            "or other non-directory, or a symbolic link that leads to a "
            "non-directory. Fix the path so that every component before the last is "
            "a directory.",
            "\350\267\257\345\276\204\345\211\215\347\274\200\347\232\204\347\273\204"
            "\344\273\266\344\270\215\346\230\257\347\233\256\345\275\225",
            "bind \346\227\240\346\263\225\350\247\243\346\236\220 Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\357\274\232"
            "\345\205\266\347\233\256\345\275\225\345\211\215\347\274\200\344\270\255"
            "\346\234\211\344\270\200\344\270\252\347\273\204\344\273\266\345\255\230"
            "\345\234\250\357\274\214\344\275\206\344\270\215\346\230\257\347\233\256"
            "\345\275\225\343\200\202Linux "
            "\351\200\220\344\270\252\347\273\204\344\273\266\350\247\243\346\236\220"
            "\350\267\257\345\276\204\357\274\214\346\234\200\345\220\216\344\270\200"
            "\344\270\252\347\273\204\344\273\266\344\271\213\345\211\215\347\232\204"
            "\346\257\217\344\270\252\347\273\204\344\273\266\351\203\275\345\277\205"
            "\351\241\273\346\230\257\347\233\256\345\275\225\346\210\226\346\214\207"
            "\345\220\221\347\233\256\345\275\225\347\232\204\347\254\246\345\217\267"
            "\351\223\276\346\216\245\357\274\233\350\277\231\351\207\214\346\234\211"
            "\344\270\200\344\270\252\347\273\204\344\273\266\346\230\257\346\226\207"
            "\344\273\266\346\210\226\345\205\266\344\273\226\351\235\236\347\233\256"
            "\345\275\225\351\241\271\357\274\214\346\210\226\350\200\205\346\230\257"
            "\346\214\207\345\220\221\351\235\236\347\233\256\345\275\225\351\241\271"
            "\347\232\204\347\254\246\345\217\267\351\223\276\346\216\245\343\200\202"
            "\350\257\267\344\277\256\346\255\243\350\267\257\345\276\204\357\274\214"
            "\344\275\277\346\234\200\345\220\216\344\270\200\344\270\252\347\273\204"
            "\344\273\266\344\271\213\345\211\215\347\232\204\346\257\217\344\270\252"
            "\347\273\204\344\273\266\351\203\275\346\230\257\347\233\256\345\275\225"
            "\343\200\202",
            WMKC_NET_OP_BIND,
        },
        /* ENAMETOOLONG */
        {
            "ENAMETOOLONG",
            "WMKC_NET_ERR_ENAMETOOLONG",
            "socket path too long",
            "bind could not resolve the Unix socket path because a name in it, or "
            "the path its symbolic links lead to, is too long. On Linux this comes "
            "from path resolution: a file name in the path is longer than the file "
            "system allows, or a symbolic link in it leads to such a name or makes "
            "the resolved path too long. The size of sun_path (108 bytes on Linux) "
            "is not the cause: a longer path does not fit the address, and bind "
            "rejects an address longer than the structure with EINVAL. Shorten the "
            "name that is too long or fix the symbolic link that leads to it, or "
            "bind to a path that does not go through such links.",
            "\345\234\260\345\235\200\345\244\252\351\225\277",
            "bind \346\227\240\346\263\225\350\247\243\346\236\220 Unix "
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\357\274\214"
            "\345\233\240\344\270\272\350\267\257\345\276\204\344\270\255\347\232\204"
            "\346\237\220\344\270\252\345\220\215\347\247\260\350\277\207\351\225\277"
            "\357\274\214\346\210\226\350\200\205\345\205\266\344\270\255\347\232\204"
            "\347\254\246\345\217\267\351\223\276\346\216\245\350\247\243\346\236\220"
            "\345\207\272\347\232\204\350\267\257\345\276\204\350\277\207\351\225\277"
            "\343\200\202\345\234\250 Linux "
            "\344\270\212\357\274\214\350\277\231\344\270\252\351\224\231\350\257\257"
            "\346\235\245\350\207\252\350\267\257\345\276\204\350\247\243\346\236\220"
            "\357\274\232\350\267\257\345\276\204\344\270\255\347\232\204\346\237\220"
            "\344\270\252\346\226\207\344\273\266\345\220\215\350\266\205\345\207\272"
            "\344\272\206\346\226\207\344\273\266\347\263\273\347\273\237\345\205\201"
            "\350\256\270\347\232\204\351\225\277\345\272\246\357\274\214\346\210\226"
            "\350\200\205\350\267\257\345\276\204\344\270\255\347\232\204\346\237\220"
            "\344\270\252\347\254\246\345\217\267\351\223\276\346\216\245\346\214\207"
            "\345\220\221\350\277\231\346\240\267\347\232\204\345\220\215\347\247\260"
            "\357\274\214\346\210\226\344\275\277\350\247\243\346\236\220\345\220\216"
            "\347\232\204\350\267\257\345\276\204\350\277\207\351\225\277\343\200\202"
            "\345\216\237\345\233\240\344\270\215\345\234\250\344\272\216 sun_path "
            "\347\232\204\345\244\247\345\260\217\357\274\210\345\234\250 Linux "
            "\344\270\212\344\270\272 108 "
            "\345\255\227\350\212\202\357\274\211\357\274\232\346\233\264\351\225\277"
            "\347\232\204\350\267\257\345\276\204\346\224\276\344\270\215\350\277\233"
            "\345\234\260\345\235\200\347\273\223\346\236\204\357\274\214bind "
            "\344\274\232\344\273\245 EINVAL "
            "\346\213\222\347\273\235\350\266\205\345\207\272\350\257\245\347\273\223"
            "\346\236\204\351\225\277\345\272\246\347\232\204\345\234\260\345\235\200"
            "\343\200\202\350\257\267\347\274\251\347\237\255\350\277\207\351\225\277"
            "\347\232\204\345\220\215\347\247\260\346\210\226\344\277\256\346\255\243"
            "\346\214\207\345\220\221\345\256\203\347\232\204\347\254\246\345\217\267"
            "\351\223\276\346\216\245\357\274\214\346\210\226\350\200\205\347\273\221"
            "\345\256\232\345\210\260\344\270\200\344\270\252\344\270\215\347\273\217"
            "\350\277\207\350\277\231\347\261\273\351\223\276\346\216\245\347\232\204"
            "\350\267\257\345\276\204\343\200\202",
            WMKC_NET_OP_BIND,
        },
        /* EDESTADDRREQ */
        {
            "EDESTADDRREQ",
            "WMKC_NET_ERR_EDESTADDRREQ",
            "destination address required",
            "The socket is not connected and no destination address was given, so "
            "the data has nowhere to go. The usual cause is a datagram socket, which "
            "is not connection-mode, used with send instead of sendto before any "
            "connect gave it a default peer. Pass the address with sendto, or "
            "connect the socket to a default peer first.",
            "\345\245\227\346\216\245\345\255\227\344\270\215\346\230\257\350\277\236"
            "\346\216\245\346\250\241\345\274\217\357\274\214\345\271\266\344\270\224"
            "\346\262\241\346\234\211\350\256\276\347\275\256\345\257\271\347\255\211"
            "\345\234\260\345\235\200\343\200\202",
            "\345\245\227\346\216\245\345\255\227\346\234\252\350\277\236\346\216\245"
            "\357\274\214\344\271\237\346\262\241\346\234\211\347\273\231\345\207\272"
            "\347\233\256\346\240\207\345\234\260\345\235\200\357\274\214\346\225\260"
            "\346\215\256\346\227\240\345\244\204\345\217\257\345\217\221\343\200\202"
            "\345\270\270\350\247\201\345\216\237\345\233\240\346\230\257\345\257\271"
            "\346\225\260\346\215\256\346\212\245\345\245\227\346\216\245\345\255\227"
            "\357\274\210\345\256\203\344\270\215\346\230\257\350\277\236\346\216\245"
            "\346\250\241\345\274\217\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\211\344\275\277\347\224\250\344\272\206 send "
            "\350\200\214\344\270\215\346\230\257 "
            "sendto\357\274\214\350\200\214\346\255\244\345\211\215\344\271\237\346\262\241"
            "\346\234\211\347\224\250 connect "
            "\344\270\272\345\256\203\350\256\276\345\256\232\351\273\230\350\256\244"
            "\345\257\271\347\253\257\343\200\202\350\257\267\347\224\250 sendto "
            "\344\274\240\345\205\245\347\233\256\346\240\207\345\234\260\345\235\200"
            "\357\274\214\346\210\226\350\200\205\345\205\210\347\224\250 connect "
            "\344\270\272\345\245\227\346\216\245\345\255\227\350\256\276\345\256\232"
            "\351\273\230\350\256\244\345\257\271\347\253\257\343\200\202",
            WMKC_NET_OP_SEND,
        },
        /* ENETDOWN */
        {
            "ENETDOWN",
            "WMKC_NET_ERR_ENETDOWN",
            "network subsystem or interface is down",
            "The network subsystem has failed; the call and its arguments are not at "
            "fault. The protocol stack under Winsock, the network interface or the "
            "local network itself is not working. From socket it can also mean that "
            "the associated service provider failed. Check the network adapter, its "
            "driver and the network connection, and for socket also the installed "
            "providers, which netsh winsock show catalog lists; a later retry may "
            "succeed once the network works again.",
            "\347\275\221\347\273\234\345\255\220\347\263\273\347\273\237\345\217\221"
            "\347\224\237\346\225\205\351\232\234",
            "\347\275\221\347\273\234\345\255\220\347\263\273\347\273\237\345\217\221"
            "\347\224\237\346\225\205\351\232\234\357\274\233\351\227\256\351\242\230"
            "\344\270\215\345\234\250\350\260\203\347\224\250\346\234\254\350\272\253"
            "\345\217\212\345\205\266\345\217\202\346\225\260\343\200\202Winsock "
            "\345\272\225\345\261\202\347\232\204\345\215\217\350\256\256\346\240\210"
            "\343\200\201\347\275\221\347\273\234\346\216\245\345\217\243\346\210\226"
            "\346\234\254\345\234\260\347\275\221\347\273\234\346\234\254\350\272\253"
            "\346\227\240\346\263\225\345\267\245\344\275\234\343\200\202\345\257\271"
            " socket "
            "\350\260\203\347\224\250\350\200\214\350\250\200\357\274\214\344\271\237\345\217\257"
            "\350\203\275\346\230\257\347\233\270\345\205\263\347\232\204\346\234\215"
            "\345\212\241\346\217\220\344\276\233\350\200\205\345\207\272\351\224\231"
            "\343\200\202\350\257\267\346\243\200\346\237\245\347\275\221\347\273\234"
            "\351\200\202\351\205\215\345\231\250\343\200\201\345\205\266\351\251\261"
            "\345\212\250\347\250\213\345\272\217\345\222\214\347\275\221\347\273\234"
            "\350\277\236\346\216\245\357\274\233\345\257\271 "
            "socket\357\274\214\350\277\230\350\246\201\346\243\200\346\237\245\345\267\262"
            "\345\256\211\350\243\205\347\232\204\346\234\215\345\212\241\346\217\220"
            "\344\276\233\350\200\205\357\274\210\345\217\257\347\224\250 netsh "
            "winsock show catalog "
            "\345\210\227\345\207\272\357\274\211\343\200\202\347\275\221\347\273\234"
            "\346\201\242\345\244\215\345\220\216\357\274\214\347\250\215\345\220\216"
            "\351\207\215\350\257\225\345\217\257\350\203\275\346\210\220\345\212\237"
            "\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_SOCKET
            | WMKC_NET_OP_CONNECT,
        },
        /* ESHUTDOWN */
        {
            "ESHUTDOWN",
            "WMKC_NET_ERR_ESHUTDOWN",
            "socket already shut down in that direction",
            "That direction of the socket was already shut down with shutdown, so "
            "the send or receive was refused. send reports it after shutdown with "
            "SD_SEND or SD_BOTH, and recv after shutdown with SD_RECEIVE or SD_BOTH: "
            "the program's calls are out of order. Do not send or receive in a "
            "direction the program has shut down, since a direction once shut down "
            "cannot be enabled again on that connection, and close the socket with "
            "closesocket when done.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\350\242\253shutdown\345\207\275"
            "\346\225\260\345\205\263\351\227\255",
            "\350\257\245\345\245\227\346\216\245\345\255\227\347\232\204\350\277\231"
            "\344\270\252\346\226\271\345\220\221\345\267\262\347\273\217\347\224\250"
            " shutdown "
            "\345\205\263\351\227\255\357\274\214\345\233\240\346\255\244\345\217\221\351\200\201"
            "\346\210\226\346\216\245\346\224\266\350\242\253\346\213\222\347\273\235"
            "\343\200\202\344\273\245 SD_SEND \346\210\226 SD_BOTH "
            "\350\260\203\347\224\250 shutdown "
            "\344\271\213\345\220\216\345\206\215\350\260\203\347\224\250 "
            "send\357\274\214\346\210\226\344\273\245 SD_RECEIVE \346\210\226 "
            "SD_BOTH \350\260\203\347\224\250 shutdown "
            "\344\271\213\345\220\216\345\206\215\350\260\203\347\224\250 "
            "recv\357\274\214\351\203\275\344\274\232\346\212\245\345\221\212\346\255\244"
            "\351\224\231\350\257\257\357\274\232\350\277\231\350\257\264\346\230\216"
            "\347\250\213\345\272\217\347\232\204\350\260\203\347\224\250\351\241\272"
            "\345\272\217\346\234\211\350\257\257\343\200\202\344\270\215\350\246\201"
            "\345\234\250\345\267\262\345\205\263\351\227\255\347\232\204\346\226\271"
            "\345\220\221\344\270\212\345\217\221\351\200\201\346\210\226\346\216\245"
            "\346\224\266\357\274\214\345\233\240\344\270\272\345\234\250\350\277\231"
            "\344\270\252\350\277\236\346\216\245\344\270\212\346\227\240\346\263\225"
            "\351\207\215\346\226\260\345\220\257\347\224\250\350\257\245\346\226\271"
            "\345\220\221\357\274\233\347\224\250\345\256\214\345\220\216\347\224\250"
            " closesocket "
            "\345\205\263\351\227\255\345\245\227\346\216\245\345\255\227\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV,
        },
        /* EHOSTUNREACH */
        {
            "EHOSTUNREACH",
            "WMKC_NET_ERR_EHOSTUNREACH",
            "no route to the host",
            "No route to the remote host: connect or send was aimed at a host that "
            "cannot be reached from this host at this time. Usually the system knows "
            "no route to that host, as with ENETUNREACH but for one host rather than "
            "a whole network. Check the address, the routing table and default "
            "gateway, and that the host is up and connected; retry once it can be "
            "reached, with a new socket after a failed connect.",
            "\346\255\244\346\227\266\346\227\240\346\263\225\344\273\216\346\255\244"
            "\344\270\273\346\234\272\350\256\277\351\227\256\350\277\234\347\250\213"
            "\344\270\273\346\234\272",
            "\346\262\241\346\234\211\351\200\232\345\276\200\350\277\234\347\250\213"
            "\344\270\273\346\234\272\347\232\204\350\267\257\347\224\261\357\274\232"
            "connect \346\210\226 send "
            "\347\232\204\347\233\256\346\240\207\344\270\273\346\234\272\346\255\244"
            "\346\227\266\346\227\240\346\263\225\344\273\216\346\234\254\346\234\272"
            "\345\210\260\350\276\276\343\200\202\351\200\232\345\270\270\346\230\257"
            "\347\263\273\347\273\237\344\270\215\347\237\245\351\201\223\351\200\232"
            "\345\276\200\350\257\245\344\270\273\346\234\272\347\232\204\350\267\257"
            "\347\224\261\357\274\214\344\270\216 ENETUNREACH "
            "\347\261\273\344\274\274\357\274\214\345\217\252\346\230\257\351\222\210"
            "\345\257\271\345\215\225\344\270\252\344\270\273\346\234\272\350\200\214"
            "\344\270\215\346\230\257\346\225\264\344\270\252\347\275\221\347\273\234"
            "\343\200\202\350\257\267\346\243\200\346\237\245\345\234\260\345\235\200"
            "\343\200\201\350\267\257\347\224\261\350\241\250\345\222\214\351\273\230"
            "\350\256\244\347\275\221\345\205\263\357\274\214\345\271\266\347\241\256"
            "\350\256\244\350\257\245\344\270\273\346\234\272\345\267\262\345\274\200"
            "\346\234\272\345\271\266\346\216\245\345\205\245\347\275\221\347\273\234"
            "\357\274\233\345\276\205\344\270\273\346\234\272\345\217\257\344\273\245"
            "\345\210\260\350\276\276\345\220\216\351\207\215\350\257\225\357\274\214"
            "connect "
            "\345\244\261\350\264\245\345\220\216\345\272\224\344\275\277\347\224\250\346\226\260"
            "\347\232\204\345\245\227\346\216\245\345\255\227\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* NOTINITIALISED */
        {
            "NOTINITIALISED",
            "WMKC_NET_ERR_NOTINITIALISED",
            "WSAStartup has not been called successfully",
            "Winsock is not initialised in this process: no successful WSAStartup is "
            "in effect, and a socket call needs one. WSAStartup was never called or "
            "failed, or WSACleanup has since been called as many times as WSAStartup "
            "succeeded (by another library, for example), which released Winsock. It "
            "can also mean that the program uses a socket that another task "
            "(process) owns, that is, one shared between tasks. Call WSAStartup "
            "successfully before the first socket call, and make exactly one "
            "WSACleanup for each successful WSAStartup, only once that code is done "
            "with sockets.",
            "\346\234\252\345\256\214\346\210\220\345\257\271WSAStartup\345\207\275\346\225\260"
            "\347\232\204\350\260\203\347\224\250",
            "\346\234\254\350\277\233\347\250\213\344\270\255\347\232\204 Winsock "
            "\346\234\252\345\210\235\345\247\213\345\214\226\357\274\232\345\275\223"
            "\345\211\215\346\262\241\346\234\211\347\224\237\346\225\210\347\232\204"
            "\346\210\220\345\212\237 WSAStartup "
            "\350\260\203\347\224\250\357\274\214\350\200\214\345\245\227\346\216\245"
            "\345\255\227\350\260\203\347\224\250\351\234\200\350\246\201\345\256\203"
            "\343\200\202\344\273\216\346\234\252\350\260\203\347\224\250 WSAStartup "
            "\346\210\226\350\260\203\347\224\250\345\244\261\350\264\245\357\274\214"
            "\346\210\226\350\200\205\346\255\244\345\220\216\350\260\203\347\224\250"
            " WSACleanup "
            "\347\232\204\346\254\241\346\225\260\345\267\262\344\270\216 WSAStartup "
            "\346\210\220\345\212\237\347\232\204\346\254\241\346\225\260\347\233\270"
            "\345\220\214\357\274\210\344\276\213\345\246\202\347\224\261\345\217\246"
            "\344\270\200\344\270\252\345\272\223\350\260\203\347\224\250\357\274\211"
            "\357\274\214\344\273\216\350\200\214\351\207\212\346\224\276\344\272\206"
            " "
            "Winsock\343\200\202\344\271\237\345\217\257\350\203\275\346\230\257\347\250\213\345\272\217"
            "\344\275\277\347\224\250\344\272\206\345\217\246\344\270\200\344\270\252"
            "\344\273\273\345\212\241\357\274\210\350\277\233\347\250\213\357\274\211"
            "\346\211\200\346\213\245\346\234\211\347\232\204\345\245\227\346\216\245"
            "\345\255\227\357\274\214\345\215\263\345\234\250\344\273\273\345\212\241"
            "\344\271\213\351\227\264\345\205\261\344\272\253\344\272\206\345\245\227"
            "\346\216\245\345\255\227\343\200\202\350\257\267\345\234\250\347\254\254"
            "\344\270\200\346\254\241\345\245\227\346\216\245\345\255\227\350\260\203"
            "\347\224\250\344\271\213\345\211\215\346\210\220\345\212\237\350\260\203"
            "\347\224\250 "
            "WSAStartup\357\274\214\345\271\266\344\270\272\346\257\217\346\254\241\346\210\220"
            "\345\212\237\347\232\204 WSAStartup "
            "\346\201\260\345\245\275\350\260\203\347\224\250\344\270\200\346\254\241"
            " "
            "WSACleanup\357\274\214\344\270\224\345\217\252\345\234\250\347\233\270\345\272\224\344\273\243"
            "\347\240\201\344\270\215\345\206\215\344\275\277\347\224\250\345\245\227"
            "\346\216\245\345\255\227\346\227\266\350\260\203\347\224\250\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_SOCKET
            | WMKC_NET_OP_CONNECT,
        },
        /* ESOCKTNOSUPPORT */
        {
            "ESOCKTNOSUPPORT",
            "WMKC_NET_ERR_ESOCKTNOSUPPORT",
            "socket type not supported in this address family",
            "The address family does not support the socket type asked for. The "
            "usual case is an optional type such as SOCK_RAW, which the provider for "
            "that family does not support at all. Use a type the family provides "
            "(SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6); netsh winsock "
            "show catalog lists the installed providers with the address families, "
            "socket types and protocols they support.",
            "\346\255\244\345\234\260\345\235\200\346\227\217\344\270\215\346\224\257"
            "\346\214\201\346\214\207\345\256\232\347\232\204\345\245\227\346\216\245"
            "\345\255\227\347\261\273\345\236\213",
            "\350\257\245\345\234\260\345\235\200\346\227\217\344\270\215\346\224\257"
            "\346\214\201\346\211\200\350\257\267\346\261\202\347\232\204\345\245\227"
            "\346\216\245\345\255\227\347\261\273\345\236\213\343\200\202\345\270\270"
            "\350\247\201\346\203\205\345\206\265\346\230\257\350\257\267\346\261\202"
            "\344\272\206 SOCK_RAW "
            "\350\277\231\347\261\273\345\217\257\351\200\211\347\261\273\345\236\213"
            "\357\274\214\350\200\214\350\257\245\345\234\260\345\235\200\346\227\217"
            "\347\232\204\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205"
            "\346\240\271\346\234\254\344\270\215\346\224\257\346\214\201\350\277\231"
            "\347\247\215\345\245\227\346\216\245\345\255\227\343\200\202\350\257\267"
            "\344\275\277\347\224\250\350\257\245\345\234\260\345\235\200\346\227\217"
            "\346\217\220\344\276\233\347\232\204\347\261\273\345\236\213\357\274\210"
            "AF_INET \345\222\214 AF_INET6 \345\217\257\347\224\250 SOCK_STREAM "
            "\346\210\226 SOCK_DGRAM\357\274\211\357\274\233netsh winsock show "
            "catalog "
            "\344\274\232\345\210\227\345\207\272\345\267\262\345\256\211\350\243\205\347\232\204"
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\345\217\212"
            "\345\205\266\346\224\257\346\214\201\347\232\204\345\234\260\345\235\200"
            "\346\227\217\343\200\201\345\245\227\346\216\245\345\255\227\347\261\273"
            "\345\236\213\345\222\214\345\215\217\350\256\256\343\200\202",
            WMKC_NET_OP_SOCKET,
        },
        /* EINVALIDPROVIDER */
        {
            "EINVALIDPROVIDER",
            "WMKC_NET_ERR_EINVALIDPROVIDER",
            "service provider has the wrong version",
            "A Winsock service provider reported a version other than 2.2, so socket "
            "could not use it. The Winsock catalog holds an invalid provider, for "
            "example a layered service provider (LSP) that other networking software "
            "added. List the providers with netsh winsock show catalog, then update "
            "or remove the software that added the invalid one, or reset the catalog "
            "with netsh winsock reset, which removes the layered service providers "
            "that were added.",
            "\346\234\215\345\212\241\346\217\220\344\276\233\345\225\206\350\277\224"
            "\345\233\236\344\272\2062.2\344\273\245\345\244\226\347\232\204\347\211\210"
            "\346\234\254",
            "\346\237\220\344\270\252 Winsock "
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\346\212\245"
            "\345\221\212\347\232\204\347\211\210\346\234\254\344\270\215\346\230\257"
            " 2.2\357\274\214\345\233\240\346\255\244 socket "
            "\346\227\240\346\263\225\344\275\277\347\224\250\345\256\203\343\200\202"
            "Winsock "
            "\347\233\256\345\275\225\344\270\255\346\234\211\346\227\240\346\225\210\347\232\204"
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\357\274\214"
            "\344\276\213\345\246\202\345\205\266\344\273\226\347\275\221\347\273\234"
            "\350\275\257\344\273\266\346\267\273\345\212\240\347\232\204\345\210\206"
            "\345\261\202\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205"
            "\357\274\210LSP\357\274\211\343\200\202\350\257\267\347\224\250 netsh "
            "winsock show catalog "
            "\345\210\227\345\207\272\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\357\274\214\347\204\266\345\220\216\346\233\264\346\226\260"
            "\346\210\226\345\215\270\350\275\275\346\267\273\345\212\240\344\272\206"
            "\346\227\240\346\225\210\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\347\232\204\350\275\257\344\273\266\357\274\214\346\210\226"
            "\350\200\205\347\224\250 netsh winsock reset "
            "\351\207\215\347\275\256\347\233\256\345\275\225\357\274\214\350\257\245"
            "\345\221\275\344\273\244\344\274\232\347\247\273\351\231\244\345\220\216"
            "\346\235\245\346\267\273\345\212\240\347\232\204\345\210\206\345\261\202"
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\343\200\202",
            WMKC_NET_OP_SOCKET,
        },
        /* EINVALIDPROCTABLE */
        {
            "EINVALIDPROCTABLE",
            "WMKC_NET_ERR_EINVALIDPROCTABLE",
            "service provider gave an invalid procedure table",
            "A Winsock service provider returned an invalid or incomplete procedure "
            "table from WSPStartup, so the socket could not be created. The table "
            "Ws2_32.dll received is bogus, usually because one or more of its "
            "function pointers are null: the provider installed in the Winsock "
            "catalog is broken. Update or remove the software that installed the "
            "provider (netsh winsock show catalog lists the providers), or reset the "
            "Winsock catalog with netsh winsock reset, which removes the layered "
            "service providers that were added.",
            "\346\234\215\345\212\241\346\217\220\344\276\233\347\250\213\345\272\217"
            "\345\220\221WSPStartup\350\277\224\345\233\236\344\272\206\346\227\240\346\225\210"
            "\346\210\226\344\270\215\345\256\214\346\225\264\347\232\204\350\277\207"
            "\347\250\213\350\241\250",
            "\346\237\220\344\270\252 Winsock "
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\344\273\216"
            " WSPStartup "
            "\350\277\224\345\233\236\344\272\206\346\227\240\346\225\210\346\210\226"
            "\344\270\215\345\256\214\346\225\264\347\232\204\350\277\207\347\250\213"
            "\350\241\250\357\274\214\345\233\240\346\255\244\346\227\240\346\263\225"
            "\345\210\233\345\273\272\345\245\227\346\216\245\345\255\227\343\200\202"
            "Ws2_32.dll "
            "\346\224\266\345\210\260\347\232\204\350\277\207\347\250\213\350\241\250\346\230\257"
            "\346\227\240\346\225\210\347\232\204\357\274\214\351\200\232\345\270\270"
            "\346\230\257\345\233\240\344\270\272\345\205\266\344\270\255\344\270\200"
            "\344\270\252\346\210\226\345\244\232\344\270\252\345\207\275\346\225\260"
            "\346\214\207\351\222\210\344\270\272\347\251\272\357\274\232Winsock "
            "\347\233\256\345\275\225\344\270\255\345\256\211\350\243\205\347\232\204"
            "\350\277\231\344\270\252\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\345\267\262\346\215\237\345\235\217\343\200\202\350\257\267"
            "\346\233\264\346\226\260\346\210\226\345\215\270\350\275\275\345\256\211"
            "\350\243\205\350\257\245\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\347\232\204\350\275\257\344\273\266\357\274\210netsh "
            "winsock show catalog "
            "\345\217\257\345\210\227\345\207\272\346\234\215\345\212\241\346\217\220"
            "\344\276\233\350\200\205\357\274\211\357\274\214\346\210\226\350\200\205"
            "\347\224\250 netsh winsock reset \351\207\215\347\275\256 Winsock "
            "\347\233\256\345\275\225\357\274\214\350\257\245\345\221\275\344\273\244"
            "\344\274\232\347\247\273\351\231\244\345\220\216\346\235\245\346\267\273"
            "\345\212\240\347\232\204\345\210\206\345\261\202\346\234\215\345\212\241"
            "\346\217\220\344\276\233\350\200\205\343\200\202",
            WMKC_NET_OP_SOCKET,
        },
        /* EPROVIDERFAILEDINIT */
        {
            "EPROVIDERFAILEDINIT",
            "WMKC_NET_ERR_EPROVIDERFAILEDINIT",
            "service provider failed to initialise",
            "A Winsock service provider could not be loaded or initialised, so the "
            "socket could not be created. Its DLL failed to load or its WSPStartup "
            "(NSPStartup for a namespace provider) failed, typically because a "
            "layered service provider (LSP) or namespace provider is installed "
            "wrongly or does not work. Repair or remove the software that installed "
            "it (netsh winsock show catalog lists the providers); netsh winsock "
            "reset removes added layered service providers but leaves namespace "
            "providers in place.",
            "\346\234\215\345\212\241\346\217\220\344\276\233\347\250\213\345\272\217"
            "\346\234\252\350\203\275\345\210\235\345\247\213\345\214\226\343\200\202"
            "\345\246\202\346\236\234\345\210\206\345\261\202\346\234\215\345\212\241"
            "\346\217\220\344\276\233\347\250\213\345\272\217\357\274\210LSP\357\274\211"
            "\346\210\226\345\221\275\345\220\215\347\251\272\351\227\264\346\217\220"
            "\344\276\233\347\250\213\345\272\217\345\256\211\350\243\205\344\270\215"
            "\346\255\243\347\241\256\346\210\226\346\217\220\344\276\233\347\250\213"
            "\345\272\217\346\227\240\346\263\225\346\255\243\345\270\270\350\277\220"
            "\350\241\214\345\210\231\344\274\232\350\277\224\345\233\236\346\255\244"
            "\351\224\231\350\257\257\343\200\202",
            "\346\237\220\344\270\252 Winsock "
            "\346\234\215\345\212\241\346\217\220\344\276\233\350\200\205\346\227\240"
            "\346\263\225\345\212\240\350\275\275\346\210\226\345\210\235\345\247\213"
            "\345\214\226\357\274\214\345\233\240\346\255\244\346\227\240\346\263\225"
            "\345\210\233\345\273\272\345\245\227\346\216\245\345\255\227\343\200\202"
            "\345\256\203\347\232\204 DLL "
            "\345\212\240\350\275\275\345\244\261\350\264\245\357\274\214\346\210\226"
            "\350\200\205\345\256\203\347\232\204 "
            "WSPStartup\357\274\210\345\221\275\345\220\215\347\251\272\351\227\264\346\217\220"
            "\344\276\233\350\200\205\345\210\231\344\270\272 "
            "NSPStartup\357\274\211\345\244\261\350\264\245\357\274\214\351\200\232\345\270\270"
            "\346\230\257\345\233\240\344\270\272\345\210\206\345\261\202\346\234\215"
            "\345\212\241\346\217\220\344\276\233\350\200\205\357\274\210LSP\357\274\211"
            "\346\210\226\345\221\275\345\220\215\347\251\272\351\227\264\346\217\220"
            "\344\276\233\350\200\205\345\256\211\350\243\205\344\270\215\346\255\243"
            "\347\241\256\346\210\226\346\227\240\346\263\225\346\255\243\345\270\270"
            "\345\267\245\344\275\234\343\200\202\350\257\267\344\277\256\345\244\215"
            "\346\210\226\345\215\270\350\275\275\345\256\211\350\243\205\345\256\203"
            "\347\232\204\350\275\257\344\273\266\357\274\210netsh winsock show "
            "catalog "
            "\345\217\257\345\210\227\345\207\272\346\234\215\345\212\241\346\217\220\344\276\233"
            "\350\200\205\357\274\211\357\274\233netsh winsock reset "
            "\344\274\232\347\247\273\351\231\244\345\220\216\346\235\245\346\267\273"
            "\345\212\240\347\232\204\345\210\206\345\261\202\346\234\215\345\212\241"
            "\346\217\220\344\276\233\350\200\205\357\274\214\344\275\206\344\270\215"
            "\344\274\232\346\224\271\345\212\250\345\221\275\345\220\215\347\251\272"
            "\351\227\264\346\217\220\344\276\233\350\200\205\343\200\202",
            WMKC_NET_OP_SOCKET,
        },
    };
    return index < 48u ? &codes[index] : NULL;
}

/* The code the host's value decodes to, or NULL. */
static inline const struct wmkc_net_err_info *wmkc_net_err_lookup(int value)
{
    switch (value) {
#if defined(__linux__)
    case EINTR:
        return wmkc_net_err_at(0);
    case EACCES:
        return wmkc_net_err_at(1);
    case EFAULT:
        return wmkc_net_err_at(2);
    case EINVAL:
        return wmkc_net_err_at(3);
    case EMFILE:
        return wmkc_net_err_at(4);
    case EISCONN:
        return wmkc_net_err_at(5);
    case ENOBUFS:
        return wmkc_net_err_at(6);
    case EALREADY:
        return wmkc_net_err_at(7);
    case ENOTCONN:
        return wmkc_net_err_at(8);
    case EMSGSIZE:
        return wmkc_net_err_at(9);
    case ENOTSOCK:
        return wmkc_net_err_at(10);
    case ETIMEDOUT:
        return wmkc_net_err_at(11);
    case EPROTOTYPE:
        return wmkc_net_err_at(12);
    case EOPNOTSUPP:
        return wmkc_net_err_at(13);
    case EADDRINUSE:
        return wmkc_net_err_at(14);
    case ECONNRESET:
        return wmkc_net_err_at(15);
    case ENETUNREACH:
        return wmkc_net_err_at(16);
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
        return wmkc_net_err_at(17);
#endif
    case EINPROGRESS:
        return wmkc_net_err_at(18);
    case ECONNREFUSED:
        return wmkc_net_err_at(19);
    case ECONNABORTED:
        return wmkc_net_err_at(20);
    case EAFNOSUPPORT:
        return wmkc_net_err_at(21);
    case EADDRNOTAVAIL:
        return wmkc_net_err_at(22);
    case EPROTONOSUPPORT:
        return wmkc_net_err_at(23);
    case EIO:
        return wmkc_net_err_at(24);
    case EPIPE:
        return wmkc_net_err_at(25);
    case EPERM:
        return wmkc_net_err_at(26);
    case EROFS:
        return wmkc_net_err_at(27);
    case EBADF:
        return wmkc_net_err_at(28);
    case ELOOP:
        return wmkc_net_err_at(29);
    case EDQUOT:
        return wmkc_net_err_at(30);
    case ENOSPC:
        return wmkc_net_err_at(31);
    case ENOENT:
        return wmkc_net_err_at(32);
    case ENOMEM:
        return wmkc_net_err_at(33);
    case ENFILE:
        return wmkc_net_err_at(34);
    case EPROTO:
        return wmkc_net_err_at(35);
    case EAGAIN:
        return wmkc_net_err_at(36);
    case ENOTDIR:
        return wmkc_net_err_at(37);
    case ENAMETOOLONG:
        return wmkc_net_err_at(38);
    case EDESTADDRREQ:
        return wmkc_net_err_at(39);
#elif defined(_WIN32)
    case WSAEINTR:
        return wmkc_net_err_at(0);
    case WSAEACCES:
        return wmkc_net_err_at(1);
    case WSAEFAULT:
        return wmkc_net_err_at(2);
    case WSAEINVAL:
        return wmkc_net_err_at(3);
    case WSAEMFILE:
        return wmkc_net_err_at(4);
    case WSAEISCONN:
        return wmkc_net_err_at(5);
    case WSAENOBUFS:
        return wmkc_net_err_at(6);
    case WSAEALREADY:
        return wmkc_net_err_at(7);
    case WSAENOTCONN:
        return wmkc_net_err_at(8);
    case WSAEMSGSIZE:
        return wmkc_net_err_at(9);
    case WSAENOTSOCK:
        return wmkc_net_err_at(10);
    case WSAETIMEDOUT:
        return wmkc_net_err_at(11);
    case WSAEPROTOTYPE:
        return wmkc_net_err_at(12);
    case WSAEOPNOTSUPP:
        return wmkc_net_err_at(13);
    case WSAEADDRINUSE:
        return wmkc_net_err_at(14);
    case WSAECONNRESET:
        return wmkc_net_err_at(15);
    case WSAENETUNREACH:
        return wmkc_net_err_at(16);
    case WSAEWOULDBLOCK:
        return wmkc_net_err_at(17);
    case WSAEINPROGRESS:
        return wmkc_net_err_at(18);
    case WSAECONNREFUSED:
        return wmkc_net_err_at(19);
    case WSAECONNABORTED:
        return wmkc_net_err_at(20);
    case WSAEAFNOSUPPORT:
        return wmkc_net_err_at(21);
    case WSAEADDRNOTAVAIL:
        return wmkc_net_err_at(22);
    case WSAEPROTONOSUPPORT:
        return wmkc_net_err_at(23);
    case WSAENETDOWN:
        return wmkc_net_err_at(40);
    case WSAESHUTDOWN:
        return wmkc_net_err_at(41);
    case WSAEHOSTUNREACH:
        return wmkc_net_err_at(42);
    case WSANOTINITIALISED:
        return wmkc_net_err_at(43);
    case WSAESOCKTNOSUPPORT:
        return wmkc_net_err_at(44);
    case WSAEINVALIDPROVIDER:
        return wmkc_net_err_at(45);
    case WSAEINVALIDPROCTABLE:
        return wmkc_net_err_at(46);
    case WSAEPROVIDERFAILEDINIT:
        return wmkc_net_err_at(47);
#endif
    default:
        return NULL;
    }
}

/* The name ("ECONNRESET") of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_name(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->name : NULL;
}

/* The full name ("WMKC_NET_ERR_ECONNRESET") of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_code(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->code : NULL;
}

/* The one-line English summary of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_summary(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->summary : NULL;
}

/* The English explanation of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_en(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->en : NULL;
}

/* The user's Chinese text (UTF-8) of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_zh(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->zh : NULL;
}

/* The Chinese explanation (UTF-8) of the code the value decodes to, as full
 * as the English one, or NULL. */
static inline const char *wmkc_net_err_zh_explanation(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->zh_explanation : NULL;
}

/* The WMKC_NET_OP_* bits of the operations that report the code, or 0. */
static inline unsigned wmkc_net_err_operations(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->operations : 0u;
}

/* The name of one WMKC_NET_OP_* bit ("connect"), or NULL. */
static inline const char *wmkc_net_err_operation_name(unsigned operation)
{
    switch (operation) {
    case WMKC_NET_OP_ACCEPT:
        return "accept";
    case WMKC_NET_OP_BIND:
        return "bind";
    case WMKC_NET_OP_CLOSE:
        return "close";
    case WMKC_NET_OP_CLOSESOCKET:
        return "closesocket";
    case WMKC_NET_OP_CONNECT:
        return "connect";
    case WMKC_NET_OP_LISTEN:
        return "listen";
    case WMKC_NET_OP_RECV:
        return "recv";
    case WMKC_NET_OP_SEND:
        return "send";
    case WMKC_NET_OP_SHUTDOWN:
        return "shutdown";
    case WMKC_NET_OP_SOCKET:
        return "socket";
    default:
        return NULL;
    }
}

#endif /* WMKC_NET_ERR_H_INCLUDED */
