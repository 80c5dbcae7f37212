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
 *   WMKC_NET_ERR_<NAME>               a code's value, as the host's own symbol
 *   WMKC_NET_OP_<OPERATION>           one bit per socket operation
 *   wmkc_net_err_name(value)          "ECONNRESET"
 *   wmkc_net_err_code(value)          "WMKC_NET_ERR_ECONNRESET"
 *   wmkc_net_err_summary(value)       one English line
 *   wmkc_net_err_en(value)            the English explanation
 *   wmkc_net_err_zh(value)            the Chinese text, UTF-8
 *   wmkc_net_err_operations(value)    WMKC_NET_OP_* bits of its operations
 *   wmkc_net_err_lookup(value)        all of these in one struct wmkc_net_err_info
 *   wmkc_net_err_operation_name(bit)  "connect" for WMKC_NET_OP_CONNECT
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
   would clash; winerror.h has the codes. */
#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_)
#include <winerror.h>
#else
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
#define WMKC_NET_ERR_EMFILE              EMFILE          /* too many open descriptors in this process */
#define WMKC_NET_ERR_EISCONN             EISCONN         /* socket is already connected */
#define WMKC_NET_ERR_ENOBUFS             ENOBUFS         /* no buffer space available */
#define WMKC_NET_ERR_EALREADY            EALREADY        /* a connection attempt is already in progress */
#define WMKC_NET_ERR_ENOTCONN            ENOTCONN        /* socket is not connected */
#define WMKC_NET_ERR_EMSGSIZE            EMSGSIZE        /* message too long for the socket or buffer */
#define WMKC_NET_ERR_ENOTSOCK            ENOTSOCK        /* descriptor is not a socket */
#define WMKC_NET_ERR_ETIMEDOUT           ETIMEDOUT       /* connection timed out */
#define WMKC_NET_ERR_EPROTOTYPE          EPROTOTYPE      /* protocol does not fit the socket type */
#define WMKC_NET_ERR_EOPNOTSUPP          EOPNOTSUPP      /* operation not supported by this kind of socket */
#define WMKC_NET_ERR_EADDRINUSE          EADDRINUSE      /* local address already in use */
#define WMKC_NET_ERR_ECONNRESET          ECONNRESET      /* connection reset by the peer */
#define WMKC_NET_ERR_ENETUNREACH         ENETUNREACH     /* network is unreachable */
#define WMKC_NET_ERR_EWOULDBLOCK         EWOULDBLOCK     /* operation would block on a non-blocking socket */
#define WMKC_NET_ERR_EINPROGRESS         EINPROGRESS     /* operation now in progress */
#define WMKC_NET_ERR_ECONNREFUSED        ECONNREFUSED    /* connection refused by the peer */
#define WMKC_NET_ERR_ECONNABORTED        ECONNABORTED    /* connection aborted on this host */
#define WMKC_NET_ERR_EAFNOSUPPORT        EAFNOSUPPORT    /* address family not supported */
#define WMKC_NET_ERR_EADDRNOTAVAIL       EADDRNOTAVAIL   /* address not available on this host */
#define WMKC_NET_ERR_EPROTONOSUPPORT     EPROTONOSUPPORT /* protocol not supported */
#define WMKC_NET_ERR_EIO                 EIO             /* input/output error while closing */
#define WMKC_NET_ERR_EPIPE               EPIPE           /* broken pipe: the connection is closed for sending */
#define WMKC_NET_ERR_EPERM               EPERM           /* operation not permitted by a firewall or policy */
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
#define WMKC_NET_ERR_EMFILE              WSAEMFILE              /* too many open descriptors in this process */
#define WMKC_NET_ERR_EISCONN             WSAEISCONN             /* socket is already connected */
#define WMKC_NET_ERR_ENOBUFS             WSAENOBUFS             /* no buffer space available */
#define WMKC_NET_ERR_EALREADY            WSAEALREADY            /* a connection attempt is already in progress */
#define WMKC_NET_ERR_ENOTCONN            WSAENOTCONN            /* socket is not connected */
#define WMKC_NET_ERR_EMSGSIZE            WSAEMSGSIZE            /* message too long for the socket or buffer */
#define WMKC_NET_ERR_ENOTSOCK            WSAENOTSOCK            /* descriptor is not a socket */
#define WMKC_NET_ERR_ETIMEDOUT           WSAETIMEDOUT           /* connection timed out */
#define WMKC_NET_ERR_EPROTOTYPE          WSAEPROTOTYPE          /* protocol does not fit the socket type */
#define WMKC_NET_ERR_EOPNOTSUPP          WSAEOPNOTSUPP          /* operation not supported by this kind of socket */
#define WMKC_NET_ERR_EADDRINUSE          WSAEADDRINUSE          /* local address already in use */
#define WMKC_NET_ERR_ECONNRESET          WSAECONNRESET          /* connection reset by the peer */
#define WMKC_NET_ERR_ENETUNREACH         WSAENETUNREACH         /* network is unreachable */
#define WMKC_NET_ERR_EWOULDBLOCK         WSAEWOULDBLOCK         /* operation would block on a non-blocking socket */
#define WMKC_NET_ERR_EINPROGRESS         WSAEINPROGRESS         /* operation now in progress */
#define WMKC_NET_ERR_ECONNREFUSED        WSAECONNREFUSED        /* connection refused by the peer */
#define WMKC_NET_ERR_ECONNABORTED        WSAECONNABORTED        /* connection aborted on this host */
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
    const char *zh;         /* the Chinese text, UTF-8 */
    unsigned operations;    /* WMKC_NET_OP_* bits */
};

