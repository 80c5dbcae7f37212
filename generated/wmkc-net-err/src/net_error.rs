// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use std::fmt;
use crate::{Operation, Platform};
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
        const TABLE: [&str; 48] = [
            "WMKC_NET_ERR_EINTR",
            "WMKC_NET_ERR_EACCES",
            "WMKC_NET_ERR_EFAULT",
            "WMKC_NET_ERR_EINVAL",
            "WMKC_NET_ERR_EMFILE",
            "WMKC_NET_ERR_EISCONN",
            "WMKC_NET_ERR_ENOBUFS",
            "WMKC_NET_ERR_EALREADY",
            "WMKC_NET_ERR_ENOTCONN",
            "WMKC_NET_ERR_EMSGSIZE",
            "WMKC_NET_ERR_ENOTSOCK",
            "WMKC_NET_ERR_ETIMEDOUT",
            "WMKC_NET_ERR_EPROTOTYPE",
            "WMKC_NET_ERR_EOPNOTSUPP",
            "WMKC_NET_ERR_EADDRINUSE",
            "WMKC_NET_ERR_ECONNRESET",
            "WMKC_NET_ERR_ENETUNREACH",
            "WMKC_NET_ERR_EWOULDBLOCK",
            "WMKC_NET_ERR_EINPROGRESS",
            "WMKC_NET_ERR_ECONNREFUSED",
            "WMKC_NET_ERR_ECONNABORTED",
            "WMKC_NET_ERR_EAFNOSUPPORT",
            "WMKC_NET_ERR_EADDRNOTAVAIL",
            "WMKC_NET_ERR_EPROTONOSUPPORT",
            "WMKC_NET_ERR_EIO",
            "WMKC_NET_ERR_EPIPE",
            "WMKC_NET_ERR_EPERM",
            "WMKC_NET_ERR_EROFS",
            "WMKC_NET_ERR_EBADF",
            "WMKC_NET_ERR_ELOOP",
            "WMKC_NET_ERR_EDQUOT",
            "WMKC_NET_ERR_ENOSPC",
            "WMKC_NET_ERR_ENOENT",
            "WMKC_NET_ERR_ENOMEM",
            "WMKC_NET_ERR_ENFILE",
            "WMKC_NET_ERR_EPROTO",
            "WMKC_NET_ERR_EAGAIN",
            "WMKC_NET_ERR_ENOTDIR",
            "WMKC_NET_ERR_ENAMETOOLONG",
            "WMKC_NET_ERR_EDESTADDRREQ",
            "WMKC_NET_ERR_ENETDOWN",
            "WMKC_NET_ERR_ESHUTDOWN",
            "WMKC_NET_ERR_EHOSTUNREACH",
            "WMKC_NET_ERR_NOTINITIALISED",
            "WMKC_NET_ERR_ESOCKTNOSUPPORT",
            "WMKC_NET_ERR_EINVALIDPROVIDER",
            "WMKC_NET_ERR_EINVALIDPROCTABLE",
            "WMKC_NET_ERR_EPROVIDERFAILEDINIT",
        ];
        TABLE[self as usize]
    }
    /// The code without its prefix, such as `EINTR`; also the variant's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "EINTR",
            "EACCES",
            "EFAULT",
            "EINVAL",
            "EMFILE",
            "EISCONN",
            "ENOBUFS",
            "EALREADY",
            "ENOTCONN",
            "EMSGSIZE",
            "ENOTSOCK",
            "ETIMEDOUT",
            "EPROTOTYPE",
            "EOPNOTSUPP",
            "EADDRINUSE",
            "ECONNRESET",
            "ENETUNREACH",
            "EWOULDBLOCK",
            "EINPROGRESS",
            "ECONNREFUSED",
            "ECONNABORTED",
            "EAFNOSUPPORT",
            "EADDRNOTAVAIL",
            "EPROTONOSUPPORT",
            "EIO",
            "EPIPE",
            "EPERM",
            "EROFS",
            "EBADF",
            "ELOOP",
            "EDQUOT",
            "ENOSPC",
            "ENOENT",
            "ENOMEM",
            "ENFILE",
            "EPROTO",
            "EAGAIN",
            "ENOTDIR",
            "ENAMETOOLONG",
            "EDESTADDRREQ",
            "ENETDOWN",
            "ESHUTDOWN",
            "EHOSTUNREACH",
            "NOTINITIALISED",
            "ESOCKTNOSUPPORT",
            "EINVALIDPROVIDER",
            "EINVALIDPROCTABLE",
            "EPROVIDERFAILEDINIT",
        ];
        TABLE[self as usize]
    }
    /// What the error means, in English.
    #[must_use]
    pub const fn en(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "The blocking call was interrupted before it finished: by a signal on Linux, by WSACancelBlockingCall on Windows. Retry it; after an interrupted connect, wait for the connection to complete instead of connecting again.",
            "Permission denied: the socket was used in a way the system does not allow, such as binding a privileged port or a Unix socket path in a directory without write permission, or sending to a broadcast address without SO_BROADCAST.",
            "An address or buffer argument points outside the memory the process may access, or the address length given is too small for the address family.",
            "An argument is invalid, or the socket is in the wrong state for the call: bind on a socket that is already bound, accept before listen, a send or recv on a listening socket, an unknown flag, or an address length that does not match the family.",
            "The process already has as many descriptors open as it may (RLIMIT_NOFILE on Linux), so no new socket could be created. Close descriptors that are no longer needed, or raise the limit.",
            "The socket is already connected: connect was called a second time, a destination address was passed to send on a connected socket, or listen was called on a connected socket.",
            "The system ran out of buffer space or queue room for the call, usually under memory pressure or with too many sockets open. Retry later or reduce the load.",
            "An earlier non-blocking connect, or a TCP Fast Open send, on this socket is still in progress. Wait for it to finish (poll or select for writability) instead of calling again.",
            "The socket is not connected: a connection-oriented socket has no peer (yet, or any more), so there is nothing to send to, receive from or shut down. Connect or accept first.",
            "The socket is message-oriented and the message is larger than the transport can carry in one piece, such as a UDP datagram over 65,507 bytes. On Windows, recv also reports it when a datagram was cut to fit the buffer.",
            "The descriptor or handle passed is open but does not refer to a socket, for example a regular file or a pipe.",
            "The connection timed out: connect got no answer in time, or an established peer stopped acknowledging data or keep-alives and the connection was dropped.",
            "The protocol does not fit the socket type, such as TCP on a datagram socket; for a Unix socket, the peer is of a different socket type.",
            "This kind of socket does not support the operation: listen or accept on a connectionless (datagram) socket, a flag such as MSG_OOB that the protocol lacks, or a direction a one-way socket cannot use.",
            "The local address is already in use: another socket holds that address and port, or the Unix socket path already exists. Choose another port, remove a stale socket file, or set SO_REUSEADDR where that is safe.",
            "The peer reset the connection, typically because it closed with unread data or its process died. The socket can no longer be used; close it. Only connection-oriented sockets report this.",
            "The destination network cannot be reached from this host right now: there is no route to it, or the interface that leads there is down.",
            "The socket is non-blocking and the call cannot finish without waiting: no connection to accept, no data to read, no room to send, or a connect that cannot complete at once. Wait until the socket is ready, then retry.",
            "The operation could not finish at once and continues in the background: a non-blocking connect has started (wait for writability, then read SO_ERROR for its outcome). On Windows, a blocking Winsock call is already running on this thread.",
            "The remote host refused the connection: nothing listens on that address and port, or a firewall answered with a reset. For a connected datagram socket, recv reports an earlier datagram that was refused.",
            "The connection was aborted on this side, after a timeout or another failure, or (from accept) the client gave up before it was accepted. The socket can no longer be used; close it.",
            "The address family is not supported here, or an address of another family than the socket's was passed (an IPv6 address to an IPv4 socket, say).",
            "The address cannot be used: bind named an address that no local interface has, or connect was given an invalid remote address (such as port 0) or found no free local port.",
            "The protocol asked for is not supported by this address family and socket type, or is not available on this system.",
            "A low-level I/O error happened while the descriptor was being closed; data that was still being written may have been lost.",
            "The connection can no longer carry data: this end was shut down for writing, or the peer has closed it. Unless MSG_NOSIGNAL was passed, the process was also sent SIGPIPE.",
            "The operation is not permitted: a firewall (netfilter) rule blocked the connection, or the caller lacks a privilege the call needs.",
            "The Unix socket's path is on a read-only file system, so its inode cannot be created there.",
            "The descriptor is not an open file descriptor, most often because it was already closed.",
            "Too many symbolic links were followed while resolving the Unix socket path; there is probably a link loop.",
            "Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS).",
            "Data still being written when the descriptor was closed could not be stored: the file system is full or the user's disk quota is used up (seen on network file systems such as NFS).",
            "A directory in the Unix socket path does not exist.",
            "The kernel could not allocate the memory the call needed.",
            "The system-wide limit on open files has been reached, so no new socket could be created; the whole machine, not just this process, is short of descriptors.",
            "A protocol error occurred on the incoming connection before accept could return it.",
            "The socket is non-blocking and the call would have to wait (no connection to accept, no data, no room to send); retry when poll or select reports it ready. From connect on a socket that was not bound, it means every port of the ephemeral range is in use.",
            "A component of the Unix socket path's prefix is not a directory.",
            "The address is too long: the Unix socket path does not fit the address structure, or a path component exceeds the file system's limit.",
            "The socket is not connected and no destination address was given, so the data has nowhere to go: pass an address to sendto, or connect first.",
            "The network subsystem has failed: the network stack, its driver or the interface is down.",
            "That direction of the socket was already closed with shutdown, so it can no longer send (or receive) there.",
            "The remote host cannot be reached from this host right now: there is no route to it.",
            "Winsock is not initialised: WSAStartup has not completed successfully in this process, or WSACleanup has already been called.",
            "This address family does not support the requested socket type.",
            "A Winsock service provider reported a version other than 2.2.",
            "A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup.",
            "A Winsock service provider could not initialise, typically because a layered service provider (LSP) or namespace provider is installed wrongly or is not working.",
        ];
        TABLE[self as usize]
    }
    /// What the error means, in Chinese (the user's original text).
    #[must_use]
    pub const fn zh(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "执行的调用被操作系统截断。",
            "以不被允许的方式访问套接字。",
            "地址指向了用户的不可访问的地址空间。",
            "提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。",
            "无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。",
            "套接字已被指定连接。",
            "未提供任何缓冲区空间。",
            "另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。",
            "套接字已经连接了 or 套接字未连接",
            "套接字面向消息，消息大于基础传输支持的最大大小",
            "描述符不是套接字",
            "由于超时导致连接已断开。",
            "指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。",
            "引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。",
            "本地地址或端口已被使用。套接字没有绑定到地址。",
            "连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。",
            "此时不可以从此主机访问该网络。网络不可用。",
            "套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。",
            "套接字是非阻塞的，调用操作无法立即完成。",
            "连接被远程主机强制性拒绝。",
            "面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。",
            "指定网络族中的地址无法与此套接字一起使用。",
            "请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。",
            "不支持指定的协议",
            "出现I/O错误",
            "本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。",
            "防火墙规则禁止连接",
            "套接字索引节点将驻留在只读文件系统上",
            "参数sockfd不是有效的文件描述符",
            "解析地址时遇到太多符号链接",
            "存储空间不足或已达到磁盘配额限制。",
            "存储空间不足或已达到磁盘配额限制。",
            "套接字路径名的目录前缀中的组件不存在",
            "可用的内核内存不足",
            "已达到系统范围内打开文件总数的限制",
            "错误的协议",
            "套接字被标记为非阻塞，并且不存在任何可接受的连接。\nsockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。",
            "路径前缀的组件不是目录",
            "地址太长",
            "套接字不是连接模式，并且没有设置对等地址。",
            "网络子系统发生故障",
            "套接字已被shutdown函数关闭",
            "此时无法从此主机访问远程主机",
            "未完成对WSAStartup函数的调用",
            "此地址族不支持指定的套接字类型",
            "服务提供商返回了2.2以外的版本",
            "服务提供程序向WSPStartup返回了无效或不完整的过程表",
            "服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。",
        ];
        TABLE[self as usize]
    }
    /// The socket operations that can report this code, in the spec's order.
    #[must_use]
    pub const fn operations(self) -> &'static [Operation] {
        const TABLE: [&[Operation]; 48] = [
            &[
                Operation::Accept,
                Operation::Send,
                Operation::Recv,
                Operation::Shutdown,
                Operation::Close,
                Operation::Connect,
            ],
            &[Operation::Bind, Operation::Send, Operation::Socket, Operation::Connect],
            &[
                Operation::Bind,
                Operation::Accept,
                Operation::Send,
                Operation::Recv,
                Operation::Connect,
            ],
            &[
                Operation::Bind,
                Operation::Shutdown,
                Operation::Listen,
                Operation::Accept,
                Operation::Send,
                Operation::Recv,
                Operation::Socket,
                Operation::Connect,
            ],
            &[Operation::Accept, Operation::Listen, Operation::Socket],
            &[Operation::Listen, Operation::Send, Operation::Connect],
            &[
                Operation::Bind,
                Operation::Accept,
                Operation::Send,
                Operation::Listen,
                Operation::Socket,
                Operation::Connect,
            ],
            &[Operation::Send, Operation::Connect],
            &[Operation::Listen, Operation::Shutdown, Operation::Send, Operation::Recv],
            &[Operation::Send, Operation::Recv],
            &[
                Operation::Bind,
                Operation::Listen,
                Operation::Shutdown,
                Operation::Accept,
                Operation::Send,
                Operation::Recv,
                Operation::Closesocket,
                Operation::Connect,
            ],
            &[Operation::Send, Operation::Recv, Operation::Connect],
            &[Operation::Socket, Operation::Accept, Operation::Connect],
            &[Operation::Send, Operation::Recv, Operation::Listen, Operation::Accept],
            &[Operation::Bind, Operation::Listen, Operation::Accept, Operation::Connect],
            &[Operation::Shutdown, Operation::Accept, Operation::Send, Operation::Recv],
            &[Operation::Connect],
            &[
                Operation::Accept,
                Operation::Send,
                Operation::Recv,
                Operation::Closesocket,
                Operation::Connect,
            ],
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
            ],
            &[Operation::Recv, Operation::Connect],
            &[Operation::Shutdown, Operation::Send, Operation::Recv, Operation::Accept],
            &[Operation::Socket, Operation::Connect],
            &[Operation::Bind, Operation::Connect],
            &[Operation::Socket],
            &[Operation::Close],
            &[Operation::Send],
            &[Operation::Accept, Operation::Connect],
            &[Operation::Bind],
            &[
                Operation::Bind,
                Operation::Accept,
                Operation::Close,
                Operation::Shutdown,
                Operation::Send,
                Operation::Recv,
                Operation::Listen,
                Operation::Connect,
            ],
            &[Operation::Bind],
            &[Operation::Close],
            &[Operation::Close],
            &[Operation::Bind],
            &[Operation::Socket, Operation::Accept, Operation::Send, Operation::Recv],
            &[Operation::Socket, Operation::Accept],
            &[Operation::Accept],
            &[Operation::Accept, Operation::Send, Operation::Recv, Operation::Connect],
            &[Operation::Bind],
            &[Operation::Bind],
            &[Operation::Send],
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
            ],
            &[Operation::Send, Operation::Recv],
            &[Operation::Send, Operation::Connect],
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
            ],
            &[Operation::Socket],
            &[Operation::Socket],
            &[Operation::Socket],
            &[Operation::Socket],
        ];
        TABLE[self as usize]
    }
    /// The platforms that report this code.
    #[must_use]
    pub const fn platforms(self) -> &'static [Platform] {
        const TABLE: [&[Platform]; 48] = [
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux, Platform::Windows],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Linux],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
            &[Platform::Windows],
        ];
        TABLE[self as usize]
    }
    /// The Linux errno value (generic numbering, as on x86-64 and aarch64), if Linux reports this code.
    #[must_use]
    pub const fn errno(self) -> Option<i32> {
        const TABLE: [Option<i32>; 48] = [
            Some(4),
            Some(13),
            Some(14),
            Some(22),
            Some(24),
            Some(106),
            Some(105),
            Some(114),
            Some(107),
            Some(90),
            Some(88),
            Some(110),
            Some(91),
            Some(95),
            Some(98),
            Some(104),
            Some(101),
            Some(11),
            Some(115),
            Some(111),
            Some(103),
            Some(97),
            Some(99),
            Some(93),
            Some(5),
            Some(32),
            Some(1),
            Some(30),
            Some(9),
            Some(40),
            Some(122),
            Some(28),
            Some(2),
            Some(12),
            Some(23),
            Some(71),
            Some(11),
            Some(20),
            Some(36),
            Some(89),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ];
        TABLE[self as usize]
    }
    /// The Winsock error code, if Windows reports this code.
    #[must_use]
    pub const fn wsa(self) -> Option<i32> {
        const TABLE: [Option<i32>; 48] = [
            Some(10004),
            Some(10013),
            Some(10014),
            Some(10022),
            Some(10024),
            Some(10056),
            Some(10055),
            Some(10037),
            Some(10057),
            Some(10040),
            Some(10038),
            Some(10060),
            Some(10041),
            Some(10045),
            Some(10048),
            Some(10054),
            Some(10051),
            Some(10035),
            Some(10036),
            Some(10061),
            Some(10053),
            Some(10047),
            Some(10049),
            Some(10043),
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
            Some(10050),
            Some(10058),
            Some(10065),
            Some(10093),
            Some(10044),
            Some(10105),
            Some(10104),
            Some(10106),
        ];
        TABLE[self as usize]
    }
    /// The Linux errno symbol, such as `EINTR`, if Linux reports this code.
    #[must_use]
    pub const fn errno_symbol(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
            Some("EINTR"),
            Some("EACCES"),
            Some("EFAULT"),
            Some("EINVAL"),
            Some("EMFILE"),
            Some("EISCONN"),
            Some("ENOBUFS"),
            Some("EALREADY"),
            Some("ENOTCONN"),
            Some("EMSGSIZE"),
            Some("ENOTSOCK"),
            Some("ETIMEDOUT"),
            Some("EPROTOTYPE"),
            Some("EOPNOTSUPP"),
            Some("EADDRINUSE"),
            Some("ECONNRESET"),
            Some("ENETUNREACH"),
            Some("EWOULDBLOCK"),
            Some("EINPROGRESS"),
            Some("ECONNREFUSED"),
            Some("ECONNABORTED"),
            Some("EAFNOSUPPORT"),
            Some("EADDRNOTAVAIL"),
            Some("EPROTONOSUPPORT"),
            Some("EIO"),
            Some("EPIPE"),
            Some("EPERM"),
            Some("EROFS"),
            Some("EBADF"),
            Some("ELOOP"),
            Some("EDQUOT"),
            Some("ENOSPC"),
            Some("ENOENT"),
            Some("ENOMEM"),
            Some("ENFILE"),
            Some("EPROTO"),
            Some("EAGAIN"),
            Some("ENOTDIR"),
            Some("ENAMETOOLONG"),
            Some("EDESTADDRREQ"),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ];
        TABLE[self as usize]
    }
    /// The Winsock symbol, such as `WSAEINTR`, if Windows reports this code.
    #[must_use]
    pub const fn wsa_symbol(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
            Some("WSAEINTR"),
            Some("WSAEACCES"),
            Some("WSAEFAULT"),
            Some("WSAEINVAL"),
            Some("WSAEMFILE"),
            Some("WSAEISCONN"),
            Some("WSAENOBUFS"),
            Some("WSAEALREADY"),
            Some("WSAENOTCONN"),
            Some("WSAEMSGSIZE"),
            Some("WSAENOTSOCK"),
            Some("WSAETIMEDOUT"),
            Some("WSAEPROTOTYPE"),
            Some("WSAEOPNOTSUPP"),
            Some("WSAEADDRINUSE"),
            Some("WSAECONNRESET"),
            Some("WSAENETUNREACH"),
            Some("WSAEWOULDBLOCK"),
            Some("WSAEINPROGRESS"),
            Some("WSAECONNREFUSED"),
            Some("WSAECONNABORTED"),
            Some("WSAEAFNOSUPPORT"),
            Some("WSAEADDRNOTAVAIL"),
            Some("WSAEPROTONOSUPPORT"),
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
            Some("WSAENETDOWN"),
            Some("WSAESHUTDOWN"),
            Some("WSAEHOSTUNREACH"),
            Some("WSANOTINITIALISED"),
            Some("WSAESOCKTNOSUPPORT"),
            Some("WSAEINVALIDPROVIDER"),
            Some("WSAEINVALIDPROCTABLE"),
            Some("WSAEPROVIDERFAILEDINIT"),
        ];
        TABLE[self as usize]
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
    ///
    /// So on a host whose std decodes a code's value differently,
    /// `io::Error::from(code).kind()` (std's decoding of the host's number) is not
    /// always `code.kind()`:
    ///
    /// - [`EINTR`](Self::EINTR): `Interrupted`, while std on Windows decodes `WSAEINTR` as `Uncategorized`.
    /// - [`EOPNOTSUPP`](Self::EOPNOTSUPP): `Unsupported`, while std on Windows decodes `WSAEOPNOTSUPP` as `Uncategorized`.
    #[must_use]
    pub fn kind(self) -> std::io::ErrorKind {
        match self {
            Self::EINTR => std::io::ErrorKind::Interrupted,
            Self::EACCES | Self::EPERM => std::io::ErrorKind::PermissionDenied,
            Self::EFAULT
            | Self::EMFILE
            | Self::EISCONN
            | Self::ENOBUFS
            | Self::EALREADY
            | Self::EMSGSIZE
            | Self::ENOTSOCK
            | Self::EPROTOTYPE
            | Self::EAFNOSUPPORT
            | Self::EPROTONOSUPPORT
            | Self::EIO
            | Self::EBADF
            | Self::ENFILE
            | Self::EPROTO
            | Self::EDESTADDRREQ
            | Self::ESHUTDOWN
            | Self::NOTINITIALISED
            | Self::ESOCKTNOSUPPORT
            | Self::EINVALIDPROVIDER
            | Self::EINVALIDPROCTABLE
            | Self::EPROVIDERFAILEDINIT => std::io::ErrorKind::Other,
            Self::EINVAL => std::io::ErrorKind::InvalidInput,
            Self::ENOTCONN => std::io::ErrorKind::NotConnected,
            Self::ETIMEDOUT => std::io::ErrorKind::TimedOut,
            Self::EOPNOTSUPP => std::io::ErrorKind::Unsupported,
            Self::EADDRINUSE => std::io::ErrorKind::AddrInUse,
            Self::ECONNRESET => std::io::ErrorKind::ConnectionReset,
            Self::ENETUNREACH => std::io::ErrorKind::NetworkUnreachable,
            Self::EWOULDBLOCK | Self::EAGAIN => std::io::ErrorKind::WouldBlock,
            Self::EINPROGRESS => host_kind(Platform::Linux, 115),
            Self::ECONNREFUSED => std::io::ErrorKind::ConnectionRefused,
            Self::ECONNABORTED => std::io::ErrorKind::ConnectionAborted,
            Self::EADDRNOTAVAIL => std::io::ErrorKind::AddrNotAvailable,
            Self::EPIPE => std::io::ErrorKind::BrokenPipe,
            Self::EROFS => std::io::ErrorKind::ReadOnlyFilesystem,
            Self::ELOOP => host_kind(Platform::Linux, 40),
            Self::EDQUOT => std::io::ErrorKind::QuotaExceeded,
            Self::ENOSPC => std::io::ErrorKind::StorageFull,
            Self::ENOENT => std::io::ErrorKind::NotFound,
            Self::ENOMEM => std::io::ErrorKind::OutOfMemory,
            Self::ENOTDIR => std::io::ErrorKind::NotADirectory,
            Self::ENAMETOOLONG => std::io::ErrorKind::InvalidFilename,
            Self::ENETDOWN => std::io::ErrorKind::NetworkDown,
            Self::EHOSTUNREACH => std::io::ErrorKind::HostUnreachable,
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
