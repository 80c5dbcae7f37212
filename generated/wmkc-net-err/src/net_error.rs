// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use std::fmt;
use std::str::FromStr;
use crate::{Operation, ParseError, ParseTarget, Platform};
/// A socket error code of the WMKC network library (`WMKC_NET_ERR_*`).
///
/// One variant per code, in the order of the spec. A code knows its texts, the
/// operations that report it, and its Linux errno and Winsock values. New codes
/// may be added, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
pub enum NetError {
    /// `WMKC_NET_ERR_EINTR`: The blocking call was interrupted before it finished: by a signal on Linux, by WSACancelBlockingCall on Windows. Retry it; after an interrupted connect, wait for the connection to complete instead of connecting again.
    ///
    /// 执行的调用被操作系统截断。
    ///
    /// - Operations: `accept`, `send`, `recv`, `shutdown`, `close`, `connect`
    /// - Linux: `EINTR` = 4
    /// - Windows: `WSAEINTR` = 10004
    EINTR,
    /// `WMKC_NET_ERR_EACCES`: Permission denied: the socket was used in a way the system does not allow, such as binding a privileged port or a Unix socket path in a directory without write permission, or sending to a broadcast address without SO_BROADCAST.
    ///
    /// 以不被允许的方式访问套接字。
    ///
    /// - Operations: `bind`, `send`, `socket`, `connect`
    /// - Linux: `EACCES` = 13
    /// - Windows: `WSAEACCES` = 10013
    EACCES,
    /// `WMKC_NET_ERR_EFAULT`: An address or buffer argument points outside the memory the process may access, or the address length given is too small for the address family.
    ///
    /// 地址指向了用户的不可访问的地址空间。
    ///
    /// - Operations: `bind`, `accept`, `send`, `recv`, `connect`
    /// - Linux: `EFAULT` = 14
    /// - Windows: `WSAEFAULT` = 10014
    EFAULT,
    /// `WMKC_NET_ERR_EINVAL`: An argument is invalid, or the socket is in the wrong state for the call: bind on a socket that is already bound, accept before listen, a send or recv on a listening socket, an unknown flag, or an address length that does not match the family.
    ///
    /// 提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。
    ///
    /// - Operations: `bind`, `shutdown`, `listen`, `accept`, `send`, `recv`, `socket`, `connect`
    /// - Linux: `EINVAL` = 22
    /// - Windows: `WSAEINVAL` = 10022
    EINVAL,
    /// `WMKC_NET_ERR_EMFILE`: The process already has as many descriptors open as it may (RLIMIT_NOFILE on Linux), so no new socket could be created. Close descriptors that are no longer needed, or raise the limit.
    ///
    /// 无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。
    ///
    /// - Operations: `accept`, `listen`, `socket`
    /// - Linux: `EMFILE` = 24
    /// - Windows: `WSAEMFILE` = 10024
    EMFILE,
    /// `WMKC_NET_ERR_EISCONN`: The socket is already connected: connect was called a second time, a destination address was passed to send on a connected socket, or listen was called on a connected socket.
    ///
    /// 套接字已被指定连接。
    ///
    /// - Operations: `listen`, `send`, `connect`
    /// - Linux: `EISCONN` = 106
    /// - Windows: `WSAEISCONN` = 10056
    EISCONN,
    /// `WMKC_NET_ERR_ENOBUFS`: The system ran out of buffer space or queue room for the call, usually under memory pressure or with too many sockets open. Retry later or reduce the load.
    ///
    /// 未提供任何缓冲区空间。
    ///
    /// - Operations: `bind`, `accept`, `send`, `listen`, `socket`, `connect`
    /// - Linux: `ENOBUFS` = 105
    /// - Windows: `WSAENOBUFS` = 10055
    ENOBUFS,
    /// `WMKC_NET_ERR_EALREADY`: An earlier non-blocking connect, or a TCP Fast Open send, on this socket is still in progress. Wait for it to finish (poll or select for writability) instead of calling again.
    ///
    /// 另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: `EALREADY` = 114
    /// - Windows: `WSAEALREADY` = 10037
    EALREADY,
    /// `WMKC_NET_ERR_ENOTCONN`: The socket is not connected: a connection-oriented socket has no peer (yet, or any more), so there is nothing to send to, receive from or shut down. Connect or accept first.
    ///
    /// 套接字已经连接了 or 套接字未连接
    ///
    /// - Operations: `listen`, `shutdown`, `send`, `recv`
    /// - Linux: `ENOTCONN` = 107
    /// - Windows: `WSAENOTCONN` = 10057
    ENOTCONN,
    /// `WMKC_NET_ERR_EMSGSIZE`: The socket is message-oriented and the message is larger than the transport can carry in one piece, such as a UDP datagram over 65,507 bytes. On Windows, recv also reports it when a datagram was cut to fit the buffer.
    ///
    /// 套接字面向消息，消息大于基础传输支持的最大大小
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: `EMSGSIZE` = 90
    /// - Windows: `WSAEMSGSIZE` = 10040
    EMSGSIZE,
    /// `WMKC_NET_ERR_ENOTSOCK`: The descriptor or handle passed is open but does not refer to a socket, for example a regular file or a pipe.
    ///
    /// 描述符不是套接字
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `ENOTSOCK` = 88
    /// - Windows: `WSAENOTSOCK` = 10038
    ENOTSOCK,
    /// `WMKC_NET_ERR_ETIMEDOUT`: The connection timed out: connect got no answer in time, or an established peer stopped acknowledging data or keep-alives and the connection was dropped.
    ///
    /// 由于超时导致连接已断开。
    ///
    /// - Operations: `send`, `recv`, `connect`
    /// - Linux: `ETIMEDOUT` = 110
    /// - Windows: `WSAETIMEDOUT` = 10060
    ETIMEDOUT,
    /// `WMKC_NET_ERR_EPROTOTYPE`: The protocol does not fit the socket type, such as TCP on a datagram socket; for a Unix socket, the peer is of a different socket type.
    ///
    /// 指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。
    ///
    /// - Operations: `socket`, `accept`, `connect`
    /// - Linux: `EPROTOTYPE` = 91
    /// - Windows: `WSAEPROTOTYPE` = 10041
    EPROTOTYPE,
    /// `WMKC_NET_ERR_EOPNOTSUPP`: This kind of socket does not support the operation: listen or accept on a connectionless (datagram) socket, a flag such as MSG_OOB that the protocol lacks, or a direction a one-way socket cannot use.
    ///
    /// 引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。
    ///
    /// - Operations: `send`, `recv`, `listen`, `accept`
    /// - Linux: `EOPNOTSUPP` = 95
    /// - Windows: `WSAEOPNOTSUPP` = 10045
    EOPNOTSUPP,
    /// `WMKC_NET_ERR_EADDRINUSE`: The local address is already in use: another socket holds that address and port, or the Unix socket path already exists. Choose another port, remove a stale socket file, or set SO_REUSEADDR where that is safe.
    ///
    /// 本地地址或端口已被使用。套接字没有绑定到地址。
    ///
    /// - Operations: `bind`, `listen`, `accept`, `connect`
    /// - Linux: `EADDRINUSE` = 98
    /// - Windows: `WSAEADDRINUSE` = 10048
    EADDRINUSE,
    /// `WMKC_NET_ERR_ECONNRESET`: The peer reset the connection, typically because it closed with unread data or its process died. The socket can no longer be used; close it. Only connection-oriented sockets report this.
    ///
    /// 连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。
    ///
    /// - Operations: `shutdown`, `accept`, `send`, `recv`
    /// - Linux: `ECONNRESET` = 104
    /// - Windows: `WSAECONNRESET` = 10054
    ECONNRESET,
    /// `WMKC_NET_ERR_ENETUNREACH`: The destination network cannot be reached from this host right now: there is no route to it, or the interface that leads there is down.
    ///
    /// 此时不可以从此主机访问该网络。网络不可用。
    ///
    /// - Operations: `connect`
    /// - Linux: `ENETUNREACH` = 101
    /// - Windows: `WSAENETUNREACH` = 10051
    ENETUNREACH,
    /// `WMKC_NET_ERR_EWOULDBLOCK`: The socket is non-blocking and the call cannot finish without waiting: no connection to accept, no data to read, no room to send, or a connect that cannot complete at once. Wait until the socket is ready, then retry.
    ///
    /// 套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。
    ///
    /// - Operations: `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `EWOULDBLOCK` = 11 (decodes as [`EAGAIN`](Self::EAGAIN))
    /// - Windows: `WSAEWOULDBLOCK` = 10035
    EWOULDBLOCK,
    /// `WMKC_NET_ERR_EINPROGRESS`: The operation could not finish at once and continues in the background: a non-blocking connect has started (wait for writability, then read SO_ERROR for its outcome). On Windows, a blocking Winsock call is already running on this thread.
    ///
    /// 套接字是非阻塞的，调用操作无法立即完成。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: `EINPROGRESS` = 115
    /// - Windows: `WSAEINPROGRESS` = 10036
    EINPROGRESS,
    /// `WMKC_NET_ERR_ECONNREFUSED`: The remote host refused the connection: nothing listens on that address and port, or a firewall answered with a reset. For a connected datagram socket, recv reports an earlier datagram that was refused.
    ///
    /// 连接被远程主机强制性拒绝。
    ///
    /// - Operations: `recv`, `connect`
    /// - Linux: `ECONNREFUSED` = 111
    /// - Windows: `WSAECONNREFUSED` = 10061
    ECONNREFUSED,
    /// `WMKC_NET_ERR_ECONNABORTED`: The connection was aborted on this side, after a timeout or another failure, or (from accept) the client gave up before it was accepted. The socket can no longer be used; close it.
    ///
    /// 面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。
    ///
    /// - Operations: `shutdown`, `send`, `recv`, `accept`
    /// - Linux: `ECONNABORTED` = 103
    /// - Windows: `WSAECONNABORTED` = 10053
    ECONNABORTED,
    /// `WMKC_NET_ERR_EAFNOSUPPORT`: The address family is not supported here, or an address of another family than the socket's was passed (an IPv6 address to an IPv4 socket, say).
    ///
    /// 指定网络族中的地址无法与此套接字一起使用。
    ///
    /// - Operations: `socket`, `connect`
    /// - Linux: `EAFNOSUPPORT` = 97
    /// - Windows: `WSAEAFNOSUPPORT` = 10047
    EAFNOSUPPORT,
    /// `WMKC_NET_ERR_EADDRNOTAVAIL`: The address cannot be used: bind named an address that no local interface has, or connect was given an invalid remote address (such as port 0) or found no free local port.
    ///
    /// 请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。
    ///
    /// - Operations: `bind`, `connect`
    /// - Linux: `EADDRNOTAVAIL` = 99
    /// - Windows: `WSAEADDRNOTAVAIL` = 10049
    EADDRNOTAVAIL,
    /// `WMKC_NET_ERR_EPROTONOSUPPORT`: The protocol asked for is not supported by this address family and socket type, or is not available on this system.
    ///
    /// 不支持指定的协议
    ///
    /// - Operations: `socket`
    /// - Linux: `EPROTONOSUPPORT` = 93
    /// - Windows: `WSAEPROTONOSUPPORT` = 10043
    EPROTONOSUPPORT,
    /// `WMKC_NET_ERR_EIO`: A low-level I/O error happened while the descriptor was being closed; data that was still being written may have been lost.
    ///
    /// 出现I/O错误
    ///
    /// - Operations: `close`
    /// - Linux: `EIO` = 5
    /// - Windows: not reported
    EIO,
    /// `WMKC_NET_ERR_EPIPE`: The connection can no longer carry data: this end was shut down for writing, or the peer has closed it. Unless MSG_NOSIGNAL was passed, the process was also sent SIGPIPE.
    ///
    /// 本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。
    ///
    /// - Operations: `send`
    /// - Linux: `EPIPE` = 32
    /// - Windows: not reported
    EPIPE,
    /// `WMKC_NET_ERR_EPERM`: The operation is not permitted: a firewall (netfilter) rule blocked the connection, or the caller lacks a privilege the call needs.
    ///
    /// 防火墙规则禁止连接
    ///
    /// - Operations: `accept`, `connect`
    /// - Linux: `EPERM` = 1
    /// - Windows: not reported
    EPERM,
    /// `WMKC_NET_ERR_EROFS`: The Unix socket's path is on a read-only file system, so its inode cannot be created there.
    ///
    /// 套接字索引节点将驻留在只读文件系统上
    ///
    /// - Operations: `bind`
    /// - Linux: `EROFS` = 30
    /// - Windows: not reported
    EROFS,
    /// `WMKC_NET_ERR_EBADF`: The descriptor is not an open file descriptor, most often because it was already closed.
    ///
    /// 参数sockfd不是有效的文件描述符
    ///
    /// - Operations: `bind`, `accept`, `close`, `shutdown`, `send`, `recv`, `listen`, `connect`
    /// - Linux: `EBADF` = 9
    /// - Windows: not reported
    EBADF,
    /// `WMKC_NET_ERR_ELOOP`: Too many symbolic links were followed while resolving the Unix socket path; there is probably a link loop.
    ///
    /// 解析地址时遇到太多符号链接
    ///
    /// - Operations: `bind`
    /// - Linux: `ELOOP` = 40
    /// - Windows: not reported
    ELOOP,
    /// `WMKC_NET_ERR_EDQUOT`: Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS).
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// - Operations: `close`
    /// - Linux: `EDQUOT` = 122
    /// - Windows: not reported
    EDQUOT,
    /// `WMKC_NET_ERR_ENOSPC`: Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS).
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// - Operations: `close`
    /// - Linux: `ENOSPC` = 28
    /// - Windows: not reported
    ENOSPC,
    /// `WMKC_NET_ERR_ENOENT`: A directory in the Unix socket path does not exist.
    ///
    /// 套接字路径名的目录前缀中的组件不存在
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOENT` = 2
    /// - Windows: not reported
    ENOENT,
    /// `WMKC_NET_ERR_ENOMEM`: The kernel could not allocate the memory the call needed.
    ///
    /// 可用的内核内存不足
    ///
    /// - Operations: `socket`, `accept`, `send`, `recv`
    /// - Linux: `ENOMEM` = 12
    /// - Windows: not reported
    ENOMEM,
    /// `WMKC_NET_ERR_ENFILE`: The system-wide limit on open files has been reached, so no new socket could be created; the whole machine, not just this process, is short of descriptors.
    ///
    /// 已达到系统范围内打开文件总数的限制
    ///
    /// - Operations: `socket`, `accept`
    /// - Linux: `ENFILE` = 23
    /// - Windows: not reported
    ENFILE,
    /// `WMKC_NET_ERR_EPROTO`: A protocol error occurred on the incoming connection before accept could return it.
    ///
    /// 错误的协议
    ///
    /// - Operations: `accept`
    /// - Linux: `EPROTO` = 71
    /// - Windows: not reported
    EPROTO,
    /// `WMKC_NET_ERR_EAGAIN`: The socket is non-blocking and the call would have to wait (no connection to accept, no data, no room to send); retry when poll or select reports it ready. From connect on a socket that was not bound, it means every port of the ephemeral range is in use.
    ///
    /// 套接字被标记为非阻塞，并且不存在任何可接受的连接。
    /// sockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。
    ///
    /// - Operations: `accept`, `send`, `recv`, `connect`
    /// - Linux: `EAGAIN` = 11
    /// - Windows: not reported
    EAGAIN,
    /// `WMKC_NET_ERR_ENOTDIR`: A component of the Unix socket path's prefix is not a directory.
    ///
    /// 路径前缀的组件不是目录
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOTDIR` = 20
    /// - Windows: not reported
    ENOTDIR,
    /// `WMKC_NET_ERR_ENAMETOOLONG`: The address is too long: the Unix socket path does not fit the address structure, or a path component exceeds the file system's limit.
    ///
    /// 地址太长
    ///
    /// - Operations: `bind`
    /// - Linux: `ENAMETOOLONG` = 36
    /// - Windows: not reported
    ENAMETOOLONG,
    /// `WMKC_NET_ERR_EDESTADDRREQ`: The socket is not connected and no destination address was given, so the data has nowhere to go: pass an address to sendto, or connect first.
    ///
    /// 套接字不是连接模式，并且没有设置对等地址。
    ///
    /// - Operations: `send`
    /// - Linux: `EDESTADDRREQ` = 89
    /// - Windows: not reported
    EDESTADDRREQ,
    /// `WMKC_NET_ERR_ENETDOWN`: The network subsystem has failed: the network stack, its driver or the interface is down.
    ///
    /// 网络子系统发生故障
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAENETDOWN` = 10050
    ENETDOWN,
    /// `WMKC_NET_ERR_ESHUTDOWN`: That direction of the socket was already closed with shutdown, so it can no longer send (or receive) there.
    ///
    /// 套接字已被shutdown函数关闭
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: not reported
    /// - Windows: `WSAESHUTDOWN` = 10058
    ESHUTDOWN,
    /// `WMKC_NET_ERR_EHOSTUNREACH`: The remote host cannot be reached from this host right now: there is no route to it.
    ///
    /// 此时无法从此主机访问远程主机
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAEHOSTUNREACH` = 10065
    EHOSTUNREACH,
    /// `WMKC_NET_ERR_NOTINITIALISED`: Winsock is not initialised: WSAStartup has not completed successfully in this process, or WSACleanup has already been called.
    ///
    /// 未完成对WSAStartup函数的调用
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSANOTINITIALISED` = 10093
    NOTINITIALISED,
    /// `WMKC_NET_ERR_ESOCKTNOSUPPORT`: This address family does not support the requested socket type.
    ///
    /// 此地址族不支持指定的套接字类型
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAESOCKTNOSUPPORT` = 10044
    ESOCKTNOSUPPORT,
    /// `WMKC_NET_ERR_EINVALIDPROVIDER`: A Winsock service provider reported a version other than 2.2.
    ///
    /// 服务提供商返回了2.2以外的版本
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROVIDER` = 10105
    EINVALIDPROVIDER,
    /// `WMKC_NET_ERR_EINVALIDPROCTABLE`: A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup.
    ///
    /// 服务提供程序向WSPStartup返回了无效或不完整的过程表
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROCTABLE` = 10104
    EINVALIDPROCTABLE,
    /// `WMKC_NET_ERR_EPROVIDERFAILEDINIT`: A Winsock service provider could not initialise, typically because a layered service provider (LSP) or namespace provider is installed wrongly or is not working.
    ///
    /// 服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEPROVIDERFAILEDINIT` = 10106
    EPROVIDERFAILEDINIT,
}
impl NetError {
    /// Every code, in spec order.
    pub const ALL: &'static [NetError] = &[
        Self::EINTR,
        Self::EACCES,
        Self::EFAULT,
        Self::EINVAL,
        Self::EMFILE,
        Self::EISCONN,
        Self::ENOBUFS,
        Self::EALREADY,
        Self::ENOTCONN,
        Self::EMSGSIZE,
        Self::ENOTSOCK,
        Self::ETIMEDOUT,
        Self::EPROTOTYPE,
        Self::EOPNOTSUPP,
        Self::EADDRINUSE,
        Self::ECONNRESET,
        Self::ENETUNREACH,
        Self::EWOULDBLOCK,
        Self::EINPROGRESS,
        Self::ECONNREFUSED,
        Self::ECONNABORTED,
        Self::EAFNOSUPPORT,
        Self::EADDRNOTAVAIL,
        Self::EPROTONOSUPPORT,
        Self::EIO,
        Self::EPIPE,
        Self::EPERM,
        Self::EROFS,
        Self::EBADF,
        Self::ELOOP,
        Self::EDQUOT,
        Self::ENOSPC,
        Self::ENOENT,
        Self::ENOMEM,
        Self::ENFILE,
        Self::EPROTO,
        Self::EAGAIN,
        Self::ENOTDIR,
        Self::ENAMETOOLONG,
        Self::EDESTADDRREQ,
        Self::ENETDOWN,
        Self::ESHUTDOWN,
        Self::EHOSTUNREACH,
        Self::NOTINITIALISED,
        Self::ESOCKTNOSUPPORT,
        Self::EINVALIDPROVIDER,
        Self::EINVALIDPROCTABLE,
        Self::EPROVIDERFAILEDINIT,
    ];
    /// The full code, such as `WMKC_NET_ERR_EINTR`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::EINTR => "WMKC_NET_ERR_EINTR",
            Self::EACCES => "WMKC_NET_ERR_EACCES",
            Self::EFAULT => "WMKC_NET_ERR_EFAULT",
            Self::EINVAL => "WMKC_NET_ERR_EINVAL",
            Self::EMFILE => "WMKC_NET_ERR_EMFILE",
            Self::EISCONN => "WMKC_NET_ERR_EISCONN",
            Self::ENOBUFS => "WMKC_NET_ERR_ENOBUFS",
            Self::EALREADY => "WMKC_NET_ERR_EALREADY",
            Self::ENOTCONN => "WMKC_NET_ERR_ENOTCONN",
            Self::EMSGSIZE => "WMKC_NET_ERR_EMSGSIZE",
            Self::ENOTSOCK => "WMKC_NET_ERR_ENOTSOCK",
            Self::ETIMEDOUT => "WMKC_NET_ERR_ETIMEDOUT",
            Self::EPROTOTYPE => "WMKC_NET_ERR_EPROTOTYPE",
            Self::EOPNOTSUPP => "WMKC_NET_ERR_EOPNOTSUPP",
            Self::EADDRINUSE => "WMKC_NET_ERR_EADDRINUSE",
            Self::ECONNRESET => "WMKC_NET_ERR_ECONNRESET",
            Self::ENETUNREACH => "WMKC_NET_ERR_ENETUNREACH",
            Self::EWOULDBLOCK => "WMKC_NET_ERR_EWOULDBLOCK",
            Self::EINPROGRESS => "WMKC_NET_ERR_EINPROGRESS",
            Self::ECONNREFUSED => "WMKC_NET_ERR_ECONNREFUSED",
            Self::ECONNABORTED => "WMKC_NET_ERR_ECONNABORTED",
            Self::EAFNOSUPPORT => "WMKC_NET_ERR_EAFNOSUPPORT",
            Self::EADDRNOTAVAIL => "WMKC_NET_ERR_EADDRNOTAVAIL",
            Self::EPROTONOSUPPORT => "WMKC_NET_ERR_EPROTONOSUPPORT",
            Self::EIO => "WMKC_NET_ERR_EIO",
            Self::EPIPE => "WMKC_NET_ERR_EPIPE",
            Self::EPERM => "WMKC_NET_ERR_EPERM",
            Self::EROFS => "WMKC_NET_ERR_EROFS",
            Self::EBADF => "WMKC_NET_ERR_EBADF",
            Self::ELOOP => "WMKC_NET_ERR_ELOOP",
            Self::EDQUOT => "WMKC_NET_ERR_EDQUOT",
            Self::ENOSPC => "WMKC_NET_ERR_ENOSPC",
            Self::ENOENT => "WMKC_NET_ERR_ENOENT",
            Self::ENOMEM => "WMKC_NET_ERR_ENOMEM",
            Self::ENFILE => "WMKC_NET_ERR_ENFILE",
            Self::EPROTO => "WMKC_NET_ERR_EPROTO",
            Self::EAGAIN => "WMKC_NET_ERR_EAGAIN",
            Self::ENOTDIR => "WMKC_NET_ERR_ENOTDIR",
            Self::ENAMETOOLONG => "WMKC_NET_ERR_ENAMETOOLONG",
            Self::EDESTADDRREQ => "WMKC_NET_ERR_EDESTADDRREQ",
            Self::ENETDOWN => "WMKC_NET_ERR_ENETDOWN",
            Self::ESHUTDOWN => "WMKC_NET_ERR_ESHUTDOWN",
            Self::EHOSTUNREACH => "WMKC_NET_ERR_EHOSTUNREACH",
            Self::NOTINITIALISED => "WMKC_NET_ERR_NOTINITIALISED",
            Self::ESOCKTNOSUPPORT => "WMKC_NET_ERR_ESOCKTNOSUPPORT",
            Self::EINVALIDPROVIDER => "WMKC_NET_ERR_EINVALIDPROVIDER",
            Self::EINVALIDPROCTABLE => "WMKC_NET_ERR_EINVALIDPROCTABLE",
            Self::EPROVIDERFAILEDINIT => "WMKC_NET_ERR_EPROVIDERFAILEDINIT",
        }
    }
    /// The code without its prefix, such as `EINTR`; also the variant's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::EINTR => "EINTR",
            Self::EACCES => "EACCES",
            Self::EFAULT => "EFAULT",
            Self::EINVAL => "EINVAL",
            Self::EMFILE => "EMFILE",
            Self::EISCONN => "EISCONN",
            Self::ENOBUFS => "ENOBUFS",
            Self::EALREADY => "EALREADY",
            Self::ENOTCONN => "ENOTCONN",
            Self::EMSGSIZE => "EMSGSIZE",
            Self::ENOTSOCK => "ENOTSOCK",
            Self::ETIMEDOUT => "ETIMEDOUT",
            Self::EPROTOTYPE => "EPROTOTYPE",
            Self::EOPNOTSUPP => "EOPNOTSUPP",
            Self::EADDRINUSE => "EADDRINUSE",
            Self::ECONNRESET => "ECONNRESET",
            Self::ENETUNREACH => "ENETUNREACH",
            Self::EWOULDBLOCK => "EWOULDBLOCK",
            Self::EINPROGRESS => "EINPROGRESS",
            Self::ECONNREFUSED => "ECONNREFUSED",
            Self::ECONNABORTED => "ECONNABORTED",
            Self::EAFNOSUPPORT => "EAFNOSUPPORT",
            Self::EADDRNOTAVAIL => "EADDRNOTAVAIL",
            Self::EPROTONOSUPPORT => "EPROTONOSUPPORT",
            Self::EIO => "EIO",
            Self::EPIPE => "EPIPE",
            Self::EPERM => "EPERM",
            Self::EROFS => "EROFS",
            Self::EBADF => "EBADF",
            Self::ELOOP => "ELOOP",
            Self::EDQUOT => "EDQUOT",
            Self::ENOSPC => "ENOSPC",
            Self::ENOENT => "ENOENT",
            Self::ENOMEM => "ENOMEM",
            Self::ENFILE => "ENFILE",
            Self::EPROTO => "EPROTO",
            Self::EAGAIN => "EAGAIN",
            Self::ENOTDIR => "ENOTDIR",
            Self::ENAMETOOLONG => "ENAMETOOLONG",
            Self::EDESTADDRREQ => "EDESTADDRREQ",
            Self::ENETDOWN => "ENETDOWN",
            Self::ESHUTDOWN => "ESHUTDOWN",
            Self::EHOSTUNREACH => "EHOSTUNREACH",
            Self::NOTINITIALISED => "NOTINITIALISED",
            Self::ESOCKTNOSUPPORT => "ESOCKTNOSUPPORT",
            Self::EINVALIDPROVIDER => "EINVALIDPROVIDER",
            Self::EINVALIDPROCTABLE => "EINVALIDPROCTABLE",
            Self::EPROVIDERFAILEDINIT => "EPROVIDERFAILEDINIT",
        }
    }
    /// What the error means, in English.
    #[must_use]
    pub const fn en(self) -> &'static str {
        match self {
            Self::EINTR => {
                "The blocking call was interrupted before it finished: by a signal on Linux, by WSACancelBlockingCall on Windows. Retry it; after an interrupted connect, wait for the connection to complete instead of connecting again."
            }
            Self::EACCES => {
                "Permission denied: the socket was used in a way the system does not allow, such as binding a privileged port or a Unix socket path in a directory without write permission, or sending to a broadcast address without SO_BROADCAST."
            }
            Self::EFAULT => {
                "An address or buffer argument points outside the memory the process may access, or the address length given is too small for the address family."
            }
            Self::EINVAL => {
                "An argument is invalid, or the socket is in the wrong state for the call: bind on a socket that is already bound, accept before listen, a send or recv on a listening socket, an unknown flag, or an address length that does not match the family."
            }
            Self::EMFILE => {
                "The process already has as many descriptors open as it may (RLIMIT_NOFILE on Linux), so no new socket could be created. Close descriptors that are no longer needed, or raise the limit."
            }
            Self::EISCONN => {
                "The socket is already connected: connect was called a second time, a destination address was passed to send on a connected socket, or listen was called on a connected socket."
            }
            Self::ENOBUFS => {
                "The system ran out of buffer space or queue room for the call, usually under memory pressure or with too many sockets open. Retry later or reduce the load."
            }
            Self::EALREADY => {
                "An earlier non-blocking connect, or a TCP Fast Open send, on this socket is still in progress. Wait for it to finish (poll or select for writability) instead of calling again."
            }
            Self::ENOTCONN => {
                "The socket is not connected: a connection-oriented socket has no peer (yet, or any more), so there is nothing to send to, receive from or shut down. Connect or accept first."
            }
            Self::EMSGSIZE => {
                "The socket is message-oriented and the message is larger than the transport can carry in one piece, such as a UDP datagram over 65,507 bytes. On Windows, recv also reports it when a datagram was cut to fit the buffer."
            }
            Self::ENOTSOCK => {
                "The descriptor or handle passed is open but does not refer to a socket, for example a regular file or a pipe."
            }
            Self::ETIMEDOUT => {
                "The connection timed out: connect got no answer in time, or an established peer stopped acknowledging data or keep-alives and the connection was dropped."
            }
            Self::EPROTOTYPE => {
                "The protocol does not fit the socket type, such as TCP on a datagram socket; for a Unix socket, the peer is of a different socket type."
            }
            Self::EOPNOTSUPP => {
                "This kind of socket does not support the operation: listen or accept on a connectionless (datagram) socket, a flag such as MSG_OOB that the protocol lacks, or a direction a one-way socket cannot use."
            }
            Self::EADDRINUSE => {
                "The local address is already in use: another socket holds that address and port, or the Unix socket path already exists. Choose another port, remove a stale socket file, or set SO_REUSEADDR where that is safe."
            }
            Self::ECONNRESET => {
                "The peer reset the connection, typically because it closed with unread data or its process died. The socket can no longer be used; close it. Only connection-oriented sockets report this."
            }
            Self::ENETUNREACH => {
                "The destination network cannot be reached from this host right now: there is no route to it, or the interface that leads there is down."
            }
            Self::EWOULDBLOCK => {
                "The socket is non-blocking and the call cannot finish without waiting: no connection to accept, no data to read, no room to send, or a connect that cannot complete at once. Wait until the socket is ready, then retry."
            }
            Self::EINPROGRESS => {
                "The operation could not finish at once and continues in the background: a non-blocking connect has started (wait for writability, then read SO_ERROR for its outcome). On Windows, a blocking Winsock call is already running on this thread."
            }
            Self::ECONNREFUSED => {
                "The remote host refused the connection: nothing listens on that address and port, or a firewall answered with a reset. For a connected datagram socket, recv reports an earlier datagram that was refused."
            }
            Self::ECONNABORTED => {
                "The connection was aborted on this side, after a timeout or another failure, or (from accept) the client gave up before it was accepted. The socket can no longer be used; close it."
            }
            Self::EAFNOSUPPORT => {
                "The address family is not supported here, or an address of another family than the socket's was passed (an IPv6 address to an IPv4 socket, say)."
            }
            Self::EADDRNOTAVAIL => {
                "The address cannot be used: bind named an address that no local interface has, or connect was given an invalid remote address (such as port 0) or found no free local port."
            }
            Self::EPROTONOSUPPORT => {
                "The protocol asked for is not supported by this address family and socket type, or is not available on this system."
            }
            Self::EIO => {
                "A low-level I/O error happened while the descriptor was being closed; data that was still being written may have been lost."
            }
            Self::EPIPE => {
                "The connection can no longer carry data: this end was shut down for writing, or the peer has closed it. Unless MSG_NOSIGNAL was passed, the process was also sent SIGPIPE."
            }
            Self::EPERM => {
                "The operation is not permitted: a firewall (netfilter) rule blocked the connection, or the caller lacks a privilege the call needs."
            }
            Self::EROFS => {
                "The Unix socket's path is on a read-only file system, so its inode cannot be created there."
            }
            Self::EBADF => {
                "The descriptor is not an open file descriptor, most often because it was already closed."
            }
            Self::ELOOP => {
                "Too many symbolic links were followed while resolving the Unix socket path; there is probably a link loop."
            }
            Self::EDQUOT => {
                "Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS)."
            }
            Self::ENOSPC => {
                "Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS)."
            }
            Self::ENOENT => "A directory in the Unix socket path does not exist.",
            Self::ENOMEM => "The kernel could not allocate the memory the call needed.",
            Self::ENFILE => {
                "The system-wide limit on open files has been reached, so no new socket could be created; the whole machine, not just this process, is short of descriptors."
            }
            Self::EPROTO => {
                "A protocol error occurred on the incoming connection before accept could return it."
            }
            Self::EAGAIN => {
                "The socket is non-blocking and the call would have to wait (no connection to accept, no data, no room to send); retry when poll or select reports it ready. From connect on a socket that was not bound, it means every port of the ephemeral range is in use."
            }
            Self::ENOTDIR => {
                "A component of the Unix socket path's prefix is not a directory."
            }
            Self::ENAMETOOLONG => {
                "The address is too long: the Unix socket path does not fit the address structure, or a path component exceeds the file system's limit."
            }
            Self::EDESTADDRREQ => {
                "The socket is not connected and no destination address was given, so the data has nowhere to go: pass an address to sendto, or connect first."
            }
            Self::ENETDOWN => {
                "The network subsystem has failed: the network stack, its driver or the interface is down."
            }
            Self::ESHUTDOWN => {
                "That direction of the socket was already closed with shutdown, so it can no longer send (or receive) there."
            }
            Self::EHOSTUNREACH => {
                "The remote host cannot be reached from this host right now: there is no route to it."
            }
            Self::NOTINITIALISED => {
                "Winsock is not initialised: WSAStartup has not completed successfully in this process, or WSACleanup has already been called."
            }
            Self::ESOCKTNOSUPPORT => {
                "This address family does not support the requested socket type."
            }
            Self::EINVALIDPROVIDER => {
                "A Winsock service provider reported a version other than 2.2."
            }
            Self::EINVALIDPROCTABLE => {
                "A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup."
            }
            Self::EPROVIDERFAILEDINIT => {
                "A Winsock service provider could not initialise, typically because a layered service provider (LSP) or namespace provider is installed wrongly or is not working."
            }
        }
    }
    /// What the error means, in Chinese (the user's original text).
    #[must_use]
    pub const fn zh(self) -> &'static str {
        match self {
            Self::EINTR => "执行的调用被操作系统截断。",
            Self::EACCES => "以不被允许的方式访问套接字。",
            Self::EFAULT => "地址指向了用户的不可访问的地址空间。",
            Self::EINVAL => {
                "提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。"
            }
            Self::EMFILE => {
                "无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。"
            }
            Self::EISCONN => "套接字已被指定连接。",
            Self::ENOBUFS => "未提供任何缓冲区空间。",
            Self::EALREADY => {
                "另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。"
            }
            Self::ENOTCONN => "套接字已经连接了 or 套接字未连接",
            Self::EMSGSIZE => {
                "套接字面向消息，消息大于基础传输支持的最大大小"
            }
            Self::ENOTSOCK => "描述符不是套接字",
            Self::ETIMEDOUT => "由于超时导致连接已断开。",
            Self::EPROTOTYPE => {
                "指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。"
            }
            Self::EOPNOTSUPP => {
                "引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。"
            }
            Self::EADDRINUSE => {
                "本地地址或端口已被使用。套接字没有绑定到地址。"
            }
            Self::ECONNRESET => {
                "连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。"
            }
            Self::ENETUNREACH => {
                "此时不可以从此主机访问该网络。网络不可用。"
            }
            Self::EWOULDBLOCK => {
                "套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。"
            }
            Self::EINPROGRESS => {
                "套接字是非阻塞的，调用操作无法立即完成。"
            }
            Self::ECONNREFUSED => "连接被远程主机强制性拒绝。",
            Self::ECONNABORTED => {
                "面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。"
            }
            Self::EAFNOSUPPORT => {
                "指定网络族中的地址无法与此套接字一起使用。"
            }
            Self::EADDRNOTAVAIL => {
                "请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。"
            }
            Self::EPROTONOSUPPORT => "不支持指定的协议",
            Self::EIO => "出现I/O错误",
            Self::EPIPE => {
                "本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。"
            }
            Self::EPERM => "防火墙规则禁止连接",
            Self::EROFS => "套接字索引节点将驻留在只读文件系统上",
            Self::EBADF => "参数sockfd不是有效的文件描述符",
            Self::ELOOP => "解析地址时遇到太多符号链接",
            Self::EDQUOT => "存储空间不足或已达到磁盘配额限制。",
            Self::ENOSPC => "存储空间不足或已达到磁盘配额限制。",
            Self::ENOENT => "套接字路径名的目录前缀中的组件不存在",
            Self::ENOMEM => "可用的内核内存不足",
            Self::ENFILE => "已达到系统范围内打开文件总数的限制",
            Self::EPROTO => "错误的协议",
            Self::EAGAIN => {
                "套接字被标记为非阻塞，并且不存在任何可接受的连接。\nsockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。"
            }
            Self::ENOTDIR => "路径前缀的组件不是目录",
            Self::ENAMETOOLONG => "地址太长",
            Self::EDESTADDRREQ => {
                "套接字不是连接模式，并且没有设置对等地址。"
            }
            Self::ENETDOWN => "网络子系统发生故障",
            Self::ESHUTDOWN => "套接字已被shutdown函数关闭",
            Self::EHOSTUNREACH => "此时无法从此主机访问远程主机",
            Self::NOTINITIALISED => "未完成对WSAStartup函数的调用",
            Self::ESOCKTNOSUPPORT => "此地址族不支持指定的套接字类型",
            Self::EINVALIDPROVIDER => "服务提供商返回了2.2以外的版本",
            Self::EINVALIDPROCTABLE => {
                "服务提供程序向WSPStartup返回了无效或不完整的过程表"
            }
            Self::EPROVIDERFAILEDINIT => {
                "服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。"
            }
        }
    }
    /// The socket operations that can report this code, in the spec's order.
    #[must_use]
    pub const fn operations(self) -> &'static [Operation] {
        match self {
            Self::EINTR => {
                &[
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Shutdown,
                    Operation::Close,
                    Operation::Connect,
                ]
            }
            Self::EACCES => {
                &[
                    Operation::Bind,
                    Operation::Send,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::EFAULT => {
                &[
                    Operation::Bind,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Connect,
                ]
            }
            Self::EINVAL => {
                &[
                    Operation::Bind,
                    Operation::Shutdown,
                    Operation::Listen,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::EMFILE => &[Operation::Accept, Operation::Listen, Operation::Socket],
            Self::EISCONN => &[Operation::Listen, Operation::Send, Operation::Connect],
            Self::ENOBUFS => {
                &[
                    Operation::Bind,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Listen,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::EALREADY => &[Operation::Send, Operation::Connect],
            Self::ENOTCONN => {
                &[
                    Operation::Listen,
                    Operation::Shutdown,
                    Operation::Send,
                    Operation::Recv,
                ]
            }
            Self::EMSGSIZE => &[Operation::Send, Operation::Recv],
            Self::ENOTSOCK => {
                &[
                    Operation::Bind,
                    Operation::Listen,
                    Operation::Shutdown,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Closesocket,
                    Operation::Connect,
                ]
            }
            Self::ETIMEDOUT => &[Operation::Send, Operation::Recv, Operation::Connect],
            Self::EPROTOTYPE => {
                &[Operation::Socket, Operation::Accept, Operation::Connect]
            }
            Self::EOPNOTSUPP => {
                &[Operation::Send, Operation::Recv, Operation::Listen, Operation::Accept]
            }
            Self::EADDRINUSE => {
                &[
                    Operation::Bind,
                    Operation::Listen,
                    Operation::Accept,
                    Operation::Connect,
                ]
            }
            Self::ECONNRESET => {
                &[
                    Operation::Shutdown,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                ]
            }
            Self::ENETUNREACH => &[Operation::Connect],
            Self::EWOULDBLOCK => {
                &[
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Closesocket,
                    Operation::Connect,
                ]
            }
            Self::EINPROGRESS => {
                &[
                    Operation::Bind,
                    Operation::Listen,
                    Operation::Shutdown,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Closesocket,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::ECONNREFUSED => &[Operation::Recv, Operation::Connect],
            Self::ECONNABORTED => {
                &[
                    Operation::Shutdown,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Accept,
                ]
            }
            Self::EAFNOSUPPORT => &[Operation::Socket, Operation::Connect],
            Self::EADDRNOTAVAIL => &[Operation::Bind, Operation::Connect],
            Self::EPROTONOSUPPORT => &[Operation::Socket],
            Self::EIO => &[Operation::Close],
            Self::EPIPE => &[Operation::Send],
            Self::EPERM => &[Operation::Accept, Operation::Connect],
            Self::EROFS => &[Operation::Bind],
            Self::EBADF => {
                &[
                    Operation::Bind,
                    Operation::Accept,
                    Operation::Close,
                    Operation::Shutdown,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Listen,
                    Operation::Connect,
                ]
            }
            Self::ELOOP => &[Operation::Bind],
            Self::EDQUOT => &[Operation::Close],
            Self::ENOSPC => &[Operation::Close],
            Self::ENOENT => &[Operation::Bind],
            Self::ENOMEM => {
                &[Operation::Socket, Operation::Accept, Operation::Send, Operation::Recv]
            }
            Self::ENFILE => &[Operation::Socket, Operation::Accept],
            Self::EPROTO => &[Operation::Accept],
            Self::EAGAIN => {
                &[
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Connect,
                ]
            }
            Self::ENOTDIR => &[Operation::Bind],
            Self::ENAMETOOLONG => &[Operation::Bind],
            Self::EDESTADDRREQ => &[Operation::Send],
            Self::ENETDOWN => {
                &[
                    Operation::Bind,
                    Operation::Listen,
                    Operation::Shutdown,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Closesocket,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::ESHUTDOWN => &[Operation::Send, Operation::Recv],
            Self::EHOSTUNREACH => &[Operation::Send, Operation::Connect],
            Self::NOTINITIALISED => {
                &[
                    Operation::Bind,
                    Operation::Listen,
                    Operation::Shutdown,
                    Operation::Accept,
                    Operation::Send,
                    Operation::Recv,
                    Operation::Closesocket,
                    Operation::Socket,
                    Operation::Connect,
                ]
            }
            Self::ESOCKTNOSUPPORT => &[Operation::Socket],
            Self::EINVALIDPROVIDER => &[Operation::Socket],
            Self::EINVALIDPROCTABLE => &[Operation::Socket],
            Self::EPROVIDERFAILEDINIT => &[Operation::Socket],
        }
    }
    /// The platforms that report this code.
    #[must_use]
    pub const fn platforms(self) -> &'static [Platform] {
        match self {
            Self::EINTR => &[Platform::Linux, Platform::Windows],
            Self::EACCES => &[Platform::Linux, Platform::Windows],
            Self::EFAULT => &[Platform::Linux, Platform::Windows],
            Self::EINVAL => &[Platform::Linux, Platform::Windows],
            Self::EMFILE => &[Platform::Linux, Platform::Windows],
            Self::EISCONN => &[Platform::Linux, Platform::Windows],
            Self::ENOBUFS => &[Platform::Linux, Platform::Windows],
            Self::EALREADY => &[Platform::Linux, Platform::Windows],
            Self::ENOTCONN => &[Platform::Linux, Platform::Windows],
            Self::EMSGSIZE => &[Platform::Linux, Platform::Windows],
            Self::ENOTSOCK => &[Platform::Linux, Platform::Windows],
            Self::ETIMEDOUT => &[Platform::Linux, Platform::Windows],
            Self::EPROTOTYPE => &[Platform::Linux, Platform::Windows],
            Self::EOPNOTSUPP => &[Platform::Linux, Platform::Windows],
            Self::EADDRINUSE => &[Platform::Linux, Platform::Windows],
            Self::ECONNRESET => &[Platform::Linux, Platform::Windows],
            Self::ENETUNREACH => &[Platform::Linux, Platform::Windows],
            Self::EWOULDBLOCK => &[Platform::Linux, Platform::Windows],
            Self::EINPROGRESS => &[Platform::Linux, Platform::Windows],
            Self::ECONNREFUSED => &[Platform::Linux, Platform::Windows],
            Self::ECONNABORTED => &[Platform::Linux, Platform::Windows],
            Self::EAFNOSUPPORT => &[Platform::Linux, Platform::Windows],
            Self::EADDRNOTAVAIL => &[Platform::Linux, Platform::Windows],
            Self::EPROTONOSUPPORT => &[Platform::Linux, Platform::Windows],
            Self::EIO => &[Platform::Linux],
            Self::EPIPE => &[Platform::Linux],
            Self::EPERM => &[Platform::Linux],
            Self::EROFS => &[Platform::Linux],
            Self::EBADF => &[Platform::Linux],
            Self::ELOOP => &[Platform::Linux],
            Self::EDQUOT => &[Platform::Linux],
            Self::ENOSPC => &[Platform::Linux],
            Self::ENOENT => &[Platform::Linux],
            Self::ENOMEM => &[Platform::Linux],
            Self::ENFILE => &[Platform::Linux],
            Self::EPROTO => &[Platform::Linux],
            Self::EAGAIN => &[Platform::Linux],
            Self::ENOTDIR => &[Platform::Linux],
            Self::ENAMETOOLONG => &[Platform::Linux],
            Self::EDESTADDRREQ => &[Platform::Linux],
            Self::ENETDOWN => &[Platform::Windows],
            Self::ESHUTDOWN => &[Platform::Windows],
            Self::EHOSTUNREACH => &[Platform::Windows],
            Self::NOTINITIALISED => &[Platform::Windows],
            Self::ESOCKTNOSUPPORT => &[Platform::Windows],
            Self::EINVALIDPROVIDER => &[Platform::Windows],
            Self::EINVALIDPROCTABLE => &[Platform::Windows],
            Self::EPROVIDERFAILEDINIT => &[Platform::Windows],
        }
    }
    /// The Linux errno value (generic numbering, as on x86-64 and aarch64), if Linux reports this code.
    #[must_use]
    pub const fn errno(self) -> Option<i32> {
        match self {
            Self::EINTR => Some(4),
            Self::EACCES => Some(13),
            Self::EFAULT => Some(14),
            Self::EINVAL => Some(22),
            Self::EMFILE => Some(24),
            Self::EISCONN => Some(106),
            Self::ENOBUFS => Some(105),
            Self::EALREADY => Some(114),
            Self::ENOTCONN => Some(107),
            Self::EMSGSIZE => Some(90),
            Self::ENOTSOCK => Some(88),
            Self::ETIMEDOUT => Some(110),
            Self::EPROTOTYPE => Some(91),
            Self::EOPNOTSUPP => Some(95),
            Self::EADDRINUSE => Some(98),
            Self::ECONNRESET => Some(104),
            Self::ENETUNREACH => Some(101),
            Self::EWOULDBLOCK => Some(11),
            Self::EINPROGRESS => Some(115),
            Self::ECONNREFUSED => Some(111),
            Self::ECONNABORTED => Some(103),
            Self::EAFNOSUPPORT => Some(97),
            Self::EADDRNOTAVAIL => Some(99),
            Self::EPROTONOSUPPORT => Some(93),
            Self::EIO => Some(5),
            Self::EPIPE => Some(32),
            Self::EPERM => Some(1),
            Self::EROFS => Some(30),
            Self::EBADF => Some(9),
            Self::ELOOP => Some(40),
            Self::EDQUOT => Some(122),
            Self::ENOSPC => Some(28),
            Self::ENOENT => Some(2),
            Self::ENOMEM => Some(12),
            Self::ENFILE => Some(23),
            Self::EPROTO => Some(71),
            Self::EAGAIN => Some(11),
            Self::ENOTDIR => Some(20),
            Self::ENAMETOOLONG => Some(36),
            Self::EDESTADDRREQ => Some(89),
            Self::ENETDOWN => None,
            Self::ESHUTDOWN => None,
            Self::EHOSTUNREACH => None,
            Self::NOTINITIALISED => None,
            Self::ESOCKTNOSUPPORT => None,
            Self::EINVALIDPROVIDER => None,
            Self::EINVALIDPROCTABLE => None,
            Self::EPROVIDERFAILEDINIT => None,
        }
    }
    /// The Winsock error code, if Windows reports this code.
    #[must_use]
    pub const fn wsa(self) -> Option<i32> {
        match self {
            Self::EINTR => Some(10004),
            Self::EACCES => Some(10013),
            Self::EFAULT => Some(10014),
            Self::EINVAL => Some(10022),
            Self::EMFILE => Some(10024),
            Self::EISCONN => Some(10056),
            Self::ENOBUFS => Some(10055),
            Self::EALREADY => Some(10037),
            Self::ENOTCONN => Some(10057),
            Self::EMSGSIZE => Some(10040),
            Self::ENOTSOCK => Some(10038),
            Self::ETIMEDOUT => Some(10060),
            Self::EPROTOTYPE => Some(10041),
            Self::EOPNOTSUPP => Some(10045),
            Self::EADDRINUSE => Some(10048),
            Self::ECONNRESET => Some(10054),
            Self::ENETUNREACH => Some(10051),
            Self::EWOULDBLOCK => Some(10035),
            Self::EINPROGRESS => Some(10036),
            Self::ECONNREFUSED => Some(10061),
            Self::ECONNABORTED => Some(10053),
            Self::EAFNOSUPPORT => Some(10047),
            Self::EADDRNOTAVAIL => Some(10049),
            Self::EPROTONOSUPPORT => Some(10043),
            Self::EIO => None,
            Self::EPIPE => None,
            Self::EPERM => None,
            Self::EROFS => None,
            Self::EBADF => None,
            Self::ELOOP => None,
            Self::EDQUOT => None,
            Self::ENOSPC => None,
            Self::ENOENT => None,
            Self::ENOMEM => None,
            Self::ENFILE => None,
            Self::EPROTO => None,
            Self::EAGAIN => None,
            Self::ENOTDIR => None,
            Self::ENAMETOOLONG => None,
            Self::EDESTADDRREQ => None,
            Self::ENETDOWN => Some(10050),
            Self::ESHUTDOWN => Some(10058),
            Self::EHOSTUNREACH => Some(10065),
            Self::NOTINITIALISED => Some(10093),
            Self::ESOCKTNOSUPPORT => Some(10044),
            Self::EINVALIDPROVIDER => Some(10105),
            Self::EINVALIDPROCTABLE => Some(10104),
            Self::EPROVIDERFAILEDINIT => Some(10106),
        }
    }
    /// The Linux errno symbol, such as `EINTR`, if Linux reports this code.
    #[must_use]
    pub const fn errno_symbol(self) -> Option<&'static str> {
        match self {
            Self::EINTR => Some("EINTR"),
            Self::EACCES => Some("EACCES"),
            Self::EFAULT => Some("EFAULT"),
            Self::EINVAL => Some("EINVAL"),
            Self::EMFILE => Some("EMFILE"),
            Self::EISCONN => Some("EISCONN"),
            Self::ENOBUFS => Some("ENOBUFS"),
            Self::EALREADY => Some("EALREADY"),
            Self::ENOTCONN => Some("ENOTCONN"),
            Self::EMSGSIZE => Some("EMSGSIZE"),
            Self::ENOTSOCK => Some("ENOTSOCK"),
            Self::ETIMEDOUT => Some("ETIMEDOUT"),
            Self::EPROTOTYPE => Some("EPROTOTYPE"),
            Self::EOPNOTSUPP => Some("EOPNOTSUPP"),
            Self::EADDRINUSE => Some("EADDRINUSE"),
            Self::ECONNRESET => Some("ECONNRESET"),
            Self::ENETUNREACH => Some("ENETUNREACH"),
            Self::EWOULDBLOCK => Some("EWOULDBLOCK"),
            Self::EINPROGRESS => Some("EINPROGRESS"),
            Self::ECONNREFUSED => Some("ECONNREFUSED"),
            Self::ECONNABORTED => Some("ECONNABORTED"),
            Self::EAFNOSUPPORT => Some("EAFNOSUPPORT"),
            Self::EADDRNOTAVAIL => Some("EADDRNOTAVAIL"),
            Self::EPROTONOSUPPORT => Some("EPROTONOSUPPORT"),
            Self::EIO => Some("EIO"),
            Self::EPIPE => Some("EPIPE"),
            Self::EPERM => Some("EPERM"),
            Self::EROFS => Some("EROFS"),
            Self::EBADF => Some("EBADF"),
            Self::ELOOP => Some("ELOOP"),
            Self::EDQUOT => Some("EDQUOT"),
            Self::ENOSPC => Some("ENOSPC"),
            Self::ENOENT => Some("ENOENT"),
            Self::ENOMEM => Some("ENOMEM"),
            Self::ENFILE => Some("ENFILE"),
            Self::EPROTO => Some("EPROTO"),
            Self::EAGAIN => Some("EAGAIN"),
            Self::ENOTDIR => Some("ENOTDIR"),
            Self::ENAMETOOLONG => Some("ENAMETOOLONG"),
            Self::EDESTADDRREQ => Some("EDESTADDRREQ"),
            Self::ENETDOWN => None,
            Self::ESHUTDOWN => None,
            Self::EHOSTUNREACH => None,
            Self::NOTINITIALISED => None,
            Self::ESOCKTNOSUPPORT => None,
            Self::EINVALIDPROVIDER => None,
            Self::EINVALIDPROCTABLE => None,
            Self::EPROVIDERFAILEDINIT => None,
        }
    }
    /// The Winsock symbol, such as `WSAEINTR`, if Windows reports this code.
    #[must_use]
    pub const fn wsa_symbol(self) -> Option<&'static str> {
        match self {
            Self::EINTR => Some("WSAEINTR"),
            Self::EACCES => Some("WSAEACCES"),
            Self::EFAULT => Some("WSAEFAULT"),
            Self::EINVAL => Some("WSAEINVAL"),
            Self::EMFILE => Some("WSAEMFILE"),
            Self::EISCONN => Some("WSAEISCONN"),
            Self::ENOBUFS => Some("WSAENOBUFS"),
            Self::EALREADY => Some("WSAEALREADY"),
            Self::ENOTCONN => Some("WSAENOTCONN"),
            Self::EMSGSIZE => Some("WSAEMSGSIZE"),
            Self::ENOTSOCK => Some("WSAENOTSOCK"),
            Self::ETIMEDOUT => Some("WSAETIMEDOUT"),
            Self::EPROTOTYPE => Some("WSAEPROTOTYPE"),
            Self::EOPNOTSUPP => Some("WSAEOPNOTSUPP"),
            Self::EADDRINUSE => Some("WSAEADDRINUSE"),
            Self::ECONNRESET => Some("WSAECONNRESET"),
            Self::ENETUNREACH => Some("WSAENETUNREACH"),
            Self::EWOULDBLOCK => Some("WSAEWOULDBLOCK"),
            Self::EINPROGRESS => Some("WSAEINPROGRESS"),
            Self::ECONNREFUSED => Some("WSAECONNREFUSED"),
            Self::ECONNABORTED => Some("WSAECONNABORTED"),
            Self::EAFNOSUPPORT => Some("WSAEAFNOSUPPORT"),
            Self::EADDRNOTAVAIL => Some("WSAEADDRNOTAVAIL"),
            Self::EPROTONOSUPPORT => Some("WSAEPROTONOSUPPORT"),
            Self::EIO => None,
            Self::EPIPE => None,
            Self::EPERM => None,
            Self::EROFS => None,
            Self::EBADF => None,
            Self::ELOOP => None,
            Self::EDQUOT => None,
            Self::ENOSPC => None,
            Self::ENOENT => None,
            Self::ENOMEM => None,
            Self::ENFILE => None,
            Self::EPROTO => None,
            Self::EAGAIN => None,
            Self::ENOTDIR => None,
            Self::ENAMETOOLONG => None,
            Self::EDESTADDRREQ => None,
            Self::ENETDOWN => Some("WSAENETDOWN"),
            Self::ESHUTDOWN => Some("WSAESHUTDOWN"),
            Self::EHOSTUNREACH => Some("WSAEHOSTUNREACH"),
            Self::NOTINITIALISED => Some("WSANOTINITIALISED"),
            Self::ESOCKTNOSUPPORT => Some("WSAESOCKTNOSUPPORT"),
            Self::EINVALIDPROVIDER => Some("WSAEINVALIDPROVIDER"),
            Self::EINVALIDPROCTABLE => Some("WSAEINVALIDPROCTABLE"),
            Self::EPROVIDERFAILEDINIT => Some("WSAEPROVIDERFAILEDINIT"),
        }
    }
    /// Decodes a Linux errno value, on any host; `None` for a value no code has.
    ///
    /// Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.
    ///
    /// This reads the errno table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers.
    #[must_use]
    pub const fn from_errno(code: i32) -> Option<NetError> {
        const TABLE: [Option<NetError>; 122] = [
            Some(NetError::EPERM),
            Some(NetError::ENOENT),
            None,
            Some(NetError::EINTR),
            Some(NetError::EIO),
            None,
            None,
            None,
            Some(NetError::EBADF),
            None,
            Some(NetError::EAGAIN),
            Some(NetError::ENOMEM),
            Some(NetError::EACCES),
            Some(NetError::EFAULT),
            None,
            None,
            None,
            None,
            None,
            Some(NetError::ENOTDIR),
            None,
            Some(NetError::EINVAL),
            Some(NetError::ENFILE),
            Some(NetError::EMFILE),
            None,
            None,
            None,
            Some(NetError::ENOSPC),
            None,
            Some(NetError::EROFS),
            None,
            Some(NetError::EPIPE),
            None,
            None,
            None,
            Some(NetError::ENAMETOOLONG),
            None,
            None,
            None,
            Some(NetError::ELOOP),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EPROTO),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::ENOTSOCK),
            Some(NetError::EDESTADDRREQ),
            Some(NetError::EMSGSIZE),
            Some(NetError::EPROTOTYPE),
            None,
            Some(NetError::EPROTONOSUPPORT),
            None,
            Some(NetError::EOPNOTSUPP),
            None,
            Some(NetError::EAFNOSUPPORT),
            Some(NetError::EADDRINUSE),
            Some(NetError::EADDRNOTAVAIL),
            None,
            Some(NetError::ENETUNREACH),
            None,
            Some(NetError::ECONNABORTED),
            Some(NetError::ECONNRESET),
            Some(NetError::ENOBUFS),
            Some(NetError::EISCONN),
            Some(NetError::ENOTCONN),
            None,
            None,
            Some(NetError::ETIMEDOUT),
            Some(NetError::ECONNREFUSED),
            None,
            None,
            Some(NetError::EALREADY),
            Some(NetError::EINPROGRESS),
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EDQUOT),
        ];
        let offset = code.wrapping_sub(1) as u32 as usize;
        if offset < TABLE.len() { TABLE[offset] } else { None }
    }
    /// Decodes a Winsock error code, on any host; `None` for a value no code has.
    ///
    /// Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.
    ///
    /// This reads the WSA table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers.
    #[must_use]
    pub const fn from_wsa(code: i32) -> Option<NetError> {
        const TABLE: [Option<NetError>; 103] = [
            Some(NetError::EINTR),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EACCES),
            Some(NetError::EFAULT),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EINVAL),
            None,
            Some(NetError::EMFILE),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EWOULDBLOCK),
            Some(NetError::EINPROGRESS),
            Some(NetError::EALREADY),
            Some(NetError::ENOTSOCK),
            None,
            Some(NetError::EMSGSIZE),
            Some(NetError::EPROTOTYPE),
            None,
            Some(NetError::EPROTONOSUPPORT),
            Some(NetError::ESOCKTNOSUPPORT),
            Some(NetError::EOPNOTSUPP),
            None,
            Some(NetError::EAFNOSUPPORT),
            Some(NetError::EADDRINUSE),
            Some(NetError::EADDRNOTAVAIL),
            Some(NetError::ENETDOWN),
            Some(NetError::ENETUNREACH),
            None,
            Some(NetError::ECONNABORTED),
            Some(NetError::ECONNRESET),
            Some(NetError::ENOBUFS),
            Some(NetError::EISCONN),
            Some(NetError::ENOTCONN),
            Some(NetError::ESHUTDOWN),
            None,
            Some(NetError::ETIMEDOUT),
            Some(NetError::ECONNREFUSED),
            None,
            None,
            None,
            Some(NetError::EHOSTUNREACH),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::NOTINITIALISED),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EINVALIDPROCTABLE),
            Some(NetError::EINVALIDPROVIDER),
            Some(NetError::EPROVIDERFAILEDINIT),
        ];
        let offset = code.wrapping_sub(10004) as u32 as usize;
        if offset < TABLE.len() { TABLE[offset] } else { None }
    }
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
        match self {
            Self::EINTR => std::io::ErrorKind::Interrupted,
            Self::EACCES => std::io::ErrorKind::PermissionDenied,
            Self::EFAULT => std::io::ErrorKind::Other,
            Self::EINVAL => std::io::ErrorKind::InvalidInput,
            Self::EMFILE => std::io::ErrorKind::Other,
            Self::EISCONN => std::io::ErrorKind::Other,
            Self::ENOBUFS => std::io::ErrorKind::Other,
            Self::EALREADY => std::io::ErrorKind::Other,
            Self::ENOTCONN => std::io::ErrorKind::NotConnected,
            Self::EMSGSIZE => std::io::ErrorKind::Other,
            Self::ENOTSOCK => std::io::ErrorKind::Other,
            Self::ETIMEDOUT => std::io::ErrorKind::TimedOut,
            Self::EPROTOTYPE => std::io::ErrorKind::Other,
            Self::EOPNOTSUPP => std::io::ErrorKind::Unsupported,
            Self::EADDRINUSE => std::io::ErrorKind::AddrInUse,
            Self::ECONNRESET => std::io::ErrorKind::ConnectionReset,
            Self::ENETUNREACH => std::io::ErrorKind::NetworkUnreachable,
            Self::EWOULDBLOCK => std::io::ErrorKind::WouldBlock,
            Self::EINPROGRESS => host_kind(Platform::Linux, 115),
            Self::ECONNREFUSED => std::io::ErrorKind::ConnectionRefused,
            Self::ECONNABORTED => std::io::ErrorKind::ConnectionAborted,
            Self::EAFNOSUPPORT => std::io::ErrorKind::Other,
            Self::EADDRNOTAVAIL => std::io::ErrorKind::AddrNotAvailable,
            Self::EPROTONOSUPPORT => std::io::ErrorKind::Other,
            Self::EIO => std::io::ErrorKind::Other,
            Self::EPIPE => std::io::ErrorKind::BrokenPipe,
            Self::EPERM => std::io::ErrorKind::PermissionDenied,
            Self::EROFS => std::io::ErrorKind::ReadOnlyFilesystem,
            Self::EBADF => std::io::ErrorKind::Other,
            Self::ELOOP => host_kind(Platform::Linux, 40),
            Self::EDQUOT => std::io::ErrorKind::QuotaExceeded,
            Self::ENOSPC => std::io::ErrorKind::StorageFull,
            Self::ENOENT => std::io::ErrorKind::NotFound,
            Self::ENOMEM => std::io::ErrorKind::OutOfMemory,
            Self::ENFILE => std::io::ErrorKind::Other,
            Self::EPROTO => std::io::ErrorKind::Other,
            Self::EAGAIN => std::io::ErrorKind::WouldBlock,
            Self::ENOTDIR => std::io::ErrorKind::NotADirectory,
            Self::ENAMETOOLONG => std::io::ErrorKind::InvalidFilename,
            Self::EDESTADDRREQ => std::io::ErrorKind::Other,
            Self::ENETDOWN => std::io::ErrorKind::NetworkDown,
            Self::ESHUTDOWN => std::io::ErrorKind::Other,
            Self::EHOSTUNREACH => std::io::ErrorKind::HostUnreachable,
            Self::NOTINITIALISED => std::io::ErrorKind::Other,
            Self::ESOCKTNOSUPPORT => std::io::ErrorKind::Other,
            Self::EINVALIDPROVIDER => std::io::ErrorKind::Other,
            Self::EINVALIDPROCTABLE => std::io::ErrorKind::Other,
            Self::EPROVIDERFAILEDINIT => std::io::ErrorKind::Other,
        }
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
/// std's kind for a value whose `ErrorKind` variant is not stable yet:
/// read from std where the host uses `platform`'s numbers, else `Other`.
fn host_kind(platform: Platform, value: i32) -> std::io::ErrorKind {
    if Platform::host() == Some(platform) {
        std::io::Error::from_raw_os_error(value).kind()
    } else {
        std::io::ErrorKind::Other
    }
}
/// `NAME: English text`: the code's name, a colon, and [`NetError::en`].
impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        f.write_str(": ")?;
        f.write_str(self.en())
    }
}
impl std::error::Error for NetError {}
/// Accepts the full code, the name, and the Linux or Windows symbol
/// (for the first code: `WMKC_NET_ERR_EINTR`, `EINTR`, `WSAEINTR`). Case-sensitive.
impl FromStr for NetError {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_key(s).ok_or_else(|| ParseError::new(ParseTarget::NetError, s))
    }
}
/// The code a string names: by length, then by a distinguishing byte, then one comparison.
fn parse_key(s: &str) -> Option<NetError> {
    let bytes = s.as_bytes();
    match bytes.len() {
        3 => {
            if bytes == b"EIO" {
                return Some(NetError::EIO);
            }
            None
        }
        5 => {
            match bytes[3] {
                b'D' => {
                    if bytes == b"EBADF" {
                        return Some(NetError::EBADF);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"EROFS" {
                        return Some(NetError::EROFS);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"ELOOP" {
                        return Some(NetError::ELOOP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"EPIPE" {
                        return Some(NetError::EPIPE);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"EPERM" {
                        return Some(NetError::EPERM);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                _ => None,
            }
        }
        6 => {
            match bytes[3] {
                b'A' => {
                    if bytes == b"EAGAIN" {
                        return Some(NetError::EAGAIN);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"EACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ENOENT" {
                        return Some(NetError::ENOENT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"EMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    if bytes == b"ENFILE" {
                        return Some(NetError::ENFILE);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"ENOMEM" {
                        return Some(NetError::ENOMEM);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"EPROTO" {
                        return Some(NetError::EPROTO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"ENOSPC" {
                        return Some(NetError::ENOSPC);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"EFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    if bytes == b"EDQUOT" {
                        return Some(NetError::EDQUOT);
                    }
                    None
                }
                b'V' => {
                    if bytes == b"EINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                _ => None,
            }
        }
        7 => {
            match bytes[3] {
                b'B' => {
                    if bytes == b"ENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"EISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ENOTDIR" {
                        return Some(NetError::ENOTDIR);
                    }
                    None
                }
                _ => None,
            }
        }
        8 => {
            match bytes[6] {
                b'C' => {
                    if bytes == b"ENOTSOCK" {
                        return Some(NetError::ENOTSOCK);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"EALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"ENOTCONN" {
                        return Some(NetError::ENOTCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WSAEINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"ENETDOWN" {
                        return Some(NetError::ENETDOWN);
                    }
                    None
                }
                b'Z' => {
                    if bytes == b"EMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                _ => None,
            }
        }
        9 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"WSAEFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WSAEINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WSAEMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                _ => None,
            }
        }
        10 => {
            match bytes[6] {
                b'B' => {
                    if bytes == b"WSAENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAEISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"EADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"EOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                _ => None,
            }
        }
        11 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'L' => {
                    if bytes == b"EWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WSAEMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                b'N' => {
                    match bytes[7] {
                        b'C' => {
                            if bytes == b"WSAENOTCONN" {
                                return Some(NetError::ENOTCONN);
                            }
                            None
                        }
                        b'D' => {
                            if bytes == b"WSAENETDOWN" {
                                return Some(NetError::ENETDOWN);
                            }
                            None
                        }
                        b'S' => {
                            if bytes == b"WSAENOTSOCK" {
                                return Some(NetError::ENOTSOCK);
                            }
                            None
                        }
                        _ => None,
                    }
                }
                b'R' => {
                    if bytes == b"EINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"ENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                _ => None,
            }
        }
        12 => {
            match bytes[5] {
                b'A' => {
                    if bytes == b"ECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    if bytes == b"EDESTADDRREQ" {
                        return Some(NetError::EDESTADDRREQ);
                    }
                    None
                }
                b'H' => {
                    if bytes == b"WSAESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WSAETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"ECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"EAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ENAMETOOLONG" {
                        return Some(NetError::ENAMETOOLONG);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"EHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                _ => None,
            }
        }
        13 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WSAEOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WSAEPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"EADDRNOTAVAIL" {
                        return Some(NetError::EADDRNOTAVAIL);
                    }
                    None
                }
                _ => None,
            }
        }
        14 => {
            match bytes[5] {
                b'E' => {
                    if bytes == b"WSAENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"NOTINITIALISED" {
                        return Some(NetError::NOTINITIALISED);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WSAEINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WSAEWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                _ => None,
            }
        }
        15 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    if bytes == b"WSAECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    None
                }
                b'H' => {
                    if bytes == b"WSAEHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                b'K' => {
                    if bytes == b"ESOCKTNOSUPPORT" {
                        return Some(NetError::ESOCKTNOSUPPORT);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EPROTONOSUPPORT" {
                        return Some(NetError::EPROTONOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        16 => {
            match bytes[1] {
                b'I' => {
                    if bytes == b"EINVALIDPROVIDER" {
                        return Some(NetError::EINVALIDPROVIDER);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_EIO" {
                        return Some(NetError::EIO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WSAEADDRNOTAVAIL" {
                        return Some(NetError::EADDRNOTAVAIL);
                    }
                    None
                }
                _ => None,
            }
        }
        17 => {
            if bytes == b"WSANOTINITIALISED" {
                return Some(NetError::NOTINITIALISED);
            }
            if bytes == b"EINVALIDPROCTABLE" {
                return Some(NetError::EINVALIDPROCTABLE);
            }
            None
        }
        18 => {
            match bytes[17] {
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_EPIPE" {
                        return Some(NetError::EPIPE);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"WMKC_NET_ERR_EBADF" {
                        return Some(NetError::EBADF);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_EPERM" {
                        return Some(NetError::EPERM);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WMKC_NET_ERR_ELOOP" {
                        return Some(NetError::ELOOP);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"WMKC_NET_ERR_EINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_EROFS" {
                        return Some(NetError::EROFS);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WSAEPROTONOSUPPORT" {
                        return Some(NetError::EPROTONOSUPPORT);
                    }
                    if bytes == b"WSAESOCKTNOSUPPORT" {
                        return Some(NetError::ESOCKTNOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        19 => {
            match bytes[16] {
                b'A' => {
                    if bytes == b"WMKC_NET_ERR_EAGAIN" {
                        return Some(NetError::EAGAIN);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_EACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WSAEINVALIDPROVIDER" {
                        return Some(NetError::EINVALIDPROVIDER);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_ENOENT" {
                        return Some(NetError::ENOENT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WMKC_NET_ERR_EMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    if bytes == b"WMKC_NET_ERR_ENFILE" {
                        return Some(NetError::ENFILE);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_ENOMEM" {
                        return Some(NetError::ENOMEM);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"EPROVIDERFAILEDINIT" {
                        return Some(NetError::EPROVIDERFAILEDINIT);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_EPROTO" {
                        return Some(NetError::EPROTO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_ENOSPC" {
                        return Some(NetError::ENOSPC);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"WMKC_NET_ERR_EFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    if bytes == b"WMKC_NET_ERR_EDQUOT" {
                        return Some(NetError::EDQUOT);
                    }
                    None
                }
                b'V' => {
                    if bytes == b"WMKC_NET_ERR_EINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                _ => None,
            }
        }
        20 => {
            match bytes[16] {
                b'A' => {
                    if bytes == b"WSAEINVALIDPROCTABLE" {
                        return Some(NetError::EINVALIDPROCTABLE);
                    }
                    None
                }
                b'B' => {
                    if bytes == b"WMKC_NET_ERR_ENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_EISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WMKC_NET_ERR_ENOTDIR" {
                        return Some(NetError::ENOTDIR);
                    }
                    None
                }
                _ => None,
            }
        }
        21 => {
            match bytes[19] {
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_ENOTSOCK" {
                        return Some(NetError::ENOTSOCK);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WMKC_NET_ERR_EALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_ENOTCONN" {
                        return Some(NetError::ENOTCONN);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"WMKC_NET_ERR_ENETDOWN" {
                        return Some(NetError::ENETDOWN);
                    }
                    None
                }
                b'Z' => {
                    if bytes == b"WMKC_NET_ERR_EMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                _ => None,
            }
        }
        22 => {
            match bytes[14] {
                b'I' => {
                    if bytes == b"WSAEPROVIDERFAILEDINIT" {
                        return Some(NetError::EPROVIDERFAILEDINIT);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_ESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WMKC_NET_ERR_ETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                _ => None,
            }
        }
        23 => {
            match bytes[14] {
                b'A' => {
                    if bytes == b"WMKC_NET_ERR_EADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_ECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_EOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WMKC_NET_ERR_EPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                _ => None,
            }
        }
        24 => {
            match bytes[14] {
                b'I' => {
                    if bytes == b"WMKC_NET_ERR_EINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_ENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"WMKC_NET_ERR_EWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                _ => None,
            }
        }
        25 => {
            match bytes[19] {
                b'B' => {
                    if bytes == b"WMKC_NET_ERR_ECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WMKC_NET_ERR_EDESTADDRREQ" {
                        return Some(NetError::EDESTADDRREQ);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_ECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_EHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_ENAMETOOLONG" {
                        return Some(NetError::ENAMETOOLONG);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"WMKC_NET_ERR_EAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        26 => {
            if bytes == b"WMKC_NET_ERR_EADDRNOTAVAIL" {
                return Some(NetError::EADDRNOTAVAIL);
            }
            None
        }
        27 => {
            if bytes == b"WMKC_NET_ERR_NOTINITIALISED" {
                return Some(NetError::NOTINITIALISED);
            }
            None
        }
        28 => {
            if bytes == b"WMKC_NET_ERR_EPROTONOSUPPORT" {
                return Some(NetError::EPROTONOSUPPORT);
            }
            if bytes == b"WMKC_NET_ERR_ESOCKTNOSUPPORT" {
                return Some(NetError::ESOCKTNOSUPPORT);
            }
            None
        }
        29 => {
            if bytes == b"WMKC_NET_ERR_EINVALIDPROVIDER" {
                return Some(NetError::EINVALIDPROVIDER);
            }
            None
        }
        30 => {
            if bytes == b"WMKC_NET_ERR_EINVALIDPROCTABLE" {
                return Some(NetError::EINVALIDPROCTABLE);
            }
            None
        }
        32 => {
            if bytes == b"WMKC_NET_ERR_EPROVIDERFAILEDINIT" {
                return Some(NetError::EPROVIDERFAILEDINIT);
            }
            None
        }
        _ => None,
    }
}
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