/* The code the host's value decodes to, or NULL. */
static inline const struct wmkc_net_err_info *wmkc_net_err_lookup(int value)
{
    static const struct wmkc_net_err_info codes[48] = {
        /* EINTR */
        {
            "EINTR",
            "WMKC_NET_ERR_EINTR",
            "interrupted before the call could finish",
            "A blocking call was interrupted before it finished. On Linux a signal "
            "handler ran: retry accept, send, recv or shutdown (or install the "
            "handler with SA_RESTART), but never retry close, whose descriptor is "
            "already released, and do not repeat a connect, which goes on in the "
            "background: wait until the socket is writable and read SO_ERROR. On "
            "Windows a blocking call usually fails this way because another thread "
            "closed the socket, so the socket must not be used again.",
            "\346\211\247\350\241\214\347\232\204\350\260\203\347\224\250\350\242\253"
            "\346\223\215\344\275\234\347\263\273\347\273\237\346\210\252\346\226\255"
            "\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_CLOSE | WMKC_NET_OP_CONNECT,
        },
        /* EACCES */
        {
            "EACCES",
            "WMKC_NET_ERR_EACCES",
            "permission denied for this address or socket",
            "The system refused the call on permission grounds. On Linux the usual "
            "causes are a port below 1024 without CAP_NET_BIND_SERVICE, a Unix "
            "socket path in a directory the process may not search or write, a "
            "broadcast address without SO_BROADCAST, or a firewall or security "
            "policy (SELinux) rule. On Windows they are a port another socket holds "
            "with SO_EXCLUSIVEADDRUSE, a port in a range the system reserved (netsh "
            "interface ipv4 show excludedportrange), or a broadcast address without "
            "SO_BROADCAST. Choose another port or address, set SO_BROADCAST, or "
            "grant the missing permission; the same call fails again otherwise.",
            "\344\273\245\344\270\215\350\242\253\345\205\201\350\256\270\347\232\204"
            "\346\226\271\345\274\217\350\256\277\351\227\256\345\245\227\346\216\245"
            "\345\255\227\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_SEND | WMKC_NET_OP_SOCKET
            | WMKC_NET_OP_CONNECT,
        },
        /* EFAULT */
        {
            "EFAULT",
            "WMKC_NET_ERR_EFAULT",
            "bad address or buffer argument",
            "A pointer argument (the socket address, its length, or the data buffer) "
            "points outside the memory the process may access. On Windows it also "
            "means an address length too small for the family, or an address whose "
            "family differs from the socket's. It is a bug in the calling code: "
            "check the pointers and lengths passed.",
            "\345\234\260\345\235\200\346\214\207\345\220\221\344\272\206\347\224\250"
            "\346\210\267\347\232\204\344\270\215\345\217\257\350\256\277\351\227\256"
            "\347\232\204\345\234\260\345\235\200\347\251\272\351\227\264\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* EINVAL */
        {
            "EINVAL",
            "WMKC_NET_ERR_EINVAL",
            "invalid argument or wrong socket state for the call",
            "An argument is invalid, or the socket is in the wrong state for the "
            "call. On both platforms: bind on a socket that is already bound, accept "
            "on a socket that is not listening, an unknown flag or shutdown "
            "direction, or an address length that does not fit the family. On "
            "Windows also: listen before bind, send or recv (recvfrom) on a datagram "
            "socket before bind, connect on a listening socket, and socket with "
            "AF_UNSPEC and no type or protocol. Fix the arguments or the order of "
            "the calls; repeating the call fails again.",
            "\346\217\220\344\276\233\344\272\206\346\227\240\346\225\210\347\232\204"
            "\345\217\202\346\225\260\346\210\226\345\245\227\346\216\245\345\255\227"
            "\345\267\262\347\273\221\345\256\232\346\237\220\345\234\260\345\235\200"
            "\346\210\226\345\234\250\346\216\245\345\217\227\344\271\213\345\211\215"
            "\346\234\252\350\260\203\347\224\250\344\276\246\345\220\254\345\207\275"
            "\346\225\260\346\210\226\345\245\227\346\216\245\345\255\227\346\230\257"
            "\347\233\221\345\220\254\345\245\227\346\216\245\345\255\227\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_LISTEN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EMFILE */
        {
            "EMFILE",
            "WMKC_NET_ERR_EMFILE",
            "too many open descriptors in this process",
            "The process has as many descriptors open as it may, so no new socket "
            "could be created: on Linux the limit is RLIMIT_NOFILE (ulimit -n), on "
            "Windows the provider's limit on socket handles. Close sockets and files "
            "that are no longer needed (a steady rise points to a leak) or raise the "
            "limit. A failed accept leaves the connection queued, so the listening "
            "socket stays readable: stop accepting until a descriptor is free "
            "instead of retrying at once.",
            "\346\227\240\346\263\225\346\217\220\344\276\233\346\233\264\345\244\232"
            "\345\245\227\346\216\245\345\255\227\346\217\217\350\277\260\347\254\246"
            "\357\274\214\345\267\262\350\276\276\345\210\260\346\257\217\344\270\252"
            "\350\277\233\347\250\213\345\257\271\345\245\227\346\216\245\345\255\227"
            "\346\225\260\351\207\217\347\232\204\351\231\220\345\210\266\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SOCKET,
        },
        /* EISCONN */
        {
            "EISCONN",
            "WMKC_NET_ERR_EISCONN",
            "socket is already connected",
            "The socket is already connected. connect reports it on a connected "
            "socket, which is how a repeated non-blocking connect learns that the "
            "connection was made (on Linux, also on a listening socket); on Windows "
            "listen reports it for a connected socket; send reports it on some "
            "sockets when a destination address is passed on a connected socket. "
            "After a non-blocking connect treat it as success; otherwise open a new "
            "socket for another peer, or send without an address.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\350\242\253\346\214\207"
            "\345\256\232\350\277\236\346\216\245\343\200\202",
            WMKC_NET_OP_LISTEN | WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* ENOBUFS */
        {
            "ENOBUFS",
            "WMKC_NET_ERR_ENOBUFS",
            "no buffer space available",
            "The system lacked memory for socket buffers, or a queue was full. On "
            "Linux it usually means a socket buffer limit or kernel memory was "
            "exhausted (send seldom reports it: a full device queue drops packets "
            "instead). On Windows it typically means too many sockets or connections "
            "are open, such as ephemeral ports used up by many short connections. "
            "Back off and retry later, close sockets no longer needed, and reuse "
            "connections.",
            "\346\234\252\346\217\220\344\276\233\344\273\273\344\275\225\347\274\223"
            "\345\206\262\345\214\272\347\251\272\351\227\264\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EALREADY */
        {
            "EALREADY",
            "WMKC_NET_ERR_EALREADY",
            "a connection attempt is already in progress",
            "An earlier operation on this non-blocking socket has not finished: "
            "connect was called again while the first connect is still pending, or "
            "(on Linux) a TCP Fast Open send is already in progress. Do not call "
            "connect again to find out: wait until the socket is writable, then read "
            "SO_ERROR for the outcome.",
            "\345\217\246\344\270\200\344\270\252\345\277\253\351\200\237\346\211\223"
            "\345\274\200\346\223\215\344\275\234\357\274\210TCP Fast "
            "Open\357\274\211\346\255\243\345\234\250\346\211\247\350\241\214\343\200\202"
            "\346\214\207\345\256\232\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\270\212\346\255\243\345\234\250\350\277\233\350\241\214\351\235\236"
            "\351\230\273\345\241\236\346\250\241\345\274\217connect\350\260\203\347\224\250"
            "\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* ENOTCONN */
        {
            "ENOTCONN",
            "WMKC_NET_ERR_ENOTCONN",
            "socket is not connected",
            "The call needs a connected socket and this one has no peer: it was "
            "never connected, or its connection attempt failed or has not completed. "
            "send, recv and shutdown report it on a connection-oriented socket; on "
            "Windows send and recv also report it on a datagram socket without a "
            "default peer when no address is given (Linux reports EDESTADDRREQ for "
            "such a send). Connect (or accept) first, or give the destination with "
            "sendto; after a non-blocking connect, wait until it completes.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\347\273\217\350\277\236"
            "\346\216\245\344\272\206 or "
            "\345\245\227\346\216\245\345\255\227\346\234\252\350\277\236\346\216\245",
            WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* EMSGSIZE */
        {
            "EMSGSIZE",
            "WMKC_NET_ERR_EMSGSIZE",
            "message too long for the socket or buffer",
            "A message-oriented socket cannot carry the message in one piece: a "
            "datagram larger than the protocol allows (65,507 bytes of UDP payload "
            "over IPv4) or, where fragmentation is not allowed, larger than the path "
            "MTU. On Windows recv also reports it when a datagram was larger than "
            "the buffer: the buffer holds its first part and, for UDP, the rest is "
            "lost. Send smaller messages or use a stream socket; on Windows, receive "
            "into a buffer as large as the largest datagram.",
            "\345\245\227\346\216\245\345\255\227\351\235\242\345\220\221\346\266\210"
            "\346\201\257\357\274\214\346\266\210\346\201\257\345\244\247\344\272\216"
            "\345\237\272\347\241\200\344\274\240\350\276\223\346\224\257\346\214\201"
            "\347\232\204\346\234\200\345\244\247\345\244\247\345\260\217",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV,
        },
        /* ENOTSOCK */
        {
            "ENOTSOCK",
            "WMKC_NET_ERR_ENOTSOCK",
            "descriptor is not a socket",
            "The descriptor or handle passed does not refer to a socket. On Linux it "
            "is an open file of another kind, such as a regular file, a pipe or a "
            "terminal, usually a descriptor number mixed up with another. On Windows "
            "the usual cause is a SOCKET that was already closed with closesocket "
            "(its handle may even have been reused) or was never valid, such as "
            "INVALID_SOCKET. Check where the value comes from, and never use a "
            "socket after closing it.",
            "\346\217\217\350\277\260\347\254\246\344\270\215\346\230\257\345\245\227"
            "\346\216\245\345\255\227",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_SHUTDOWN
            | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_CONNECT,
        },
        /* ETIMEDOUT */
        {
            "ETIMEDOUT",
            "WMKC_NET_ERR_ETIMEDOUT",
            "connection timed out",
            "The peer did not answer in time. From connect, the attempt got no "
            "reply: the host is down or unreachable, a firewall silently drops the "
            "packets, or the server is overloaded. From send or recv, an established "
            "connection was dropped because the peer stopped acknowledging data or "
            "keep-alive probes. The connection is gone: check the network path and "
            "the peer, then connect again (portably, with a new socket).",
            "\347\224\261\344\272\216\350\266\205\346\227\266\345\257\274\350\207\264"
            "\350\277\236\346\216\245\345\267\262\346\226\255\345\274\200\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* EPROTOTYPE */
        {
            "EPROTOTYPE",
            "WMKC_NET_ERR_EPROTOTYPE",
            "protocol does not fit the socket type",
            "The protocol does not fit the socket type. On Windows, socket was asked "
            "for a protocol without the semantics of the type (IPPROTO_UDP with "
            "SOCK_STREAM, say). On Linux, connect tried to join a Unix socket to a "
            "peer of another type (a datagram socket to a stream socket). Pass a "
            "type and protocol that match (0 picks the type's default), and connect "
            "Unix sockets only to sockets of their own type.",
            "\346\214\207\345\256\232\347\232\204\345\215\217\350\256\256\346\230\257"
            "\346\255\244\345\245\227\346\216\245\345\255\227\347\232\204\351\224\231"
            "\350\257\257\347\261\273\345\236\213\357\274\214\345\245\227\346\216\245"
            "\345\255\227\347\261\273\345\236\213\344\270\215\346\224\257\346\214\201"
            "\350\257\267\346\261\202\347\232\204\351\200\232\344\277\241\345\215\217"
            "\350\256\256\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CONNECT,
        },
        /* EOPNOTSUPP */
        {
            "EOPNOTSUPP",
            "WMKC_NET_ERR_EOPNOTSUPP",
            "operation not supported by this kind of socket",
            "The socket's type or protocol does not support the call: listen or "
            "accept on a connectionless (datagram) socket, a flag such as MSG_OOB "
            "that the protocol lacks, or a direction a one-way socket cannot use; on "
            "Windows also MSG_WAITALL on a non-blocking or datagram socket. Use a "
            "connection-oriented socket (SOCK_STREAM) to listen and accept, and only "
            "flags the protocol supports. On Linux accept can also pass on this as a "
            "network error of one incoming connection: then call accept again.",
            "\345\274\225\347\224\250\347\232\204\345\245\227\346\216\245\345\255\227"
            "\344\270\215\346\230\257\346\224\257\346\214\201\351\235\242\345\220\221"
            "\350\277\236\346\216\245\357\274\210\347\233\221\345\220\254\357\274\211"
            "\347\232\204\346\234\215\345\212\241\347\232\204\347\261\273\345\236\213"
            "\357\274\214\346\210\226\350\200\205\345\245\227\346\216\245\345\255\227"
            "\346\230\257\345\215\225\345\220\221\347\232\204\357\274\214\345\217\252"
            "\346\224\257\346\214\201\345\217\221\351\200\201\346\210\226\346\216\245"
            "\346\224\266\346\223\215\344\275\234\343\200\202",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV | WMKC_NET_OP_LISTEN
            | WMKC_NET_OP_ACCEPT,
        },
        /* EADDRINUSE */
        {
            "EADDRINUSE",
            "WMKC_NET_ERR_EADDRINUSE",
            "local address already in use",
            "Another socket already uses this local address and port: a server "
            "already runs there, or (from bind on Linux) earlier connections on the "
            "port are still in TIME_WAIT or the Unix socket path already exists. On "
            "Linux listen and connect also report it when no ephemeral port is free; "
            "on Windows they can report it late for a socket bound to a wildcard "
            "address. Stop the other user or choose another port; on Linux set "
            "SO_REUSEADDR before bind to restart a server, and remove a stale Unix "
            "socket file before binding.",
            "\346\234\254\345\234\260\345\234\260\345\235\200\346\210\226\347\253\257"
            "\345\217\243\345\267\262\350\242\253\344\275\277\347\224\250\343\200\202"
            "\345\245\227\346\216\245\345\255\227\346\262\241\346\234\211\347\273\221"
            "\345\256\232\345\210\260\345\234\260\345\235\200\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_LISTEN | WMKC_NET_OP_ACCEPT
            | WMKC_NET_OP_CONNECT,
        },
        /* ECONNRESET */
        {
            "ECONNRESET",
            "WMKC_NET_ERR_ECONNRESET",
            "connection reset by the peer",
            "The peer reset the connection: its process exited or crashed, it closed "
            "with unread data or an abortive close (SO_LINGER with a zero timeout), "
            "or a device on the path sent a reset. From send, recv or shutdown the "
            "connection is gone: close the socket and reconnect if needed. From "
            "accept (on Windows) only that incoming connection was lost: keep the "
            "listening socket and call accept again. On Windows a UDP send or recv "
            "(recvfrom) also reports it when an earlier datagram was answered by an "
            "ICMP port unreachable; that socket stays usable.",
            "\350\277\236\346\216\245\350\242\253\351\207\215\347\275\256\343\200\202"
            "\345\245\227\346\216\245\345\255\227\344\270\215\345\217\257\345\206\215"
            "\347\224\250\357\274\214\345\272\224\345\205\263\351\227\255\345\245\227"
            "\346\216\245\345\255\227\357\274\210\346\255\244\351\224\231\350\257\257"
            "\344\273\205\351\200\202\347\224\250\344\272\216\351\235\242\345\220\221"
            "\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245\345\255\227"
            "\357\274\211\343\200\202",
            WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* ENETUNREACH */
        {
            "ENETUNREACH",
            "WMKC_NET_ERR_ENETUNREACH",
            "network is unreachable",
            "No route leads to the destination network: this host has no route for "
            "it (no default gateway, or the interface toward it is down or has no "
            "address), or a router reported the network unreachable; an IPv6 address "
            "on a host without IPv6 connectivity fails this way too. Check the "
            "address, the routes and the network connection; retrying helps only "
            "once a route exists.",
            "\346\255\244\346\227\266\344\270\215\345\217\257\344\273\245\344\273\216"
            "\346\255\244\344\270\273\346\234\272\350\256\277\351\227\256\350\257\245"
            "\347\275\221\347\273\234\343\200\202\347\275\221\347\273\234\344\270\215"
            "\345\217\257\347\224\250\343\200\202",
            WMKC_NET_OP_CONNECT,
        },
        /* EWOULDBLOCK */
        {
            "EWOULDBLOCK",
            "WMKC_NET_ERR_EWOULDBLOCK",
            "operation would block on a non-blocking socket",
            "The socket is non-blocking and the call cannot complete now: no "
            "connection to accept, no data to read, or no room to send; wait until "
            "select or poll reports the socket ready, then call again. On Windows, "
            "connect reports it when the connection has started: do not call connect "
            "again (that gives WSAEALREADY, then WSAEISCONN) but wait until the "
            "socket is writable or has failed, then read SO_ERROR. closesocket "
            "reports it on a non-blocking socket with a nonzero SO_LINGER timeout: "
            "the socket stays open until it is closed again. On Linux this value is "
            "EAGAIN.",
            "\345\245\227\346\216\245\345\255\227\346\240\207\350\256\260\344\270\272"
            "\351\235\236\351\230\273\345\241\236\346\250\241\345\274\217\357\274\214"
            "\346\262\241\346\234\211\350\246\201\346\216\245\345\217\227\347\232\204"
            "\350\277\236\346\216\245\357\274\214\350\257\267\346\261\202\347\232\204"
            "\346\223\215\344\275\234\344\274\232\350\277\233\350\241\214\351\230\273"
            "\346\255\242\343\200\202\345\245\227\346\216\245\345\255\227\346\240\207"
            "\350\256\260\344\270\272\351\235\236\351\230\273\345\241\236\346\250\241"
            "\345\274\217\357\274\214\346\227\240\346\263\225\347\253\213\345\215\263"
            "\345\256\214\346\210\220\350\277\236\346\216\245\343\200\202",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CLOSESOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EINPROGRESS */
        {
            "EINPROGRESS",
            "WMKC_NET_ERR_EINPROGRESS",
            "operation now in progress",
            "On Linux, connect reports it on a non-blocking socket (or one whose "
            "SO_SNDTIMEO expired) when the connection has started but not finished: "
            "wait until poll or select reports the socket writable, then read "
            "SO_ERROR to learn the outcome. On Windows it means a blocking Winsock "
            "1.1 call is still running in this thread or the provider is still in a "
            "callback; any Winsock call can report it then, so let that call finish "
            "first (a non-blocking connect reports WSAEWOULDBLOCK instead).",
            "\345\245\227\346\216\245\345\255\227\346\230\257\351\235\236\351\230\273"
            "\345\241\236\347\232\204\357\274\214\350\260\203\347\224\250\346\223\215"
            "\344\275\234\346\227\240\346\263\225\347\253\213\345\215\263\345\256\214"
            "\346\210\220\343\200\202",
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
            "The destination actively refused: nothing listens on that address and "
            "port (the service is down or on another port), a firewall answered with "
            "a reset, or, on Windows, the listener's backlog was full. On Linux "
            "connecting a Unix socket to a path that is not a listening socket "
            "reports it too, and recv on a connected UDP socket reports that an "
            "earlier datagram was refused (Windows reports WSAECONNRESET for that). "
            "Check that the server runs and that the address and port are right, "
            "then retry.",
            "\350\277\236\346\216\245\350\242\253\350\277\234\347\250\213\344\270\273"
            "\346\234\272\345\274\272\345\210\266\346\200\247\346\213\222\347\273\235"
            "\343\200\202",
            WMKC_NET_OP_RECV | WMKC_NET_OP_CONNECT,
        },
        /* ECONNABORTED */
        {
            "ECONNABORTED",
            "WMKC_NET_ERR_ECONNABORTED",
            "connection aborted on this host",
            "This host's own network stack ended the connection. From accept, the "
            "client gave up before its connection was accepted: the listening socket "
            "is fine, so call accept again. From send, recv or shutdown, the "
            "connection was dropped after a data transmission timeout or another "
            "failure: close the socket and reconnect if needed.",
            "\351\235\242\345\220\221\350\277\236\346\216\245\347\232\204\345\245\227"
            "\346\216\245\345\255\227\347\224\261\344\272\216\350\266\205\346\227\266"
            "\346\210\226\345\205\266\344\273\226\346\225\205\351\232\234\347\272\277"
            "\350\267\257\345\267\262\347\273\210\346\255\242\357\274\214\345\245\227"
            "\346\216\245\345\255\227\344\270\215\345\217\257\345\206\215\347\224\250"
            "\343\200\202",
            WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_ACCEPT,
        },
        /* EAFNOSUPPORT */
        {
            "EAFNOSUPPORT",
            "WMKC_NET_ERR_EAFNOSUPPORT",
            "address family not supported",
            "The address family is not supported: socket asked for a family this "
            "system does not provide (AF_INET6 on a kernel without IPv6, or on "
            "Windows a family whose provider or adapter is not installed), or "
            "connect was given an address of another family than the socket's (an "
            "IPv6 address on an IPv4 socket). Create the socket with the family of "
            "the address it will use, for example from getaddrinfo's result.",
            "\346\214\207\345\256\232\347\275\221\347\273\234\346\227\217\344\270\255"
            "\347\232\204\345\234\260\345\235\200\346\227\240\346\263\225\344\270\216"
            "\346\255\244\345\245\227\346\216\245\345\255\227\344\270\200\350\265\267"
            "\344\275\277\347\224\250\343\200\202",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_CONNECT,
        },
        /* EADDRNOTAVAIL */
        {
            "EADDRNOTAVAIL",
            "WMKC_NET_ERR_EADDRNOTAVAIL",
            "address not available on this host",
            "The address cannot be used here. From bind, no local interface has that "
            "address: a typo, another machine's address, or an interface that is "
            "down or not configured yet. From connect, on Windows the destination is "
            "not a valid remote address (such as 0.0.0.0 or port 0); on Linux no "
            "local ephemeral port is free for the connection (see "
            "ip_local_port_range in ip(7)). Bind to an address this host has (or the "
            "wildcard address), check the destination, and on port exhaustion reuse "
            "connections or widen the port range.",
            "\350\257\267\346\261\202\347\232\204\345\234\260\345\235\200\345\234\250"
            "\344\270\212\344\270\213\346\226\207\346\227\240\346\225\210\346\210\226"
            "\350\257\267\346\261\202\347\232\204\345\234\260\345\235\200\344\270\215"
            "\346\230\257\346\234\254\345\234\260\345\234\260\345\235\200\343\200\202"
            "\350\277\234\347\250\213\345\234\260\345\235\200\344\270\215\346\230\257"
            "\346\234\211\346\225\210\347\232\204\345\234\260\345\235\200\343\200\202",
            WMKC_NET_OP_BIND | WMKC_NET_OP_CONNECT,
        },
        /* EPROTONOSUPPORT */
        {
            "EPROTONOSUPPORT",
            "WMKC_NET_ERR_EPROTONOSUPPORT",
            "protocol not supported",
            "socket asked for a protocol that this address family and socket type do "
            "not offer, or that this system does not provide (on Linux, a protocol "
            "whose module is not available; on Windows, one with no provider "
            "installed). Pass 0 as the protocol to get the type's default, or one "
            "that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for "
            "SOCK_DGRAM).",
            "\344\270\215\346\224\257\346\214\201\346\214\207\345\256\232\347\232\204"
            "\345\215\217\350\256\256",
            WMKC_NET_OP_SOCKET,
        },
        /* EIO */
        {
            "EIO",
            "WMKC_NET_ERR_EIO",
            "input/output error while closing",
            "A low-level I/O error was reported when the descriptor was closed: data "
            "written before may not have reached its destination (rare for sockets; "
            "it comes from the file behind the descriptor). The descriptor is "
            "released anyway: do not call close again, and treat the earlier writes "
            "as possibly lost.",
            "\345\207\272\347\216\260I/O\351\224\231\350\257\257",
            WMKC_NET_OP_CLOSE,
        },
        /* EPIPE */
        {
            "EPIPE",
            "WMKC_NET_ERR_EPIPE",
            "broken pipe: the connection is closed for sending",
            "The stream can no longer carry data: this end was shut down for "
            "writing, or the peer closed or reset the connection. Unless "
            "MSG_NOSIGNAL was passed or SIGPIPE is ignored, the process was also "
            "sent SIGPIPE, which ends it by default. Pass MSG_NOSIGNAL (or ignore "
            "SIGPIPE), treat EPIPE as the end of the connection and close the "
            "socket.",
            "\346\234\254\345\234\260\347\253\257\345\267\262\345\234\250\351\235\242"
            "\345\220\221\350\277\236\346\216\245\347\232\204\345\245\227\346\216\245"
            "\345\255\227\344\270\212\345\205\263\351\227\255\357\274\214\345\234\250"
            "\350\277\231\347\247\215\346\203\205\345\206\265\344\270\213\357\274\214"
            "\351\231\244\351\235\236\350\256\276\347\275\256\344\272\206MSG_NOSIGNAL"
            "\357\274\214\345\220\246\345\210\231\350\277\233\347\250\213\344\271\237"
            "\345\260\206\346\216\245\346\224\266SIGPIPE\343\200\202",
            WMKC_NET_OP_SEND,
        },
        /* EPERM */
        {
            "EPERM",
            "WMKC_NET_ERR_EPERM",
            "operation not permitted by a firewall or policy",
            "A local firewall rule (netfilter: iptables or nftables) rejected the "
            "connection, or a security policy denied the call; connect reports it, "
            "like EACCES, for a broadcast address without SO_BROADCAST. Check the "
            "firewall rules and security policy for this address and port: retrying "
            "does not help until they change.",
            "\351\230\262\347\201\253\345\242\231\350\247\204\345\210\231\347\246\201"
            "\346\255\242\350\277\236\346\216\245",
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CONNECT,
        },
        /* EROFS */
        {
            "EROFS",
            "WMKC_NET_ERR_EROFS",
            "socket path is on a read-only file system",
            "bind could not create the Unix socket's file because its path is on a "
            "read-only file system, such as a read-only mount or container layer. "
            "Bind to a path on a writable file system (under /run or /tmp, say), or "
            "use an abstract socket address.",
            "\345\245\227\346\216\245\345\255\227\347\264\242\345\274\225\350\212\202"
            "\347\202\271\345\260\206\351\251\273\347\225\231\345\234\250\345\217\252"
            "\350\257\273\346\226\207\344\273\266\347\263\273\347\273\237\344\270\212",
            WMKC_NET_OP_BIND,
        },
        /* EBADF */
        {
            "EBADF",
            "WMKC_NET_ERR_EBADF",
            "bad file descriptor",
            "The descriptor is not an open file descriptor: it was already closed (a "
            "double close, or use after close in another thread), never opened (the "
            "-1 of a failed socket call), or mixed up with another value; for a send "
            "with SCM_RIGHTS, a descriptor being passed is invalid. Find where it "
            "was closed or lost; after close, do not retry.",
            "\345\217\202\346\225\260sockfd\344\270\215\346\230\257\346\234\211\346\225\210"
            "\347\232\204\346\226\207\344\273\266\346\217\217\350\277\260\347\254\246",
            WMKC_NET_OP_BIND | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_CLOSE
            | WMKC_NET_OP_SHUTDOWN | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_LISTEN | WMKC_NET_OP_CONNECT,
        },
        /* ELOOP */
        {
            "ELOOP",
            "WMKC_NET_ERR_ELOOP",
            "too many symbolic links in the socket path",
            "Resolving the Unix socket path met too many symbolic links, usually a "
            "link that points back to itself or a loop of links. Check the links "
            "along the path and bind to a path without the loop.",
            "\350\247\243\346\236\220\345\234\260\345\235\200\346\227\266\351\201\207"
            "\345\210\260\345\244\252\345\244\232\347\254\246\345\217\267\351\223\276"
            "\346\216\245",
            WMKC_NET_OP_BIND,
        },
        /* EDQUOT */
        {
            "EDQUOT",
            "WMKC_NET_ERR_EDQUOT",
            "disk quota exceeded while closing",
            "Data written earlier to the file behind the descriptor could not be "
            "stored when it was closed, because the user's disk quota is used up; "
            "NFS reports such errors at close rather than at write. The descriptor "
            "is released anyway: do not retry close; free space or raise the quota, "
            "then write the data again.",
            "\345\255\230\345\202\250\347\251\272\351\227\264\344\270\215\350\266\263"
            "\346\210\226\345\267\262\350\276\276\345\210\260\347\243\201\347\233\230"
            "\351\205\215\351\242\235\351\231\220\345\210\266\343\200\202",
            WMKC_NET_OP_CLOSE,
        },
        /* ENOSPC */
        {
            "ENOSPC",
            "WMKC_NET_ERR_ENOSPC",
            "no space left on device while closing",
            "Data written earlier to the file behind the descriptor could not be "
            "stored when it was closed, because the file system is full; NFS reports "
            "such errors at close rather than at write. The descriptor is released "
            "anyway: do not retry close; free space, then write the data again.",
            "\345\255\230\345\202\250\347\251\272\351\227\264\344\270\215\350\266\263"
            "\346\210\226\345\267\262\350\276\276\345\210\260\347\243\201\347\233\230"
            "\351\205\215\351\242\235\351\231\220\345\210\266\343\200\202",
            WMKC_NET_OP_CLOSE,
        },
        /* ENOENT */
        {
            "ENOENT",
            "WMKC_NET_ERR_ENOENT",
            "a directory in the socket path does not exist",
            "A directory in the Unix socket path does not exist, so bind cannot "
            "create the socket file. Create the directory first, or fix the path (a "
            "relative path is resolved from the current directory).",
            "\345\245\227\346\216\245\345\255\227\350\267\257\345\276\204\345\220\215"
            "\347\232\204\347\233\256\345\275\225\345\211\215\347\274\200\344\270\255"
            "\347\232\204\347\273\204\344\273\266\344\270\215\345\255\230\345\234\250",
            WMKC_NET_OP_BIND,
        },
        /* ENOMEM */
        {
            "ENOMEM",
            "WMKC_NET_ERR_ENOMEM",
            "out of kernel memory",
            "The kernel could not allocate memory for the call; for sockets this is "
            "often a socket buffer limit rather than a lack of RAM. Retry later, "
            "reduce the number of sockets or the data buffered in them, or raise the "
            "limits.",
            "\345\217\257\347\224\250\347\232\204\345\206\205\346\240\270\345\206\205"
            "\345\255\230\344\270\215\350\266\263",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND
            | WMKC_NET_OP_RECV,
        },
        /* ENFILE */
        {
            "ENFILE",
            "WMKC_NET_ERR_ENFILE",
            "system-wide limit on open files reached",
            "The whole system has reached its limit on open files, so no new socket "
            "could be created, whatever this process's own limit. Close descriptors "
            "here and in other processes, look for leaks, or raise the system limit "
            "(fs.file-max); a failed accept leaves the connection queued, so accept "
            "it once descriptors are free.",
            "\345\267\262\350\276\276\345\210\260\347\263\273\347\273\237\350\214\203"
            "\345\233\264\345\206\205\346\211\223\345\274\200\346\226\207\344\273\266"
            "\346\200\273\346\225\260\347\232\204\351\231\220\345\210\266",
            WMKC_NET_OP_SOCKET | WMKC_NET_OP_ACCEPT,
        },
        /* EPROTO */
        {
            "EPROTO",
            "WMKC_NET_ERR_EPROTO",
            "protocol error on an incoming connection",
            "A protocol error occurred on an incoming connection before accept could "
            "return it. Only that connection is affected: keep the listening socket "
            "and call accept again.",
            "\351\224\231\350\257\257\347\232\204\345\215\217\350\256\256",
            WMKC_NET_OP_ACCEPT,
        },
        /* EAGAIN */
        {
            "EAGAIN",
            "WMKC_NET_ERR_EAGAIN",
            "resource temporarily unavailable",
            "The call cannot complete now. Usually the socket is non-blocking and "
            "there is no connection to accept, no data to read or no room to send: "
            "wait until poll or select reports it ready, then call again. A blocking "
            "socket reports it when its SO_RCVTIMEO or SO_SNDTIMEO timeout expires. "
            "From connect, a non-blocking Unix socket could not connect at once (the "
            "listener's backlog is full); from send on an unbound UDP socket, no "
            "ephemeral port was free (connect on an IP socket reports that as "
            "EADDRNOTAVAIL).",
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
            WMKC_NET_OP_ACCEPT | WMKC_NET_OP_SEND | WMKC_NET_OP_RECV
            | WMKC_NET_OP_CONNECT,
        },
        /* ENOTDIR */
        {
            "ENOTDIR",
            "WMKC_NET_ERR_ENOTDIR",
            "a component of the socket path is not a directory",
            "A component of the Unix socket path's directory prefix exists but is "
            "not a directory. Fix the path so that every component before the last "
            "is a directory.",
            "\350\267\257\345\276\204\345\211\215\347\274\200\347\232\204\347\273\204"
            "\344\273\266\344\270\215\346\230\257\347\233\256\345\275\225",
            WMKC_NET_OP_BIND,
        },
        /* ENAMETOOLONG */
        {
            "ENAMETOOLONG",
            "WMKC_NET_ERR_ENAMETOOLONG",
            "socket path too long",
            "The Unix socket path is too long: it does not fit sun_path (108 bytes, "
            "including the terminating null byte), or one of its components exceeds "
            "the file system's limit. Use a shorter path, such as one in a short "
            "directory under /run.",
            "\345\234\260\345\235\200\345\244\252\351\225\277",
            WMKC_NET_OP_BIND,
        },
        /* EDESTADDRREQ */
        {
            "EDESTADDRREQ",
            "WMKC_NET_ERR_EDESTADDRREQ",
            "destination address required",
            "The socket is not connected and no destination address was given, so "
            "the data has nowhere to go: a datagram socket used with send instead of "
            "sendto. Pass the address with sendto, or connect the socket to a "
            "default peer first.",
            "\345\245\227\346\216\245\345\255\227\344\270\215\346\230\257\350\277\236"
            "\346\216\245\346\250\241\345\274\217\357\274\214\345\271\266\344\270\224"
            "\346\262\241\346\234\211\350\256\276\347\275\256\345\257\271\347\255\211"
            "\345\234\260\345\235\200\343\200\202",
            WMKC_NET_OP_SEND,
        },
        /* ENETDOWN */
        {
            "ENETDOWN",
            "WMKC_NET_ERR_ENETDOWN",
            "network subsystem or interface is down",
            "The network subsystem has failed: the protocol stack, a network driver "
            "or the interface is not working, or the local network is down. The call "
            "itself is not at fault: check the adapter, its driver and the network "
            "connection; a later retry may succeed.",
            "\347\275\221\347\273\234\345\255\220\347\263\273\347\273\237\345\217\221"
            "\347\224\237\346\225\205\351\232\234",
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
            "That direction of the socket was already closed with shutdown: send "
            "after SD_SEND or SD_BOTH, or recv after SD_RECEIVE or SD_BOTH. The "
            "program's calls are out of order: do not send or receive in a direction "
            "it has shut down, and close the socket when done.",
            "\345\245\227\346\216\245\345\255\227\345\267\262\350\242\253shutdown\345\207\275"
            "\346\225\260\345\205\263\351\227\255",
            WMKC_NET_OP_SEND | WMKC_NET_OP_RECV,
        },
        /* EHOSTUNREACH */
        {
            "EHOSTUNREACH",
            "WMKC_NET_ERR_EHOSTUNREACH",
            "no route to the host",
            "The remote host cannot be reached from here: there is no route to it, "
            "or a router reported it unreachable (a host that is off on the local "
            "network, for example). Check the address, the routes and the host "
            "itself; retry once it can be reached.",
            "\346\255\244\346\227\266\346\227\240\346\263\225\344\273\216\346\255\244"
            "\344\270\273\346\234\272\350\256\277\351\227\256\350\277\234\347\250\213"
            "\344\270\273\346\234\272",
            WMKC_NET_OP_SEND | WMKC_NET_OP_CONNECT,
        },
        /* NOTINITIALISED */
        {
            "NOTINITIALISED",
            "WMKC_NET_ERR_NOTINITIALISED",
            "WSAStartup has not been called successfully",
            "Winsock is not initialised in this process: WSAStartup was never called "
            "or failed, or WSACleanup has since been called as many times as "
            "WSAStartup (by another library, for example). Call WSAStartup once "
            "before any socket call, and WSACleanup only when the process is done "
            "with sockets.",
            "\346\234\252\345\256\214\346\210\220\345\257\271WSAStartup\345\207\275\346\225\260"
            "\347\232\204\350\260\203\347\224\250",
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
            "The address family does not support the socket type asked for, such as "
            "SOCK_RAW where the provider has no raw sockets. Use a type the family "
            "provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6).",
            "\346\255\244\345\234\260\345\235\200\346\227\217\344\270\215\346\224\257"
            "\346\214\201\346\214\207\345\256\232\347\232\204\345\245\227\346\216\245"
            "\345\255\227\347\261\273\345\236\213",
            WMKC_NET_OP_SOCKET,
        },
        /* EINVALIDPROVIDER */
        {
            "EINVALIDPROVIDER",
            "WMKC_NET_ERR_EINVALIDPROVIDER",
            "service provider has the wrong version",
            "A Winsock service provider reported a version other than 2.2, so socket "
            "could not use it: the Winsock catalog holds an outdated or broken "
            "provider, usually third-party networking software. Update or remove "
            "that software, or reset the catalog (netsh winsock reset, then "
            "restart).",
            "\346\234\215\345\212\241\346\217\220\344\276\233\345\225\206\350\277\224"
            "\345\233\236\344\272\2062.2\344\273\245\345\244\226\347\232\204\347\211\210"
            "\346\234\254",
            WMKC_NET_OP_SOCKET,
        },
        /* EINVALIDPROCTABLE */
        {
            "EINVALIDPROCTABLE",
            "WMKC_NET_ERR_EINVALIDPROCTABLE",
            "service provider gave an invalid procedure table",
            "A Winsock service provider returned an invalid or incomplete procedure "
            "table from WSPStartup (typically with null function pointers), so the "
            "socket could not be created. The provider is broken: update or remove "
            "the software that installed it, or reset the Winsock catalog (netsh "
            "winsock reset, then restart).",
            "\346\234\215\345\212\241\346\217\220\344\276\233\347\250\213\345\272\217"
            "\345\220\221WSPStartup\350\277\224\345\233\236\344\272\206\346\227\240\346\225\210"
            "\346\210\226\344\270\215\345\256\214\346\225\264\347\232\204\350\277\207"
            "\347\250\213\350\241\250",
            WMKC_NET_OP_SOCKET,
        },
        /* EPROVIDERFAILEDINIT */
        {
            "EPROVIDERFAILEDINIT",
            "WMKC_NET_ERR_EPROVIDERFAILEDINIT",
            "service provider failed to initialise",
            "A Winsock service provider could not be loaded or initialised: its DLL "
            "failed to load or its WSPStartup failed, typically because a layered "
            "service provider (LSP) or namespace provider is installed wrongly or "
            "does not work. Repair or remove that software, or reset the Winsock "
            "catalog (netsh winsock reset, then restart).",
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
            WMKC_NET_OP_SOCKET,
        },
    };
    switch (value) {
#if defined(__linux__)
    case EINTR:
        return &codes[0];
    case EACCES:
        return &codes[1];
    case EFAULT:
        return &codes[2];
    case EINVAL:
        return &codes[3];
    case EMFILE:
        return &codes[4];
    case EISCONN:
        return &codes[5];
    case ENOBUFS:
        return &codes[6];
    case EALREADY:
        return &codes[7];
    case ENOTCONN:
        return &codes[8];
    case EMSGSIZE:
        return &codes[9];
    case ENOTSOCK:
        return &codes[10];
    case ETIMEDOUT:
        return &codes[11];
    case EPROTOTYPE:
        return &codes[12];
    case EOPNOTSUPP:
        return &codes[13];
    case EADDRINUSE:
        return &codes[14];
    case ECONNRESET:
        return &codes[15];
    case ENETUNREACH:
        return &codes[16];
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
        return &codes[17];
#endif
    case EINPROGRESS:
        return &codes[18];
    case ECONNREFUSED:
        return &codes[19];
    case ECONNABORTED:
        return &codes[20];
    case EAFNOSUPPORT:
        return &codes[21];
    case EADDRNOTAVAIL:
        return &codes[22];
    case EPROTONOSUPPORT:
        return &codes[23];
    case EIO:
        return &codes[24];
    case EPIPE:
        return &codes[25];
    case EPERM:
        return &codes[26];
    case EROFS:
        return &codes[27];
    case EBADF:
        return &codes[28];
    case ELOOP:
        return &codes[29];
    case EDQUOT:
        return &codes[30];
    case ENOSPC:
        return &codes[31];
    case ENOENT:
        return &codes[32];
    case ENOMEM:
        return &codes[33];
    case ENFILE:
        return &codes[34];
    case EPROTO:
        return &codes[35];
    case EAGAIN:
        return &codes[36];
    case ENOTDIR:
        return &codes[37];
    case ENAMETOOLONG:
        return &codes[38];
    case EDESTADDRREQ:
        return &codes[39];
#elif defined(_WIN32)
    case WSAEINTR:
        return &codes[0];
    case WSAEACCES:
        return &codes[1];
    case WSAEFAULT:
        return &codes[2];
    case WSAEINVAL:
        return &codes[3];
    case WSAEMFILE:
        return &codes[4];
    case WSAEISCONN:
        return &codes[5];
    case WSAENOBUFS:
        return &codes[6];
    case WSAEALREADY:
        return &codes[7];
    case WSAENOTCONN:
        return &codes[8];
    case WSAEMSGSIZE:
        return &codes[9];
    case WSAENOTSOCK:
        return &codes[10];
    case WSAETIMEDOUT:
        return &codes[11];
    case WSAEPROTOTYPE:
        return &codes[12];
    case WSAEOPNOTSUPP:
        return &codes[13];
    case WSAEADDRINUSE:
        return &codes[14];
    case WSAECONNRESET:
        return &codes[15];
    case WSAENETUNREACH:
        return &codes[16];
    case WSAEWOULDBLOCK:
        return &codes[17];
    case WSAEINPROGRESS:
        return &codes[18];
    case WSAECONNREFUSED:
        return &codes[19];
    case WSAECONNABORTED:
        return &codes[20];
    case WSAEAFNOSUPPORT:
        return &codes[21];
    case WSAEADDRNOTAVAIL:
        return &codes[22];
    case WSAEPROTONOSUPPORT:
        return &codes[23];
    case WSAENETDOWN:
        return &codes[40];
    case WSAESHUTDOWN:
        return &codes[41];
    case WSAEHOSTUNREACH:
        return &codes[42];
    case WSANOTINITIALISED:
        return &codes[43];
    case WSAESOCKTNOSUPPORT:
        return &codes[44];
    case WSAEINVALIDPROVIDER:
        return &codes[45];
    case WSAEINVALIDPROCTABLE:
        return &codes[46];
    case WSAEPROVIDERFAILEDINIT:
        return &codes[47];
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

/* The Chinese text (UTF-8) of the code the value decodes to, or NULL. */
static inline const char *wmkc_net_err_zh(int value)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(value);
    return info != NULL ? info->zh : NULL;
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
