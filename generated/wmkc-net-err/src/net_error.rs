// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

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
    /// interrupted before the call could finish
    ///
    /// `WMKC_NET_ERR_EINTR`: A blocking call was interrupted before it finished. On Linux a signal handler ran: retry accept, send, recv or shutdown (or install the handler with SA_RESTART), but never retry close, whose descriptor is already released, and do not repeat a connect, which goes on in the background: wait until the socket is writable and read SO_ERROR. On Windows a blocking call usually fails this way because another thread closed the socket, so the socket must not be used again.
    ///
    /// 执行的调用被操作系统截断。
    ///
    /// - Operations: `accept`, `send`, `recv`, `shutdown`, `close`, `connect`
    /// - Linux: `EINTR` = 4
    /// - Windows: `WSAEINTR` = 10004
    /// - References: [signal(7)](https://man7.org/linux/man-pages/man7/signal.7.html), [close(2)](https://man7.org/linux/man-pages/man2/close.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket)
    EINTR,
    /// permission denied for this address or socket
    ///
    /// `WMKC_NET_ERR_EACCES`: The system refused the call on permission grounds. On Linux the usual causes are a port below 1024 without CAP_NET_BIND_SERVICE, a Unix socket path in a directory the process may not search or write, a broadcast address without SO_BROADCAST, or a firewall or security policy (SELinux) rule. On Windows they are a port another socket holds with SO_EXCLUSIVEADDRUSE, a port in a range the system reserved (netsh interface ipv4 show excludedportrange), or a broadcast address without SO_BROADCAST. Choose another port or address, set SO_BROADCAST, or grant the missing permission; the same call fails again otherwise.
    ///
    /// 以不被允许的方式访问套接字。
    ///
    /// - Operations: `bind`, `send`, `socket`, `connect`
    /// - Linux: `EACCES` = 13
    /// - Windows: `WSAEACCES` = 10013
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE](https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse)
    EACCES,
    /// bad address or buffer argument
    ///
    /// `WMKC_NET_ERR_EFAULT`: A pointer argument (the socket address, its length, or the data buffer) points outside the memory the process may access. On Windows it also means an address length too small for the family, or an address whose family differs from the socket's. It is a bug in the calling code: check the pointers and lengths passed.
    ///
    /// 地址指向了用户的不可访问的地址空间。
    ///
    /// - Operations: `bind`, `accept`, `send`, `recv`, `connect`
    /// - Linux: `EFAULT` = 14
    /// - Windows: `WSAEFAULT` = 10014
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    EFAULT,
    /// invalid argument or wrong socket state for the call
    ///
    /// `WMKC_NET_ERR_EINVAL`: An argument is invalid, or the socket is in the wrong state for the call. On both platforms: bind on a socket that is already bound, accept on a socket that is not listening, an unknown flag or shutdown direction, or an address length that does not fit the family. On Windows also: listen before bind, send or recv (recvfrom) on a datagram socket before bind, connect on a listening socket, and socket with AF_UNSPEC and no type or protocol. Fix the arguments or the order of the calls; repeating the call fails again.
    ///
    /// 提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。
    ///
    /// - Operations: `bind`, `shutdown`, `listen`, `accept`, `send`, `recv`, `socket`, `connect`
    /// - Linux: `EINVAL` = 22
    /// - Windows: `WSAEINVAL` = 10022
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EINVAL,
    /// too many open descriptors in this process
    ///
    /// `WMKC_NET_ERR_EMFILE`: The process has as many descriptors open as it may, so no new socket could be created: on Linux the limit is RLIMIT_NOFILE (ulimit -n), on Windows the provider's limit on socket handles. Close sockets and files that are no longer needed (a steady rise points to a leak) or raise the limit. A failed accept leaves the connection queued, so the listening socket stays readable: stop accepting until a descriptor is free instead of retrying at once.
    ///
    /// 无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。
    ///
    /// - Operations: `accept`, `listen`, `socket`
    /// - Linux: `EMFILE` = 24
    /// - Windows: `WSAEMFILE` = 10024
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [getrlimit(2)](https://man7.org/linux/man-pages/man2/getrlimit.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EMFILE,
    /// socket is already connected
    ///
    /// `WMKC_NET_ERR_EISCONN`: The socket is already connected. connect reports it on a connected socket, which is how a repeated non-blocking connect learns that the connection was made (on Linux, also on a listening socket); on Windows listen reports it for a connected socket; send reports it on some sockets when a destination address is passed on a connected socket. After a non-blocking connect treat it as success; otherwise open a new socket for another peer, or send without an address.
    ///
    /// 套接字已被指定连接。
    ///
    /// - Operations: `listen`, `send`, `connect`
    /// - Linux: `EISCONN` = 106
    /// - Windows: `WSAEISCONN` = 10056
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen)
    EISCONN,
    /// no buffer space available
    ///
    /// `WMKC_NET_ERR_ENOBUFS`: The system lacked memory for socket buffers, or a queue was full. On Linux it usually means a socket buffer limit or kernel memory was exhausted (send seldom reports it: a full device queue drops packets instead). On Windows it typically means too many sockets or connections are open, such as ephemeral ports used up by many short connections. Back off and retry later, close sockets no longer needed, and reuse connections.
    ///
    /// 未提供任何缓冲区空间。
    ///
    /// - Operations: `bind`, `accept`, `send`, `listen`, `socket`, `connect`
    /// - Linux: `ENOBUFS` = 105
    /// - Windows: `WSAENOBUFS` = 10055
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen)
    ENOBUFS,
    /// a connection attempt is already in progress
    ///
    /// `WMKC_NET_ERR_EALREADY`: An earlier operation on this non-blocking socket has not finished: connect was called again while the first connect is still pending, or (on Linux) a TCP Fast Open send is already in progress. Do not call connect again to find out: wait until the socket is writable, then read SO_ERROR for the outcome.
    ///
    /// 另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: `EALREADY` = 114
    /// - Windows: `WSAEALREADY` = 10037
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    EALREADY,
    /// socket is not connected
    ///
    /// `WMKC_NET_ERR_ENOTCONN`: The call needs a connected socket and this one has no peer: it was never connected, or its connection attempt failed or has not completed. send, recv and shutdown report it on a connection-oriented socket; on Windows send and recv also report it on a datagram socket without a default peer when no address is given (Linux reports EDESTADDRREQ for such a send). Connect (or accept) first, or give the destination with sendto; after a non-blocking connect, wait until it completes.
    ///
    /// 套接字已经连接了 or 套接字未连接
    ///
    /// - Operations: `listen`, `shutdown`, `send`, `recv`
    /// - Linux: `ENOTCONN` = 107
    /// - Windows: `WSAENOTCONN` = 10057
    /// - References: [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ENOTCONN,
    /// message too long for the socket or buffer
    ///
    /// `WMKC_NET_ERR_EMSGSIZE`: A message-oriented socket cannot carry the message in one piece: a datagram larger than the protocol allows (65,507 bytes of UDP payload over IPv4) or, where fragmentation is not allowed, larger than the path MTU. On Windows recv also reports it when a datagram was larger than the buffer: the buffer holds its first part and, for UDP, the rest is lost. Send smaller messages or use a stream socket; on Windows, receive into a buffer as large as the largest datagram.
    ///
    /// 套接字面向消息，消息大于基础传输支持的最大大小
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: `EMSGSIZE` = 90
    /// - Windows: `WSAEMSGSIZE` = 10040
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [udp(7)](https://man7.org/linux/man-pages/man7/udp.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EMSGSIZE,
    /// descriptor is not a socket
    ///
    /// `WMKC_NET_ERR_ENOTSOCK`: The descriptor or handle passed does not refer to a socket. On Linux it is an open file of another kind, such as a regular file, a pipe or a terminal, usually a descriptor number mixed up with another. On Windows the usual cause is a SOCKET that was already closed with closesocket (its handle may even have been reused) or was never valid, such as INVALID_SOCKET. Check where the value comes from, and never use a socket after closing it.
    ///
    /// 描述符不是套接字
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `ENOTSOCK` = 88
    /// - Windows: `WSAENOTSOCK` = 10038
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket)
    ENOTSOCK,
    /// connection timed out
    ///
    /// `WMKC_NET_ERR_ETIMEDOUT`: The peer did not answer in time. From connect, the attempt got no reply: the host is down or unreachable, a firewall silently drops the packets, or the server is overloaded. From send or recv, an established connection was dropped because the peer stopped acknowledging data or keep-alive probes. The connection is gone: check the network path and the peer, then connect again (portably, with a new socket).
    ///
    /// 由于超时导致连接已断开。
    ///
    /// - Operations: `send`, `recv`, `connect`
    /// - Linux: `ETIMEDOUT` = 110
    /// - Windows: `WSAETIMEDOUT` = 10060
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [tcp(7)](https://man7.org/linux/man-pages/man7/tcp.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    ETIMEDOUT,
    /// protocol does not fit the socket type
    ///
    /// `WMKC_NET_ERR_EPROTOTYPE`: The protocol does not fit the socket type. On Windows, socket was asked for a protocol without the semantics of the type (IPPROTO_UDP with SOCK_STREAM, say). On Linux, connect tried to join a Unix socket to a peer of another type (a datagram socket to a stream socket). Pass a type and protocol that match (0 picks the type's default), and connect Unix sockets only to sockets of their own type.
    ///
    /// 指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。
    ///
    /// - Operations: `socket`, `accept`, `connect`
    /// - Linux: `EPROTOTYPE` = 91
    /// - Windows: `WSAEPROTOTYPE` = 10041
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EPROTOTYPE,
    /// operation not supported by this kind of socket
    ///
    /// `WMKC_NET_ERR_EOPNOTSUPP`: The socket's type or protocol does not support the call: listen or accept on a connectionless (datagram) socket, a flag such as MSG_OOB that the protocol lacks, or a direction a one-way socket cannot use; on Windows also MSG_WAITALL on a non-blocking or datagram socket. Use a connection-oriented socket (SOCK_STREAM) to listen and accept, and only flags the protocol supports. On Linux accept can also pass on this as a network error of one incoming connection: then call accept again.
    ///
    /// 引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。
    ///
    /// - Operations: `send`, `recv`, `listen`, `accept`
    /// - Linux: `EOPNOTSUPP` = 95
    /// - Windows: `WSAEOPNOTSUPP` = 10045
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EOPNOTSUPP,
    /// local address already in use
    ///
    /// `WMKC_NET_ERR_EADDRINUSE`: Another socket already uses this local address and port: a server already runs there, or (from bind on Linux) earlier connections on the port are still in TIME_WAIT or the Unix socket path already exists. On Linux listen and connect also report it when no ephemeral port is free; on Windows they can report it late for a socket bound to a wildcard address. Stop the other user or choose another port; on Linux set SO_REUSEADDR before bind to restart a server, and remove a stale Unix socket file before binding.
    ///
    /// 本地地址或端口已被使用。套接字没有绑定到地址。
    ///
    /// - Operations: `bind`, `listen`, `accept`, `connect`
    /// - Linux: `EADDRINUSE` = 98
    /// - Windows: `WSAEADDRINUSE` = 10048
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen)
    EADDRINUSE,
    /// connection reset by the peer
    ///
    /// `WMKC_NET_ERR_ECONNRESET`: The peer reset the connection: its process exited or crashed, it closed with unread data or an abortive close (SO_LINGER with a zero timeout), or a device on the path sent a reset. From send, recv or shutdown the connection is gone: close the socket and reconnect if needed. From accept (on Windows) only that incoming connection was lost: keep the listening socket and call accept again. On Windows a UDP send or recv (recvfrom) also reports it when an earlier datagram was answered by an ICMP port unreachable; that socket stays usable.
    ///
    /// 连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。
    ///
    /// - Operations: `shutdown`, `accept`, `send`, `recv`
    /// - Linux: `ECONNRESET` = 104
    /// - Windows: `WSAECONNRESET` = 10054
    /// - References: [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ECONNRESET,
    /// network is unreachable
    ///
    /// `WMKC_NET_ERR_ENETUNREACH`: No route leads to the destination network: this host has no route for it (no default gateway, or the interface toward it is down or has no address), or a router reported the network unreachable; an IPv6 address on a host without IPv6 connectivity fails this way too. Check the address, the routes and the network connection; retrying helps only once a route exists.
    ///
    /// 此时不可以从此主机访问该网络。网络不可用。
    ///
    /// - Operations: `connect`
    /// - Linux: `ENETUNREACH` = 101
    /// - Windows: `WSAENETUNREACH` = 10051
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    ENETUNREACH,
    /// operation would block on a non-blocking socket
    ///
    /// `WMKC_NET_ERR_EWOULDBLOCK`: The socket is non-blocking and the call cannot complete now: no connection to accept, no data to read, or no room to send; wait until select or poll reports the socket ready, then call again. On Windows, connect reports it when the connection has started: do not call connect again (that gives WSAEALREADY, then WSAEISCONN) but wait until the socket is writable or has failed, then read SO_ERROR. closesocket reports it on a non-blocking socket with a nonzero SO_LINGER timeout: the socket stays open until it is closed again. On Linux this value is EAGAIN.
    ///
    /// 套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。
    ///
    /// - Operations: `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `EWOULDBLOCK` = 11 (decodes as [`EAGAIN`](Self::EAGAIN))
    /// - Windows: `WSAEWOULDBLOCK` = 10035
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EWOULDBLOCK,
    /// operation now in progress
    ///
    /// `WMKC_NET_ERR_EINPROGRESS`: On Linux, connect reports it on a non-blocking socket (or one whose SO_SNDTIMEO expired) when the connection has started but not finished: wait until poll or select reports the socket writable, then read SO_ERROR to learn the outcome. On Windows it means a blocking Winsock 1.1 call is still running in this thread or the provider is still in a callback; any Winsock call can report it then, so let that call finish first (a non-blocking connect reports WSAEWOULDBLOCK instead).
    ///
    /// 套接字是非阻塞的，调用操作无法立即完成。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: `EINPROGRESS` = 115
    /// - Windows: `WSAEINPROGRESS` = 10036
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket)
    EINPROGRESS,
    /// connection refused by the peer
    ///
    /// `WMKC_NET_ERR_ECONNREFUSED`: The destination actively refused: nothing listens on that address and port (the service is down or on another port), a firewall answered with a reset, or, on Windows, the listener's backlog was full. On Linux connecting a Unix socket to a path that is not a listening socket reports it too, and recv on a connected UDP socket reports that an earlier datagram was refused (Windows reports WSAECONNRESET for that). Check that the server runs and that the address and port are right, then retry.
    ///
    /// 连接被远程主机强制性拒绝。
    ///
    /// - Operations: `recv`, `connect`
    /// - Linux: `ECONNREFUSED` = 111
    /// - Windows: `WSAECONNREFUSED` = 10061
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [udp(7)](https://man7.org/linux/man-pages/man7/udp.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen)
    ECONNREFUSED,
    /// connection aborted on this host
    ///
    /// `WMKC_NET_ERR_ECONNABORTED`: This host's own network stack ended the connection. From accept, the client gave up before its connection was accepted: the listening socket is fine, so call accept again. From send, recv or shutdown, the connection was dropped after a data transmission timeout or another failure: close the socket and reconnect if needed.
    ///
    /// 面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。
    ///
    /// - Operations: `shutdown`, `send`, `recv`, `accept`
    /// - Linux: `ECONNABORTED` = 103
    /// - Windows: `WSAECONNABORTED` = 10053
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ECONNABORTED,
    /// address family not supported
    ///
    /// `WMKC_NET_ERR_EAFNOSUPPORT`: The address family is not supported: socket asked for a family this system does not provide (AF_INET6 on a kernel without IPv6, or on Windows a family whose provider or adapter is not installed), or connect was given an address of another family than the socket's (an IPv6 address on an IPv4 socket). Create the socket with the family of the address it will use, for example from getaddrinfo's result.
    ///
    /// 指定网络族中的地址无法与此套接字一起使用。
    ///
    /// - Operations: `socket`, `connect`
    /// - Linux: `EAFNOSUPPORT` = 97
    /// - Windows: `WSAEAFNOSUPPORT` = 10047
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EAFNOSUPPORT,
    /// address not available on this host
    ///
    /// `WMKC_NET_ERR_EADDRNOTAVAIL`: The address cannot be used here. From bind, no local interface has that address: a typo, another machine's address, or an interface that is down or not configured yet. From connect, on Windows the destination is not a valid remote address (such as 0.0.0.0 or port 0); on Linux no local ephemeral port is free for the connection (see ip_local_port_range in ip(7)). Bind to an address this host has (or the wildcard address), check the destination, and on port exhaustion reuse connections or widen the port range.
    ///
    /// 请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。
    ///
    /// - Operations: `bind`, `connect`
    /// - Linux: `EADDRNOTAVAIL` = 99
    /// - Windows: `WSAEADDRNOTAVAIL` = 10049
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    EADDRNOTAVAIL,
    /// protocol not supported
    ///
    /// `WMKC_NET_ERR_EPROTONOSUPPORT`: socket asked for a protocol that this address family and socket type do not offer, or that this system does not provide (on Linux, a protocol whose module is not available; on Windows, one with no provider installed). Pass 0 as the protocol to get the type's default, or one that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).
    ///
    /// 不支持指定的协议
    ///
    /// - Operations: `socket`
    /// - Linux: `EPROTONOSUPPORT` = 93
    /// - Windows: `WSAEPROTONOSUPPORT` = 10043
    /// - References: [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EPROTONOSUPPORT,
    /// input/output error while closing
    ///
    /// `WMKC_NET_ERR_EIO`: A low-level I/O error was reported when the descriptor was closed: data written before may not have reached its destination (rare for sockets; it comes from the file behind the descriptor). The descriptor is released anyway: do not call close again, and treat the earlier writes as possibly lost.
    ///
    /// 出现I/O错误
    ///
    /// - Operations: `close`
    /// - Linux: `EIO` = 5
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    EIO,
    /// broken pipe: the connection is closed for sending
    ///
    /// `WMKC_NET_ERR_EPIPE`: The stream can no longer carry data: this end was shut down for writing, or the peer closed or reset the connection. Unless MSG_NOSIGNAL was passed or SIGPIPE is ignored, the process was also sent SIGPIPE, which ends it by default. Pass MSG_NOSIGNAL (or ignore SIGPIPE), treat EPIPE as the end of the connection and close the socket.
    ///
    /// 本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。
    ///
    /// - Operations: `send`
    /// - Linux: `EPIPE` = 32
    /// - Windows: not reported
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [signal(7)](https://man7.org/linux/man-pages/man7/signal.7.html), [tcp(7)](https://man7.org/linux/man-pages/man7/tcp.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EPIPE,
    /// operation not permitted by a firewall or policy
    ///
    /// `WMKC_NET_ERR_EPERM`: A local firewall rule (netfilter: iptables or nftables) rejected the connection, or a security policy denied the call; connect reports it, like EACCES, for a broadcast address without SO_BROADCAST. Check the firewall rules and security policy for this address and port: retrying does not help until they change.
    ///
    /// 防火墙规则禁止连接
    ///
    /// - Operations: `accept`, `connect`
    /// - Linux: `EPERM` = 1
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html)
    EPERM,
    /// socket path is on a read-only file system
    ///
    /// `WMKC_NET_ERR_EROFS`: bind could not create the Unix socket's file because its path is on a read-only file system, such as a read-only mount or container layer. Bind to a path on a writable file system (under /run or /tmp, say), or use an abstract socket address.
    ///
    /// 套接字索引节点将驻留在只读文件系统上
    ///
    /// - Operations: `bind`
    /// - Linux: `EROFS` = 30
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EROFS,
    /// bad file descriptor
    ///
    /// `WMKC_NET_ERR_EBADF`: The descriptor is not an open file descriptor: it was already closed (a double close, or use after close in another thread), never opened (the -1 of a failed socket call), or mixed up with another value; for a send with SCM_RIGHTS, a descriptor being passed is invalid. Find where it was closed or lost; after close, do not retry.
    ///
    /// 参数sockfd不是有效的文件描述符
    ///
    /// - Operations: `bind`, `accept`, `close`, `shutdown`, `send`, `recv`, `listen`, `connect`
    /// - Linux: `EBADF` = 9
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [close(2)](https://man7.org/linux/man-pages/man2/close.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EBADF,
    /// too many symbolic links in the socket path
    ///
    /// `WMKC_NET_ERR_ELOOP`: Resolving the Unix socket path met too many symbolic links, usually a link that points back to itself or a loop of links. Check the links along the path and bind to a path without the loop.
    ///
    /// 解析地址时遇到太多符号链接
    ///
    /// - Operations: `bind`
    /// - Linux: `ELOOP` = 40
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ELOOP,
    /// disk quota exceeded while closing
    ///
    /// `WMKC_NET_ERR_EDQUOT`: Data written earlier to the file behind the descriptor could not be stored when it was closed, because the user's disk quota is used up; NFS reports such errors at close rather than at write. The descriptor is released anyway: do not retry close; free space or raise the quota, then write the data again.
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// - Operations: `close`
    /// - Linux: `EDQUOT` = 122
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    EDQUOT,
    /// no space left on device while closing
    ///
    /// `WMKC_NET_ERR_ENOSPC`: Data written earlier to the file behind the descriptor could not be stored when it was closed, because the file system is full; NFS reports such errors at close rather than at write. The descriptor is released anyway: do not retry close; free space, then write the data again.
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// - Operations: `close`
    /// - Linux: `ENOSPC` = 28
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    ENOSPC,
    /// a directory in the socket path does not exist
    ///
    /// `WMKC_NET_ERR_ENOENT`: A directory in the Unix socket path does not exist, so bind cannot create the socket file. Create the directory first, or fix the path (a relative path is resolved from the current directory).
    ///
    /// 套接字路径名的目录前缀中的组件不存在
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOENT` = 2
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ENOENT,
    /// out of kernel memory
    ///
    /// `WMKC_NET_ERR_ENOMEM`: The kernel could not allocate memory for the call; for sockets this is often a socket buffer limit rather than a lack of RAM. Retry later, reduce the number of sockets or the data buffered in them, or raise the limits.
    ///
    /// 可用的内核内存不足
    ///
    /// - Operations: `socket`, `accept`, `send`, `recv`
    /// - Linux: `ENOMEM` = 12
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html)
    ENOMEM,
    /// system-wide limit on open files reached
    ///
    /// `WMKC_NET_ERR_ENFILE`: The whole system has reached its limit on open files, so no new socket could be created, whatever this process's own limit. Close descriptors here and in other processes, look for leaks, or raise the system limit (fs.file-max); a failed accept leaves the connection queued, so accept it once descriptors are free.
    ///
    /// 已达到系统范围内打开文件总数的限制
    ///
    /// - Operations: `socket`, `accept`
    /// - Linux: `ENFILE` = 23
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html)
    ENFILE,
    /// protocol error on an incoming connection
    ///
    /// `WMKC_NET_ERR_EPROTO`: A protocol error occurred on an incoming connection before accept could return it. Only that connection is affected: keep the listening socket and call accept again.
    ///
    /// 错误的协议
    ///
    /// - Operations: `accept`
    /// - Linux: `EPROTO` = 71
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html)
    EPROTO,
    /// resource temporarily unavailable
    ///
    /// `WMKC_NET_ERR_EAGAIN`: The call cannot complete now. Usually the socket is non-blocking and there is no connection to accept, no data to read or no room to send: wait until poll or select reports it ready, then call again. A blocking socket reports it when its SO_RCVTIMEO or SO_SNDTIMEO timeout expires. From connect, a non-blocking Unix socket could not connect at once (the listener's backlog is full); from send on an unbound UDP socket, no ephemeral port was free (connect on an IP socket reports that as EADDRNOTAVAIL).
    ///
    /// 套接字被标记为非阻塞，并且不存在任何可接受的连接。
    /// sockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。
    ///
    /// - Operations: `accept`, `send`, `recv`, `connect`
    /// - Linux: `EAGAIN` = 11
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EAGAIN,
    /// a component of the socket path is not a directory
    ///
    /// `WMKC_NET_ERR_ENOTDIR`: A component of the Unix socket path's directory prefix exists but is not a directory. Fix the path so that every component before the last is a directory.
    ///
    /// 路径前缀的组件不是目录
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOTDIR` = 20
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ENOTDIR,
    /// socket path too long
    ///
    /// `WMKC_NET_ERR_ENAMETOOLONG`: The Unix socket path is too long: it does not fit sun_path (108 bytes, including the terminating null byte), or one of its components exceeds the file system's limit. Use a shorter path, such as one in a short directory under /run.
    ///
    /// 地址太长
    ///
    /// - Operations: `bind`
    /// - Linux: `ENAMETOOLONG` = 36
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    ENAMETOOLONG,
    /// destination address required
    ///
    /// `WMKC_NET_ERR_EDESTADDRREQ`: The socket is not connected and no destination address was given, so the data has nowhere to go: a datagram socket used with send instead of sendto. Pass the address with sendto, or connect the socket to a default peer first.
    ///
    /// 套接字不是连接模式，并且没有设置对等地址。
    ///
    /// - Operations: `send`
    /// - Linux: `EDESTADDRREQ` = 89
    /// - Windows: not reported
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html)
    EDESTADDRREQ,
    /// network subsystem or interface is down
    ///
    /// `WMKC_NET_ERR_ENETDOWN`: The network subsystem has failed: the protocol stack, a network driver or the interface is not working, or the local network is down. The call itself is not at fault: check the adapter, its driver and the network connection; a later retry may succeed.
    ///
    /// 网络子系统发生故障
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAENETDOWN` = 10050
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ENETDOWN,
    /// socket already shut down in that direction
    ///
    /// `WMKC_NET_ERR_ESHUTDOWN`: That direction of the socket was already closed with shutdown: send after SD_SEND or SD_BOTH, or recv after SD_RECEIVE or SD_BOTH. The program's calls are out of order: do not send or receive in a direction it has shut down, and close the socket when done.
    ///
    /// 套接字已被shutdown函数关闭
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: not reported
    /// - Windows: `WSAESHUTDOWN` = 10058
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ESHUTDOWN,
    /// no route to the host
    ///
    /// `WMKC_NET_ERR_EHOSTUNREACH`: The remote host cannot be reached from here: there is no route to it, or a router reported it unreachable (a host that is off on the local network, for example). Check the address, the routes and the host itself; retry once it can be reached.
    ///
    /// 此时无法从此主机访问远程主机
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAEHOSTUNREACH` = 10065
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EHOSTUNREACH,
    /// WSAStartup has not been called successfully
    ///
    /// `WMKC_NET_ERR_NOTINITIALISED`: Winsock is not initialised in this process: WSAStartup was never called or failed, or WSACleanup has since been called as many times as WSAStartup (by another library, for example). Call WSAStartup once before any socket call, and WSACleanup only when the process is done with sockets.
    ///
    /// 未完成对WSAStartup函数的调用
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSANOTINITIALISED` = 10093
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [WSAStartup](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-wsastartup)
    NOTINITIALISED,
    /// socket type not supported in this address family
    ///
    /// `WMKC_NET_ERR_ESOCKTNOSUPPORT`: The address family does not support the socket type asked for, such as SOCK_RAW where the provider has no raw sockets. Use a type the family provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6).
    ///
    /// 此地址族不支持指定的套接字类型
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAESOCKTNOSUPPORT` = 10044
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ESOCKTNOSUPPORT,
    /// service provider has the wrong version
    ///
    /// `WMKC_NET_ERR_EINVALIDPROVIDER`: A Winsock service provider reported a version other than 2.2, so socket could not use it: the Winsock catalog holds an outdated or broken provider, usually third-party networking software. Update or remove that software, or reset the catalog (netsh winsock reset, then restart).
    ///
    /// 服务提供商返回了2.2以外的版本
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROVIDER` = 10105
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EINVALIDPROVIDER,
    /// service provider gave an invalid procedure table
    ///
    /// `WMKC_NET_ERR_EINVALIDPROCTABLE`: A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup (typically with null function pointers), so the socket could not be created. The provider is broken: update or remove the software that installed it, or reset the Winsock catalog (netsh winsock reset, then restart).
    ///
    /// 服务提供程序向WSPStartup返回了无效或不完整的过程表
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROCTABLE` = 10104
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EINVALIDPROCTABLE,
    /// service provider failed to initialise
    ///
    /// `WMKC_NET_ERR_EPROVIDERFAILEDINIT`: A Winsock service provider could not be loaded or initialised: its DLL failed to load or its WSPStartup failed, typically because a layered service provider (LSP) or namespace provider is installed wrongly or does not work. Repair or remove that software, or reset the Winsock catalog (netsh winsock reset, then restart).
    ///
    /// 服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEPROVIDERFAILEDINIT` = 10106
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
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
    /// One short English line in the strerror tradition, such as
    /// `connection refused by the peer`: lower case, no final period, at
    /// most 60 characters. `Display` writes it after the name.
    #[must_use]
    pub const fn summary(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "interrupted before the call could finish",
            "permission denied for this address or socket",
            "bad address or buffer argument",
            "invalid argument or wrong socket state for the call",
            "too many open descriptors in this process",
            "socket is already connected",
            "no buffer space available",
            "a connection attempt is already in progress",
            "socket is not connected",
            "message too long for the socket or buffer",
            "descriptor is not a socket",
            "connection timed out",
            "protocol does not fit the socket type",
            "operation not supported by this kind of socket",
            "local address already in use",
            "connection reset by the peer",
            "network is unreachable",
            "operation would block on a non-blocking socket",
            "operation now in progress",
            "connection refused by the peer",
            "connection aborted on this host",
            "address family not supported",
            "address not available on this host",
            "protocol not supported",
            "input/output error while closing",
            "broken pipe: the connection is closed for sending",
            "operation not permitted by a firewall or policy",
            "socket path is on a read-only file system",
            "bad file descriptor",
            "too many symbolic links in the socket path",
            "disk quota exceeded while closing",
            "no space left on device while closing",
            "a directory in the socket path does not exist",
            "out of kernel memory",
            "system-wide limit on open files reached",
            "protocol error on an incoming connection",
            "resource temporarily unavailable",
            "a component of the socket path is not a directory",
            "socket path too long",
            "destination address required",
            "network subsystem or interface is down",
            "socket already shut down in that direction",
            "no route to the host",
            "WSAStartup has not been called successfully",
            "socket type not supported in this address family",
            "service provider has the wrong version",
            "service provider gave an invalid procedure table",
            "service provider failed to initialise",
        ];
        TABLE[self as usize]
    }
    /// What the error means, in English: what happened, the usual causes
    /// on each platform that reports it, and what to do.
    #[must_use]
    pub const fn en(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "A blocking call was interrupted before it finished. On Linux a signal handler ran: retry accept, send, recv or shutdown (or install the handler with SA_RESTART), but never retry close, whose descriptor is already released, and do not repeat a connect, which goes on in the background: wait until the socket is writable and read SO_ERROR. On Windows a blocking call usually fails this way because another thread closed the socket, so the socket must not be used again.",
            "The system refused the call on permission grounds. On Linux the usual causes are a port below 1024 without CAP_NET_BIND_SERVICE, a Unix socket path in a directory the process may not search or write, a broadcast address without SO_BROADCAST, or a firewall or security policy (SELinux) rule. On Windows they are a port another socket holds with SO_EXCLUSIVEADDRUSE, a port in a range the system reserved (netsh interface ipv4 show excludedportrange), or a broadcast address without SO_BROADCAST. Choose another port or address, set SO_BROADCAST, or grant the missing permission; the same call fails again otherwise.",
            "A pointer argument (the socket address, its length, or the data buffer) points outside the memory the process may access. On Windows it also means an address length too small for the family, or an address whose family differs from the socket's. It is a bug in the calling code: check the pointers and lengths passed.",
            "An argument is invalid, or the socket is in the wrong state for the call. On both platforms: bind on a socket that is already bound, accept on a socket that is not listening, an unknown flag or shutdown direction, or an address length that does not fit the family. On Windows also: listen before bind, send or recv (recvfrom) on a datagram socket before bind, connect on a listening socket, and socket with AF_UNSPEC and no type or protocol. Fix the arguments or the order of the calls; repeating the call fails again.",
            "The process has as many descriptors open as it may, so no new socket could be created: on Linux the limit is RLIMIT_NOFILE (ulimit -n), on Windows the provider's limit on socket handles. Close sockets and files that are no longer needed (a steady rise points to a leak) or raise the limit. A failed accept leaves the connection queued, so the listening socket stays readable: stop accepting until a descriptor is free instead of retrying at once.",
            "The socket is already connected. connect reports it on a connected socket, which is how a repeated non-blocking connect learns that the connection was made (on Linux, also on a listening socket); on Windows listen reports it for a connected socket; send reports it on some sockets when a destination address is passed on a connected socket. After a non-blocking connect treat it as success; otherwise open a new socket for another peer, or send without an address.",
            "The system lacked memory for socket buffers, or a queue was full. On Linux it usually means a socket buffer limit or kernel memory was exhausted (send seldom reports it: a full device queue drops packets instead). On Windows it typically means too many sockets or connections are open, such as ephemeral ports used up by many short connections. Back off and retry later, close sockets no longer needed, and reuse connections.",
            "An earlier operation on this non-blocking socket has not finished: connect was called again while the first connect is still pending, or (on Linux) a TCP Fast Open send is already in progress. Do not call connect again to find out: wait until the socket is writable, then read SO_ERROR for the outcome.",
            "The call needs a connected socket and this one has no peer: it was never connected, or its connection attempt failed or has not completed. send, recv and shutdown report it on a connection-oriented socket; on Windows send and recv also report it on a datagram socket without a default peer when no address is given (Linux reports EDESTADDRREQ for such a send). Connect (or accept) first, or give the destination with sendto; after a non-blocking connect, wait until it completes.",
            "A message-oriented socket cannot carry the message in one piece: a datagram larger than the protocol allows (65,507 bytes of UDP payload over IPv4) or, where fragmentation is not allowed, larger than the path MTU. On Windows recv also reports it when a datagram was larger than the buffer: the buffer holds its first part and, for UDP, the rest is lost. Send smaller messages or use a stream socket; on Windows, receive into a buffer as large as the largest datagram.",
            "The descriptor or handle passed does not refer to a socket. On Linux it is an open file of another kind, such as a regular file, a pipe or a terminal, usually a descriptor number mixed up with another. On Windows the usual cause is a SOCKET that was already closed with closesocket (its handle may even have been reused) or was never valid, such as INVALID_SOCKET. Check where the value comes from, and never use a socket after closing it.",
            "The peer did not answer in time. From connect, the attempt got no reply: the host is down or unreachable, a firewall silently drops the packets, or the server is overloaded. From send or recv, an established connection was dropped because the peer stopped acknowledging data or keep-alive probes. The connection is gone: check the network path and the peer, then connect again (portably, with a new socket).",
            "The protocol does not fit the socket type. On Windows, socket was asked for a protocol without the semantics of the type (IPPROTO_UDP with SOCK_STREAM, say). On Linux, connect tried to join a Unix socket to a peer of another type (a datagram socket to a stream socket). Pass a type and protocol that match (0 picks the type's default), and connect Unix sockets only to sockets of their own type.",
            "The socket's type or protocol does not support the call: listen or accept on a connectionless (datagram) socket, a flag such as MSG_OOB that the protocol lacks, or a direction a one-way socket cannot use; on Windows also MSG_WAITALL on a non-blocking or datagram socket. Use a connection-oriented socket (SOCK_STREAM) to listen and accept, and only flags the protocol supports. On Linux accept can also pass on this as a network error of one incoming connection: then call accept again.",
            "Another socket already uses this local address and port: a server already runs there, or (from bind on Linux) earlier connections on the port are still in TIME_WAIT or the Unix socket path already exists. On Linux listen and connect also report it when no ephemeral port is free; on Windows they can report it late for a socket bound to a wildcard address. Stop the other user or choose another port; on Linux set SO_REUSEADDR before bind to restart a server, and remove a stale Unix socket file before binding.",
            "The peer reset the connection: its process exited or crashed, it closed with unread data or an abortive close (SO_LINGER with a zero timeout), or a device on the path sent a reset. From send, recv or shutdown the connection is gone: close the socket and reconnect if needed. From accept (on Windows) only that incoming connection was lost: keep the listening socket and call accept again. On Windows a UDP send or recv (recvfrom) also reports it when an earlier datagram was answered by an ICMP port unreachable; that socket stays usable.",
            "No route leads to the destination network: this host has no route for it (no default gateway, or the interface toward it is down or has no address), or a router reported the network unreachable; an IPv6 address on a host without IPv6 connectivity fails this way too. Check the address, the routes and the network connection; retrying helps only once a route exists.",
            "The socket is non-blocking and the call cannot complete now: no connection to accept, no data to read, or no room to send; wait until select or poll reports the socket ready, then call again. On Windows, connect reports it when the connection has started: do not call connect again (that gives WSAEALREADY, then WSAEISCONN) but wait until the socket is writable or has failed, then read SO_ERROR. closesocket reports it on a non-blocking socket with a nonzero SO_LINGER timeout: the socket stays open until it is closed again. On Linux this value is EAGAIN.",
            "On Linux, connect reports it on a non-blocking socket (or one whose SO_SNDTIMEO expired) when the connection has started but not finished: wait until poll or select reports the socket writable, then read SO_ERROR to learn the outcome. On Windows it means a blocking Winsock 1.1 call is still running in this thread or the provider is still in a callback; any Winsock call can report it then, so let that call finish first (a non-blocking connect reports WSAEWOULDBLOCK instead).",
            "The destination actively refused: nothing listens on that address and port (the service is down or on another port), a firewall answered with a reset, or, on Windows, the listener's backlog was full. On Linux connecting a Unix socket to a path that is not a listening socket reports it too, and recv on a connected UDP socket reports that an earlier datagram was refused (Windows reports WSAECONNRESET for that). Check that the server runs and that the address and port are right, then retry.",
            "This host's own network stack ended the connection. From accept, the client gave up before its connection was accepted: the listening socket is fine, so call accept again. From send, recv or shutdown, the connection was dropped after a data transmission timeout or another failure: close the socket and reconnect if needed.",
            "The address family is not supported: socket asked for a family this system does not provide (AF_INET6 on a kernel without IPv6, or on Windows a family whose provider or adapter is not installed), or connect was given an address of another family than the socket's (an IPv6 address on an IPv4 socket). Create the socket with the family of the address it will use, for example from getaddrinfo's result.",
            "The address cannot be used here. From bind, no local interface has that address: a typo, another machine's address, or an interface that is down or not configured yet. From connect, on Windows the destination is not a valid remote address (such as 0.0.0.0 or port 0); on Linux no local ephemeral port is free for the connection (see ip_local_port_range in ip(7)). Bind to an address this host has (or the wildcard address), check the destination, and on port exhaustion reuse connections or widen the port range.",
            "socket asked for a protocol that this address family and socket type do not offer, or that this system does not provide (on Linux, a protocol whose module is not available; on Windows, one with no provider installed). Pass 0 as the protocol to get the type's default, or one that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).",
            "A low-level I/O error was reported when the descriptor was closed: data written before may not have reached its destination (rare for sockets; it comes from the file behind the descriptor). The descriptor is released anyway: do not call close again, and treat the earlier writes as possibly lost.",
            "The stream can no longer carry data: this end was shut down for writing, or the peer closed or reset the connection. Unless MSG_NOSIGNAL was passed or SIGPIPE is ignored, the process was also sent SIGPIPE, which ends it by default. Pass MSG_NOSIGNAL (or ignore SIGPIPE), treat EPIPE as the end of the connection and close the socket.",
            "A local firewall rule (netfilter: iptables or nftables) rejected the connection, or a security policy denied the call; connect reports it, like EACCES, for a broadcast address without SO_BROADCAST. Check the firewall rules and security policy for this address and port: retrying does not help until they change.",
            "bind could not create the Unix socket's file because its path is on a read-only file system, such as a read-only mount or container layer. Bind to a path on a writable file system (under /run or /tmp, say), or use an abstract socket address.",
            "The descriptor is not an open file descriptor: it was already closed (a double close, or use after close in another thread), never opened (the -1 of a failed socket call), or mixed up with another value; for a send with SCM_RIGHTS, a descriptor being passed is invalid. Find where it was closed or lost; after close, do not retry.",
            "Resolving the Unix socket path met too many symbolic links, usually a link that points back to itself or a loop of links. Check the links along the path and bind to a path without the loop.",
            "Data written earlier to the file behind the descriptor could not be stored when it was closed, because the user's disk quota is used up; NFS reports such errors at close rather than at write. The descriptor is released anyway: do not retry close; free space or raise the quota, then write the data again.",
            "Data written earlier to the file behind the descriptor could not be stored when it was closed, because the file system is full; NFS reports such errors at close rather than at write. The descriptor is released anyway: do not retry close; free space, then write the data again.",
            "A directory in the Unix socket path does not exist, so bind cannot create the socket file. Create the directory first, or fix the path (a relative path is resolved from the current directory).",
            "The kernel could not allocate memory for the call; for sockets this is often a socket buffer limit rather than a lack of RAM. Retry later, reduce the number of sockets or the data buffered in them, or raise the limits.",
            "The whole system has reached its limit on open files, so no new socket could be created, whatever this process's own limit. Close descriptors here and in other processes, look for leaks, or raise the system limit (fs.file-max); a failed accept leaves the connection queued, so accept it once descriptors are free.",
            "A protocol error occurred on an incoming connection before accept could return it. Only that connection is affected: keep the listening socket and call accept again.",
            "The call cannot complete now. Usually the socket is non-blocking and there is no connection to accept, no data to read or no room to send: wait until poll or select reports it ready, then call again. A blocking socket reports it when its SO_RCVTIMEO or SO_SNDTIMEO timeout expires. From connect, a non-blocking Unix socket could not connect at once (the listener's backlog is full); from send on an unbound UDP socket, no ephemeral port was free (connect on an IP socket reports that as EADDRNOTAVAIL).",
            "A component of the Unix socket path's directory prefix exists but is not a directory. Fix the path so that every component before the last is a directory.",
            "The Unix socket path is too long: it does not fit sun_path (108 bytes, including the terminating null byte), or one of its components exceeds the file system's limit. Use a shorter path, such as one in a short directory under /run.",
            "The socket is not connected and no destination address was given, so the data has nowhere to go: a datagram socket used with send instead of sendto. Pass the address with sendto, or connect the socket to a default peer first.",
            "The network subsystem has failed: the protocol stack, a network driver or the interface is not working, or the local network is down. The call itself is not at fault: check the adapter, its driver and the network connection; a later retry may succeed.",
            "That direction of the socket was already closed with shutdown: send after SD_SEND or SD_BOTH, or recv after SD_RECEIVE or SD_BOTH. The program's calls are out of order: do not send or receive in a direction it has shut down, and close the socket when done.",
            "The remote host cannot be reached from here: there is no route to it, or a router reported it unreachable (a host that is off on the local network, for example). Check the address, the routes and the host itself; retry once it can be reached.",
            "Winsock is not initialised in this process: WSAStartup was never called or failed, or WSACleanup has since been called as many times as WSAStartup (by another library, for example). Call WSAStartup once before any socket call, and WSACleanup only when the process is done with sockets.",
            "The address family does not support the socket type asked for, such as SOCK_RAW where the provider has no raw sockets. Use a type the family provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6).",
            "A Winsock service provider reported a version other than 2.2, so socket could not use it: the Winsock catalog holds an outdated or broken provider, usually third-party networking software. Update or remove that software, or reset the catalog (netsh winsock reset, then restart).",
            "A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup (typically with null function pointers), so the socket could not be created. The provider is broken: update or remove the software that installed it, or reset the Winsock catalog (netsh winsock reset, then restart).",
            "A Winsock service provider could not be loaded or initialised: its DLL failed to load or its WSPStartup failed, typically because a layered service provider (LSP) or namespace provider is installed wrongly or does not work. Repair or remove that software, or reset the Winsock catalog (netsh winsock reset, then restart).",
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
    /// This code's English page on the docs site, such as
    /// `https://example.org/wmkc-net-err/en/EINTR.html`; `None` when the
    /// spec names no published site (`site.url`).
    #[must_use]
    pub const fn page_en(self) -> Option<&'static str> {
        None
    }
    /// This code's Chinese page on the docs site (`…/zh/EINTR.html`);
    /// `None` when the spec names no published site.
    #[must_use]
    pub const fn page_zh(self) -> Option<&'static str> {
        None
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
    /// The value of this code in the host's own table, if it has one
    /// (`From<NetError> for io::Error` keeps it).
    pub(crate) const fn host_value(self) -> Option<i32> {
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
