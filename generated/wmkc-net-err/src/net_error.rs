// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use crate::{Explanation, Operation, Platform};
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
    /// `WMKC_NET_ERR_EINTR`: A blocking socket call was interrupted before it could finish. Neither Linux nor Windows documents this error for shutdown. On Linux, a signal handler ran while the call was blocked: accept before a connection arrived, send or recv before any data was transferred, or connect or close. A handler installed with SA_RESTART makes Linux restart accept, connect, send and recv by itself instead, but not once a socket timeout such as SO_RCVTIMEO has been set. When close reports it, the descriptor has nonetheless been released; when connect reports it, the connection attempt is not aborted but, as POSIX specifies, goes on in the background. On Windows, the desktop Winsock pages give a single cause: a blocking Windows Sockets 1.1 call cancelled with WSACancelBlockingCall, a function that Winsock 2 removed and that only Windows Sockets 1.1 applications can still call. Microsoft's error list for Windows Embedded CE also names a socket closed, or a process ended, while a Winsock call on that socket was pending. On Linux, retry accept, send or recv, or install the handler with SA_RESTART; never retry close, since the descriptor number may already belong to a file another thread has opened; and do not call connect again, but wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt. On Windows, never close a socket while another thread is in a Winsock call on it, which the closesocket page forbids: after closesocket the handle may be reused at once, so the closed socket must not be used again.
    ///
    /// 执行的调用被操作系统截断。
    ///
    /// 阻塞的套接字调用在完成前被中断。Linux 和 Windows 都没有把此错误列为 shutdown 可能返回的错误。在 Linux 上，这是因为调用阻塞期间有信号处理函数运行：accept 在连接到达之前、send 或 recv 在传输任何数据之前，或者 connect、close 被中断。若信号处理函数以 SA_RESTART 标志安装，Linux 会自行重新执行 accept、connect、send 和 recv，但套接字一旦设置了 SO_RCVTIMEO 之类的超时就不再如此。close 报告此错误时，描述符其实已被释放；connect 报告此错误时，连接尝试并未中止，而是按照 POSIX 的规定在后台继续进行。在 Windows 上，桌面版 Winsock 文档只给出一种原因：Windows Sockets 1.1 的阻塞调用被 WSACancelBlockingCall 取消，而 Winsock 2 已经移除了该函数，只有 Windows Sockets 1.1 应用程序还能调用它。Microsoft 针对 Windows Embedded CE 的错误列表还列出另一种情形：某个套接字上的 Winsock 调用尚未完成时，该套接字被关闭或进程被终止。在 Linux 上，可重试 accept、send 或 recv，或用 SA_RESTART 标志安装信号处理函数；切勿重试 close，因为该描述符编号可能已分配给另一个线程新打开的文件；也不要再次调用 connect，而应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR。在 Windows 上，切勿在另一个线程正对某个套接字执行 Winsock 调用时关闭它，closesocket 的文档禁止这样做：closesocket 之后句柄可能立即被复用，因此已关闭的套接字不得再使用。
    ///
    /// - Operations: `accept`, `send`, `recv`, `shutdown`, `close`, `connect`
    /// - Linux: `EINTR` = 4: "Interrupted system call"
    /// - Windows: `WSAEINTR` = 10004: "A blocking operation was interrupted by a call to WSACancelBlockingCall."
    /// - References: [signal(7)](https://man7.org/linux/man-pages/man7/signal.7.html), [close(2)](https://man7.org/linux/man-pages/man2/close.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [connect(3p)](https://man7.org/linux/man-pages/man3/connect.3p.html), [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [WSACancelBlockingCall](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-wsacancelblockingcall), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock Error Codes (Windows Embedded CE)](https://learn.microsoft.com/en-us/previous-versions/aa924071%28v=msdn.10%29)
    EINTR,
    /// permission denied for this address or socket
    ///
    /// `WMKC_NET_ERR_EACCES`: The call was refused on permission grounds: the address, port or kind of socket asked for is not allowed to this process, or to this socket as it is set up. On Linux, the usual causes are: binding a port below 1024 without the CAP_NET_BIND_SERVICE capability; for a Unix socket path, no search permission on a directory of the path, no write permission on the directory that is to hold a new socket (bind), or no write permission on the socket file (connect, send); sending to or connecting to a broadcast address without SO_BROADCAST; a local firewall rule or an SELinux policy against the connection (connect); or no permission to create a socket of the requested type or protocol (socket). On Windows, the usual causes are: binding an address and port that another socket holds with SO_EXCLUSIVEADDRUSE; binding, connecting or sending to a broadcast address without SO_BROADCAST; or creating a raw socket (SOCK_RAW) without being a member of the Administrators group, which Windows Vista and later check when the socket is created. Choose another port or address, set SO_BROADCAST before using a broadcast address, or obtain the missing permission (on Linux the capability or the file permissions, on Windows administrator rights for raw sockets); otherwise the same call fails again.
    ///
    /// 以不被允许的方式访问套接字。
    ///
    /// 系统以权限不足为由拒绝了该调用：所请求的地址、端口或套接字类型不允许此进程使用，或按当前设置不允许此套接字使用。在 Linux 上，常见原因有：没有 CAP_NET_BIND_SERVICE 能力却绑定低于 1024 的端口；对于 Unix 套接字路径，对路径中某个目录没有搜索权限、对将要存放新套接字的目录没有写权限（bind），或对套接字文件没有写权限（connect、send）；未设置 SO_BROADCAST 就向广播地址发送数据或连接广播地址；本地防火墙规则或 SELinux 策略禁止该连接（connect）；或没有创建所请求类型或协议的套接字的权限（socket）。在 Windows 上，常见原因有：要绑定的地址和端口已被另一个设置了 SO_EXCLUSIVEADDRUSE 的套接字占用；未设置 SO_BROADCAST 就对广播地址执行 bind、connect 或发送数据；或者不是 Administrators 组的成员却创建原始套接字（SOCK_RAW），Windows Vista 及更高版本在创建套接字时即进行这项检查。请换用其他端口或地址，在使用广播地址前设置 SO_BROADCAST，或取得所缺的权限（在 Linux 上是相应的能力或文件权限，在 Windows 上是创建原始套接字所需的管理员权限）；否则同一调用会再次失败。
    ///
    /// - Operations: `bind`, `send`, `socket`, `connect`
    /// - Linux: `EACCES` = 13: "Permission denied"
    /// - Windows: `WSAEACCES` = 10013: "An attempt was made to access a socket in a way forbidden by its access permissions."
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket), [Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE](https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse), [TCP/IP raw sockets](https://learn.microsoft.com/en-us/windows/win32/winsock/tcp-ip-raw-sockets-2)
    EACCES,
    /// bad address or buffer argument
    ///
    /// `WMKC_NET_ERR_EFAULT`: The call was given an address or buffer argument that it cannot use. On Linux, a pointer argument points outside the memory the process may access: the socket address of accept, bind or connect, or the data buffer of send or recv. On Windows, it means the same for these pointers, and also that the length given for a socket address is too small (accept, bind, connect) or that the address is in a format, or of a family, that does not match the socket (bind, connect). It is a bug in the calling code: check the pointers and lengths passed to the call.
    ///
    /// 地址指向了用户的不可访问的地址空间。
    ///
    /// 调用收到了无法使用的地址或缓冲区参数。在 Linux 上，某个指针参数指向了进程无权访问的内存：accept、bind 或 connect 的套接字地址，或 send、recv 的数据缓冲区。在 Windows 上，这些指针出现同样的问题时也报告此错误；此外，它还表示为套接字地址给出的长度太小（accept、bind、connect），或地址的格式或所属地址族与套接字不符（bind、connect）。这是调用方代码的缺陷：请检查传给该调用的指针和长度。
    ///
    /// - Operations: `bind`, `accept`, `send`, `recv`, `connect`
    /// - Linux: `EFAULT` = 14: "Bad address"
    /// - Windows: `WSAEFAULT` = 10014: "The system detected an invalid pointer address in attempting to use a pointer argument in a call."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EFAULT,
    /// invalid argument or wrong socket state for the call
    ///
    /// `WMKC_NET_ERR_EINVAL`: An argument is invalid, or the socket is in the wrong state for the call, for example bind on a socket that is already bound, accept on a socket that is not listening, or an invalid shutdown direction. On Linux, other causes are a wrong address length (bind, accept) or an address that is not valid for the socket's family (bind), invalid flags in the socket type or for accept4, and an unknown protocol or an unavailable protocol family (socket). On Windows, other causes are an unknown flag for send or recv; listen, send or recv on a socket that was never bound; connect on a listening socket; socket with AF_UNSPEC and neither type nor protocol; and connect called again while a non-blocking connect is still pending. A too short address gives WSAEFAULT there instead. Fix the arguments or the order of the calls; repeating the same call fails again. On Windows, when a repeated connect gets it, treat it like WSAEALREADY: the connection attempt is still in progress.
    ///
    /// 提供了无效的参数或套接字已绑定某地址或在接受之前未调用侦听函数或套接字是监听套接字。
    ///
    /// 参数无效，或套接字当前的状态不适合该调用，例如对已绑定的套接字调用 bind、对不在监听的套接字调用 accept，或 shutdown 的方向参数无效。在 Linux 上，其他原因还有：地址长度错误（bind、accept）或地址对套接字的地址族无效（bind），套接字类型中或 accept4 的标志无效，以及协议未知或协议族不可用（socket）。在 Windows 上，其他原因还有：send 或 recv 使用了未知标志；对从未绑定的套接字调用 listen、send 或 recv；对监听套接字调用 connect；以 AF_UNSPEC 且既不指定类型也不指定协议调用 socket；以及在非阻塞 connect 尚未完成时再次调用 connect。地址过短在 Windows 上报告的则是 WSAEFAULT。请修正参数或调用顺序；原样重复同一调用仍会失败。在 Windows 上，若是再次调用 connect 时得到此错误，应按 WSAEALREADY 处理：连接尝试仍在进行中。
    ///
    /// - Operations: `bind`, `shutdown`, `listen`, `accept`, `send`, `recv`, `socket`, `connect`
    /// - Linux: `EINVAL` = 22: "Invalid argument"
    /// - Windows: `WSAEINVAL` = 10022: "An invalid argument was supplied."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EINVAL,
    /// too many open files or sockets
    ///
    /// `WMKC_NET_ERR_EMFILE`: No descriptor or socket handle was left for a new socket. On Linux, the process has reached its limit on open file descriptors, RLIMIT_NOFILE (set in the shell with ulimit -n); files, pipes and sockets all take descriptors under this limit. On Windows, the service provider has no socket handle left; Microsoft notes that an implementation may limit socket handles globally, per process or per thread. Close the sockets and files that are no longer needed; a count that keeps growing points to a leak. On Linux, raise RLIMIT_NOFILE if the load really needs more descriptors. A server whose accept fails this way should stop accepting until a descriptor has been freed, rather than retry at once.
    ///
    /// 无法提供更多套接字描述符，已达到每个进程对套接字数量的限制。
    ///
    /// 已没有可供新套接字使用的描述符或套接字句柄。在 Linux 上，进程已达到打开文件描述符数量的上限 RLIMIT_NOFILE（在 shell 中用 ulimit -n 设置）；文件、管道和套接字都占用受此上限约束的描述符。在 Windows 上，服务提供者已没有可用的套接字句柄；Microsoft 指出，实现可能对套接字句柄设置全局、每进程或每线程的上限。请关闭不再需要的套接字和文件；数量持续增长说明存在泄漏。在 Linux 上，如果负载确实需要更多描述符，可提高 RLIMIT_NOFILE。若服务器的 accept 因此失败，应暂停 accept，直到有描述符被释放，而不是立即重试。
    ///
    /// - Operations: `accept`, `listen`, `socket`
    /// - Linux: `EMFILE` = 24: "Too many open files"
    /// - Windows: `WSAEMFILE` = 10024: "Too many open sockets."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [getrlimit(2)](https://man7.org/linux/man-pages/man2/getrlimit.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EMFILE,
    /// socket is already connected
    ///
    /// `WMKC_NET_ERR_EISCONN`: The socket is already connected, and the call asked for a connection or a destination, which a connected socket does not take. A connect repeated after a non-blocking connect reports it once the connection has been made. On Linux, connect reports it on a connected stream socket (a datagram socket may call connect again to change its peer), and send reports it when a recipient address is given on a connected connection-mode socket, which may instead just ignore the address, or on a connected Unix socket. On Windows, connect reports it on a connected connection-oriented socket and listen on a connected socket; some implementations also report it for sendto with an address on a connected datagram socket. After a non-blocking connect, treat it as success. Otherwise the code connected a socket twice or gave a connected socket a destination: open a new socket for another peer, or send without an address.
    ///
    /// 套接字已被指定连接。
    ///
    /// 套接字已经连接，而该调用要求建立连接或指定目标地址，这对已连接的套接字不适用。非阻塞 connect 之后再次调用 connect，一旦连接已经建立，也会报告此错误。在 Linux 上，对已连接的流套接字调用 connect 会报告此错误（数据报套接字则可以再次调用 connect 以更换对端）；对已连接的面向连接套接字调用 send 并给出接收方地址时（内核也可能直接忽略该地址），或对已连接的 Unix 套接字给出目标地址时，send 也会报告它。在 Windows 上，对已连接的面向连接套接字调用 connect、对已连接的套接字调用 listen 都会报告此错误；某些实现在对已连接的数据报套接字调用 sendto 并给出地址时也会报告它。非阻塞 connect 之后遇到它应视为成功。其他情况说明代码对同一套接字连接了两次，或给已连接的套接字指定了目标地址：要连接另一个对端请新建套接字，或发送时不带地址。
    ///
    /// - Operations: `listen`, `send`, `connect`
    /// - Linux: `EISCONN` = 106: "Transport endpoint is already connected"
    /// - Windows: `WSAEISCONN` = 10056: "A connect request was made on an already connected socket."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen)
    EISCONN,
    /// no buffer space available
    ///
    /// `WMKC_NET_ERR_ENOBUFS`: The system lacked buffer space or memory for the socket operation, or a queue was full. On Linux, it usually means memory for the socket could not be allocated, often because of the socket buffer limits rather than a lack of system memory (accept, socket). send seldom reports it: when a device queue overflows, Linux normally drops the packets instead. On Windows, the system lacked buffer space or a queue was full; for bind, Microsoft also names too many connections as a cause. Back off and retry later: a socket cannot be created until resources are freed. Close sockets that are no longer needed, and reuse connections instead of opening many short ones.
    ///
    /// 未提供任何缓冲区空间。
    ///
    /// 系统缺少执行该套接字操作所需的缓冲区空间或内存，或某个队列已满。在 Linux 上，它通常表示无法为套接字分配内存，而这往往是受套接字缓冲区上限的限制，并非系统内存不足（accept、socket）。send 很少报告它：设备队列溢出时，Linux 通常直接丢弃数据包。在 Windows 上，它表示系统缺少缓冲区空间或某个队列已满；对于 bind，Microsoft 还指出连接过多也是原因之一。请退避一段时间后重试：在资源释放之前无法创建套接字。关闭不再需要的套接字，并复用连接，而不是打开大量短连接。
    ///
    /// - Operations: `bind`, `accept`, `send`, `listen`, `socket`, `connect`
    /// - Linux: `ENOBUFS` = 105: "No buffer space available"
    /// - Windows: `WSAENOBUFS` = 10055: "An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ENOBUFS,
    /// a connection attempt is already in progress
    ///
    /// `WMKC_NET_ERR_EALREADY`: An earlier operation of the same kind is still in progress on this socket, normally a connection attempt that has not finished. On Linux, connect reports it while an earlier non-blocking connect on the socket has not completed, or, as POSIX specifies, while a connect interrupted by a signal goes on in the background; send reports it while another TCP Fast Open is in progress. On Windows, connect reports it while a non-blocking connect is in progress on the socket. Windows Sockets 1.1 applications, linked to Winsock.dll or Wsock32.dll, get WSAEINVAL instead, and Microsoft warns that the codes a repeated connect returns vary among implementations. Do not call connect again to learn the outcome. On Linux, wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt: zero means connected, any other value is the reason of the failure. On Windows, select reports success in writefds and failure in exceptfds (then read SO_ERROR for the reason), or WSAEventSelect signals FD_CONNECT with the result.
    ///
    /// 另一个快速打开操作（TCP Fast Open）正在执行。指定的套接字上正在进行非阻塞模式connect调用。
    ///
    /// 此套接字上先前的同类操作仍在进行，通常是尚未完成的连接尝试。在 Linux 上，当此套接字上先前的非阻塞 connect 尚未完成，或者（按 POSIX 的规定）被信号中断的 connect 仍在后台进行时，connect 会报告此错误；另一个 TCP Fast Open 正在进行时，send 也会报告它。在 Windows 上，当此套接字上有非阻塞 connect 正在进行时，connect 会报告此错误。链接 Winsock.dll 或 Wsock32.dll 的 Windows Sockets 1.1 应用程序得到的则是 WSAEINVAL，而且 Microsoft 提醒，重复调用 connect 时返回的错误码因实现而异。不要靠再次调用 connect 来查询结果。在 Linux 上，应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR：值为 0 表示已连接，其他值即为失败原因。在 Windows 上，select 在 writefds 中报告成功、在 exceptfds 中报告失败（失败原因再读取 SO_ERROR 获得），也可以用 WSAEventSelect，由 FD_CONNECT 事件给出结果。
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: `EALREADY` = 114: "Operation already in progress"
    /// - Windows: `WSAEALREADY` = 10037: "An operation was attempted on a non-blocking socket that already had an operation in progress."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [connect(3p)](https://man7.org/linux/man-pages/man3/connect.3p.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock select](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-select)
    EALREADY,
    /// socket is not connected
    ///
    /// `WMKC_NET_ERR_ENOTCONN`: The call needs a connected socket, and this one has no peer: it was never connected, or its connection attempt failed. On Linux, recv and shutdown report it on a connection-oriented socket, such as TCP, that is not connected, and send reports it on a socket that is not connected and was given no target, such as a Unix socket. Linux may also report EPIPE instead for send, with SIGPIPE unless MSG_NOSIGNAL is passed, and a socket that is not connection-mode and has no peer address reports EDESTADDRREQ. On Windows, recv, send and shutdown report it on a connection-oriented socket that is not connected, and send and recv also report it on a datagram socket that has no default peer (sendto and recvfrom still work there). Connect the socket first (or use the socket that accept returned), or give the destination with sendto; after a non-blocking connect, wait until it has completed before sending or receiving.
    ///
    /// 套接字已经连接了 or 套接字未连接
    ///
    /// 该调用需要已连接的套接字，而此套接字没有对端：它从未连接过，或其连接尝试已失败。在 Linux 上，对未连接的面向连接套接字（例如 TCP）调用 recv 和 shutdown 会报告此错误；对未连接且未给出目标地址的套接字（例如 Unix 套接字）调用 send 也会报告它。不过，Linux 的 send 也可能改为报告 EPIPE（除非传入了 MSG_NOSIGNAL，否则还会产生 SIGPIPE），而没有对端地址的非面向连接套接字报告的是 EDESTADDRREQ。在 Windows 上，对未连接的面向连接套接字调用 recv、send 和 shutdown 会报告此错误；对没有默认对端的数据报套接字调用 send 和 recv 也会报告它（此时仍可使用 sendto 和 recvfrom）。请先调用 connect 连接套接字（或使用 accept 返回的套接字），或用 sendto 给出目标地址；非阻塞 connect 之后，应等待连接完成后再收发数据。
    ///
    /// - Operations: `listen`, `shutdown`, `send`, `recv`
    /// - Linux: `ENOTCONN` = 107: "Transport endpoint is not connected"
    /// - Windows: `WSAENOTCONN` = 10057: "A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied."
    /// - References: [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [tcp(7)](https://man7.org/linux/man-pages/man7/tcp.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ENOTCONN,
    /// message too long for the socket or buffer
    ///
    /// `WMKC_NET_ERR_EMSGSIZE`: The message is too long: a message-oriented socket could not carry it in one piece. On Linux, send reports it when the socket type requires messages to be sent atomically and the message is too large, for example a datagram over the protocol's size limit, or a datagram bigger than the path MTU that may not be fragmented. recv does not report it: a datagram longer than the buffer is cut short, and the MSG_TRUNC flag makes recv return its real length. On Windows, send reports it when the message is larger than the maximum the underlying transport supports, and nothing is sent; recv reports it when a datagram was larger than the buffer: the buffer holds its first part and, for UDP, the rest is lost, while a reliable protocol keeps the rest until it is read with a large enough buffer. Send smaller messages, for example by splitting the data or by using a stream socket. On Linux, a connected socket can read the current path MTU with the IP_MTU option; on Windows, getsockopt with SO_MAX_MSG_SIZE gives the largest message the provider accepts, and recv needs a buffer as large as the largest datagram expected.
    ///
    /// 套接字面向消息，消息大于基础传输支持的最大大小
    ///
    /// 消息过长：面向消息的套接字无法一次完整地传送它。在 Linux 上，当套接字类型要求消息以原子方式发送而消息太大时，send 会报告此错误，例如数据报超过了协议的大小上限，或数据报大于路径 MTU 且不允许分片。recv 不报告它：超过缓冲区的数据报会被截短，使用 MSG_TRUNC 标志可让 recv 返回其真实长度。在 Windows 上，消息大于底层传输协议支持的最大值时 send 报告此错误，且不发送任何数据；数据报大于缓冲区时 recv 报告此错误：缓冲区中只有数据报的前一部分，对 UDP 而言其余部分会丢失，而可靠协议会保留其余部分，直到用足够大的缓冲区读取。请发送更小的消息，例如拆分数据或改用流套接字。在 Linux 上，已连接的套接字可以通过 IP_MTU 选项读取当前的路径 MTU；在 Windows 上，用 getsockopt 读取 SO_MAX_MSG_SIZE 可得到服务提供者接受的最大消息，而 recv 需要不小于预期最大数据报的缓冲区。
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: `EMSGSIZE` = 90: "Message too long"
    /// - Windows: `WSAEMSGSIZE` = 10040: "A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself."
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [udp(7)](https://man7.org/linux/man-pages/man7/udp.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EMSGSIZE,
    /// descriptor is not a socket
    ///
    /// `WMKC_NET_ERR_ENOTSOCK`: The descriptor or handle passed to the call does not refer to a socket. On Linux, the descriptor is open but refers to another kind of file, such as a regular file, a pipe or a terminal, often because a descriptor number was mixed up with another (a descriptor that is not open at all gives EBADF instead). On Windows, the handle does not refer to a valid socket, for example INVALID_SOCKET returned by a failed socket or accept, or a socket already closed with closesocket. Because Windows may reuse a closed handle at once, using a closed socket does not reliably give this error: its handle may by then name another socket. Check where the value comes from, check that socket and accept succeeded before using their result, and never use a socket after closing it.
    ///
    /// 描述符不是套接字
    ///
    /// 传给该调用的描述符或句柄并不指向套接字。在 Linux 上，该描述符是打开的，但指向其他类型的文件，例如普通文件、管道或终端，通常是因为把描述符编号与别的描述符搞混了（根本未打开的描述符报告的则是 EBADF）。在 Windows 上，该句柄不指向有效的套接字，例如 socket 或 accept 失败时返回的 INVALID_SOCKET，或已经用 closesocket 关闭的套接字。由于 Windows 可能立即复用已关闭的句柄，使用已关闭的套接字并不一定会得到此错误：其句柄此时可能已指向另一个套接字。请检查该值的来源，在使用 socket 和 accept 的结果之前先确认它们已成功，并且关闭套接字后绝不要再使用它。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `ENOTSOCK` = 88: "Socket operation on non-socket"
    /// - Windows: `WSAENOTSOCK` = 10038: "An operation was attempted on something that is not a socket."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ENOTSOCK,
    /// connection timeout: the peer did not answer in time
    ///
    /// `WMKC_NET_ERR_ETIMEDOUT`: The peer did not answer in time, so the connection attempt or the established connection was given up. On Linux, connect reports it when the server never answered the connection request and the SYN retransmissions set by tcp_syn_retries ran out (about 127 seconds by default): the host is down, the server is too busy, or the packets are lost on the way, for example dropped by a firewall. On an established TCP connection, send and recv report it when the peer did not acknowledge retransmitted data, when keep-alive probes enabled with SO_KEEPALIVE went unanswered, or when TCP_USER_TIMEOUT ran out. SO_RCVTIMEO and SO_SNDTIMEO never cause it on Linux: when they expire the call fails with EAGAIN, or EINPROGRESS for connect. On Windows, connect reports it when the attempt timed out without a connection, and send and recv when the connection was dropped because of a network failure or because the peer stopped responding; once the connection is considered broken, later calls on the socket fail the same way. A blocking recv or send that runs out of its SO_RCVTIMEO or SO_SNDTIMEO timeout leaves the connection in an indeterminate state, but Microsoft's pages do not say which error code it then returns. Close the socket, check the network path and the peer, then connect again, preferably with a new socket: the Linux manual advises portable programs to do so after a failed connect, although Windows allows connect again on the same socket after this error. On Windows, also close a socket after a blocking recv or send ran out of its SO_RCVTIMEO or SO_SNDTIMEO timeout.
    ///
    /// 由于超时导致连接已断开。
    ///
    /// 对端未能及时应答，因此连接尝试或已建立的连接被放弃。在 Linux 上，如果服务器始终没有应答连接请求，并且 tcp_syn_retries 规定的 SYN 重传次数已用尽（默认约 127 秒），connect 就会报告此错误：原因可能是主机已关闭、服务器过于繁忙，或数据包在途中丢失，例如被防火墙丢弃。在已建立的 TCP 连接上，如果对端不确认重传的数据、用 SO_KEEPALIVE 启用的保活（keep-alive）探测得不到应答，或 TCP_USER_TIMEOUT 到期，send 和 recv 就会报告它。在 Linux 上，SO_RCVTIMEO 和 SO_SNDTIMEO 从不导致此错误：它们到期时调用失败并报告 EAGAIN，connect 则报告 EINPROGRESS。在 Windows 上，连接尝试超时仍未建立连接时 connect 报告此错误；连接因网络故障或对端停止响应而断开时 send 和 recv 报告此错误。连接一旦被视为断开，该套接字上之后的调用也会这样失败。阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，连接处于不确定状态，但 Microsoft 的文档没有说明此时返回哪个错误码。请关闭套接字，检查网络路径和对端，然后重新连接，最好使用新的套接字：Linux 手册建议可移植的程序在 connect 失败后这样做，不过 Windows 允许在此错误之后对同一套接字再次调用 connect。在 Windows 上，阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，也应关闭该套接字。
    ///
    /// - Operations: `send`, `recv`, `connect`
    /// - Linux: `ETIMEDOUT` = 110: "Connection timed out"
    /// - Windows: `WSAETIMEDOUT` = 10060: "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [tcp(7)](https://man7.org/linux/man-pages/man7/tcp.7.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket), [SOL_SOCKET Socket Options](https://learn.microsoft.com/en-us/windows/win32/winsock/sol-socket-socket-options)
    ETIMEDOUT,
    /// protocol does not fit the socket type
    ///
    /// `WMKC_NET_ERR_EPROTOTYPE`: The socket type does not support the protocol asked for: the two do not fit together. On Linux, connect reports it when a Unix socket is connected to a socket of another type, such as a datagram socket to a stream socket. On Windows, socket reports it when the protocol asked for lacks the semantics of the socket type, such as IPPROTO_UDP with SOCK_STREAM. Pass a type and a protocol that match (protocol 0 picks the type's default protocol), and connect a Unix socket only to a socket of the same type.
    ///
    /// 指定的协议是此套接字的错误类型，套接字类型不支持请求的通信协议。
    ///
    /// 套接字类型不支持所请求的协议：两者不匹配。在 Linux 上，把 Unix 套接字连接到另一种类型的套接字时（例如把数据报套接字连接到流套接字），connect 会报告此错误。在 Windows 上，如果所请求的协议不具备该套接字类型的语义（例如 SOCK_STREAM 配 IPPROTO_UDP），socket 会报告此错误。请传入相互匹配的类型和协议（协议传 0 即选用该类型的默认协议），并且只把 Unix 套接字连接到同类型的套接字。
    ///
    /// - Operations: `socket`, `accept`, `connect`
    /// - Linux: `EPROTOTYPE` = 91: "Protocol wrong type for socket"
    /// - Windows: `WSAEPROTOTYPE` = 10041: "A protocol was specified in the socket function call that does not support the semantics of the socket type requested."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EPROTOTYPE,
    /// operation not supported by this kind of socket
    ///
    /// `WMKC_NET_ERR_EOPNOTSUPP`: The socket's type or protocol does not support the operation, or a flag passed with it. On Linux, listen and accept report it on a socket whose type takes no connections, such as a datagram socket, and send or recv report it for a flag that does not fit the socket, such as MSG_OOB where out-of-band data is not supported. accept can also pass on a network error of one incoming TCP connection as this code. On Windows, listen and accept report it on a socket that does not support connection-oriented service, such as a datagram socket. send and recv report it for MSG_OOB on a socket that is not stream-style or whose domain has no out-of-band data, and for the direction a one-way socket does not support; recv also reports it for MSG_WAITALL on a non-blocking or datagram socket, or together with MSG_OOB, MSG_PEEK or MSG_PARTIAL. Use a connection-oriented socket (SOCK_STREAM) to listen and accept, and only flags the socket supports. On Linux, when accept reports it on a listening SOCK_STREAM socket, only one incoming connection failed: call accept again.
    ///
    /// 引用的套接字不是支持面向连接（监听）的服务的类型，或者套接字是单向的，只支持发送或接收操作。
    ///
    /// 套接字的类型或协议不支持该操作，或者不支持随调用传入的某个标志。在 Linux 上，在类型不接受连接的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误；send 或 recv 使用了与套接字不相符的标志时也会报告此错误，例如在不支持带外数据的套接字上使用 MSG_OOB。accept 还可能以此错误转交某个传入 TCP 连接上的网络错误。在 Windows 上，在不支持面向连接服务的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误。send 和 recv 在以下情况下报告此错误：在非流式套接字或其通信域不支持带外数据的套接字上使用 MSG_OOB，或者在单向套接字所不支持的方向上收发；recv 在非阻塞套接字或数据报套接字上使用 MSG_WAITALL，或者把 MSG_WAITALL 与 MSG_OOB、MSG_PEEK 或 MSG_PARTIAL 一起使用时，也会报告此错误。请使用面向连接的套接字（SOCK_STREAM）来 listen 和 accept，并且只使用该套接字支持的标志。在 Linux 上，如果 accept 在类型为 SOCK_STREAM 的监听套接字上报告此错误，出错的只是某一个传入连接：再次调用 accept 即可。
    ///
    /// - Operations: `send`, `recv`, `listen`, `accept`
    /// - Linux: `EOPNOTSUPP` = 95: "Operation not supported"
    /// - Windows: `WSAEOPNOTSUPP` = 10045: "The attempted operation is not supported for the type of object referenced."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EOPNOTSUPP,
    /// local address already in use
    ///
    /// `WMKC_NET_ERR_EADDRINUSE`: The local address and port are already in use, so this socket cannot have them. On Linux, bind reports it when another socket is bound to that address, when a TCP socket bound to it was closed a short while ago (the address stays unavailable for some time unless SO_REUSEADDR is set), when a Unix socket path already exists, or when port 0 was asked for and no ephemeral port is free. listen reports it when another socket already listens on the port or an unbound socket finds no free ephemeral port, and connect when the socket's local address is in use (a connect that finds no free ephemeral port gets EADDRNOTAVAIL instead). On Windows, bind reports it when another socket is bound to the same address and port, or one that was not closed properly or is still closing. For a socket bound to a wildcard address (INADDR_ANY or in6addr_any), listen or connect can report it later, when the specific address is committed. Stop the program that holds the address, or choose another port. On Linux, set SO_REUSEADDR before bind so that a restarted server can bind again at once (Linux allows the reuse only if the earlier socket had set it too), and delete a stale Unix socket file with unlink before binding. On Windows, SO_REUSEADDR is no remedy: it lets a socket bind by force to a port that another socket uses, after which it is undetermined which socket handles incoming connections.
    ///
    /// 本地地址或端口已被使用。套接字没有绑定到地址。
    ///
    /// 本地地址和端口已被占用，此套接字无法使用它们。在 Linux 上，以下情况下 bind 会报告此错误：已有另一个套接字绑定在该地址上；绑定该地址的某个 TCP 套接字刚关闭不久（除非设置了 SO_REUSEADDR，该地址在一段时间内仍不可用）；Unix 套接字路径已经存在；或者请求端口 0 时已没有空闲的临时端口。当另一个套接字已在该端口上监听，或者未绑定的套接字找不到空闲的临时端口时，listen 会报告此错误；当套接字的本地地址已被使用时，connect 会报告此错误（connect 找不到空闲的临时端口时得到的是 EADDRNOTAVAIL）。在 Windows 上，当已有另一个套接字绑定到相同的地址和端口，或者该地址上的某个套接字未被正确关闭或仍在关闭过程中时，bind 会报告此错误。对于绑定到通配地址（INADDR_ANY 或 in6addr_any）的套接字，listen 或 connect 可能要到确定具体地址时才报告此错误。请停止占用该地址的程序，或改用其他端口。在 Linux 上，请在 bind 之前设置 SO_REUSEADDR，使重启后的服务器能立即重新绑定（只有先前的套接字也设置了该选项，Linux 才允许这样重用），并在绑定之前用 unlink 删除残留的 Unix 套接字文件。在 Windows 上，SO_REUSEADDR 并不能解决问题：它让套接字强行绑定到另一个套接字正在使用的端口，此后由哪个套接字处理传入连接将无法确定。
    ///
    /// - Operations: `bind`, `listen`, `accept`, `connect`
    /// - Linux: `EADDRINUSE` = 98: "Address already in use"
    /// - Windows: `WSAEADDRINUSE` = 10048: "Only one usage of each socket address (protocol/network address/port) is normally permitted."
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE](https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse)
    EADDRINUSE,
    /// connection reset by the peer
    ///
    /// `WMKC_NET_ERR_ECONNRESET`: The peer reset the connection: the other end closed it abruptly, and it can no longer carry data. On Linux, send reports it when the connection was reset by the peer, and on a Unix socket it means that the socket at the other end was closed unexpectedly. On Windows, send, recv and shutdown report it when the remote side closed the connection by force: usually its program stopped suddenly, its host restarted, its host or network interface was disabled, or it closed with SO_LINGER on and a zero timeout. Calls made after keep-alive found the connection broken report it too. accept reports it when an incoming connection was ended by the peer before it was accepted. A UDP socket reports it from send or recv (recvfrom) when an earlier datagram drew an ICMP port unreachable message (Linux reports ECONNREFUSED for this). The connection cannot be used again: close the socket and connect again if needed. From accept on Windows only that incoming connection was lost: keep the listening socket and call accept again. On Windows a UDP socket stops these reports when its SIO_UDP_CONNRESET control is set to FALSE with WSAIoctl.
    ///
    /// 连接被重置。套接字不可再用，应关闭套接字（此错误仅适用于面向连接的套接字）。
    ///
    /// 对端重置了连接：另一端突然关闭了连接，该连接已无法再传输数据。在 Linux 上，连接被对端重置时 send 会报告此错误；在 Unix 套接字上，此错误表示另一端的套接字被意外关闭。在 Windows 上，当远端强制关闭连接时，send、recv 和 shutdown 会报告此错误：通常是对端程序突然终止、对端主机重启、对端主机或其网络接口被停用，或者对端在启用 SO_LINGER 且超时为零的情况下关闭了套接字。保活（keep-alive）检测发现连接已断开之后的调用也会报告此错误。如果某个传入连接在被接受之前就被对端终止，accept 会报告此错误。如果先前发出的数据报引发了 ICMP 端口不可达消息，UDP 套接字上的 send 或 recv（recvfrom）也会报告此错误（Linux 对此报告 ECONNREFUSED）。该连接已不能再用：请关闭套接字，必要时重新连接。在 Windows 上来自 accept 时，丢失的只是那一个传入连接：保留监听套接字，再次调用 accept 即可。在 Windows 上，用 WSAIoctl 把 UDP 套接字的 SIO_UDP_CONNRESET 控制码设为 FALSE 后，该套接字就不再报告此类错误。
    ///
    /// - Operations: `shutdown`, `accept`, `send`, `recv`
    /// - Linux: `ECONNRESET` = 104: "Connection reset by peer"
    /// - Windows: `WSAECONNRESET` = 10054: "An existing connection was forcibly closed by the remote host."
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [udp(7)](https://man7.org/linux/man-pages/man7/udp.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock recvfrom](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-recvfrom), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock IOCTLs](https://learn.microsoft.com/en-us/windows/win32/winsock/winsock-ioctls)
    ECONNRESET,
    /// network is unreachable
    ///
    /// `WMKC_NET_ERR_ENETUNREACH`: The destination network cannot be reached from this host, so the connection attempt failed. On Linux, connect reports it when the routing table has no route to the destination network, for example no default route for an address outside the local networks, or no IPv6 route for an IPv6 address. On Windows, connect reports it when the network cannot be reached at this time, usually because the local software knows no route to the remote host. Check the address, the routing table (ip route on Linux) and the network connection; retrying helps only once a route exists. Then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.
    ///
    /// 此时不可以从此主机访问该网络。网络不可用。
    ///
    /// 无法从本机到达目标网络，连接尝试失败。在 Linux 上，当路由表中没有通往目标网络的路由时，connect 会报告此错误，例如目标地址不在本地网络中而又没有默认路由，或者目标是 IPv6 地址而没有 IPv6 路由。在 Windows 上，当此时无法到达该网络时，connect 会报告此错误，通常是因为本机软件不知道通往远程主机的路由。请检查地址、路由表（在 Linux 上可用 ip route 查看）和网络连接；只有在路由存在之后，重试才有意义。届时再调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。
    ///
    /// - Operations: `connect`
    /// - Linux: `ENETUNREACH` = 101: "Network is unreachable"
    /// - Windows: `WSAENETUNREACH` = 10051: "A socket operation was attempted to an unreachable network."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [ip-route(8)](https://man7.org/linux/man-pages/man8/ip-route.8.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    ENETUNREACH,
    /// operation would block on a non-blocking socket
    ///
    /// `WMKC_NET_ERR_EWOULDBLOCK`: The operation could not complete now, and the call returned instead of waiting for it: this is not a failure. On Linux, EWOULDBLOCK has the same value as EAGAIN on every architecture, so this value is reported as EAGAIN. accept, send and recv return it on a non-blocking socket when there is no connection to accept, no data to read or no room to send, or on a blocking socket when its SO_RCVTIMEO or SO_SNDTIMEO timeout expired before anything was transferred; connect returns it on a non-blocking Unix socket that cannot connect at once. On Windows, accept, send and recv report it on a non-blocking socket when there is no connection to accept, no data to read or no buffer space to send. connect reports it on a non-blocking socket once the connection attempt has started, as it takes time to complete. closesocket reports it on a non-blocking socket whose SO_LINGER is on with a nonzero timeout when the close cannot complete at once: the socket stays open and no disconnect is started. Wait until select (or poll on Linux) reports the socket ready, then call again. After connect on Windows, do not call connect again (that gives WSAEALREADY while the attempt is pending and WSAEISCONN once it has succeeded): select reports the socket writable when it is connected, or in its exception set when the attempt failed, and getsockopt SO_ERROR then gives the reason. After closesocket on Windows, call closesocket again, or turn SO_LINGER off before closing.
    ///
    /// 套接字标记为非阻塞模式，没有要接受的连接，请求的操作会进行阻止。套接字标记为非阻塞模式，无法立即完成连接。
    ///
    /// 操作此时无法完成，调用没有等待而是直接返回了：这并不是失败。在 Linux 上，EWOULDBLOCK 在所有架构上都与 EAGAIN 的值相同，因此该值报告为 EAGAIN。在非阻塞套接字上，如果没有可接受的连接、没有可读的数据或没有空间可供发送，accept、send 和 recv 会返回它；在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时已到而尚未传输任何数据，它们也会返回它；非阻塞的 Unix 套接字无法立即连接时，connect 也会返回它。在 Windows 上，如果非阻塞套接字上没有可接受的连接、没有可读的数据或没有缓冲区空间可供发送，accept、send 和 recv 会报告此错误。对于非阻塞套接字，连接尝试一旦开始，connect 就会报告此错误，因为建立连接需要时间。对于启用了 SO_LINGER 且超时非零的非阻塞套接字，如果关闭无法立即完成，closesocket 会报告此错误：套接字仍然打开，也不会开始断开连接。请等待 select（在 Linux 上也可用 poll）报告套接字就绪，然后再次调用。在 Windows 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 WSAEALREADY，成功之后会得到 WSAEISCONN）：连接成功时 select 会报告套接字可写，失败时会把它放入异常集合，此时用 getsockopt 读取 SO_ERROR 即可得到原因。在 Windows 上调用 closesocket 之后，请再次调用 closesocket，或者在关闭之前先停用 SO_LINGER。
    ///
    /// - Operations: `accept`, `send`, `recv`, `closesocket`, `connect`
    /// - Linux: `EWOULDBLOCK` = 11 (decodes as [`EAGAIN`](Self::EAGAIN)): "Resource temporarily unavailable"
    /// - Windows: `WSAEWOULDBLOCK` = 10035: "A non-blocking socket operation could not be completed immediately."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [errno(3)](https://man7.org/linux/man-pages/man3/errno.3.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock select](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-select)
    EWOULDBLOCK,
    /// operation now in progress
    ///
    /// `WMKC_NET_ERR_EINPROGRESS`: An operation is still in progress, so this call did not complete now. On Linux, connect reports it when the socket is non-blocking (or its SO_SNDTIMEO timeout expired) and the connection has started but not finished; it goes on in the background (a Unix socket reports EAGAIN instead). send or sendto with MSG_FASTOPEN reports it when no TCP Fast Open cookie is available locally: a SYN asking for one has been sent, and the data must be sent again once the socket is connected. On Windows, it means that a blocking Winsock 1.1 call is still running in this thread, or the service provider is still processing a callback function: only one blocking call may be outstanding per thread, so any Winsock call, on any socket, fails this way meanwhile. A non-blocking connect on Windows reports WSAEWOULDBLOCK instead. After connect on Linux, do not call connect again (that gives EALREADY while the attempt is pending): wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt, which is zero when connected and otherwise the error that ended the attempt. After a send with MSG_FASTOPEN, send the data again once connected. On Windows, let the running call finish before making another.
    ///
    /// 套接字是非阻塞的，调用操作无法立即完成。
    ///
    /// 某个操作仍在进行中，因此本次调用没有立即完成。在 Linux 上，当套接字是非阻塞的（或其 SO_SNDTIMEO 超时已到），且连接已开始建立但尚未完成时，connect 会报告此错误，连接会在后台继续进行（Unix 套接字报告的是 EAGAIN）。使用 MSG_FASTOPEN 的 send 或 sendto 在本地没有 TCP Fast Open cookie 时也会报告此错误：此时已发出一个请求 cookie 的 SYN，数据需要在套接字连接之后重新发送。在 Windows 上，它表示本线程中仍有一个阻塞的 Winsock 1.1 调用在执行，或者服务提供者仍在处理回调函数：每个线程同时只能有一个未完成的阻塞调用，因此在此期间，任何 Winsock 调用（无论针对哪个套接字）都会这样失败。Windows 上非阻塞的 connect 报告的是 WSAEWOULDBLOCK。在 Linux 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 EALREADY）：请等待 poll 或 select 报告套接字可写，然后用 getsockopt 读取 SO_ERROR：为零表示已连接，否则就是导致连接失败的错误。使用 MSG_FASTOPEN 发送之后，请在连接建立后重新发送数据。在 Windows 上，请先让正在执行的调用完成，再发起其他调用。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: `EINPROGRESS` = 115: "Operation now in progress"
    /// - Windows: `WSAEINPROGRESS` = 10036: "A blocking operation is currently executing."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EINPROGRESS,
    /// connection refused by the peer
    ///
    /// `WMKC_NET_ERR_ECONNREFUSED`: The destination refused: usually no program listens on that address and port, because the service is not running or listens elsewhere. On Linux, connect reports it when a stream socket finds no one listening on the remote address, and for a Unix socket when the path is not a listening socket or not a socket at all. recv on a UDP socket can report it when an earlier datagram sent from that socket found no receiver at its destination. On Windows, connect reports it when the target computer actively refused the connection: usually no server application is running there, or the listener's queue of pending connections is full. For a UDP datagram that found no receiver, Windows reports WSAECONNRESET, not this code. Check that the server runs and that the address and port are right, then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.
    ///
    /// 连接被远程主机强制性拒绝。
    ///
    /// 目标拒绝了请求：通常是该地址和端口上没有程序在监听，因为服务未运行，或者在其他地方监听。在 Linux 上，如果流套接字的远程地址上没有程序在监听，connect 会报告此错误；Unix 套接字连接的路径不是监听套接字或根本不是套接字时，connect 也会报告此错误。UDP 套接字上的 recv 可能报告此错误，表示先前从该套接字发出的某个数据报在目的地没有接收方。在 Windows 上，当目标计算机主动拒绝连接时，connect 会报告此错误：通常是目标上没有运行服务器程序，或者监听方的待处理连接队列已满。对于没有接收方的 UDP 数据报，Windows 报告的是 WSAECONNRESET，而不是此错误。请确认服务器正在运行、地址和端口正确，然后重新调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。
    ///
    /// - Operations: `recv`, `connect`
    /// - Linux: `ECONNREFUSED` = 111: "Connection refused"
    /// - Windows: `WSAECONNREFUSED` = 10061: "No connection could be made because the target machine actively refused it."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [udp(7)](https://man7.org/linux/man-pages/man7/udp.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv)
    ECONNREFUSED,
    /// connection aborted
    ///
    /// `WMKC_NET_ERR_ECONNABORTED`: A connection was aborted and is lost. On Linux, accept reports it when an incoming connection was aborted, closed during the accept; only that connection is lost (for a connection the peer ended before it was accepted, Windows reports WSAECONNRESET). On Windows, send, recv and shutdown report it when software on this host aborted an established connection, for example after a data transmission timeout or a protocol error. From accept on Linux, keep the listening socket and call accept again. From send, recv or shutdown on Windows, the socket can no longer be used: close it and connect again if needed.
    ///
    /// 面向连接的套接字由于超时或其他故障线路已终止，套接字不可再用。
    ///
    /// 连接被中止，已经丢失。在 Linux 上，如果某个传入连接在 accept 调用期间被关闭（中止），accept 会报告此错误；丢失的只是那一个连接（对于在被接受之前就被对端终止的连接，Windows 报告的是 WSAECONNRESET）。在 Windows 上，如果本机上的软件中止了一个已建立的连接（例如在数据传输超时或协议错误之后），send、recv 和 shutdown 会报告此错误。在 Linux 上来自 accept 时，请保留监听套接字，再次调用 accept。在 Windows 上来自 send、recv 或 shutdown 时，该套接字已不可再用：请关闭它，必要时重新连接。
    ///
    /// - Operations: `shutdown`, `send`, `recv`, `accept`
    /// - Linux: `ECONNABORTED` = 103: "Software caused connection abort"
    /// - Windows: `WSAECONNABORTED` = 10053: "An established connection was aborted by the software in your host machine."
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ECONNABORTED,
    /// address family not supported
    ///
    /// `WMKC_NET_ERR_EAFNOSUPPORT`: The address family is not supported: by this system, by the protocol asked for, or by the socket an address was passed to. On Linux, socket reports it when this system does not support the address family asked for, and connect reports it when the address passed has another family (sa_family) than the socket, such as an IPv6 address for an IPv4 socket. On Windows, socket reports it when the address family is not supported here, such as a family whose Windows Sockets service provider is not installed, or when the protocol asked for does not fit the family; connect reports it when addresses of that family cannot be used with the socket. Create the socket with the family of the address it will use, for example the ai_family of a getaddrinfo result, and pass it only addresses of that family.
    ///
    /// 指定网络族中的地址无法与此套接字一起使用。
    ///
    /// 不支持该地址族：本系统、所请求的协议或传入地址的那个套接字不支持它。在 Linux 上，当本系统不支持所请求的地址族时，socket 会报告此错误；当传入的地址与套接字属于不同的地址族（sa_family）时，例如把 IPv6 地址传给 IPv4 套接字，connect 会报告此错误。在 Windows 上，当此处不支持该地址族时（例如该地址族的 Windows Sockets 服务提供者未安装），或者所请求的协议与该地址族不符时，socket 会报告此错误；当该地址族的地址不能用于该套接字时，connect 会报告此错误。请按将要使用的地址的地址族创建套接字，例如采用 getaddrinfo 结果中的 ai_family，并且只向它传入该地址族的地址。
    ///
    /// - Operations: `socket`, `connect`
    /// - Linux: `EAFNOSUPPORT` = 97: "Address family not supported by protocol"
    /// - Windows: `WSAEAFNOSUPPORT` = 10047: "An address incompatible with the requested protocol was used."
    /// - References: [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [getaddrinfo(3)](https://man7.org/linux/man-pages/man3/getaddrinfo.3.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EAFNOSUPPORT,
    /// address not available on this host
    ///
    /// `WMKC_NET_ERR_EADDRNOTAVAIL`: The address cannot be used in this context. From bind, it is not an address of this host: a typo, another machine's address, or an address not yet (or no longer) assigned here. On Linux, bind also reports it when a nonexistent interface was requested, and connect reports it when no local ephemeral port is free for the connection (the range is ip_local_port_range). On Windows, connect reports it when the remote address or port is not valid for a remote computer, such as an all-zero address (INADDR_ANY or in6addr_any) or port 0. Bind to an address this host has, or to the wildcard address, and check the destination address and port. On Linux, when ephemeral ports run out, reuse connections or widen ip_local_port_range.
    ///
    /// 请求的地址在上下文无效或请求的地址不是本地地址。远程地址不是有效的地址。
    ///
    /// 该地址在此上下文中不可用。来自 bind 时，它不是本机的地址：可能是输入错误、用了另一台机器的地址，或者该地址尚未（或已不再）分配给本机。在 Linux 上，请求了不存在的接口时，bind 也会报告此错误；没有空闲的本地临时端口可供该连接使用时（其范围由 ip_local_port_range 设定），connect 会报告此错误。在 Windows 上，当远程地址或端口对远程计算机无效时，例如全零地址（INADDR_ANY 或 in6addr_any）或端口 0，connect 会报告此错误。请绑定到本机拥有的地址或通配地址，并检查目标地址和端口。在 Linux 上，临时端口耗尽时，请复用连接或扩大 ip_local_port_range。
    ///
    /// - Operations: `bind`, `connect`
    /// - Linux: `EADDRNOTAVAIL` = 99: "Cannot assign requested address"
    /// - Windows: `WSAEADDRNOTAVAIL` = 10049: "The requested address is not valid in its context."
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    EADDRNOTAVAIL,
    /// protocol not supported
    ///
    /// `WMKC_NET_ERR_EPROTONOSUPPORT`: The socket call asked for a protocol that is not supported with that address family and socket type. On Linux, socket reports it when the protocol type or the protocol asked for is not supported within the address family, such as IPPROTO_TCP for an AF_INET SOCK_DGRAM socket. On Windows, socket reports it when the protocol has not been configured into the system or has no implementation, such as a stream protocol asked for with SOCK_DGRAM. Pass 0 as the protocol to get the type's default, or a protocol that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).
    ///
    /// 不支持指定的协议
    ///
    /// socket 调用请求的协议在该地址族和套接字类型下不受支持。在 Linux 上，当协议类型或所请求的协议在该地址族内不受支持时，socket 会报告此错误，例如为 AF_INET 的 SOCK_DGRAM 套接字指定 IPPROTO_TCP。在 Windows 上，当该协议未在系统中配置或不存在其实现时，socket 会报告此错误，例如为 SOCK_DGRAM 套接字指定流式协议。请把协议设为 0 以使用该类型的默认协议，或者传入与类型匹配的协议（SOCK_STREAM 用 IPPROTO_TCP，SOCK_DGRAM 用 IPPROTO_UDP）。
    ///
    /// - Operations: `socket`
    /// - Linux: `EPROTONOSUPPORT` = 93: "Protocol not supported"
    /// - Windows: `WSAEPROTONOSUPPORT` = 10043: "The requested protocol has not been configured into the system, or no implementation for it exists."
    /// - References: [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    EPROTONOSUPPORT,
    /// input/output error while closing
    ///
    /// `WMKC_NET_ERR_EIO`: close reported an I/O error: data written earlier through the descriptor may not have reached the file system or device. On Linux, close(2) names no cause specific to sockets: the kernel releases the descriptor early in close, and the steps that can still fail, such as flushing written data to a file system or device, come later, so the descriptor is released even though close reports the error. Do not call close again: it could close a descriptor that another thread has just been given with the same number. Treat the earlier writes as possibly lost and write the data again if it matters.
    ///
    /// 出现I/O错误
    ///
    /// close 报告了 I/O 错误：之前通过该描述符写入的数据可能没有到达文件系统或设备。在 Linux 上，close(2) 没有给出套接字特有的原因：内核在 close 的早期就释放描述符，之后才执行仍可能失败的步骤（例如把已写入的数据刷新到文件系统或设备），因此即使 close 报告了错误，描述符也已释放。不要再次调用 close：这可能关闭另一个线程刚以相同编号获得的描述符。应把之前写入的数据视为可能已丢失，如有必要重新写入。
    ///
    /// - Operations: `close`
    /// - Linux: `EIO` = 5: "Input/output error"
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    EIO,
    /// broken pipe: the connection is closed for sending
    ///
    /// `WMKC_NET_ERR_EPIPE`: send failed because the socket cannot send data: its connection is closed for sending, or it has none. Unless MSG_NOSIGNAL was passed, the process is also sent SIGPIPE, whose default action terminates it, so without MSG_NOSIGNAL the program sees EPIPE only when SIGPIPE is ignored, blocked or caught. On Linux, the usual causes are that this end was shut down for writing (shutdown with SHUT_WR or SHUT_RDWR) or that the peer closed the connection; Linux may also return EPIPE instead of ENOTCONN on a socket that is not connected. Pass MSG_NOSIGNAL with each send (or ignore SIGPIPE, which affects every thread of the process), then treat EPIPE as the end of the connection: stop sending and close the socket. On a socket that was never connected, connect it before sending.
    ///
    /// 本地端已在面向连接的套接字上关闭，在这种情况下，除非设置了MSG_NOSIGNAL，否则进程也将接收SIGPIPE。
    ///
    /// send 失败，因为该套接字无法发送数据：其连接的写方向已关闭，或者它根本没有连接。除非传入了 MSG_NOSIGNAL，进程还会收到 SIGPIPE，其默认动作是终止进程；因此在未传入 MSG_NOSIGNAL 时，只有当 SIGPIPE 被忽略、阻塞或捕获时，程序才会看到 EPIPE。在 Linux 上，常见原因是本端已关闭写方向（以 SHUT_WR 或 SHUT_RDWR 调用 shutdown），或对端已关闭连接；对于未连接的套接字，Linux 也可能返回 EPIPE 而不是 ENOTCONN。应在每次 send 时传入 MSG_NOSIGNAL（或忽略 SIGPIPE，但这会影响进程中的所有线程），然后把 EPIPE 视为连接结束：停止发送并关闭套接字。对于从未连接过的套接字，应先调用 connect 再发送。
    ///
    /// - Operations: `send`
    /// - Linux: `EPIPE` = 32: "Broken pipe"
    /// - Windows: not reported
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [signal(7)](https://man7.org/linux/man-pages/man7/signal.7.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [tcp(7)](https://man7.org/linux/man-pages/man7/tcp.7.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EPIPE,
    /// operation not permitted (firewall rule or broadcast)
    ///
    /// `WMKC_NET_ERR_EPERM`: The call was not permitted: connect could not make the connection, or accept could not take the incoming one. On Linux, connect reports it when a local firewall rule made the connection request fail, or when the destination is a broadcast address and the socket's SO_BROADCAST flag is not set (in both cases connect may report EACCES instead); accept reports it when firewall rules forbid the incoming connection. Check the local firewall rules for this address and port: the same connection keeps failing until they change. To connect a datagram socket to a broadcast address, set SO_BROADCAST with setsockopt first.
    ///
    /// 防火墙规则禁止连接
    ///
    /// 调用未被允许：connect 无法建立连接，或 accept 无法接受传入的连接。在 Linux 上，connect 在以下情况下报告该错误：本地防火墙规则使连接请求失败，或者目标是广播地址而套接字未设置 SO_BROADCAST 标志（这两种情况下 connect 也可能报告 EACCES）；accept 在防火墙规则禁止传入连接时报告该错误。应检查针对该地址和端口的本地防火墙规则：在规则改变之前，同样的连接会一直失败。若要把数据报套接字连接到广播地址，应先用 setsockopt 设置 SO_BROADCAST。
    ///
    /// - Operations: `accept`, `connect`
    /// - Linux: `EPERM` = 1: "Operation not permitted"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html)
    EPERM,
    /// socket path is on a read-only file system
    ///
    /// `WMKC_NET_ERR_EROFS`: bind could not create the Unix socket's file because its path lies on a read-only file system. On Linux, bind creates the file of a pathname Unix socket in the file system, and this fails when the file system that holds the path is mounted read-only. Bind to a path on a writable file system, for example under /tmp (temporary files) or /run (the system's run-time files), or use an abstract socket address, a Linux extension whose name starts with a null byte and has no connection with the file system.
    ///
    /// 套接字索引节点将驻留在只读文件系统上
    ///
    /// bind 无法创建 Unix 套接字的文件，因为其路径位于只读文件系统上。在 Linux 上，路径名 Unix 套接字的文件由 bind 在文件系统中创建；当该路径所在的文件系统以只读方式挂载时，创建就会失败。应绑定到可写文件系统上的路径，例如 /tmp（临时文件）或 /run（系统的运行时文件）下，或使用抽象套接字地址：这是 Linux 的扩展，其名字以空字节开头，与文件系统无关。
    ///
    /// - Operations: `bind`
    /// - Linux: `EROFS` = 30: "Read-only file system"
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [hier(7)](https://man7.org/linux/man-pages/man7/hier.7.html)
    EROFS,
    /// bad file descriptor
    ///
    /// `WMKC_NET_ERR_EBADF`: A descriptor given to the call is not a valid open file descriptor. On Linux, the usual causes are a descriptor that was already closed (a double close, or use after another thread closed it), one that was never opened (the -1 that a failed socket or accept call returns), or one mixed up with another value; for a send (sendmsg) that passes descriptors over a Unix socket with SCM_RIGHTS, it means that one of the descriptors being passed is invalid. It is a bug in the calling code: find where the descriptor was closed or lost. A close that fails with EBADF closed nothing, so do not retry it; and avoid double closes, because the number may already belong to a file that another thread has opened.
    ///
    /// 参数sockfd不是有效的文件描述符
    ///
    /// 传给该调用的某个描述符不是有效的已打开文件描述符。在 Linux 上，常见原因是：描述符已被关闭（重复关闭，或在另一个线程关闭后仍在使用），从未打开过（socket 或 accept 调用失败时返回的 -1），或与其他值混淆了；对于通过 Unix 套接字以 SCM_RIGHTS 传递描述符的 send（sendmsg），则是被传递的某个描述符无效。这是调用代码的缺陷：应找出描述符在何处被关闭或丢失。以 EBADF 失败的 close 并未关闭任何东西，因此不要重试；还应避免重复关闭，因为该编号可能已属于另一个线程打开的文件。
    ///
    /// - Operations: `bind`, `accept`, `close`, `shutdown`, `send`, `recv`, `listen`, `connect`
    /// - Linux: `EBADF` = 9: "Bad file descriptor"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [close(2)](https://man7.org/linux/man-pages/man2/close.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html)
    EBADF,
    /// too many symbolic links in the socket path
    ///
    /// `WMKC_NET_ERR_ELOOP`: bind met too many symbolic links while resolving the Unix socket path. On Linux, at most 40 symbolic links are followed while resolving one path, so the error means that the links form a loop, such as a link that points to itself, or that the chain of links is too long. Check the symbolic links along the path, and bind to a path without the loop or with fewer links.
    ///
    /// 解析地址时遇到太多符号链接
    ///
    /// bind 在解析 Unix 套接字路径时遇到了过多的符号链接。在 Linux 上，解析一条路径时最多跟随 40 个符号链接，因此该错误说明这些链接构成了循环（例如指向自身的链接），或者链接链过长。应检查路径上的符号链接，并绑定到不含循环或链接更少的路径。
    ///
    /// - Operations: `bind`
    /// - Linux: `ELOOP` = 40: "Too many levels of symbolic links"
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ELOOP,
    /// disk quota exceeded while closing
    ///
    /// `WMKC_NET_ERR_EDQUOT`: close reported that data written earlier through the descriptor could not be stored because a disk quota was exceeded. On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that went over the quota but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket. The descriptor is released anyway, so do not call close again; free space or raise the quota, then write the data again.
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// close 报告：之前通过该描述符写入的数据因超出磁盘配额而无法保存。在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次超出配额的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。描述符无论如何都已释放，因此不要再次调用 close；应释放空间或提高配额，然后重新写入数据。
    ///
    /// - Operations: `close`
    /// - Linux: `EDQUOT` = 122: "Disk quota exceeded"
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    EDQUOT,
    /// no space left on device while closing
    ///
    /// `WMKC_NET_ERR_ENOSPC`: close reported that data written earlier through the descriptor could not be stored because no space was left on the file system. On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that ran out of space but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket. The descriptor is released anyway, so do not call close again; free space, then write the data again.
    ///
    /// 存储空间不足或已达到磁盘配额限制。
    ///
    /// close 报告：之前通过该描述符写入的数据因文件系统空间已满而无法保存。在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次空间不足的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。描述符无论如何都已释放，因此不要再次调用 close；应释放空间，然后重新写入数据。
    ///
    /// - Operations: `close`
    /// - Linux: `ENOSPC` = 28: "No space left on device"
    /// - Windows: not reported
    /// - References: [close(2)](https://man7.org/linux/man-pages/man2/close.2.html)
    ENOSPC,
    /// a directory in the socket path does not exist
    ///
    /// `WMKC_NET_ERR_ENOENT`: A directory in the Unix socket path does not exist, so bind cannot create the socket file. On Linux, a component of the directory prefix of the socket path was not found while the path was resolved; a relative path is resolved from the current working directory of the process. Create the missing directory first, or fix the path (for a relative path, check the current working directory).
    ///
    /// 套接字路径名的目录前缀中的组件不存在
    ///
    /// Unix 套接字路径中的某个目录不存在，因此 bind 无法创建套接字文件。在 Linux 上，解析路径时，套接字路径的目录前缀中有某个组件未找到；相对路径从进程的当前工作目录开始解析。应先创建缺失的目录，或修正路径（对于相对路径，应检查当前工作目录）。
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOENT` = 2: "No such file or directory"
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ENOENT,
    /// out of kernel memory
    ///
    /// `WMKC_NET_ERR_ENOMEM`: The kernel could not allocate the memory the call needed. On Linux, for IP sockets and for accept this often means that the allocation was limited by the socket buffer limits rather than by the system's memory, though not always. Retry later, when resources have been freed; reduce the number of sockets or the data buffered in them, or raise the socket buffer limits.
    ///
    /// 可用的内核内存不足
    ///
    /// 内核无法分配该调用所需的内存。在 Linux 上，对于 IP 套接字和 accept，这往往是因为内存分配受到套接字缓冲区上限的限制，而不是系统内存不足，但并非总是如此。应在资源释放后重试；减少套接字数量或其中缓冲的数据量，或提高套接字缓冲区上限。
    ///
    /// - Operations: `socket`, `accept`, `send`, `recv`
    /// - Linux: `ENOMEM` = 12: "Cannot allocate memory"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html)
    ENOMEM,
    /// system-wide limit on open files reached
    ///
    /// `WMKC_NET_ERR_ENFILE`: The whole system has reached its limit on open files, so no new socket could be created. On Linux, this limit is set in /proc/sys/fs/file-max and applies to all processes together, whatever this process's own limit (RLIMIT_NOFILE, which yields EMFILE instead when it is exceeded). Close descriptors here and in other processes, look for leaks, or raise the system-wide limit in /proc/sys/fs/file-max. Do not retry socket or accept in a tight loop: wait until descriptors are free.
    ///
    /// 已达到系统范围内打开文件总数的限制
    ///
    /// 整个系统打开的文件数已达上限，因此无法创建新的套接字。在 Linux 上，这一上限由 /proc/sys/fs/file-max 设定，对所有进程合计生效，与本进程自身的上限（RLIMIT_NOFILE，超过该上限时得到的是 EMFILE）无关。应关闭本进程和其他进程中的描述符、查找泄漏，或提高 /proc/sys/fs/file-max 中的系统级上限。不要在循环中不加等待地反复重试 socket 或 accept：应等到有描述符释放。
    ///
    /// - Operations: `socket`, `accept`
    /// - Linux: `ENFILE` = 23: "Too many open files in system"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html), [getrlimit(2)](https://man7.org/linux/man-pages/man2/getrlimit.2.html), [proc_sys_fs(5)](https://man7.org/linux/man-pages/man5/proc_sys_fs.5.html)
    ENFILE,
    /// protocol error on an incoming connection
    ///
    /// `WMKC_NET_ERR_EPROTO`: A protocol error occurred on an incoming connection before accept could return it. On Linux, accept passes network errors already pending on the new socket as its own error, EPROTO among them for TCP/IP; only that connection is affected, not the listening socket. Keep the listening socket and call accept again, as for EAGAIN.
    ///
    /// 错误的协议
    ///
    /// 在 accept 返回某个传入连接之前，该连接上发生了协议错误。在 Linux 上，accept 会把新套接字上已挂起的网络错误作为自身的错误返回，对 TCP/IP 而言 EPROTO 就是其中之一；受影响的只是这个连接，而不是监听套接字。应保留监听套接字，像处理 EAGAIN 一样再次调用 accept。
    ///
    /// - Operations: `accept`
    /// - Linux: `EPROTO` = 71: "Protocol error"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html)
    EPROTO,
    /// resource temporarily unavailable
    ///
    /// `WMKC_NET_ERR_EAGAIN`: The call cannot complete now because something it needs is temporarily unavailable (EWOULDBLOCK is the same value). Usually the socket is non-blocking, or send or recv was given MSG_DONTWAIT, and there is no connection to accept, no data to read or no room to send. On a blocking socket, accept, recv and send report it when the SO_RCVTIMEO or SO_SNDTIMEO timeout expires before anything was transferred. Sending on a UDP socket that is not yet bound reports it when no ephemeral port is free (connect on an IP socket reports that as EADDRNOTAVAIL). From connect, it means that a non-blocking Unix domain socket could not connect at once or, for other families, that routing cache entries ran short; the attempt failed rather than started. With a non-blocking socket or MSG_DONTWAIT, wait until poll or select reports the socket ready, then call again. If no ephemeral port is free, close unused sockets or widen ip_local_port_range. After EAGAIN from connect, try again later, in portable code with a new socket, since a socket's state is unspecified after a failed connect.
    ///
    /// 套接字被标记为非阻塞，并且不存在任何可接受的连接。
    /// sockfd引用的套接字以前没有绑定到地址，在尝试将其绑定到临时端口时，确定临时端口范围内的所有端口号当前都在使用中。
    ///
    /// 调用现在无法完成，因为它所需的某项资源暂时不可用（EWOULDBLOCK 是同一个值）。通常是套接字处于非阻塞模式，或者 send、recv 调用带有 MSG_DONTWAIT 标志，而此时没有可接受的连接、没有可读的数据或发送缓冲区已满。在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时到期时还没有传输任何数据，accept、recv 和 send 也会报告此错误。在尚未绑定的 UDP 套接字上发送时，若没有空闲的临时端口也会报告它（IP 套接字上的 connect 对此报告 EADDRNOTAVAIL）。对 connect 而言，它表示非阻塞的 Unix 域套接字无法立即连接，或者在其他地址族中路由缓存条目不足；这次连接尝试已经失败，而不是已经开始。对非阻塞套接字或带 MSG_DONTWAIT 的调用，请等 poll 或 select 报告套接字就绪后再调用。如果是没有空闲的临时端口，请关闭不再使用的套接字，或扩大 ip_local_port_range。connect 返回 EAGAIN 后，请稍后重试，可移植的代码应改用新的套接字，因为 connect 失败后套接字的状态是不确定的。
    ///
    /// - Operations: `accept`, `send`, `recv`, `connect`
    /// - Linux: `EAGAIN` = 11: "Resource temporarily unavailable"
    /// - Windows: not reported
    /// - References: [accept(2)](https://man7.org/linux/man-pages/man2/accept.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html), [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html), [ip(7)](https://man7.org/linux/man-pages/man7/ip.7.html), [errno(3)](https://man7.org/linux/man-pages/man3/errno.3.html)
    EAGAIN,
    /// a component of the socket path is not a directory
    ///
    /// `WMKC_NET_ERR_ENOTDIR`: bind could not resolve the Unix socket path: a component of its directory prefix exists but is not a directory. Linux resolves the path one component at a time, and every component before the last must be a directory or a symbolic link to a directory; here one of them is a file or other non-directory, or a symbolic link that leads to a non-directory. Fix the path so that every component before the last is a directory.
    ///
    /// 路径前缀的组件不是目录
    ///
    /// bind 无法解析 Unix 套接字路径：其目录前缀中有一个组件存在，但不是目录。Linux 逐个组件解析路径，最后一个组件之前的每个组件都必须是目录或指向目录的符号链接；这里有一个组件是文件或其他非目录项，或者是指向非目录项的符号链接。请修正路径，使最后一个组件之前的每个组件都是目录。
    ///
    /// - Operations: `bind`
    /// - Linux: `ENOTDIR` = 20: "Not a directory"
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ENOTDIR,
    /// socket path too long
    ///
    /// `WMKC_NET_ERR_ENAMETOOLONG`: bind could not resolve the Unix socket path because a name in it, or the path its symbolic links lead to, is too long. On Linux this comes from path resolution: a file name in the path is longer than the file system allows, or a symbolic link in it leads to such a name or makes the resolved path too long. The size of sun_path (108 bytes on Linux) is not the cause: a longer path does not fit the address, and bind rejects an address longer than the structure with EINVAL. Shorten the name that is too long or fix the symbolic link that leads to it, or bind to a path that does not go through such links.
    ///
    /// 地址太长
    ///
    /// bind 无法解析 Unix 套接字路径，因为路径中的某个名称过长，或者其中的符号链接解析出的路径过长。在 Linux 上，这个错误来自路径解析：路径中的某个文件名超出了文件系统允许的长度，或者路径中的某个符号链接指向这样的名称，或使解析后的路径过长。原因不在于 sun_path 的大小（在 Linux 上为 108 字节）：更长的路径放不进地址结构，bind 会以 EINVAL 拒绝超出该结构长度的地址。请缩短过长的名称或修正指向它的符号链接，或者绑定到一个不经过这类链接的路径。
    ///
    /// - Operations: `bind`
    /// - Linux: `ENAMETOOLONG` = 36: "File name too long"
    /// - Windows: not reported
    /// - References: [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html), [unix(7)](https://man7.org/linux/man-pages/man7/unix.7.html), [path_resolution(7)](https://man7.org/linux/man-pages/man7/path_resolution.7.html)
    ENAMETOOLONG,
    /// destination address required
    ///
    /// `WMKC_NET_ERR_EDESTADDRREQ`: The socket is not connected and no destination address was given, so the data has nowhere to go. The usual cause is a datagram socket, which is not connection-mode, used with send instead of sendto before any connect gave it a default peer. Pass the address with sendto, or connect the socket to a default peer first.
    ///
    /// 套接字不是连接模式，并且没有设置对等地址。
    ///
    /// 套接字未连接，也没有给出目标地址，数据无处可发。常见原因是对数据报套接字（它不是连接模式的套接字）使用了 send 而不是 sendto，而此前也没有用 connect 为它设定默认对端。请用 sendto 传入目标地址，或者先用 connect 为套接字设定默认对端。
    ///
    /// - Operations: `send`
    /// - Linux: `EDESTADDRREQ` = 89: "Destination address required"
    /// - Windows: not reported
    /// - References: [send(2)](https://man7.org/linux/man-pages/man2/send.2.html), [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html)
    EDESTADDRREQ,
    /// network subsystem or interface is down
    ///
    /// `WMKC_NET_ERR_ENETDOWN`: The network subsystem has failed; the call and its arguments are not at fault. The protocol stack under Winsock, the network interface or the local network itself is not working. From socket it can also mean that the associated service provider failed. Check the network adapter, its driver and the network connection, and for socket also the installed providers, which netsh winsock show catalog lists; a later retry may succeed once the network works again.
    ///
    /// 网络子系统发生故障
    ///
    /// 网络子系统发生故障；问题不在调用本身及其参数。Winsock 底层的协议栈、网络接口或本地网络本身无法工作。对 socket 调用而言，也可能是相关的服务提供者出错。请检查网络适配器、其驱动程序和网络连接；对 socket，还要检查已安装的服务提供者（可用 netsh winsock show catalog 列出）。网络恢复后，稍后重试可能成功。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAENETDOWN` = 10050: "A socket operation encountered a dead network."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ENETDOWN,
    /// socket already shut down in that direction
    ///
    /// `WMKC_NET_ERR_ESHUTDOWN`: That direction of the socket was already shut down with shutdown, so the send or receive was refused. send reports it after shutdown with SD_SEND or SD_BOTH, and recv after shutdown with SD_RECEIVE or SD_BOTH: the program's calls are out of order. Do not send or receive in a direction the program has shut down, since a direction once shut down cannot be enabled again on that connection, and close the socket with closesocket when done.
    ///
    /// 套接字已被shutdown函数关闭
    ///
    /// 该套接字的这个方向已经用 shutdown 关闭，因此发送或接收被拒绝。以 SD_SEND 或 SD_BOTH 调用 shutdown 之后再调用 send，或以 SD_RECEIVE 或 SD_BOTH 调用 shutdown 之后再调用 recv，都会报告此错误：这说明程序的调用顺序有误。不要在已关闭的方向上发送或接收，因为在这个连接上无法重新启用该方向；用完后用 closesocket 关闭套接字。
    ///
    /// - Operations: `send`, `recv`
    /// - Linux: not reported
    /// - Windows: `WSAESHUTDOWN` = 10058: "A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown)
    ESHUTDOWN,
    /// no route to the host
    ///
    /// `WMKC_NET_ERR_EHOSTUNREACH`: No route to the remote host: connect or send was aimed at a host that cannot be reached from this host at this time. Usually the system knows no route to that host, as with ENETUNREACH but for one host rather than a whole network. Check the address, the routing table and default gateway, and that the host is up and connected; retry once it can be reached, with a new socket after a failed connect.
    ///
    /// 此时无法从此主机访问远程主机
    ///
    /// 没有通往远程主机的路由：connect 或 send 的目标主机此时无法从本机到达。通常是系统不知道通往该主机的路由，与 ENETUNREACH 类似，只是针对单个主机而不是整个网络。请检查地址、路由表和默认网关，并确认该主机已开机并接入网络；待主机可以到达后重试，connect 失败后应使用新的套接字。
    ///
    /// - Operations: `send`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSAEHOSTUNREACH` = 10065: "A socket operation was attempted to an unreachable host."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send)
    EHOSTUNREACH,
    /// WSAStartup has not been called successfully
    ///
    /// `WMKC_NET_ERR_NOTINITIALISED`: Winsock is not initialised in this process: no successful WSAStartup is in effect, and a socket call needs one. WSAStartup was never called or failed, or WSACleanup has since been called as many times as WSAStartup succeeded (by another library, for example), which released Winsock. It can also mean that the program uses a socket that another task (process) owns, that is, one shared between tasks. Call WSAStartup successfully before the first socket call, and make exactly one WSACleanup for each successful WSAStartup, only once that code is done with sockets.
    ///
    /// 未完成对WSAStartup函数的调用
    ///
    /// 本进程中的 Winsock 未初始化：当前没有生效的成功 WSAStartup 调用，而套接字调用需要它。从未调用 WSAStartup 或调用失败，或者此后调用 WSACleanup 的次数已与 WSAStartup 成功的次数相同（例如由另一个库调用），从而释放了 Winsock。也可能是程序使用了另一个任务（进程）所拥有的套接字，即在任务之间共享了套接字。请在第一次套接字调用之前成功调用 WSAStartup，并为每次成功的 WSAStartup 恰好调用一次 WSACleanup，且只在相应代码不再使用套接字时调用。
    ///
    /// - Operations: `bind`, `listen`, `shutdown`, `accept`, `send`, `recv`, `closesocket`, `socket`, `connect`
    /// - Linux: not reported
    /// - Windows: `WSANOTINITIALISED` = 10093: "Either the application has not called WSAStartup, or WSAStartup failed."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [WSAStartup](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-wsastartup), [Winsock accept](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept), [Winsock bind](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-bind), [Winsock closesocket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-closesocket), [Winsock connect](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect), [Winsock listen](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen), [Winsock recv](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-recv), [Winsock send](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send), [Winsock shutdown](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-shutdown), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    NOTINITIALISED,
    /// socket type not supported in this address family
    ///
    /// `WMKC_NET_ERR_ESOCKTNOSUPPORT`: The address family does not support the socket type asked for. The usual case is an optional type such as SOCK_RAW, which the provider for that family does not support at all. Use a type the family provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6); netsh winsock show catalog lists the installed providers with the address families, socket types and protocols they support.
    ///
    /// 此地址族不支持指定的套接字类型
    ///
    /// 该地址族不支持所请求的套接字类型。常见情况是请求了 SOCK_RAW 这类可选类型，而该地址族的服务提供者根本不支持这种套接字。请使用该地址族提供的类型（AF_INET 和 AF_INET6 可用 SOCK_STREAM 或 SOCK_DGRAM）；netsh winsock show catalog 会列出已安装的服务提供者及其支持的地址族、套接字类型和协议。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAESOCKTNOSUPPORT` = 10044: "The support for the specified socket type does not exist in this address family."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket)
    ESOCKTNOSUPPORT,
    /// service provider has the wrong version
    ///
    /// `WMKC_NET_ERR_EINVALIDPROVIDER`: A Winsock service provider reported a version other than 2.2, so socket could not use it. The Winsock catalog holds an invalid provider, for example a layered service provider (LSP) that other networking software added. List the providers with netsh winsock show catalog, then update or remove the software that added the invalid one, or reset the catalog with netsh winsock reset, which removes the layered service providers that were added.
    ///
    /// 服务提供商返回了2.2以外的版本
    ///
    /// 某个 Winsock 服务提供者报告的版本不是 2.2，因此 socket 无法使用它。Winsock 目录中有无效的服务提供者，例如其他网络软件添加的分层服务提供者（LSP）。请用 netsh winsock show catalog 列出服务提供者，然后更新或卸载添加了无效服务提供者的软件，或者用 netsh winsock reset 重置目录，该命令会移除后来添加的分层服务提供者。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROVIDER` = 10105: "The requested service provider is invalid."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket), [netsh winsock](https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netsh-winsock)
    EINVALIDPROVIDER,
    /// service provider gave an invalid procedure table
    ///
    /// `WMKC_NET_ERR_EINVALIDPROCTABLE`: A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup, so the socket could not be created. The table Ws2_32.dll received is bogus, usually because one or more of its function pointers are null: the provider installed in the Winsock catalog is broken. Update or remove the software that installed the provider (netsh winsock show catalog lists the providers), or reset the Winsock catalog with netsh winsock reset, which removes the layered service providers that were added.
    ///
    /// 服务提供程序向WSPStartup返回了无效或不完整的过程表
    ///
    /// 某个 Winsock 服务提供者从 WSPStartup 返回了无效或不完整的过程表，因此无法创建套接字。Ws2_32.dll 收到的过程表是无效的，通常是因为其中一个或多个函数指针为空：Winsock 目录中安装的这个服务提供者已损坏。请更新或卸载安装该服务提供者的软件（netsh winsock show catalog 可列出服务提供者），或者用 netsh winsock reset 重置 Winsock 目录，该命令会移除后来添加的分层服务提供者。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEINVALIDPROCTABLE` = 10104: "The procedure call table is invalid."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket), [netsh winsock](https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netsh-winsock)
    EINVALIDPROCTABLE,
    /// service provider failed to initialise
    ///
    /// `WMKC_NET_ERR_EPROVIDERFAILEDINIT`: A Winsock service provider could not be loaded or initialised, so the socket could not be created. Its DLL failed to load or its WSPStartup (NSPStartup for a namespace provider) failed, typically because a layered service provider (LSP) or namespace provider is installed wrongly or does not work. Repair or remove the software that installed it (netsh winsock show catalog lists the providers); netsh winsock reset removes added layered service providers but leaves namespace providers in place.
    ///
    /// 服务提供程序未能初始化。如果分层服务提供程序（LSP）或命名空间提供程序安装不正确或提供程序无法正常运行则会返回此错误。
    ///
    /// 某个 Winsock 服务提供者无法加载或初始化，因此无法创建套接字。它的 DLL 加载失败，或者它的 WSPStartup（命名空间提供者则为 NSPStartup）失败，通常是因为分层服务提供者（LSP）或命名空间提供者安装不正确或无法正常工作。请修复或卸载安装它的软件（netsh winsock show catalog 可列出服务提供者）；netsh winsock reset 会移除后来添加的分层服务提供者，但不会改动命名空间提供者。
    ///
    /// - Operations: `socket`
    /// - Linux: not reported
    /// - Windows: `WSAEPROVIDERFAILEDINIT` = 10106: "The requested service provider could not be loaded or initialized."
    /// - References: [Windows Sockets Error Codes](https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2), [Winsock socket](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket), [netsh winsock](https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netsh-winsock)
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
            "too many open files or sockets",
            "socket is already connected",
            "no buffer space available",
            "a connection attempt is already in progress",
            "socket is not connected",
            "message too long for the socket or buffer",
            "descriptor is not a socket",
            "connection timeout: the peer did not answer in time",
            "protocol does not fit the socket type",
            "operation not supported by this kind of socket",
            "local address already in use",
            "connection reset by the peer",
            "network is unreachable",
            "operation would block on a non-blocking socket",
            "operation now in progress",
            "connection refused by the peer",
            "connection aborted",
            "address family not supported",
            "address not available on this host",
            "protocol not supported",
            "input/output error while closing",
            "broken pipe: the connection is closed for sending",
            "operation not permitted (firewall rule or broadcast)",
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
    /// on each platform that reports it, and what to do, as one paragraph
    /// ([`en_parts`](Self::en_parts) gives them apart).
    #[must_use]
    pub const fn en(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "A blocking socket call was interrupted before it could finish. Neither Linux nor Windows documents this error for shutdown. On Linux, a signal handler ran while the call was blocked: accept before a connection arrived, send or recv before any data was transferred, or connect or close. A handler installed with SA_RESTART makes Linux restart accept, connect, send and recv by itself instead, but not once a socket timeout such as SO_RCVTIMEO has been set. When close reports it, the descriptor has nonetheless been released; when connect reports it, the connection attempt is not aborted but, as POSIX specifies, goes on in the background. On Windows, the desktop Winsock pages give a single cause: a blocking Windows Sockets 1.1 call cancelled with WSACancelBlockingCall, a function that Winsock 2 removed and that only Windows Sockets 1.1 applications can still call. Microsoft's error list for Windows Embedded CE also names a socket closed, or a process ended, while a Winsock call on that socket was pending. On Linux, retry accept, send or recv, or install the handler with SA_RESTART; never retry close, since the descriptor number may already belong to a file another thread has opened; and do not call connect again, but wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt. On Windows, never close a socket while another thread is in a Winsock call on it, which the closesocket page forbids: after closesocket the handle may be reused at once, so the closed socket must not be used again.",
            "The call was refused on permission grounds: the address, port or kind of socket asked for is not allowed to this process, or to this socket as it is set up. On Linux, the usual causes are: binding a port below 1024 without the CAP_NET_BIND_SERVICE capability; for a Unix socket path, no search permission on a directory of the path, no write permission on the directory that is to hold a new socket (bind), or no write permission on the socket file (connect, send); sending to or connecting to a broadcast address without SO_BROADCAST; a local firewall rule or an SELinux policy against the connection (connect); or no permission to create a socket of the requested type or protocol (socket). On Windows, the usual causes are: binding an address and port that another socket holds with SO_EXCLUSIVEADDRUSE; binding, connecting or sending to a broadcast address without SO_BROADCAST; or creating a raw socket (SOCK_RAW) without being a member of the Administrators group, which Windows Vista and later check when the socket is created. Choose another port or address, set SO_BROADCAST before using a broadcast address, or obtain the missing permission (on Linux the capability or the file permissions, on Windows administrator rights for raw sockets); otherwise the same call fails again.",
            "The call was given an address or buffer argument that it cannot use. On Linux, a pointer argument points outside the memory the process may access: the socket address of accept, bind or connect, or the data buffer of send or recv. On Windows, it means the same for these pointers, and also that the length given for a socket address is too small (accept, bind, connect) or that the address is in a format, or of a family, that does not match the socket (bind, connect). It is a bug in the calling code: check the pointers and lengths passed to the call.",
            "An argument is invalid, or the socket is in the wrong state for the call, for example bind on a socket that is already bound, accept on a socket that is not listening, or an invalid shutdown direction. On Linux, other causes are a wrong address length (bind, accept) or an address that is not valid for the socket's family (bind), invalid flags in the socket type or for accept4, and an unknown protocol or an unavailable protocol family (socket). On Windows, other causes are an unknown flag for send or recv; listen, send or recv on a socket that was never bound; connect on a listening socket; socket with AF_UNSPEC and neither type nor protocol; and connect called again while a non-blocking connect is still pending. A too short address gives WSAEFAULT there instead. Fix the arguments or the order of the calls; repeating the same call fails again. On Windows, when a repeated connect gets it, treat it like WSAEALREADY: the connection attempt is still in progress.",
            "No descriptor or socket handle was left for a new socket. On Linux, the process has reached its limit on open file descriptors, RLIMIT_NOFILE (set in the shell with ulimit -n); files, pipes and sockets all take descriptors under this limit. On Windows, the service provider has no socket handle left; Microsoft notes that an implementation may limit socket handles globally, per process or per thread. Close the sockets and files that are no longer needed; a count that keeps growing points to a leak. On Linux, raise RLIMIT_NOFILE if the load really needs more descriptors. A server whose accept fails this way should stop accepting until a descriptor has been freed, rather than retry at once.",
            "The socket is already connected, and the call asked for a connection or a destination, which a connected socket does not take. A connect repeated after a non-blocking connect reports it once the connection has been made. On Linux, connect reports it on a connected stream socket (a datagram socket may call connect again to change its peer), and send reports it when a recipient address is given on a connected connection-mode socket, which may instead just ignore the address, or on a connected Unix socket. On Windows, connect reports it on a connected connection-oriented socket and listen on a connected socket; some implementations also report it for sendto with an address on a connected datagram socket. After a non-blocking connect, treat it as success. Otherwise the code connected a socket twice or gave a connected socket a destination: open a new socket for another peer, or send without an address.",
            "The system lacked buffer space or memory for the socket operation, or a queue was full. On Linux, it usually means memory for the socket could not be allocated, often because of the socket buffer limits rather than a lack of system memory (accept, socket). send seldom reports it: when a device queue overflows, Linux normally drops the packets instead. On Windows, the system lacked buffer space or a queue was full; for bind, Microsoft also names too many connections as a cause. Back off and retry later: a socket cannot be created until resources are freed. Close sockets that are no longer needed, and reuse connections instead of opening many short ones.",
            "An earlier operation of the same kind is still in progress on this socket, normally a connection attempt that has not finished. On Linux, connect reports it while an earlier non-blocking connect on the socket has not completed, or, as POSIX specifies, while a connect interrupted by a signal goes on in the background; send reports it while another TCP Fast Open is in progress. On Windows, connect reports it while a non-blocking connect is in progress on the socket. Windows Sockets 1.1 applications, linked to Winsock.dll or Wsock32.dll, get WSAEINVAL instead, and Microsoft warns that the codes a repeated connect returns vary among implementations. Do not call connect again to learn the outcome. On Linux, wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt: zero means connected, any other value is the reason of the failure. On Windows, select reports success in writefds and failure in exceptfds (then read SO_ERROR for the reason), or WSAEventSelect signals FD_CONNECT with the result.",
            "The call needs a connected socket, and this one has no peer: it was never connected, or its connection attempt failed. On Linux, recv and shutdown report it on a connection-oriented socket, such as TCP, that is not connected, and send reports it on a socket that is not connected and was given no target, such as a Unix socket. Linux may also report EPIPE instead for send, with SIGPIPE unless MSG_NOSIGNAL is passed, and a socket that is not connection-mode and has no peer address reports EDESTADDRREQ. On Windows, recv, send and shutdown report it on a connection-oriented socket that is not connected, and send and recv also report it on a datagram socket that has no default peer (sendto and recvfrom still work there). Connect the socket first (or use the socket that accept returned), or give the destination with sendto; after a non-blocking connect, wait until it has completed before sending or receiving.",
            "The message is too long: a message-oriented socket could not carry it in one piece. On Linux, send reports it when the socket type requires messages to be sent atomically and the message is too large, for example a datagram over the protocol's size limit, or a datagram bigger than the path MTU that may not be fragmented. recv does not report it: a datagram longer than the buffer is cut short, and the MSG_TRUNC flag makes recv return its real length. On Windows, send reports it when the message is larger than the maximum the underlying transport supports, and nothing is sent; recv reports it when a datagram was larger than the buffer: the buffer holds its first part and, for UDP, the rest is lost, while a reliable protocol keeps the rest until it is read with a large enough buffer. Send smaller messages, for example by splitting the data or by using a stream socket. On Linux, a connected socket can read the current path MTU with the IP_MTU option; on Windows, getsockopt with SO_MAX_MSG_SIZE gives the largest message the provider accepts, and recv needs a buffer as large as the largest datagram expected.",
            "The descriptor or handle passed to the call does not refer to a socket. On Linux, the descriptor is open but refers to another kind of file, such as a regular file, a pipe or a terminal, often because a descriptor number was mixed up with another (a descriptor that is not open at all gives EBADF instead). On Windows, the handle does not refer to a valid socket, for example INVALID_SOCKET returned by a failed socket or accept, or a socket already closed with closesocket. Because Windows may reuse a closed handle at once, using a closed socket does not reliably give this error: its handle may by then name another socket. Check where the value comes from, check that socket and accept succeeded before using their result, and never use a socket after closing it.",
            "The peer did not answer in time, so the connection attempt or the established connection was given up. On Linux, connect reports it when the server never answered the connection request and the SYN retransmissions set by tcp_syn_retries ran out (about 127 seconds by default): the host is down, the server is too busy, or the packets are lost on the way, for example dropped by a firewall. On an established TCP connection, send and recv report it when the peer did not acknowledge retransmitted data, when keep-alive probes enabled with SO_KEEPALIVE went unanswered, or when TCP_USER_TIMEOUT ran out. SO_RCVTIMEO and SO_SNDTIMEO never cause it on Linux: when they expire the call fails with EAGAIN, or EINPROGRESS for connect. On Windows, connect reports it when the attempt timed out without a connection, and send and recv when the connection was dropped because of a network failure or because the peer stopped responding; once the connection is considered broken, later calls on the socket fail the same way. A blocking recv or send that runs out of its SO_RCVTIMEO or SO_SNDTIMEO timeout leaves the connection in an indeterminate state, but Microsoft's pages do not say which error code it then returns. Close the socket, check the network path and the peer, then connect again, preferably with a new socket: the Linux manual advises portable programs to do so after a failed connect, although Windows allows connect again on the same socket after this error. On Windows, also close a socket after a blocking recv or send ran out of its SO_RCVTIMEO or SO_SNDTIMEO timeout.",
            "The socket type does not support the protocol asked for: the two do not fit together. On Linux, connect reports it when a Unix socket is connected to a socket of another type, such as a datagram socket to a stream socket. On Windows, socket reports it when the protocol asked for lacks the semantics of the socket type, such as IPPROTO_UDP with SOCK_STREAM. Pass a type and a protocol that match (protocol 0 picks the type's default protocol), and connect a Unix socket only to a socket of the same type.",
            "The socket's type or protocol does not support the operation, or a flag passed with it. On Linux, listen and accept report it on a socket whose type takes no connections, such as a datagram socket, and send or recv report it for a flag that does not fit the socket, such as MSG_OOB where out-of-band data is not supported. accept can also pass on a network error of one incoming TCP connection as this code. On Windows, listen and accept report it on a socket that does not support connection-oriented service, such as a datagram socket. send and recv report it for MSG_OOB on a socket that is not stream-style or whose domain has no out-of-band data, and for the direction a one-way socket does not support; recv also reports it for MSG_WAITALL on a non-blocking or datagram socket, or together with MSG_OOB, MSG_PEEK or MSG_PARTIAL. Use a connection-oriented socket (SOCK_STREAM) to listen and accept, and only flags the socket supports. On Linux, when accept reports it on a listening SOCK_STREAM socket, only one incoming connection failed: call accept again.",
            "The local address and port are already in use, so this socket cannot have them. On Linux, bind reports it when another socket is bound to that address, when a TCP socket bound to it was closed a short while ago (the address stays unavailable for some time unless SO_REUSEADDR is set), when a Unix socket path already exists, or when port 0 was asked for and no ephemeral port is free. listen reports it when another socket already listens on the port or an unbound socket finds no free ephemeral port, and connect when the socket's local address is in use (a connect that finds no free ephemeral port gets EADDRNOTAVAIL instead). On Windows, bind reports it when another socket is bound to the same address and port, or one that was not closed properly or is still closing. For a socket bound to a wildcard address (INADDR_ANY or in6addr_any), listen or connect can report it later, when the specific address is committed. Stop the program that holds the address, or choose another port. On Linux, set SO_REUSEADDR before bind so that a restarted server can bind again at once (Linux allows the reuse only if the earlier socket had set it too), and delete a stale Unix socket file with unlink before binding. On Windows, SO_REUSEADDR is no remedy: it lets a socket bind by force to a port that another socket uses, after which it is undetermined which socket handles incoming connections.",
            "The peer reset the connection: the other end closed it abruptly, and it can no longer carry data. On Linux, send reports it when the connection was reset by the peer, and on a Unix socket it means that the socket at the other end was closed unexpectedly. On Windows, send, recv and shutdown report it when the remote side closed the connection by force: usually its program stopped suddenly, its host restarted, its host or network interface was disabled, or it closed with SO_LINGER on and a zero timeout. Calls made after keep-alive found the connection broken report it too. accept reports it when an incoming connection was ended by the peer before it was accepted. A UDP socket reports it from send or recv (recvfrom) when an earlier datagram drew an ICMP port unreachable message (Linux reports ECONNREFUSED for this). The connection cannot be used again: close the socket and connect again if needed. From accept on Windows only that incoming connection was lost: keep the listening socket and call accept again. On Windows a UDP socket stops these reports when its SIO_UDP_CONNRESET control is set to FALSE with WSAIoctl.",
            "The destination network cannot be reached from this host, so the connection attempt failed. On Linux, connect reports it when the routing table has no route to the destination network, for example no default route for an address outside the local networks, or no IPv6 route for an IPv6 address. On Windows, connect reports it when the network cannot be reached at this time, usually because the local software knows no route to the remote host. Check the address, the routing table (ip route on Linux) and the network connection; retrying helps only once a route exists. Then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.",
            "The operation could not complete now, and the call returned instead of waiting for it: this is not a failure. On Linux, EWOULDBLOCK has the same value as EAGAIN on every architecture, so this value is reported as EAGAIN. accept, send and recv return it on a non-blocking socket when there is no connection to accept, no data to read or no room to send, or on a blocking socket when its SO_RCVTIMEO or SO_SNDTIMEO timeout expired before anything was transferred; connect returns it on a non-blocking Unix socket that cannot connect at once. On Windows, accept, send and recv report it on a non-blocking socket when there is no connection to accept, no data to read or no buffer space to send. connect reports it on a non-blocking socket once the connection attempt has started, as it takes time to complete. closesocket reports it on a non-blocking socket whose SO_LINGER is on with a nonzero timeout when the close cannot complete at once: the socket stays open and no disconnect is started. Wait until select (or poll on Linux) reports the socket ready, then call again. After connect on Windows, do not call connect again (that gives WSAEALREADY while the attempt is pending and WSAEISCONN once it has succeeded): select reports the socket writable when it is connected, or in its exception set when the attempt failed, and getsockopt SO_ERROR then gives the reason. After closesocket on Windows, call closesocket again, or turn SO_LINGER off before closing.",
            "An operation is still in progress, so this call did not complete now. On Linux, connect reports it when the socket is non-blocking (or its SO_SNDTIMEO timeout expired) and the connection has started but not finished; it goes on in the background (a Unix socket reports EAGAIN instead). send or sendto with MSG_FASTOPEN reports it when no TCP Fast Open cookie is available locally: a SYN asking for one has been sent, and the data must be sent again once the socket is connected. On Windows, it means that a blocking Winsock 1.1 call is still running in this thread, or the service provider is still processing a callback function: only one blocking call may be outstanding per thread, so any Winsock call, on any socket, fails this way meanwhile. A non-blocking connect on Windows reports WSAEWOULDBLOCK instead. After connect on Linux, do not call connect again (that gives EALREADY while the attempt is pending): wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt, which is zero when connected and otherwise the error that ended the attempt. After a send with MSG_FASTOPEN, send the data again once connected. On Windows, let the running call finish before making another.",
            "The destination refused: usually no program listens on that address and port, because the service is not running or listens elsewhere. On Linux, connect reports it when a stream socket finds no one listening on the remote address, and for a Unix socket when the path is not a listening socket or not a socket at all. recv on a UDP socket can report it when an earlier datagram sent from that socket found no receiver at its destination. On Windows, connect reports it when the target computer actively refused the connection: usually no server application is running there, or the listener's queue of pending connections is full. For a UDP datagram that found no receiver, Windows reports WSAECONNRESET, not this code. Check that the server runs and that the address and port are right, then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.",
            "A connection was aborted and is lost. On Linux, accept reports it when an incoming connection was aborted, closed during the accept; only that connection is lost (for a connection the peer ended before it was accepted, Windows reports WSAECONNRESET). On Windows, send, recv and shutdown report it when software on this host aborted an established connection, for example after a data transmission timeout or a protocol error. From accept on Linux, keep the listening socket and call accept again. From send, recv or shutdown on Windows, the socket can no longer be used: close it and connect again if needed.",
            "The address family is not supported: by this system, by the protocol asked for, or by the socket an address was passed to. On Linux, socket reports it when this system does not support the address family asked for, and connect reports it when the address passed has another family (sa_family) than the socket, such as an IPv6 address for an IPv4 socket. On Windows, socket reports it when the address family is not supported here, such as a family whose Windows Sockets service provider is not installed, or when the protocol asked for does not fit the family; connect reports it when addresses of that family cannot be used with the socket. Create the socket with the family of the address it will use, for example the ai_family of a getaddrinfo result, and pass it only addresses of that family.",
            "The address cannot be used in this context. From bind, it is not an address of this host: a typo, another machine's address, or an address not yet (or no longer) assigned here. On Linux, bind also reports it when a nonexistent interface was requested, and connect reports it when no local ephemeral port is free for the connection (the range is ip_local_port_range). On Windows, connect reports it when the remote address or port is not valid for a remote computer, such as an all-zero address (INADDR_ANY or in6addr_any) or port 0. Bind to an address this host has, or to the wildcard address, and check the destination address and port. On Linux, when ephemeral ports run out, reuse connections or widen ip_local_port_range.",
            "The socket call asked for a protocol that is not supported with that address family and socket type. On Linux, socket reports it when the protocol type or the protocol asked for is not supported within the address family, such as IPPROTO_TCP for an AF_INET SOCK_DGRAM socket. On Windows, socket reports it when the protocol has not been configured into the system or has no implementation, such as a stream protocol asked for with SOCK_DGRAM. Pass 0 as the protocol to get the type's default, or a protocol that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).",
            "close reported an I/O error: data written earlier through the descriptor may not have reached the file system or device. On Linux, close(2) names no cause specific to sockets: the kernel releases the descriptor early in close, and the steps that can still fail, such as flushing written data to a file system or device, come later, so the descriptor is released even though close reports the error. Do not call close again: it could close a descriptor that another thread has just been given with the same number. Treat the earlier writes as possibly lost and write the data again if it matters.",
            "send failed because the socket cannot send data: its connection is closed for sending, or it has none. Unless MSG_NOSIGNAL was passed, the process is also sent SIGPIPE, whose default action terminates it, so without MSG_NOSIGNAL the program sees EPIPE only when SIGPIPE is ignored, blocked or caught. On Linux, the usual causes are that this end was shut down for writing (shutdown with SHUT_WR or SHUT_RDWR) or that the peer closed the connection; Linux may also return EPIPE instead of ENOTCONN on a socket that is not connected. Pass MSG_NOSIGNAL with each send (or ignore SIGPIPE, which affects every thread of the process), then treat EPIPE as the end of the connection: stop sending and close the socket. On a socket that was never connected, connect it before sending.",
            "The call was not permitted: connect could not make the connection, or accept could not take the incoming one. On Linux, connect reports it when a local firewall rule made the connection request fail, or when the destination is a broadcast address and the socket's SO_BROADCAST flag is not set (in both cases connect may report EACCES instead); accept reports it when firewall rules forbid the incoming connection. Check the local firewall rules for this address and port: the same connection keeps failing until they change. To connect a datagram socket to a broadcast address, set SO_BROADCAST with setsockopt first.",
            "bind could not create the Unix socket's file because its path lies on a read-only file system. On Linux, bind creates the file of a pathname Unix socket in the file system, and this fails when the file system that holds the path is mounted read-only. Bind to a path on a writable file system, for example under /tmp (temporary files) or /run (the system's run-time files), or use an abstract socket address, a Linux extension whose name starts with a null byte and has no connection with the file system.",
            "A descriptor given to the call is not a valid open file descriptor. On Linux, the usual causes are a descriptor that was already closed (a double close, or use after another thread closed it), one that was never opened (the -1 that a failed socket or accept call returns), or one mixed up with another value; for a send (sendmsg) that passes descriptors over a Unix socket with SCM_RIGHTS, it means that one of the descriptors being passed is invalid. It is a bug in the calling code: find where the descriptor was closed or lost. A close that fails with EBADF closed nothing, so do not retry it; and avoid double closes, because the number may already belong to a file that another thread has opened.",
            "bind met too many symbolic links while resolving the Unix socket path. On Linux, at most 40 symbolic links are followed while resolving one path, so the error means that the links form a loop, such as a link that points to itself, or that the chain of links is too long. Check the symbolic links along the path, and bind to a path without the loop or with fewer links.",
            "close reported that data written earlier through the descriptor could not be stored because a disk quota was exceeded. On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that went over the quota but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket. The descriptor is released anyway, so do not call close again; free space or raise the quota, then write the data again.",
            "close reported that data written earlier through the descriptor could not be stored because no space was left on the file system. On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that ran out of space but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket. The descriptor is released anyway, so do not call close again; free space, then write the data again.",
            "A directory in the Unix socket path does not exist, so bind cannot create the socket file. On Linux, a component of the directory prefix of the socket path was not found while the path was resolved; a relative path is resolved from the current working directory of the process. Create the missing directory first, or fix the path (for a relative path, check the current working directory).",
            "The kernel could not allocate the memory the call needed. On Linux, for IP sockets and for accept this often means that the allocation was limited by the socket buffer limits rather than by the system's memory, though not always. Retry later, when resources have been freed; reduce the number of sockets or the data buffered in them, or raise the socket buffer limits.",
            "The whole system has reached its limit on open files, so no new socket could be created. On Linux, this limit is set in /proc/sys/fs/file-max and applies to all processes together, whatever this process's own limit (RLIMIT_NOFILE, which yields EMFILE instead when it is exceeded). Close descriptors here and in other processes, look for leaks, or raise the system-wide limit in /proc/sys/fs/file-max. Do not retry socket or accept in a tight loop: wait until descriptors are free.",
            "A protocol error occurred on an incoming connection before accept could return it. On Linux, accept passes network errors already pending on the new socket as its own error, EPROTO among them for TCP/IP; only that connection is affected, not the listening socket. Keep the listening socket and call accept again, as for EAGAIN.",
            "The call cannot complete now because something it needs is temporarily unavailable (EWOULDBLOCK is the same value). Usually the socket is non-blocking, or send or recv was given MSG_DONTWAIT, and there is no connection to accept, no data to read or no room to send. On a blocking socket, accept, recv and send report it when the SO_RCVTIMEO or SO_SNDTIMEO timeout expires before anything was transferred. Sending on a UDP socket that is not yet bound reports it when no ephemeral port is free (connect on an IP socket reports that as EADDRNOTAVAIL). From connect, it means that a non-blocking Unix domain socket could not connect at once or, for other families, that routing cache entries ran short; the attempt failed rather than started. With a non-blocking socket or MSG_DONTWAIT, wait until poll or select reports the socket ready, then call again. If no ephemeral port is free, close unused sockets or widen ip_local_port_range. After EAGAIN from connect, try again later, in portable code with a new socket, since a socket's state is unspecified after a failed connect.",
            "bind could not resolve the Unix socket path: a component of its directory prefix exists but is not a directory. Linux resolves the path one component at a time, and every component before the last must be a directory or a symbolic link to a directory; here one of them is a file or other non-directory, or a symbolic link that leads to a non-directory. Fix the path so that every component before the last is a directory.",
            "bind could not resolve the Unix socket path because a name in it, or the path its symbolic links lead to, is too long. On Linux this comes from path resolution: a file name in the path is longer than the file system allows, or a symbolic link in it leads to such a name or makes the resolved path too long. The size of sun_path (108 bytes on Linux) is not the cause: a longer path does not fit the address, and bind rejects an address longer than the structure with EINVAL. Shorten the name that is too long or fix the symbolic link that leads to it, or bind to a path that does not go through such links.",
            "The socket is not connected and no destination address was given, so the data has nowhere to go. The usual cause is a datagram socket, which is not connection-mode, used with send instead of sendto before any connect gave it a default peer. Pass the address with sendto, or connect the socket to a default peer first.",
            "The network subsystem has failed; the call and its arguments are not at fault. The protocol stack under Winsock, the network interface or the local network itself is not working. From socket it can also mean that the associated service provider failed. Check the network adapter, its driver and the network connection, and for socket also the installed providers, which netsh winsock show catalog lists; a later retry may succeed once the network works again.",
            "That direction of the socket was already shut down with shutdown, so the send or receive was refused. send reports it after shutdown with SD_SEND or SD_BOTH, and recv after shutdown with SD_RECEIVE or SD_BOTH: the program's calls are out of order. Do not send or receive in a direction the program has shut down, since a direction once shut down cannot be enabled again on that connection, and close the socket with closesocket when done.",
            "No route to the remote host: connect or send was aimed at a host that cannot be reached from this host at this time. Usually the system knows no route to that host, as with ENETUNREACH but for one host rather than a whole network. Check the address, the routing table and default gateway, and that the host is up and connected; retry once it can be reached, with a new socket after a failed connect.",
            "Winsock is not initialised in this process: no successful WSAStartup is in effect, and a socket call needs one. WSAStartup was never called or failed, or WSACleanup has since been called as many times as WSAStartup succeeded (by another library, for example), which released Winsock. It can also mean that the program uses a socket that another task (process) owns, that is, one shared between tasks. Call WSAStartup successfully before the first socket call, and make exactly one WSACleanup for each successful WSAStartup, only once that code is done with sockets.",
            "The address family does not support the socket type asked for. The usual case is an optional type such as SOCK_RAW, which the provider for that family does not support at all. Use a type the family provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6); netsh winsock show catalog lists the installed providers with the address families, socket types and protocols they support.",
            "A Winsock service provider reported a version other than 2.2, so socket could not use it. The Winsock catalog holds an invalid provider, for example a layered service provider (LSP) that other networking software added. List the providers with netsh winsock show catalog, then update or remove the software that added the invalid one, or reset the catalog with netsh winsock reset, which removes the layered service providers that were added.",
            "A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup, so the socket could not be created. The table Ws2_32.dll received is bogus, usually because one or more of its function pointers are null: the provider installed in the Winsock catalog is broken. Update or remove the software that installed the provider (netsh winsock show catalog lists the providers), or reset the Winsock catalog with netsh winsock reset, which removes the layered service providers that were added.",
            "A Winsock service provider could not be loaded or initialised, so the socket could not be created. Its DLL failed to load or its WSPStartup (NSPStartup for a namespace provider) failed, typically because a layered service provider (LSP) or namespace provider is installed wrongly or does not work. Repair or remove the software that installed it (netsh winsock show catalog lists the providers); netsh winsock reset removes added layered service providers but leaves namespace providers in place.",
        ];
        TABLE[self as usize]
    }
    /// The English explanation in its parts: what happened, the causes on
    /// each platform, what to do.
    #[must_use]
    pub const fn en_parts(self) -> Explanation {
        const TABLE: [Explanation; 48] = [
            Explanation {
                happened: "A blocking socket call was interrupted before it could finish. Neither Linux nor Windows documents this error for shutdown.",
                linux: Some(
                    "On Linux, a signal handler ran while the call was blocked: accept before a connection arrived, send or recv before any data was transferred, or connect or close. A handler installed with SA_RESTART makes Linux restart accept, connect, send and recv by itself instead, but not once a socket timeout such as SO_RCVTIMEO has been set. When close reports it, the descriptor has nonetheless been released; when connect reports it, the connection attempt is not aborted but, as POSIX specifies, goes on in the background.",
                ),
                windows: Some(
                    "On Windows, the desktop Winsock pages give a single cause: a blocking Windows Sockets 1.1 call cancelled with WSACancelBlockingCall, a function that Winsock 2 removed and that only Windows Sockets 1.1 applications can still call. Microsoft's error list for Windows Embedded CE also names a socket closed, or a process ended, while a Winsock call on that socket was pending.",
                ),
                advice: "On Linux, retry accept, send or recv, or install the handler with SA_RESTART; never retry close, since the descriptor number may already belong to a file another thread has opened; and do not call connect again, but wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt. On Windows, never close a socket while another thread is in a Winsock call on it, which the closesocket page forbids: after closesocket the handle may be reused at once, so the closed socket must not be used again.",
            },
            Explanation {
                happened: "The call was refused on permission grounds: the address, port or kind of socket asked for is not allowed to this process, or to this socket as it is set up.",
                linux: Some(
                    "On Linux, the usual causes are: binding a port below 1024 without the CAP_NET_BIND_SERVICE capability; for a Unix socket path, no search permission on a directory of the path, no write permission on the directory that is to hold a new socket (bind), or no write permission on the socket file (connect, send); sending to or connecting to a broadcast address without SO_BROADCAST; a local firewall rule or an SELinux policy against the connection (connect); or no permission to create a socket of the requested type or protocol (socket).",
                ),
                windows: Some(
                    "On Windows, the usual causes are: binding an address and port that another socket holds with SO_EXCLUSIVEADDRUSE; binding, connecting or sending to a broadcast address without SO_BROADCAST; or creating a raw socket (SOCK_RAW) without being a member of the Administrators group, which Windows Vista and later check when the socket is created.",
                ),
                advice: "Choose another port or address, set SO_BROADCAST before using a broadcast address, or obtain the missing permission (on Linux the capability or the file permissions, on Windows administrator rights for raw sockets); otherwise the same call fails again.",
            },
            Explanation {
                happened: "The call was given an address or buffer argument that it cannot use.",
                linux: Some(
                    "On Linux, a pointer argument points outside the memory the process may access: the socket address of accept, bind or connect, or the data buffer of send or recv.",
                ),
                windows: Some(
                    "On Windows, it means the same for these pointers, and also that the length given for a socket address is too small (accept, bind, connect) or that the address is in a format, or of a family, that does not match the socket (bind, connect).",
                ),
                advice: "It is a bug in the calling code: check the pointers and lengths passed to the call.",
            },
            Explanation {
                happened: "An argument is invalid, or the socket is in the wrong state for the call, for example bind on a socket that is already bound, accept on a socket that is not listening, or an invalid shutdown direction.",
                linux: Some(
                    "On Linux, other causes are a wrong address length (bind, accept) or an address that is not valid for the socket's family (bind), invalid flags in the socket type or for accept4, and an unknown protocol or an unavailable protocol family (socket).",
                ),
                windows: Some(
                    "On Windows, other causes are an unknown flag for send or recv; listen, send or recv on a socket that was never bound; connect on a listening socket; socket with AF_UNSPEC and neither type nor protocol; and connect called again while a non-blocking connect is still pending. A too short address gives WSAEFAULT there instead.",
                ),
                advice: "Fix the arguments or the order of the calls; repeating the same call fails again. On Windows, when a repeated connect gets it, treat it like WSAEALREADY: the connection attempt is still in progress.",
            },
            Explanation {
                happened: "No descriptor or socket handle was left for a new socket.",
                linux: Some(
                    "On Linux, the process has reached its limit on open file descriptors, RLIMIT_NOFILE (set in the shell with ulimit -n); files, pipes and sockets all take descriptors under this limit.",
                ),
                windows: Some(
                    "On Windows, the service provider has no socket handle left; Microsoft notes that an implementation may limit socket handles globally, per process or per thread.",
                ),
                advice: "Close the sockets and files that are no longer needed; a count that keeps growing points to a leak. On Linux, raise RLIMIT_NOFILE if the load really needs more descriptors. A server whose accept fails this way should stop accepting until a descriptor has been freed, rather than retry at once.",
            },
            Explanation {
                happened: "The socket is already connected, and the call asked for a connection or a destination, which a connected socket does not take. A connect repeated after a non-blocking connect reports it once the connection has been made.",
                linux: Some(
                    "On Linux, connect reports it on a connected stream socket (a datagram socket may call connect again to change its peer), and send reports it when a recipient address is given on a connected connection-mode socket, which may instead just ignore the address, or on a connected Unix socket.",
                ),
                windows: Some(
                    "On Windows, connect reports it on a connected connection-oriented socket and listen on a connected socket; some implementations also report it for sendto with an address on a connected datagram socket.",
                ),
                advice: "After a non-blocking connect, treat it as success. Otherwise the code connected a socket twice or gave a connected socket a destination: open a new socket for another peer, or send without an address.",
            },
            Explanation {
                happened: "The system lacked buffer space or memory for the socket operation, or a queue was full.",
                linux: Some(
                    "On Linux, it usually means memory for the socket could not be allocated, often because of the socket buffer limits rather than a lack of system memory (accept, socket). send seldom reports it: when a device queue overflows, Linux normally drops the packets instead.",
                ),
                windows: Some(
                    "On Windows, the system lacked buffer space or a queue was full; for bind, Microsoft also names too many connections as a cause.",
                ),
                advice: "Back off and retry later: a socket cannot be created until resources are freed. Close sockets that are no longer needed, and reuse connections instead of opening many short ones.",
            },
            Explanation {
                happened: "An earlier operation of the same kind is still in progress on this socket, normally a connection attempt that has not finished.",
                linux: Some(
                    "On Linux, connect reports it while an earlier non-blocking connect on the socket has not completed, or, as POSIX specifies, while a connect interrupted by a signal goes on in the background; send reports it while another TCP Fast Open is in progress.",
                ),
                windows: Some(
                    "On Windows, connect reports it while a non-blocking connect is in progress on the socket. Windows Sockets 1.1 applications, linked to Winsock.dll or Wsock32.dll, get WSAEINVAL instead, and Microsoft warns that the codes a repeated connect returns vary among implementations.",
                ),
                advice: "Do not call connect again to learn the outcome. On Linux, wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt: zero means connected, any other value is the reason of the failure. On Windows, select reports success in writefds and failure in exceptfds (then read SO_ERROR for the reason), or WSAEventSelect signals FD_CONNECT with the result.",
            },
            Explanation {
                happened: "The call needs a connected socket, and this one has no peer: it was never connected, or its connection attempt failed.",
                linux: Some(
                    "On Linux, recv and shutdown report it on a connection-oriented socket, such as TCP, that is not connected, and send reports it on a socket that is not connected and was given no target, such as a Unix socket. Linux may also report EPIPE instead for send, with SIGPIPE unless MSG_NOSIGNAL is passed, and a socket that is not connection-mode and has no peer address reports EDESTADDRREQ.",
                ),
                windows: Some(
                    "On Windows, recv, send and shutdown report it on a connection-oriented socket that is not connected, and send and recv also report it on a datagram socket that has no default peer (sendto and recvfrom still work there).",
                ),
                advice: "Connect the socket first (or use the socket that accept returned), or give the destination with sendto; after a non-blocking connect, wait until it has completed before sending or receiving.",
            },
            Explanation {
                happened: "The message is too long: a message-oriented socket could not carry it in one piece.",
                linux: Some(
                    "On Linux, send reports it when the socket type requires messages to be sent atomically and the message is too large, for example a datagram over the protocol's size limit, or a datagram bigger than the path MTU that may not be fragmented. recv does not report it: a datagram longer than the buffer is cut short, and the MSG_TRUNC flag makes recv return its real length.",
                ),
                windows: Some(
                    "On Windows, send reports it when the message is larger than the maximum the underlying transport supports, and nothing is sent; recv reports it when a datagram was larger than the buffer: the buffer holds its first part and, for UDP, the rest is lost, while a reliable protocol keeps the rest until it is read with a large enough buffer.",
                ),
                advice: "Send smaller messages, for example by splitting the data or by using a stream socket. On Linux, a connected socket can read the current path MTU with the IP_MTU option; on Windows, getsockopt with SO_MAX_MSG_SIZE gives the largest message the provider accepts, and recv needs a buffer as large as the largest datagram expected.",
            },
            Explanation {
                happened: "The descriptor or handle passed to the call does not refer to a socket.",
                linux: Some(
                    "On Linux, the descriptor is open but refers to another kind of file, such as a regular file, a pipe or a terminal, often because a descriptor number was mixed up with another (a descriptor that is not open at all gives EBADF instead).",
                ),
                windows: Some(
                    "On Windows, the handle does not refer to a valid socket, for example INVALID_SOCKET returned by a failed socket or accept, or a socket already closed with closesocket. Because Windows may reuse a closed handle at once, using a closed socket does not reliably give this error: its handle may by then name another socket.",
                ),
                advice: "Check where the value comes from, check that socket and accept succeeded before using their result, and never use a socket after closing it.",
            },
            Explanation {
                happened: "The peer did not answer in time, so the connection attempt or the established connection was given up.",
                linux: Some(
                    "On Linux, connect reports it when the server never answered the connection request and the SYN retransmissions set by tcp_syn_retries ran out (about 127 seconds by default): the host is down, the server is too busy, or the packets are lost on the way, for example dropped by a firewall. On an established TCP connection, send and recv report it when the peer did not acknowledge retransmitted data, when keep-alive probes enabled with SO_KEEPALIVE went unanswered, or when TCP_USER_TIMEOUT ran out. SO_RCVTIMEO and SO_SNDTIMEO never cause it on Linux: when they expire the call fails with EAGAIN, or EINPROGRESS for connect.",
                ),
                windows: Some(
                    "On Windows, connect reports it when the attempt timed out without a connection, and send and recv when the connection was dropped because of a network failure or because the peer stopped responding; once the connection is considered broken, later calls on the socket fail the same way. A blocking recv or send that runs out of its SO_RCVTIMEO or SO_SNDTIMEO timeout leaves the connection in an indeterminate state, but Microsoft's pages do not say which error code it then returns.",
                ),
                advice: "Close the socket, check the network path and the peer, then connect again, preferably with a new socket: the Linux manual advises portable programs to do so after a failed connect, although Windows allows connect again on the same socket after this error. On Windows, also close a socket after a blocking recv or send ran out of its SO_RCVTIMEO or SO_SNDTIMEO timeout.",
            },
            Explanation {
                happened: "The socket type does not support the protocol asked for: the two do not fit together.",
                linux: Some(
                    "On Linux, connect reports it when a Unix socket is connected to a socket of another type, such as a datagram socket to a stream socket.",
                ),
                windows: Some(
                    "On Windows, socket reports it when the protocol asked for lacks the semantics of the socket type, such as IPPROTO_UDP with SOCK_STREAM.",
                ),
                advice: "Pass a type and a protocol that match (protocol 0 picks the type's default protocol), and connect a Unix socket only to a socket of the same type.",
            },
            Explanation {
                happened: "The socket's type or protocol does not support the operation, or a flag passed with it.",
                linux: Some(
                    "On Linux, listen and accept report it on a socket whose type takes no connections, such as a datagram socket, and send or recv report it for a flag that does not fit the socket, such as MSG_OOB where out-of-band data is not supported. accept can also pass on a network error of one incoming TCP connection as this code.",
                ),
                windows: Some(
                    "On Windows, listen and accept report it on a socket that does not support connection-oriented service, such as a datagram socket. send and recv report it for MSG_OOB on a socket that is not stream-style or whose domain has no out-of-band data, and for the direction a one-way socket does not support; recv also reports it for MSG_WAITALL on a non-blocking or datagram socket, or together with MSG_OOB, MSG_PEEK or MSG_PARTIAL.",
                ),
                advice: "Use a connection-oriented socket (SOCK_STREAM) to listen and accept, and only flags the socket supports. On Linux, when accept reports it on a listening SOCK_STREAM socket, only one incoming connection failed: call accept again.",
            },
            Explanation {
                happened: "The local address and port are already in use, so this socket cannot have them.",
                linux: Some(
                    "On Linux, bind reports it when another socket is bound to that address, when a TCP socket bound to it was closed a short while ago (the address stays unavailable for some time unless SO_REUSEADDR is set), when a Unix socket path already exists, or when port 0 was asked for and no ephemeral port is free. listen reports it when another socket already listens on the port or an unbound socket finds no free ephemeral port, and connect when the socket's local address is in use (a connect that finds no free ephemeral port gets EADDRNOTAVAIL instead).",
                ),
                windows: Some(
                    "On Windows, bind reports it when another socket is bound to the same address and port, or one that was not closed properly or is still closing. For a socket bound to a wildcard address (INADDR_ANY or in6addr_any), listen or connect can report it later, when the specific address is committed.",
                ),
                advice: "Stop the program that holds the address, or choose another port. On Linux, set SO_REUSEADDR before bind so that a restarted server can bind again at once (Linux allows the reuse only if the earlier socket had set it too), and delete a stale Unix socket file with unlink before binding. On Windows, SO_REUSEADDR is no remedy: it lets a socket bind by force to a port that another socket uses, after which it is undetermined which socket handles incoming connections.",
            },
            Explanation {
                happened: "The peer reset the connection: the other end closed it abruptly, and it can no longer carry data.",
                linux: Some(
                    "On Linux, send reports it when the connection was reset by the peer, and on a Unix socket it means that the socket at the other end was closed unexpectedly.",
                ),
                windows: Some(
                    "On Windows, send, recv and shutdown report it when the remote side closed the connection by force: usually its program stopped suddenly, its host restarted, its host or network interface was disabled, or it closed with SO_LINGER on and a zero timeout. Calls made after keep-alive found the connection broken report it too. accept reports it when an incoming connection was ended by the peer before it was accepted. A UDP socket reports it from send or recv (recvfrom) when an earlier datagram drew an ICMP port unreachable message (Linux reports ECONNREFUSED for this).",
                ),
                advice: "The connection cannot be used again: close the socket and connect again if needed. From accept on Windows only that incoming connection was lost: keep the listening socket and call accept again. On Windows a UDP socket stops these reports when its SIO_UDP_CONNRESET control is set to FALSE with WSAIoctl.",
            },
            Explanation {
                happened: "The destination network cannot be reached from this host, so the connection attempt failed.",
                linux: Some(
                    "On Linux, connect reports it when the routing table has no route to the destination network, for example no default route for an address outside the local networks, or no IPv6 route for an IPv6 address.",
                ),
                windows: Some(
                    "On Windows, connect reports it when the network cannot be reached at this time, usually because the local software knows no route to the remote host.",
                ),
                advice: "Check the address, the routing table (ip route on Linux) and the network connection; retrying helps only once a route exists. Then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.",
            },
            Explanation {
                happened: "The operation could not complete now, and the call returned instead of waiting for it: this is not a failure.",
                linux: Some(
                    "On Linux, EWOULDBLOCK has the same value as EAGAIN on every architecture, so this value is reported as EAGAIN. accept, send and recv return it on a non-blocking socket when there is no connection to accept, no data to read or no room to send, or on a blocking socket when its SO_RCVTIMEO or SO_SNDTIMEO timeout expired before anything was transferred; connect returns it on a non-blocking Unix socket that cannot connect at once.",
                ),
                windows: Some(
                    "On Windows, accept, send and recv report it on a non-blocking socket when there is no connection to accept, no data to read or no buffer space to send. connect reports it on a non-blocking socket once the connection attempt has started, as it takes time to complete. closesocket reports it on a non-blocking socket whose SO_LINGER is on with a nonzero timeout when the close cannot complete at once: the socket stays open and no disconnect is started.",
                ),
                advice: "Wait until select (or poll on Linux) reports the socket ready, then call again. After connect on Windows, do not call connect again (that gives WSAEALREADY while the attempt is pending and WSAEISCONN once it has succeeded): select reports the socket writable when it is connected, or in its exception set when the attempt failed, and getsockopt SO_ERROR then gives the reason. After closesocket on Windows, call closesocket again, or turn SO_LINGER off before closing.",
            },
            Explanation {
                happened: "An operation is still in progress, so this call did not complete now.",
                linux: Some(
                    "On Linux, connect reports it when the socket is non-blocking (or its SO_SNDTIMEO timeout expired) and the connection has started but not finished; it goes on in the background (a Unix socket reports EAGAIN instead). send or sendto with MSG_FASTOPEN reports it when no TCP Fast Open cookie is available locally: a SYN asking for one has been sent, and the data must be sent again once the socket is connected.",
                ),
                windows: Some(
                    "On Windows, it means that a blocking Winsock 1.1 call is still running in this thread, or the service provider is still processing a callback function: only one blocking call may be outstanding per thread, so any Winsock call, on any socket, fails this way meanwhile. A non-blocking connect on Windows reports WSAEWOULDBLOCK instead.",
                ),
                advice: "After connect on Linux, do not call connect again (that gives EALREADY while the attempt is pending): wait until poll or select reports the socket writable, then read SO_ERROR with getsockopt, which is zero when connected and otherwise the error that ended the attempt. After a send with MSG_FASTOPEN, send the data again once connected. On Windows, let the running call finish before making another.",
            },
            Explanation {
                happened: "The destination refused: usually no program listens on that address and port, because the service is not running or listens elsewhere.",
                linux: Some(
                    "On Linux, connect reports it when a stream socket finds no one listening on the remote address, and for a Unix socket when the path is not a listening socket or not a socket at all. recv on a UDP socket can report it when an earlier datagram sent from that socket found no receiver at its destination.",
                ),
                windows: Some(
                    "On Windows, connect reports it when the target computer actively refused the connection: usually no server application is running there, or the listener's queue of pending connections is full. For a UDP datagram that found no receiver, Windows reports WSAECONNRESET, not this code.",
                ),
                advice: "Check that the server runs and that the address and port are right, then connect again: Windows allows this on the same socket, but portable code closes the socket and uses a new one.",
            },
            Explanation {
                happened: "A connection was aborted and is lost.",
                linux: Some(
                    "On Linux, accept reports it when an incoming connection was aborted, closed during the accept; only that connection is lost (for a connection the peer ended before it was accepted, Windows reports WSAECONNRESET).",
                ),
                windows: Some(
                    "On Windows, send, recv and shutdown report it when software on this host aborted an established connection, for example after a data transmission timeout or a protocol error.",
                ),
                advice: "From accept on Linux, keep the listening socket and call accept again. From send, recv or shutdown on Windows, the socket can no longer be used: close it and connect again if needed.",
            },
            Explanation {
                happened: "The address family is not supported: by this system, by the protocol asked for, or by the socket an address was passed to.",
                linux: Some(
                    "On Linux, socket reports it when this system does not support the address family asked for, and connect reports it when the address passed has another family (sa_family) than the socket, such as an IPv6 address for an IPv4 socket.",
                ),
                windows: Some(
                    "On Windows, socket reports it when the address family is not supported here, such as a family whose Windows Sockets service provider is not installed, or when the protocol asked for does not fit the family; connect reports it when addresses of that family cannot be used with the socket.",
                ),
                advice: "Create the socket with the family of the address it will use, for example the ai_family of a getaddrinfo result, and pass it only addresses of that family.",
            },
            Explanation {
                happened: "The address cannot be used in this context. From bind, it is not an address of this host: a typo, another machine's address, or an address not yet (or no longer) assigned here.",
                linux: Some(
                    "On Linux, bind also reports it when a nonexistent interface was requested, and connect reports it when no local ephemeral port is free for the connection (the range is ip_local_port_range).",
                ),
                windows: Some(
                    "On Windows, connect reports it when the remote address or port is not valid for a remote computer, such as an all-zero address (INADDR_ANY or in6addr_any) or port 0.",
                ),
                advice: "Bind to an address this host has, or to the wildcard address, and check the destination address and port. On Linux, when ephemeral ports run out, reuse connections or widen ip_local_port_range.",
            },
            Explanation {
                happened: "The socket call asked for a protocol that is not supported with that address family and socket type.",
                linux: Some(
                    "On Linux, socket reports it when the protocol type or the protocol asked for is not supported within the address family, such as IPPROTO_TCP for an AF_INET SOCK_DGRAM socket.",
                ),
                windows: Some(
                    "On Windows, socket reports it when the protocol has not been configured into the system or has no implementation, such as a stream protocol asked for with SOCK_DGRAM.",
                ),
                advice: "Pass 0 as the protocol to get the type's default, or a protocol that matches the type (IPPROTO_TCP for SOCK_STREAM, IPPROTO_UDP for SOCK_DGRAM).",
            },
            Explanation {
                happened: "close reported an I/O error: data written earlier through the descriptor may not have reached the file system or device.",
                linux: Some(
                    "On Linux, close(2) names no cause specific to sockets: the kernel releases the descriptor early in close, and the steps that can still fail, such as flushing written data to a file system or device, come later, so the descriptor is released even though close reports the error.",
                ),
                windows: None,
                advice: "Do not call close again: it could close a descriptor that another thread has just been given with the same number. Treat the earlier writes as possibly lost and write the data again if it matters.",
            },
            Explanation {
                happened: "send failed because the socket cannot send data: its connection is closed for sending, or it has none. Unless MSG_NOSIGNAL was passed, the process is also sent SIGPIPE, whose default action terminates it, so without MSG_NOSIGNAL the program sees EPIPE only when SIGPIPE is ignored, blocked or caught.",
                linux: Some(
                    "On Linux, the usual causes are that this end was shut down for writing (shutdown with SHUT_WR or SHUT_RDWR) or that the peer closed the connection; Linux may also return EPIPE instead of ENOTCONN on a socket that is not connected.",
                ),
                windows: None,
                advice: "Pass MSG_NOSIGNAL with each send (or ignore SIGPIPE, which affects every thread of the process), then treat EPIPE as the end of the connection: stop sending and close the socket. On a socket that was never connected, connect it before sending.",
            },
            Explanation {
                happened: "The call was not permitted: connect could not make the connection, or accept could not take the incoming one.",
                linux: Some(
                    "On Linux, connect reports it when a local firewall rule made the connection request fail, or when the destination is a broadcast address and the socket's SO_BROADCAST flag is not set (in both cases connect may report EACCES instead); accept reports it when firewall rules forbid the incoming connection.",
                ),
                windows: None,
                advice: "Check the local firewall rules for this address and port: the same connection keeps failing until they change. To connect a datagram socket to a broadcast address, set SO_BROADCAST with setsockopt first.",
            },
            Explanation {
                happened: "bind could not create the Unix socket's file because its path lies on a read-only file system.",
                linux: Some(
                    "On Linux, bind creates the file of a pathname Unix socket in the file system, and this fails when the file system that holds the path is mounted read-only.",
                ),
                windows: None,
                advice: "Bind to a path on a writable file system, for example under /tmp (temporary files) or /run (the system's run-time files), or use an abstract socket address, a Linux extension whose name starts with a null byte and has no connection with the file system.",
            },
            Explanation {
                happened: "A descriptor given to the call is not a valid open file descriptor.",
                linux: Some(
                    "On Linux, the usual causes are a descriptor that was already closed (a double close, or use after another thread closed it), one that was never opened (the -1 that a failed socket or accept call returns), or one mixed up with another value; for a send (sendmsg) that passes descriptors over a Unix socket with SCM_RIGHTS, it means that one of the descriptors being passed is invalid.",
                ),
                windows: None,
                advice: "It is a bug in the calling code: find where the descriptor was closed or lost. A close that fails with EBADF closed nothing, so do not retry it; and avoid double closes, because the number may already belong to a file that another thread has opened.",
            },
            Explanation {
                happened: "bind met too many symbolic links while resolving the Unix socket path.",
                linux: Some(
                    "On Linux, at most 40 symbolic links are followed while resolving one path, so the error means that the links form a loop, such as a link that points to itself, or that the chain of links is too long.",
                ),
                windows: None,
                advice: "Check the symbolic links along the path, and bind to a path without the loop or with fewer links.",
            },
            Explanation {
                happened: "close reported that data written earlier through the descriptor could not be stored because a disk quota was exceeded.",
                linux: Some(
                    "On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that went over the quota but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket.",
                ),
                windows: None,
                advice: "The descriptor is released anyway, so do not call close again; free space or raise the quota, then write the data again.",
            },
            Explanation {
                happened: "close reported that data written earlier through the descriptor could not be stored because no space was left on the file system.",
                linux: Some(
                    "On Linux, close(2) describes this for NFS, where the error is normally reported not by the first write that ran out of space but by a later write, fsync or close; it is a file system error, and close(2) names no cause for it on a socket.",
                ),
                windows: None,
                advice: "The descriptor is released anyway, so do not call close again; free space, then write the data again.",
            },
            Explanation {
                happened: "A directory in the Unix socket path does not exist, so bind cannot create the socket file.",
                linux: Some(
                    "On Linux, a component of the directory prefix of the socket path was not found while the path was resolved; a relative path is resolved from the current working directory of the process.",
                ),
                windows: None,
                advice: "Create the missing directory first, or fix the path (for a relative path, check the current working directory).",
            },
            Explanation {
                happened: "The kernel could not allocate the memory the call needed.",
                linux: Some(
                    "On Linux, for IP sockets and for accept this often means that the allocation was limited by the socket buffer limits rather than by the system's memory, though not always.",
                ),
                windows: None,
                advice: "Retry later, when resources have been freed; reduce the number of sockets or the data buffered in them, or raise the socket buffer limits.",
            },
            Explanation {
                happened: "The whole system has reached its limit on open files, so no new socket could be created.",
                linux: Some(
                    "On Linux, this limit is set in /proc/sys/fs/file-max and applies to all processes together, whatever this process's own limit (RLIMIT_NOFILE, which yields EMFILE instead when it is exceeded).",
                ),
                windows: None,
                advice: "Close descriptors here and in other processes, look for leaks, or raise the system-wide limit in /proc/sys/fs/file-max. Do not retry socket or accept in a tight loop: wait until descriptors are free.",
            },
            Explanation {
                happened: "A protocol error occurred on an incoming connection before accept could return it.",
                linux: Some(
                    "On Linux, accept passes network errors already pending on the new socket as its own error, EPROTO among them for TCP/IP; only that connection is affected, not the listening socket.",
                ),
                windows: None,
                advice: "Keep the listening socket and call accept again, as for EAGAIN.",
            },
            Explanation {
                happened: "The call cannot complete now because something it needs is temporarily unavailable (EWOULDBLOCK is the same value).",
                linux: Some(
                    "Usually the socket is non-blocking, or send or recv was given MSG_DONTWAIT, and there is no connection to accept, no data to read or no room to send. On a blocking socket, accept, recv and send report it when the SO_RCVTIMEO or SO_SNDTIMEO timeout expires before anything was transferred. Sending on a UDP socket that is not yet bound reports it when no ephemeral port is free (connect on an IP socket reports that as EADDRNOTAVAIL). From connect, it means that a non-blocking Unix domain socket could not connect at once or, for other families, that routing cache entries ran short; the attempt failed rather than started.",
                ),
                windows: None,
                advice: "With a non-blocking socket or MSG_DONTWAIT, wait until poll or select reports the socket ready, then call again. If no ephemeral port is free, close unused sockets or widen ip_local_port_range. After EAGAIN from connect, try again later, in portable code with a new socket, since a socket's state is unspecified after a failed connect.",
            },
            Explanation {
                happened: "bind could not resolve the Unix socket path: a component of its directory prefix exists but is not a directory.",
                linux: Some(
                    "Linux resolves the path one component at a time, and every component before the last must be a directory or a symbolic link to a directory; here one of them is a file or other non-directory, or a symbolic link that leads to a non-directory.",
                ),
                windows: None,
                advice: "Fix the path so that every component before the last is a directory.",
            },
            Explanation {
                happened: "bind could not resolve the Unix socket path because a name in it, or the path its symbolic links lead to, is too long.",
                linux: Some(
                    "On Linux this comes from path resolution: a file name in the path is longer than the file system allows, or a symbolic link in it leads to such a name or makes the resolved path too long. The size of sun_path (108 bytes on Linux) is not the cause: a longer path does not fit the address, and bind rejects an address longer than the structure with EINVAL.",
                ),
                windows: None,
                advice: "Shorten the name that is too long or fix the symbolic link that leads to it, or bind to a path that does not go through such links.",
            },
            Explanation {
                happened: "The socket is not connected and no destination address was given, so the data has nowhere to go.",
                linux: Some(
                    "The usual cause is a datagram socket, which is not connection-mode, used with send instead of sendto before any connect gave it a default peer.",
                ),
                windows: None,
                advice: "Pass the address with sendto, or connect the socket to a default peer first.",
            },
            Explanation {
                happened: "The network subsystem has failed; the call and its arguments are not at fault.",
                linux: None,
                windows: Some(
                    "The protocol stack under Winsock, the network interface or the local network itself is not working. From socket it can also mean that the associated service provider failed.",
                ),
                advice: "Check the network adapter, its driver and the network connection, and for socket also the installed providers, which netsh winsock show catalog lists; a later retry may succeed once the network works again.",
            },
            Explanation {
                happened: "That direction of the socket was already shut down with shutdown, so the send or receive was refused.",
                linux: None,
                windows: Some(
                    "send reports it after shutdown with SD_SEND or SD_BOTH, and recv after shutdown with SD_RECEIVE or SD_BOTH: the program's calls are out of order.",
                ),
                advice: "Do not send or receive in a direction the program has shut down, since a direction once shut down cannot be enabled again on that connection, and close the socket with closesocket when done.",
            },
            Explanation {
                happened: "No route to the remote host: connect or send was aimed at a host that cannot be reached from this host at this time.",
                linux: None,
                windows: Some(
                    "Usually the system knows no route to that host, as with ENETUNREACH but for one host rather than a whole network.",
                ),
                advice: "Check the address, the routing table and default gateway, and that the host is up and connected; retry once it can be reached, with a new socket after a failed connect.",
            },
            Explanation {
                happened: "Winsock is not initialised in this process: no successful WSAStartup is in effect, and a socket call needs one.",
                linux: None,
                windows: Some(
                    "WSAStartup was never called or failed, or WSACleanup has since been called as many times as WSAStartup succeeded (by another library, for example), which released Winsock. It can also mean that the program uses a socket that another task (process) owns, that is, one shared between tasks.",
                ),
                advice: "Call WSAStartup successfully before the first socket call, and make exactly one WSACleanup for each successful WSAStartup, only once that code is done with sockets.",
            },
            Explanation {
                happened: "The address family does not support the socket type asked for.",
                linux: None,
                windows: Some(
                    "The usual case is an optional type such as SOCK_RAW, which the provider for that family does not support at all.",
                ),
                advice: "Use a type the family provides (SOCK_STREAM or SOCK_DGRAM for AF_INET and AF_INET6); netsh winsock show catalog lists the installed providers with the address families, socket types and protocols they support.",
            },
            Explanation {
                happened: "A Winsock service provider reported a version other than 2.2, so socket could not use it.",
                linux: None,
                windows: Some(
                    "The Winsock catalog holds an invalid provider, for example a layered service provider (LSP) that other networking software added.",
                ),
                advice: "List the providers with netsh winsock show catalog, then update or remove the software that added the invalid one, or reset the catalog with netsh winsock reset, which removes the layered service providers that were added.",
            },
            Explanation {
                happened: "A Winsock service provider returned an invalid or incomplete procedure table from WSPStartup, so the socket could not be created.",
                linux: None,
                windows: Some(
                    "The table Ws2_32.dll received is bogus, usually because one or more of its function pointers are null: the provider installed in the Winsock catalog is broken.",
                ),
                advice: "Update or remove the software that installed the provider (netsh winsock show catalog lists the providers), or reset the Winsock catalog with netsh winsock reset, which removes the layered service providers that were added.",
            },
            Explanation {
                happened: "A Winsock service provider could not be loaded or initialised, so the socket could not be created.",
                linux: None,
                windows: Some(
                    "Its DLL failed to load or its WSPStartup (NSPStartup for a namespace provider) failed, typically because a layered service provider (LSP) or namespace provider is installed wrongly or does not work.",
                ),
                advice: "Repair or remove the software that installed it (netsh winsock show catalog lists the providers); netsh winsock reset removes added layered service providers but leaves namespace providers in place.",
            },
        ];
        TABLE[self as usize]
    }
    /// What the error means, in Chinese: the user's own line, verbatim.
    /// [`zh_explanation`](Self::zh_explanation) says as much as
    /// [`en`](Self::en) does.
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
    /// The English explanation in Chinese, as one paragraph: the same
    /// facts, with symbols, calls and options in Latin letters.
    #[must_use]
    pub const fn zh_explanation(self) -> &'static str {
        const TABLE: [&str; 48] = [
            "阻塞的套接字调用在完成前被中断。Linux 和 Windows 都没有把此错误列为 shutdown 可能返回的错误。在 Linux 上，这是因为调用阻塞期间有信号处理函数运行：accept 在连接到达之前、send 或 recv 在传输任何数据之前，或者 connect、close 被中断。若信号处理函数以 SA_RESTART 标志安装，Linux 会自行重新执行 accept、connect、send 和 recv，但套接字一旦设置了 SO_RCVTIMEO 之类的超时就不再如此。close 报告此错误时，描述符其实已被释放；connect 报告此错误时，连接尝试并未中止，而是按照 POSIX 的规定在后台继续进行。在 Windows 上，桌面版 Winsock 文档只给出一种原因：Windows Sockets 1.1 的阻塞调用被 WSACancelBlockingCall 取消，而 Winsock 2 已经移除了该函数，只有 Windows Sockets 1.1 应用程序还能调用它。Microsoft 针对 Windows Embedded CE 的错误列表还列出另一种情形：某个套接字上的 Winsock 调用尚未完成时，该套接字被关闭或进程被终止。在 Linux 上，可重试 accept、send 或 recv，或用 SA_RESTART 标志安装信号处理函数；切勿重试 close，因为该描述符编号可能已分配给另一个线程新打开的文件；也不要再次调用 connect，而应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR。在 Windows 上，切勿在另一个线程正对某个套接字执行 Winsock 调用时关闭它，closesocket 的文档禁止这样做：closesocket 之后句柄可能立即被复用，因此已关闭的套接字不得再使用。",
            "系统以权限不足为由拒绝了该调用：所请求的地址、端口或套接字类型不允许此进程使用，或按当前设置不允许此套接字使用。在 Linux 上，常见原因有：没有 CAP_NET_BIND_SERVICE 能力却绑定低于 1024 的端口；对于 Unix 套接字路径，对路径中某个目录没有搜索权限、对将要存放新套接字的目录没有写权限（bind），或对套接字文件没有写权限（connect、send）；未设置 SO_BROADCAST 就向广播地址发送数据或连接广播地址；本地防火墙规则或 SELinux 策略禁止该连接（connect）；或没有创建所请求类型或协议的套接字的权限（socket）。在 Windows 上，常见原因有：要绑定的地址和端口已被另一个设置了 SO_EXCLUSIVEADDRUSE 的套接字占用；未设置 SO_BROADCAST 就对广播地址执行 bind、connect 或发送数据；或者不是 Administrators 组的成员却创建原始套接字（SOCK_RAW），Windows Vista 及更高版本在创建套接字时即进行这项检查。请换用其他端口或地址，在使用广播地址前设置 SO_BROADCAST，或取得所缺的权限（在 Linux 上是相应的能力或文件权限，在 Windows 上是创建原始套接字所需的管理员权限）；否则同一调用会再次失败。",
            "调用收到了无法使用的地址或缓冲区参数。在 Linux 上，某个指针参数指向了进程无权访问的内存：accept、bind 或 connect 的套接字地址，或 send、recv 的数据缓冲区。在 Windows 上，这些指针出现同样的问题时也报告此错误；此外，它还表示为套接字地址给出的长度太小（accept、bind、connect），或地址的格式或所属地址族与套接字不符（bind、connect）。这是调用方代码的缺陷：请检查传给该调用的指针和长度。",
            "参数无效，或套接字当前的状态不适合该调用，例如对已绑定的套接字调用 bind、对不在监听的套接字调用 accept，或 shutdown 的方向参数无效。在 Linux 上，其他原因还有：地址长度错误（bind、accept）或地址对套接字的地址族无效（bind），套接字类型中或 accept4 的标志无效，以及协议未知或协议族不可用（socket）。在 Windows 上，其他原因还有：send 或 recv 使用了未知标志；对从未绑定的套接字调用 listen、send 或 recv；对监听套接字调用 connect；以 AF_UNSPEC 且既不指定类型也不指定协议调用 socket；以及在非阻塞 connect 尚未完成时再次调用 connect。地址过短在 Windows 上报告的则是 WSAEFAULT。请修正参数或调用顺序；原样重复同一调用仍会失败。在 Windows 上，若是再次调用 connect 时得到此错误，应按 WSAEALREADY 处理：连接尝试仍在进行中。",
            "已没有可供新套接字使用的描述符或套接字句柄。在 Linux 上，进程已达到打开文件描述符数量的上限 RLIMIT_NOFILE（在 shell 中用 ulimit -n 设置）；文件、管道和套接字都占用受此上限约束的描述符。在 Windows 上，服务提供者已没有可用的套接字句柄；Microsoft 指出，实现可能对套接字句柄设置全局、每进程或每线程的上限。请关闭不再需要的套接字和文件；数量持续增长说明存在泄漏。在 Linux 上，如果负载确实需要更多描述符，可提高 RLIMIT_NOFILE。若服务器的 accept 因此失败，应暂停 accept，直到有描述符被释放，而不是立即重试。",
            "套接字已经连接，而该调用要求建立连接或指定目标地址，这对已连接的套接字不适用。非阻塞 connect 之后再次调用 connect，一旦连接已经建立，也会报告此错误。在 Linux 上，对已连接的流套接字调用 connect 会报告此错误（数据报套接字则可以再次调用 connect 以更换对端）；对已连接的面向连接套接字调用 send 并给出接收方地址时（内核也可能直接忽略该地址），或对已连接的 Unix 套接字给出目标地址时，send 也会报告它。在 Windows 上，对已连接的面向连接套接字调用 connect、对已连接的套接字调用 listen 都会报告此错误；某些实现在对已连接的数据报套接字调用 sendto 并给出地址时也会报告它。非阻塞 connect 之后遇到它应视为成功。其他情况说明代码对同一套接字连接了两次，或给已连接的套接字指定了目标地址：要连接另一个对端请新建套接字，或发送时不带地址。",
            "系统缺少执行该套接字操作所需的缓冲区空间或内存，或某个队列已满。在 Linux 上，它通常表示无法为套接字分配内存，而这往往是受套接字缓冲区上限的限制，并非系统内存不足（accept、socket）。send 很少报告它：设备队列溢出时，Linux 通常直接丢弃数据包。在 Windows 上，它表示系统缺少缓冲区空间或某个队列已满；对于 bind，Microsoft 还指出连接过多也是原因之一。请退避一段时间后重试：在资源释放之前无法创建套接字。关闭不再需要的套接字，并复用连接，而不是打开大量短连接。",
            "此套接字上先前的同类操作仍在进行，通常是尚未完成的连接尝试。在 Linux 上，当此套接字上先前的非阻塞 connect 尚未完成，或者（按 POSIX 的规定）被信号中断的 connect 仍在后台进行时，connect 会报告此错误；另一个 TCP Fast Open 正在进行时，send 也会报告它。在 Windows 上，当此套接字上有非阻塞 connect 正在进行时，connect 会报告此错误。链接 Winsock.dll 或 Wsock32.dll 的 Windows Sockets 1.1 应用程序得到的则是 WSAEINVAL，而且 Microsoft 提醒，重复调用 connect 时返回的错误码因实现而异。不要靠再次调用 connect 来查询结果。在 Linux 上，应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR：值为 0 表示已连接，其他值即为失败原因。在 Windows 上，select 在 writefds 中报告成功、在 exceptfds 中报告失败（失败原因再读取 SO_ERROR 获得），也可以用 WSAEventSelect，由 FD_CONNECT 事件给出结果。",
            "该调用需要已连接的套接字，而此套接字没有对端：它从未连接过，或其连接尝试已失败。在 Linux 上，对未连接的面向连接套接字（例如 TCP）调用 recv 和 shutdown 会报告此错误；对未连接且未给出目标地址的套接字（例如 Unix 套接字）调用 send 也会报告它。不过，Linux 的 send 也可能改为报告 EPIPE（除非传入了 MSG_NOSIGNAL，否则还会产生 SIGPIPE），而没有对端地址的非面向连接套接字报告的是 EDESTADDRREQ。在 Windows 上，对未连接的面向连接套接字调用 recv、send 和 shutdown 会报告此错误；对没有默认对端的数据报套接字调用 send 和 recv 也会报告它（此时仍可使用 sendto 和 recvfrom）。请先调用 connect 连接套接字（或使用 accept 返回的套接字），或用 sendto 给出目标地址；非阻塞 connect 之后，应等待连接完成后再收发数据。",
            "消息过长：面向消息的套接字无法一次完整地传送它。在 Linux 上，当套接字类型要求消息以原子方式发送而消息太大时，send 会报告此错误，例如数据报超过了协议的大小上限，或数据报大于路径 MTU 且不允许分片。recv 不报告它：超过缓冲区的数据报会被截短，使用 MSG_TRUNC 标志可让 recv 返回其真实长度。在 Windows 上，消息大于底层传输协议支持的最大值时 send 报告此错误，且不发送任何数据；数据报大于缓冲区时 recv 报告此错误：缓冲区中只有数据报的前一部分，对 UDP 而言其余部分会丢失，而可靠协议会保留其余部分，直到用足够大的缓冲区读取。请发送更小的消息，例如拆分数据或改用流套接字。在 Linux 上，已连接的套接字可以通过 IP_MTU 选项读取当前的路径 MTU；在 Windows 上，用 getsockopt 读取 SO_MAX_MSG_SIZE 可得到服务提供者接受的最大消息，而 recv 需要不小于预期最大数据报的缓冲区。",
            "传给该调用的描述符或句柄并不指向套接字。在 Linux 上，该描述符是打开的，但指向其他类型的文件，例如普通文件、管道或终端，通常是因为把描述符编号与别的描述符搞混了（根本未打开的描述符报告的则是 EBADF）。在 Windows 上，该句柄不指向有效的套接字，例如 socket 或 accept 失败时返回的 INVALID_SOCKET，或已经用 closesocket 关闭的套接字。由于 Windows 可能立即复用已关闭的句柄，使用已关闭的套接字并不一定会得到此错误：其句柄此时可能已指向另一个套接字。请检查该值的来源，在使用 socket 和 accept 的结果之前先确认它们已成功，并且关闭套接字后绝不要再使用它。",
            "对端未能及时应答，因此连接尝试或已建立的连接被放弃。在 Linux 上，如果服务器始终没有应答连接请求，并且 tcp_syn_retries 规定的 SYN 重传次数已用尽（默认约 127 秒），connect 就会报告此错误：原因可能是主机已关闭、服务器过于繁忙，或数据包在途中丢失，例如被防火墙丢弃。在已建立的 TCP 连接上，如果对端不确认重传的数据、用 SO_KEEPALIVE 启用的保活（keep-alive）探测得不到应答，或 TCP_USER_TIMEOUT 到期，send 和 recv 就会报告它。在 Linux 上，SO_RCVTIMEO 和 SO_SNDTIMEO 从不导致此错误：它们到期时调用失败并报告 EAGAIN，connect 则报告 EINPROGRESS。在 Windows 上，连接尝试超时仍未建立连接时 connect 报告此错误；连接因网络故障或对端停止响应而断开时 send 和 recv 报告此错误。连接一旦被视为断开，该套接字上之后的调用也会这样失败。阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，连接处于不确定状态，但 Microsoft 的文档没有说明此时返回哪个错误码。请关闭套接字，检查网络路径和对端，然后重新连接，最好使用新的套接字：Linux 手册建议可移植的程序在 connect 失败后这样做，不过 Windows 允许在此错误之后对同一套接字再次调用 connect。在 Windows 上，阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，也应关闭该套接字。",
            "套接字类型不支持所请求的协议：两者不匹配。在 Linux 上，把 Unix 套接字连接到另一种类型的套接字时（例如把数据报套接字连接到流套接字），connect 会报告此错误。在 Windows 上，如果所请求的协议不具备该套接字类型的语义（例如 SOCK_STREAM 配 IPPROTO_UDP），socket 会报告此错误。请传入相互匹配的类型和协议（协议传 0 即选用该类型的默认协议），并且只把 Unix 套接字连接到同类型的套接字。",
            "套接字的类型或协议不支持该操作，或者不支持随调用传入的某个标志。在 Linux 上，在类型不接受连接的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误；send 或 recv 使用了与套接字不相符的标志时也会报告此错误，例如在不支持带外数据的套接字上使用 MSG_OOB。accept 还可能以此错误转交某个传入 TCP 连接上的网络错误。在 Windows 上，在不支持面向连接服务的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误。send 和 recv 在以下情况下报告此错误：在非流式套接字或其通信域不支持带外数据的套接字上使用 MSG_OOB，或者在单向套接字所不支持的方向上收发；recv 在非阻塞套接字或数据报套接字上使用 MSG_WAITALL，或者把 MSG_WAITALL 与 MSG_OOB、MSG_PEEK 或 MSG_PARTIAL 一起使用时，也会报告此错误。请使用面向连接的套接字（SOCK_STREAM）来 listen 和 accept，并且只使用该套接字支持的标志。在 Linux 上，如果 accept 在类型为 SOCK_STREAM 的监听套接字上报告此错误，出错的只是某一个传入连接：再次调用 accept 即可。",
            "本地地址和端口已被占用，此套接字无法使用它们。在 Linux 上，以下情况下 bind 会报告此错误：已有另一个套接字绑定在该地址上；绑定该地址的某个 TCP 套接字刚关闭不久（除非设置了 SO_REUSEADDR，该地址在一段时间内仍不可用）；Unix 套接字路径已经存在；或者请求端口 0 时已没有空闲的临时端口。当另一个套接字已在该端口上监听，或者未绑定的套接字找不到空闲的临时端口时，listen 会报告此错误；当套接字的本地地址已被使用时，connect 会报告此错误（connect 找不到空闲的临时端口时得到的是 EADDRNOTAVAIL）。在 Windows 上，当已有另一个套接字绑定到相同的地址和端口，或者该地址上的某个套接字未被正确关闭或仍在关闭过程中时，bind 会报告此错误。对于绑定到通配地址（INADDR_ANY 或 in6addr_any）的套接字，listen 或 connect 可能要到确定具体地址时才报告此错误。请停止占用该地址的程序，或改用其他端口。在 Linux 上，请在 bind 之前设置 SO_REUSEADDR，使重启后的服务器能立即重新绑定（只有先前的套接字也设置了该选项，Linux 才允许这样重用），并在绑定之前用 unlink 删除残留的 Unix 套接字文件。在 Windows 上，SO_REUSEADDR 并不能解决问题：它让套接字强行绑定到另一个套接字正在使用的端口，此后由哪个套接字处理传入连接将无法确定。",
            "对端重置了连接：另一端突然关闭了连接，该连接已无法再传输数据。在 Linux 上，连接被对端重置时 send 会报告此错误；在 Unix 套接字上，此错误表示另一端的套接字被意外关闭。在 Windows 上，当远端强制关闭连接时，send、recv 和 shutdown 会报告此错误：通常是对端程序突然终止、对端主机重启、对端主机或其网络接口被停用，或者对端在启用 SO_LINGER 且超时为零的情况下关闭了套接字。保活（keep-alive）检测发现连接已断开之后的调用也会报告此错误。如果某个传入连接在被接受之前就被对端终止，accept 会报告此错误。如果先前发出的数据报引发了 ICMP 端口不可达消息，UDP 套接字上的 send 或 recv（recvfrom）也会报告此错误（Linux 对此报告 ECONNREFUSED）。该连接已不能再用：请关闭套接字，必要时重新连接。在 Windows 上来自 accept 时，丢失的只是那一个传入连接：保留监听套接字，再次调用 accept 即可。在 Windows 上，用 WSAIoctl 把 UDP 套接字的 SIO_UDP_CONNRESET 控制码设为 FALSE 后，该套接字就不再报告此类错误。",
            "无法从本机到达目标网络，连接尝试失败。在 Linux 上，当路由表中没有通往目标网络的路由时，connect 会报告此错误，例如目标地址不在本地网络中而又没有默认路由，或者目标是 IPv6 地址而没有 IPv6 路由。在 Windows 上，当此时无法到达该网络时，connect 会报告此错误，通常是因为本机软件不知道通往远程主机的路由。请检查地址、路由表（在 Linux 上可用 ip route 查看）和网络连接；只有在路由存在之后，重试才有意义。届时再调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。",
            "操作此时无法完成，调用没有等待而是直接返回了：这并不是失败。在 Linux 上，EWOULDBLOCK 在所有架构上都与 EAGAIN 的值相同，因此该值报告为 EAGAIN。在非阻塞套接字上，如果没有可接受的连接、没有可读的数据或没有空间可供发送，accept、send 和 recv 会返回它；在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时已到而尚未传输任何数据，它们也会返回它；非阻塞的 Unix 套接字无法立即连接时，connect 也会返回它。在 Windows 上，如果非阻塞套接字上没有可接受的连接、没有可读的数据或没有缓冲区空间可供发送，accept、send 和 recv 会报告此错误。对于非阻塞套接字，连接尝试一旦开始，connect 就会报告此错误，因为建立连接需要时间。对于启用了 SO_LINGER 且超时非零的非阻塞套接字，如果关闭无法立即完成，closesocket 会报告此错误：套接字仍然打开，也不会开始断开连接。请等待 select（在 Linux 上也可用 poll）报告套接字就绪，然后再次调用。在 Windows 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 WSAEALREADY，成功之后会得到 WSAEISCONN）：连接成功时 select 会报告套接字可写，失败时会把它放入异常集合，此时用 getsockopt 读取 SO_ERROR 即可得到原因。在 Windows 上调用 closesocket 之后，请再次调用 closesocket，或者在关闭之前先停用 SO_LINGER。",
            "某个操作仍在进行中，因此本次调用没有立即完成。在 Linux 上，当套接字是非阻塞的（或其 SO_SNDTIMEO 超时已到），且连接已开始建立但尚未完成时，connect 会报告此错误，连接会在后台继续进行（Unix 套接字报告的是 EAGAIN）。使用 MSG_FASTOPEN 的 send 或 sendto 在本地没有 TCP Fast Open cookie 时也会报告此错误：此时已发出一个请求 cookie 的 SYN，数据需要在套接字连接之后重新发送。在 Windows 上，它表示本线程中仍有一个阻塞的 Winsock 1.1 调用在执行，或者服务提供者仍在处理回调函数：每个线程同时只能有一个未完成的阻塞调用，因此在此期间，任何 Winsock 调用（无论针对哪个套接字）都会这样失败。Windows 上非阻塞的 connect 报告的是 WSAEWOULDBLOCK。在 Linux 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 EALREADY）：请等待 poll 或 select 报告套接字可写，然后用 getsockopt 读取 SO_ERROR：为零表示已连接，否则就是导致连接失败的错误。使用 MSG_FASTOPEN 发送之后，请在连接建立后重新发送数据。在 Windows 上，请先让正在执行的调用完成，再发起其他调用。",
            "目标拒绝了请求：通常是该地址和端口上没有程序在监听，因为服务未运行，或者在其他地方监听。在 Linux 上，如果流套接字的远程地址上没有程序在监听，connect 会报告此错误；Unix 套接字连接的路径不是监听套接字或根本不是套接字时，connect 也会报告此错误。UDP 套接字上的 recv 可能报告此错误，表示先前从该套接字发出的某个数据报在目的地没有接收方。在 Windows 上，当目标计算机主动拒绝连接时，connect 会报告此错误：通常是目标上没有运行服务器程序，或者监听方的待处理连接队列已满。对于没有接收方的 UDP 数据报，Windows 报告的是 WSAECONNRESET，而不是此错误。请确认服务器正在运行、地址和端口正确，然后重新调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。",
            "连接被中止，已经丢失。在 Linux 上，如果某个传入连接在 accept 调用期间被关闭（中止），accept 会报告此错误；丢失的只是那一个连接（对于在被接受之前就被对端终止的连接，Windows 报告的是 WSAECONNRESET）。在 Windows 上，如果本机上的软件中止了一个已建立的连接（例如在数据传输超时或协议错误之后），send、recv 和 shutdown 会报告此错误。在 Linux 上来自 accept 时，请保留监听套接字，再次调用 accept。在 Windows 上来自 send、recv 或 shutdown 时，该套接字已不可再用：请关闭它，必要时重新连接。",
            "不支持该地址族：本系统、所请求的协议或传入地址的那个套接字不支持它。在 Linux 上，当本系统不支持所请求的地址族时，socket 会报告此错误；当传入的地址与套接字属于不同的地址族（sa_family）时，例如把 IPv6 地址传给 IPv4 套接字，connect 会报告此错误。在 Windows 上，当此处不支持该地址族时（例如该地址族的 Windows Sockets 服务提供者未安装），或者所请求的协议与该地址族不符时，socket 会报告此错误；当该地址族的地址不能用于该套接字时，connect 会报告此错误。请按将要使用的地址的地址族创建套接字，例如采用 getaddrinfo 结果中的 ai_family，并且只向它传入该地址族的地址。",
            "该地址在此上下文中不可用。来自 bind 时，它不是本机的地址：可能是输入错误、用了另一台机器的地址，或者该地址尚未（或已不再）分配给本机。在 Linux 上，请求了不存在的接口时，bind 也会报告此错误；没有空闲的本地临时端口可供该连接使用时（其范围由 ip_local_port_range 设定），connect 会报告此错误。在 Windows 上，当远程地址或端口对远程计算机无效时，例如全零地址（INADDR_ANY 或 in6addr_any）或端口 0，connect 会报告此错误。请绑定到本机拥有的地址或通配地址，并检查目标地址和端口。在 Linux 上，临时端口耗尽时，请复用连接或扩大 ip_local_port_range。",
            "socket 调用请求的协议在该地址族和套接字类型下不受支持。在 Linux 上，当协议类型或所请求的协议在该地址族内不受支持时，socket 会报告此错误，例如为 AF_INET 的 SOCK_DGRAM 套接字指定 IPPROTO_TCP。在 Windows 上，当该协议未在系统中配置或不存在其实现时，socket 会报告此错误，例如为 SOCK_DGRAM 套接字指定流式协议。请把协议设为 0 以使用该类型的默认协议，或者传入与类型匹配的协议（SOCK_STREAM 用 IPPROTO_TCP，SOCK_DGRAM 用 IPPROTO_UDP）。",
            "close 报告了 I/O 错误：之前通过该描述符写入的数据可能没有到达文件系统或设备。在 Linux 上，close(2) 没有给出套接字特有的原因：内核在 close 的早期就释放描述符，之后才执行仍可能失败的步骤（例如把已写入的数据刷新到文件系统或设备），因此即使 close 报告了错误，描述符也已释放。不要再次调用 close：这可能关闭另一个线程刚以相同编号获得的描述符。应把之前写入的数据视为可能已丢失，如有必要重新写入。",
            "send 失败，因为该套接字无法发送数据：其连接的写方向已关闭，或者它根本没有连接。除非传入了 MSG_NOSIGNAL，进程还会收到 SIGPIPE，其默认动作是终止进程；因此在未传入 MSG_NOSIGNAL 时，只有当 SIGPIPE 被忽略、阻塞或捕获时，程序才会看到 EPIPE。在 Linux 上，常见原因是本端已关闭写方向（以 SHUT_WR 或 SHUT_RDWR 调用 shutdown），或对端已关闭连接；对于未连接的套接字，Linux 也可能返回 EPIPE 而不是 ENOTCONN。应在每次 send 时传入 MSG_NOSIGNAL（或忽略 SIGPIPE，但这会影响进程中的所有线程），然后把 EPIPE 视为连接结束：停止发送并关闭套接字。对于从未连接过的套接字，应先调用 connect 再发送。",
            "调用未被允许：connect 无法建立连接，或 accept 无法接受传入的连接。在 Linux 上，connect 在以下情况下报告该错误：本地防火墙规则使连接请求失败，或者目标是广播地址而套接字未设置 SO_BROADCAST 标志（这两种情况下 connect 也可能报告 EACCES）；accept 在防火墙规则禁止传入连接时报告该错误。应检查针对该地址和端口的本地防火墙规则：在规则改变之前，同样的连接会一直失败。若要把数据报套接字连接到广播地址，应先用 setsockopt 设置 SO_BROADCAST。",
            "bind 无法创建 Unix 套接字的文件，因为其路径位于只读文件系统上。在 Linux 上，路径名 Unix 套接字的文件由 bind 在文件系统中创建；当该路径所在的文件系统以只读方式挂载时，创建就会失败。应绑定到可写文件系统上的路径，例如 /tmp（临时文件）或 /run（系统的运行时文件）下，或使用抽象套接字地址：这是 Linux 的扩展，其名字以空字节开头，与文件系统无关。",
            "传给该调用的某个描述符不是有效的已打开文件描述符。在 Linux 上，常见原因是：描述符已被关闭（重复关闭，或在另一个线程关闭后仍在使用），从未打开过（socket 或 accept 调用失败时返回的 -1），或与其他值混淆了；对于通过 Unix 套接字以 SCM_RIGHTS 传递描述符的 send（sendmsg），则是被传递的某个描述符无效。这是调用代码的缺陷：应找出描述符在何处被关闭或丢失。以 EBADF 失败的 close 并未关闭任何东西，因此不要重试；还应避免重复关闭，因为该编号可能已属于另一个线程打开的文件。",
            "bind 在解析 Unix 套接字路径时遇到了过多的符号链接。在 Linux 上，解析一条路径时最多跟随 40 个符号链接，因此该错误说明这些链接构成了循环（例如指向自身的链接），或者链接链过长。应检查路径上的符号链接，并绑定到不含循环或链接更少的路径。",
            "close 报告：之前通过该描述符写入的数据因超出磁盘配额而无法保存。在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次超出配额的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。描述符无论如何都已释放，因此不要再次调用 close；应释放空间或提高配额，然后重新写入数据。",
            "close 报告：之前通过该描述符写入的数据因文件系统空间已满而无法保存。在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次空间不足的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。描述符无论如何都已释放，因此不要再次调用 close；应释放空间，然后重新写入数据。",
            "Unix 套接字路径中的某个目录不存在，因此 bind 无法创建套接字文件。在 Linux 上，解析路径时，套接字路径的目录前缀中有某个组件未找到；相对路径从进程的当前工作目录开始解析。应先创建缺失的目录，或修正路径（对于相对路径，应检查当前工作目录）。",
            "内核无法分配该调用所需的内存。在 Linux 上，对于 IP 套接字和 accept，这往往是因为内存分配受到套接字缓冲区上限的限制，而不是系统内存不足，但并非总是如此。应在资源释放后重试；减少套接字数量或其中缓冲的数据量，或提高套接字缓冲区上限。",
            "整个系统打开的文件数已达上限，因此无法创建新的套接字。在 Linux 上，这一上限由 /proc/sys/fs/file-max 设定，对所有进程合计生效，与本进程自身的上限（RLIMIT_NOFILE，超过该上限时得到的是 EMFILE）无关。应关闭本进程和其他进程中的描述符、查找泄漏，或提高 /proc/sys/fs/file-max 中的系统级上限。不要在循环中不加等待地反复重试 socket 或 accept：应等到有描述符释放。",
            "在 accept 返回某个传入连接之前，该连接上发生了协议错误。在 Linux 上，accept 会把新套接字上已挂起的网络错误作为自身的错误返回，对 TCP/IP 而言 EPROTO 就是其中之一；受影响的只是这个连接，而不是监听套接字。应保留监听套接字，像处理 EAGAIN 一样再次调用 accept。",
            "调用现在无法完成，因为它所需的某项资源暂时不可用（EWOULDBLOCK 是同一个值）。通常是套接字处于非阻塞模式，或者 send、recv 调用带有 MSG_DONTWAIT 标志，而此时没有可接受的连接、没有可读的数据或发送缓冲区已满。在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时到期时还没有传输任何数据，accept、recv 和 send 也会报告此错误。在尚未绑定的 UDP 套接字上发送时，若没有空闲的临时端口也会报告它（IP 套接字上的 connect 对此报告 EADDRNOTAVAIL）。对 connect 而言，它表示非阻塞的 Unix 域套接字无法立即连接，或者在其他地址族中路由缓存条目不足；这次连接尝试已经失败，而不是已经开始。对非阻塞套接字或带 MSG_DONTWAIT 的调用，请等 poll 或 select 报告套接字就绪后再调用。如果是没有空闲的临时端口，请关闭不再使用的套接字，或扩大 ip_local_port_range。connect 返回 EAGAIN 后，请稍后重试，可移植的代码应改用新的套接字，因为 connect 失败后套接字的状态是不确定的。",
            "bind 无法解析 Unix 套接字路径：其目录前缀中有一个组件存在，但不是目录。Linux 逐个组件解析路径，最后一个组件之前的每个组件都必须是目录或指向目录的符号链接；这里有一个组件是文件或其他非目录项，或者是指向非目录项的符号链接。请修正路径，使最后一个组件之前的每个组件都是目录。",
            "bind 无法解析 Unix 套接字路径，因为路径中的某个名称过长，或者其中的符号链接解析出的路径过长。在 Linux 上，这个错误来自路径解析：路径中的某个文件名超出了文件系统允许的长度，或者路径中的某个符号链接指向这样的名称，或使解析后的路径过长。原因不在于 sun_path 的大小（在 Linux 上为 108 字节）：更长的路径放不进地址结构，bind 会以 EINVAL 拒绝超出该结构长度的地址。请缩短过长的名称或修正指向它的符号链接，或者绑定到一个不经过这类链接的路径。",
            "套接字未连接，也没有给出目标地址，数据无处可发。常见原因是对数据报套接字（它不是连接模式的套接字）使用了 send 而不是 sendto，而此前也没有用 connect 为它设定默认对端。请用 sendto 传入目标地址，或者先用 connect 为套接字设定默认对端。",
            "网络子系统发生故障；问题不在调用本身及其参数。Winsock 底层的协议栈、网络接口或本地网络本身无法工作。对 socket 调用而言，也可能是相关的服务提供者出错。请检查网络适配器、其驱动程序和网络连接；对 socket，还要检查已安装的服务提供者（可用 netsh winsock show catalog 列出）。网络恢复后，稍后重试可能成功。",
            "该套接字的这个方向已经用 shutdown 关闭，因此发送或接收被拒绝。以 SD_SEND 或 SD_BOTH 调用 shutdown 之后再调用 send，或以 SD_RECEIVE 或 SD_BOTH 调用 shutdown 之后再调用 recv，都会报告此错误：这说明程序的调用顺序有误。不要在已关闭的方向上发送或接收，因为在这个连接上无法重新启用该方向；用完后用 closesocket 关闭套接字。",
            "没有通往远程主机的路由：connect 或 send 的目标主机此时无法从本机到达。通常是系统不知道通往该主机的路由，与 ENETUNREACH 类似，只是针对单个主机而不是整个网络。请检查地址、路由表和默认网关，并确认该主机已开机并接入网络；待主机可以到达后重试，connect 失败后应使用新的套接字。",
            "本进程中的 Winsock 未初始化：当前没有生效的成功 WSAStartup 调用，而套接字调用需要它。从未调用 WSAStartup 或调用失败，或者此后调用 WSACleanup 的次数已与 WSAStartup 成功的次数相同（例如由另一个库调用），从而释放了 Winsock。也可能是程序使用了另一个任务（进程）所拥有的套接字，即在任务之间共享了套接字。请在第一次套接字调用之前成功调用 WSAStartup，并为每次成功的 WSAStartup 恰好调用一次 WSACleanup，且只在相应代码不再使用套接字时调用。",
            "该地址族不支持所请求的套接字类型。常见情况是请求了 SOCK_RAW 这类可选类型，而该地址族的服务提供者根本不支持这种套接字。请使用该地址族提供的类型（AF_INET 和 AF_INET6 可用 SOCK_STREAM 或 SOCK_DGRAM）；netsh winsock show catalog 会列出已安装的服务提供者及其支持的地址族、套接字类型和协议。",
            "某个 Winsock 服务提供者报告的版本不是 2.2，因此 socket 无法使用它。Winsock 目录中有无效的服务提供者，例如其他网络软件添加的分层服务提供者（LSP）。请用 netsh winsock show catalog 列出服务提供者，然后更新或卸载添加了无效服务提供者的软件，或者用 netsh winsock reset 重置目录，该命令会移除后来添加的分层服务提供者。",
            "某个 Winsock 服务提供者从 WSPStartup 返回了无效或不完整的过程表，因此无法创建套接字。Ws2_32.dll 收到的过程表是无效的，通常是因为其中一个或多个函数指针为空：Winsock 目录中安装的这个服务提供者已损坏。请更新或卸载安装该服务提供者的软件（netsh winsock show catalog 可列出服务提供者），或者用 netsh winsock reset 重置 Winsock 目录，该命令会移除后来添加的分层服务提供者。",
            "某个 Winsock 服务提供者无法加载或初始化，因此无法创建套接字。它的 DLL 加载失败，或者它的 WSPStartup（命名空间提供者则为 NSPStartup）失败，通常是因为分层服务提供者（LSP）或命名空间提供者安装不正确或无法正常工作。请修复或卸载安装它的软件（netsh winsock show catalog 可列出服务提供者）；netsh winsock reset 会移除后来添加的分层服务提供者，但不会改动命名空间提供者。",
        ];
        TABLE[self as usize]
    }
    /// The Chinese explanation in its parts.
    #[must_use]
    pub const fn zh_explanation_parts(self) -> Explanation {
        const TABLE: [Explanation; 48] = [
            Explanation {
                happened: "阻塞的套接字调用在完成前被中断。Linux 和 Windows 都没有把此错误列为 shutdown 可能返回的错误。",
                linux: Some(
                    "在 Linux 上，这是因为调用阻塞期间有信号处理函数运行：accept 在连接到达之前、send 或 recv 在传输任何数据之前，或者 connect、close 被中断。若信号处理函数以 SA_RESTART 标志安装，Linux 会自行重新执行 accept、connect、send 和 recv，但套接字一旦设置了 SO_RCVTIMEO 之类的超时就不再如此。close 报告此错误时，描述符其实已被释放；connect 报告此错误时，连接尝试并未中止，而是按照 POSIX 的规定在后台继续进行。",
                ),
                windows: Some(
                    "在 Windows 上，桌面版 Winsock 文档只给出一种原因：Windows Sockets 1.1 的阻塞调用被 WSACancelBlockingCall 取消，而 Winsock 2 已经移除了该函数，只有 Windows Sockets 1.1 应用程序还能调用它。Microsoft 针对 Windows Embedded CE 的错误列表还列出另一种情形：某个套接字上的 Winsock 调用尚未完成时，该套接字被关闭或进程被终止。",
                ),
                advice: "在 Linux 上，可重试 accept、send 或 recv，或用 SA_RESTART 标志安装信号处理函数；切勿重试 close，因为该描述符编号可能已分配给另一个线程新打开的文件；也不要再次调用 connect，而应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR。在 Windows 上，切勿在另一个线程正对某个套接字执行 Winsock 调用时关闭它，closesocket 的文档禁止这样做：closesocket 之后句柄可能立即被复用，因此已关闭的套接字不得再使用。",
            },
            Explanation {
                happened: "系统以权限不足为由拒绝了该调用：所请求的地址、端口或套接字类型不允许此进程使用，或按当前设置不允许此套接字使用。",
                linux: Some(
                    "在 Linux 上，常见原因有：没有 CAP_NET_BIND_SERVICE 能力却绑定低于 1024 的端口；对于 Unix 套接字路径，对路径中某个目录没有搜索权限、对将要存放新套接字的目录没有写权限（bind），或对套接字文件没有写权限（connect、send）；未设置 SO_BROADCAST 就向广播地址发送数据或连接广播地址；本地防火墙规则或 SELinux 策略禁止该连接（connect）；或没有创建所请求类型或协议的套接字的权限（socket）。",
                ),
                windows: Some(
                    "在 Windows 上，常见原因有：要绑定的地址和端口已被另一个设置了 SO_EXCLUSIVEADDRUSE 的套接字占用；未设置 SO_BROADCAST 就对广播地址执行 bind、connect 或发送数据；或者不是 Administrators 组的成员却创建原始套接字（SOCK_RAW），Windows Vista 及更高版本在创建套接字时即进行这项检查。",
                ),
                advice: "请换用其他端口或地址，在使用广播地址前设置 SO_BROADCAST，或取得所缺的权限（在 Linux 上是相应的能力或文件权限，在 Windows 上是创建原始套接字所需的管理员权限）；否则同一调用会再次失败。",
            },
            Explanation {
                happened: "调用收到了无法使用的地址或缓冲区参数。",
                linux: Some(
                    "在 Linux 上，某个指针参数指向了进程无权访问的内存：accept、bind 或 connect 的套接字地址，或 send、recv 的数据缓冲区。",
                ),
                windows: Some(
                    "在 Windows 上，这些指针出现同样的问题时也报告此错误；此外，它还表示为套接字地址给出的长度太小（accept、bind、connect），或地址的格式或所属地址族与套接字不符（bind、connect）。",
                ),
                advice: "这是调用方代码的缺陷：请检查传给该调用的指针和长度。",
            },
            Explanation {
                happened: "参数无效，或套接字当前的状态不适合该调用，例如对已绑定的套接字调用 bind、对不在监听的套接字调用 accept，或 shutdown 的方向参数无效。",
                linux: Some(
                    "在 Linux 上，其他原因还有：地址长度错误（bind、accept）或地址对套接字的地址族无效（bind），套接字类型中或 accept4 的标志无效，以及协议未知或协议族不可用（socket）。",
                ),
                windows: Some(
                    "在 Windows 上，其他原因还有：send 或 recv 使用了未知标志；对从未绑定的套接字调用 listen、send 或 recv；对监听套接字调用 connect；以 AF_UNSPEC 且既不指定类型也不指定协议调用 socket；以及在非阻塞 connect 尚未完成时再次调用 connect。地址过短在 Windows 上报告的则是 WSAEFAULT。",
                ),
                advice: "请修正参数或调用顺序；原样重复同一调用仍会失败。在 Windows 上，若是再次调用 connect 时得到此错误，应按 WSAEALREADY 处理：连接尝试仍在进行中。",
            },
            Explanation {
                happened: "已没有可供新套接字使用的描述符或套接字句柄。",
                linux: Some(
                    "在 Linux 上，进程已达到打开文件描述符数量的上限 RLIMIT_NOFILE（在 shell 中用 ulimit -n 设置）；文件、管道和套接字都占用受此上限约束的描述符。",
                ),
                windows: Some(
                    "在 Windows 上，服务提供者已没有可用的套接字句柄；Microsoft 指出，实现可能对套接字句柄设置全局、每进程或每线程的上限。",
                ),
                advice: "请关闭不再需要的套接字和文件；数量持续增长说明存在泄漏。在 Linux 上，如果负载确实需要更多描述符，可提高 RLIMIT_NOFILE。若服务器的 accept 因此失败，应暂停 accept，直到有描述符被释放，而不是立即重试。",
            },
            Explanation {
                happened: "套接字已经连接，而该调用要求建立连接或指定目标地址，这对已连接的套接字不适用。非阻塞 connect 之后再次调用 connect，一旦连接已经建立，也会报告此错误。",
                linux: Some(
                    "在 Linux 上，对已连接的流套接字调用 connect 会报告此错误（数据报套接字则可以再次调用 connect 以更换对端）；对已连接的面向连接套接字调用 send 并给出接收方地址时（内核也可能直接忽略该地址），或对已连接的 Unix 套接字给出目标地址时，send 也会报告它。",
                ),
                windows: Some(
                    "在 Windows 上，对已连接的面向连接套接字调用 connect、对已连接的套接字调用 listen 都会报告此错误；某些实现在对已连接的数据报套接字调用 sendto 并给出地址时也会报告它。",
                ),
                advice: "非阻塞 connect 之后遇到它应视为成功。其他情况说明代码对同一套接字连接了两次，或给已连接的套接字指定了目标地址：要连接另一个对端请新建套接字，或发送时不带地址。",
            },
            Explanation {
                happened: "系统缺少执行该套接字操作所需的缓冲区空间或内存，或某个队列已满。",
                linux: Some(
                    "在 Linux 上，它通常表示无法为套接字分配内存，而这往往是受套接字缓冲区上限的限制，并非系统内存不足（accept、socket）。send 很少报告它：设备队列溢出时，Linux 通常直接丢弃数据包。",
                ),
                windows: Some(
                    "在 Windows 上，它表示系统缺少缓冲区空间或某个队列已满；对于 bind，Microsoft 还指出连接过多也是原因之一。",
                ),
                advice: "请退避一段时间后重试：在资源释放之前无法创建套接字。关闭不再需要的套接字，并复用连接，而不是打开大量短连接。",
            },
            Explanation {
                happened: "此套接字上先前的同类操作仍在进行，通常是尚未完成的连接尝试。",
                linux: Some(
                    "在 Linux 上，当此套接字上先前的非阻塞 connect 尚未完成，或者（按 POSIX 的规定）被信号中断的 connect 仍在后台进行时，connect 会报告此错误；另一个 TCP Fast Open 正在进行时，send 也会报告它。",
                ),
                windows: Some(
                    "在 Windows 上，当此套接字上有非阻塞 connect 正在进行时，connect 会报告此错误。链接 Winsock.dll 或 Wsock32.dll 的 Windows Sockets 1.1 应用程序得到的则是 WSAEINVAL，而且 Microsoft 提醒，重复调用 connect 时返回的错误码因实现而异。",
                ),
                advice: "不要靠再次调用 connect 来查询结果。在 Linux 上，应等待 poll 或 select 报告套接字可写，再用 getsockopt 读取 SO_ERROR：值为 0 表示已连接，其他值即为失败原因。在 Windows 上，select 在 writefds 中报告成功、在 exceptfds 中报告失败（失败原因再读取 SO_ERROR 获得），也可以用 WSAEventSelect，由 FD_CONNECT 事件给出结果。",
            },
            Explanation {
                happened: "该调用需要已连接的套接字，而此套接字没有对端：它从未连接过，或其连接尝试已失败。",
                linux: Some(
                    "在 Linux 上，对未连接的面向连接套接字（例如 TCP）调用 recv 和 shutdown 会报告此错误；对未连接且未给出目标地址的套接字（例如 Unix 套接字）调用 send 也会报告它。不过，Linux 的 send 也可能改为报告 EPIPE（除非传入了 MSG_NOSIGNAL，否则还会产生 SIGPIPE），而没有对端地址的非面向连接套接字报告的是 EDESTADDRREQ。",
                ),
                windows: Some(
                    "在 Windows 上，对未连接的面向连接套接字调用 recv、send 和 shutdown 会报告此错误；对没有默认对端的数据报套接字调用 send 和 recv 也会报告它（此时仍可使用 sendto 和 recvfrom）。",
                ),
                advice: "请先调用 connect 连接套接字（或使用 accept 返回的套接字），或用 sendto 给出目标地址；非阻塞 connect 之后，应等待连接完成后再收发数据。",
            },
            Explanation {
                happened: "消息过长：面向消息的套接字无法一次完整地传送它。",
                linux: Some(
                    "在 Linux 上，当套接字类型要求消息以原子方式发送而消息太大时，send 会报告此错误，例如数据报超过了协议的大小上限，或数据报大于路径 MTU 且不允许分片。recv 不报告它：超过缓冲区的数据报会被截短，使用 MSG_TRUNC 标志可让 recv 返回其真实长度。",
                ),
                windows: Some(
                    "在 Windows 上，消息大于底层传输协议支持的最大值时 send 报告此错误，且不发送任何数据；数据报大于缓冲区时 recv 报告此错误：缓冲区中只有数据报的前一部分，对 UDP 而言其余部分会丢失，而可靠协议会保留其余部分，直到用足够大的缓冲区读取。",
                ),
                advice: "请发送更小的消息，例如拆分数据或改用流套接字。在 Linux 上，已连接的套接字可以通过 IP_MTU 选项读取当前的路径 MTU；在 Windows 上，用 getsockopt 读取 SO_MAX_MSG_SIZE 可得到服务提供者接受的最大消息，而 recv 需要不小于预期最大数据报的缓冲区。",
            },
            Explanation {
                happened: "传给该调用的描述符或句柄并不指向套接字。",
                linux: Some(
                    "在 Linux 上，该描述符是打开的，但指向其他类型的文件，例如普通文件、管道或终端，通常是因为把描述符编号与别的描述符搞混了（根本未打开的描述符报告的则是 EBADF）。",
                ),
                windows: Some(
                    "在 Windows 上，该句柄不指向有效的套接字，例如 socket 或 accept 失败时返回的 INVALID_SOCKET，或已经用 closesocket 关闭的套接字。由于 Windows 可能立即复用已关闭的句柄，使用已关闭的套接字并不一定会得到此错误：其句柄此时可能已指向另一个套接字。",
                ),
                advice: "请检查该值的来源，在使用 socket 和 accept 的结果之前先确认它们已成功，并且关闭套接字后绝不要再使用它。",
            },
            Explanation {
                happened: "对端未能及时应答，因此连接尝试或已建立的连接被放弃。",
                linux: Some(
                    "在 Linux 上，如果服务器始终没有应答连接请求，并且 tcp_syn_retries 规定的 SYN 重传次数已用尽（默认约 127 秒），connect 就会报告此错误：原因可能是主机已关闭、服务器过于繁忙，或数据包在途中丢失，例如被防火墙丢弃。在已建立的 TCP 连接上，如果对端不确认重传的数据、用 SO_KEEPALIVE 启用的保活（keep-alive）探测得不到应答，或 TCP_USER_TIMEOUT 到期，send 和 recv 就会报告它。在 Linux 上，SO_RCVTIMEO 和 SO_SNDTIMEO 从不导致此错误：它们到期时调用失败并报告 EAGAIN，connect 则报告 EINPROGRESS。",
                ),
                windows: Some(
                    "在 Windows 上，连接尝试超时仍未建立连接时 connect 报告此错误；连接因网络故障或对端停止响应而断开时 send 和 recv 报告此错误。连接一旦被视为断开，该套接字上之后的调用也会这样失败。阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，连接处于不确定状态，但 Microsoft 的文档没有说明此时返回哪个错误码。",
                ),
                advice: "请关闭套接字，检查网络路径和对端，然后重新连接，最好使用新的套接字：Linux 手册建议可移植的程序在 connect 失败后这样做，不过 Windows 允许在此错误之后对同一套接字再次调用 connect。在 Windows 上，阻塞的 recv 或 send 耗尽 SO_RCVTIMEO 或 SO_SNDTIMEO 超时后，也应关闭该套接字。",
            },
            Explanation {
                happened: "套接字类型不支持所请求的协议：两者不匹配。",
                linux: Some(
                    "在 Linux 上，把 Unix 套接字连接到另一种类型的套接字时（例如把数据报套接字连接到流套接字），connect 会报告此错误。",
                ),
                windows: Some(
                    "在 Windows 上，如果所请求的协议不具备该套接字类型的语义（例如 SOCK_STREAM 配 IPPROTO_UDP），socket 会报告此错误。",
                ),
                advice: "请传入相互匹配的类型和协议（协议传 0 即选用该类型的默认协议），并且只把 Unix 套接字连接到同类型的套接字。",
            },
            Explanation {
                happened: "套接字的类型或协议不支持该操作，或者不支持随调用传入的某个标志。",
                linux: Some(
                    "在 Linux 上，在类型不接受连接的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误；send 或 recv 使用了与套接字不相符的标志时也会报告此错误，例如在不支持带外数据的套接字上使用 MSG_OOB。accept 还可能以此错误转交某个传入 TCP 连接上的网络错误。",
                ),
                windows: Some(
                    "在 Windows 上，在不支持面向连接服务的套接字（例如数据报套接字）上调用 listen 或 accept 会报告此错误。send 和 recv 在以下情况下报告此错误：在非流式套接字或其通信域不支持带外数据的套接字上使用 MSG_OOB，或者在单向套接字所不支持的方向上收发；recv 在非阻塞套接字或数据报套接字上使用 MSG_WAITALL，或者把 MSG_WAITALL 与 MSG_OOB、MSG_PEEK 或 MSG_PARTIAL 一起使用时，也会报告此错误。",
                ),
                advice: "请使用面向连接的套接字（SOCK_STREAM）来 listen 和 accept，并且只使用该套接字支持的标志。在 Linux 上，如果 accept 在类型为 SOCK_STREAM 的监听套接字上报告此错误，出错的只是某一个传入连接：再次调用 accept 即可。",
            },
            Explanation {
                happened: "本地地址和端口已被占用，此套接字无法使用它们。",
                linux: Some(
                    "在 Linux 上，以下情况下 bind 会报告此错误：已有另一个套接字绑定在该地址上；绑定该地址的某个 TCP 套接字刚关闭不久（除非设置了 SO_REUSEADDR，该地址在一段时间内仍不可用）；Unix 套接字路径已经存在；或者请求端口 0 时已没有空闲的临时端口。当另一个套接字已在该端口上监听，或者未绑定的套接字找不到空闲的临时端口时，listen 会报告此错误；当套接字的本地地址已被使用时，connect 会报告此错误（connect 找不到空闲的临时端口时得到的是 EADDRNOTAVAIL）。",
                ),
                windows: Some(
                    "在 Windows 上，当已有另一个套接字绑定到相同的地址和端口，或者该地址上的某个套接字未被正确关闭或仍在关闭过程中时，bind 会报告此错误。对于绑定到通配地址（INADDR_ANY 或 in6addr_any）的套接字，listen 或 connect 可能要到确定具体地址时才报告此错误。",
                ),
                advice: "请停止占用该地址的程序，或改用其他端口。在 Linux 上，请在 bind 之前设置 SO_REUSEADDR，使重启后的服务器能立即重新绑定（只有先前的套接字也设置了该选项，Linux 才允许这样重用），并在绑定之前用 unlink 删除残留的 Unix 套接字文件。在 Windows 上，SO_REUSEADDR 并不能解决问题：它让套接字强行绑定到另一个套接字正在使用的端口，此后由哪个套接字处理传入连接将无法确定。",
            },
            Explanation {
                happened: "对端重置了连接：另一端突然关闭了连接，该连接已无法再传输数据。",
                linux: Some(
                    "在 Linux 上，连接被对端重置时 send 会报告此错误；在 Unix 套接字上，此错误表示另一端的套接字被意外关闭。",
                ),
                windows: Some(
                    "在 Windows 上，当远端强制关闭连接时，send、recv 和 shutdown 会报告此错误：通常是对端程序突然终止、对端主机重启、对端主机或其网络接口被停用，或者对端在启用 SO_LINGER 且超时为零的情况下关闭了套接字。保活（keep-alive）检测发现连接已断开之后的调用也会报告此错误。如果某个传入连接在被接受之前就被对端终止，accept 会报告此错误。如果先前发出的数据报引发了 ICMP 端口不可达消息，UDP 套接字上的 send 或 recv（recvfrom）也会报告此错误（Linux 对此报告 ECONNREFUSED）。",
                ),
                advice: "该连接已不能再用：请关闭套接字，必要时重新连接。在 Windows 上来自 accept 时，丢失的只是那一个传入连接：保留监听套接字，再次调用 accept 即可。在 Windows 上，用 WSAIoctl 把 UDP 套接字的 SIO_UDP_CONNRESET 控制码设为 FALSE 后，该套接字就不再报告此类错误。",
            },
            Explanation {
                happened: "无法从本机到达目标网络，连接尝试失败。",
                linux: Some(
                    "在 Linux 上，当路由表中没有通往目标网络的路由时，connect 会报告此错误，例如目标地址不在本地网络中而又没有默认路由，或者目标是 IPv6 地址而没有 IPv6 路由。",
                ),
                windows: Some(
                    "在 Windows 上，当此时无法到达该网络时，connect 会报告此错误，通常是因为本机软件不知道通往远程主机的路由。",
                ),
                advice: "请检查地址、路由表（在 Linux 上可用 ip route 查看）和网络连接；只有在路由存在之后，重试才有意义。届时再调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。",
            },
            Explanation {
                happened: "操作此时无法完成，调用没有等待而是直接返回了：这并不是失败。",
                linux: Some(
                    "在 Linux 上，EWOULDBLOCK 在所有架构上都与 EAGAIN 的值相同，因此该值报告为 EAGAIN。在非阻塞套接字上，如果没有可接受的连接、没有可读的数据或没有空间可供发送，accept、send 和 recv 会返回它；在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时已到而尚未传输任何数据，它们也会返回它；非阻塞的 Unix 套接字无法立即连接时，connect 也会返回它。",
                ),
                windows: Some(
                    "在 Windows 上，如果非阻塞套接字上没有可接受的连接、没有可读的数据或没有缓冲区空间可供发送，accept、send 和 recv 会报告此错误。对于非阻塞套接字，连接尝试一旦开始，connect 就会报告此错误，因为建立连接需要时间。对于启用了 SO_LINGER 且超时非零的非阻塞套接字，如果关闭无法立即完成，closesocket 会报告此错误：套接字仍然打开，也不会开始断开连接。",
                ),
                advice: "请等待 select（在 Linux 上也可用 poll）报告套接字就绪，然后再次调用。在 Windows 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 WSAEALREADY，成功之后会得到 WSAEISCONN）：连接成功时 select 会报告套接字可写，失败时会把它放入异常集合，此时用 getsockopt 读取 SO_ERROR 即可得到原因。在 Windows 上调用 closesocket 之后，请再次调用 closesocket，或者在关闭之前先停用 SO_LINGER。",
            },
            Explanation {
                happened: "某个操作仍在进行中，因此本次调用没有立即完成。",
                linux: Some(
                    "在 Linux 上，当套接字是非阻塞的（或其 SO_SNDTIMEO 超时已到），且连接已开始建立但尚未完成时，connect 会报告此错误，连接会在后台继续进行（Unix 套接字报告的是 EAGAIN）。使用 MSG_FASTOPEN 的 send 或 sendto 在本地没有 TCP Fast Open cookie 时也会报告此错误：此时已发出一个请求 cookie 的 SYN，数据需要在套接字连接之后重新发送。",
                ),
                windows: Some(
                    "在 Windows 上，它表示本线程中仍有一个阻塞的 Winsock 1.1 调用在执行，或者服务提供者仍在处理回调函数：每个线程同时只能有一个未完成的阻塞调用，因此在此期间，任何 Winsock 调用（无论针对哪个套接字）都会这样失败。Windows 上非阻塞的 connect 报告的是 WSAEWOULDBLOCK。",
                ),
                advice: "在 Linux 上调用 connect 之后，不要再次调用 connect（连接尝试未完成时会得到 EALREADY）：请等待 poll 或 select 报告套接字可写，然后用 getsockopt 读取 SO_ERROR：为零表示已连接，否则就是导致连接失败的错误。使用 MSG_FASTOPEN 发送之后，请在连接建立后重新发送数据。在 Windows 上，请先让正在执行的调用完成，再发起其他调用。",
            },
            Explanation {
                happened: "目标拒绝了请求：通常是该地址和端口上没有程序在监听，因为服务未运行，或者在其他地方监听。",
                linux: Some(
                    "在 Linux 上，如果流套接字的远程地址上没有程序在监听，connect 会报告此错误；Unix 套接字连接的路径不是监听套接字或根本不是套接字时，connect 也会报告此错误。UDP 套接字上的 recv 可能报告此错误，表示先前从该套接字发出的某个数据报在目的地没有接收方。",
                ),
                windows: Some(
                    "在 Windows 上，当目标计算机主动拒绝连接时，connect 会报告此错误：通常是目标上没有运行服务器程序，或者监听方的待处理连接队列已满。对于没有接收方的 UDP 数据报，Windows 报告的是 WSAECONNRESET，而不是此错误。",
                ),
                advice: "请确认服务器正在运行、地址和端口正确，然后重新调用 connect：Windows 允许在同一个套接字上这样做，但可移植的代码应关闭该套接字并使用新的套接字。",
            },
            Explanation {
                happened: "连接被中止，已经丢失。",
                linux: Some(
                    "在 Linux 上，如果某个传入连接在 accept 调用期间被关闭（中止），accept 会报告此错误；丢失的只是那一个连接（对于在被接受之前就被对端终止的连接，Windows 报告的是 WSAECONNRESET）。",
                ),
                windows: Some(
                    "在 Windows 上，如果本机上的软件中止了一个已建立的连接（例如在数据传输超时或协议错误之后），send、recv 和 shutdown 会报告此错误。",
                ),
                advice: "在 Linux 上来自 accept 时，请保留监听套接字，再次调用 accept。在 Windows 上来自 send、recv 或 shutdown 时，该套接字已不可再用：请关闭它，必要时重新连接。",
            },
            Explanation {
                happened: "不支持该地址族：本系统、所请求的协议或传入地址的那个套接字不支持它。",
                linux: Some(
                    "在 Linux 上，当本系统不支持所请求的地址族时，socket 会报告此错误；当传入的地址与套接字属于不同的地址族（sa_family）时，例如把 IPv6 地址传给 IPv4 套接字，connect 会报告此错误。",
                ),
                windows: Some(
                    "在 Windows 上，当此处不支持该地址族时（例如该地址族的 Windows Sockets 服务提供者未安装），或者所请求的协议与该地址族不符时，socket 会报告此错误；当该地址族的地址不能用于该套接字时，connect 会报告此错误。",
                ),
                advice: "请按将要使用的地址的地址族创建套接字，例如采用 getaddrinfo 结果中的 ai_family，并且只向它传入该地址族的地址。",
            },
            Explanation {
                happened: "该地址在此上下文中不可用。来自 bind 时，它不是本机的地址：可能是输入错误、用了另一台机器的地址，或者该地址尚未（或已不再）分配给本机。",
                linux: Some(
                    "在 Linux 上，请求了不存在的接口时，bind 也会报告此错误；没有空闲的本地临时端口可供该连接使用时（其范围由 ip_local_port_range 设定），connect 会报告此错误。",
                ),
                windows: Some(
                    "在 Windows 上，当远程地址或端口对远程计算机无效时，例如全零地址（INADDR_ANY 或 in6addr_any）或端口 0，connect 会报告此错误。",
                ),
                advice: "请绑定到本机拥有的地址或通配地址，并检查目标地址和端口。在 Linux 上，临时端口耗尽时，请复用连接或扩大 ip_local_port_range。",
            },
            Explanation {
                happened: "socket 调用请求的协议在该地址族和套接字类型下不受支持。",
                linux: Some(
                    "在 Linux 上，当协议类型或所请求的协议在该地址族内不受支持时，socket 会报告此错误，例如为 AF_INET 的 SOCK_DGRAM 套接字指定 IPPROTO_TCP。",
                ),
                windows: Some(
                    "在 Windows 上，当该协议未在系统中配置或不存在其实现时，socket 会报告此错误，例如为 SOCK_DGRAM 套接字指定流式协议。",
                ),
                advice: "请把协议设为 0 以使用该类型的默认协议，或者传入与类型匹配的协议（SOCK_STREAM 用 IPPROTO_TCP，SOCK_DGRAM 用 IPPROTO_UDP）。",
            },
            Explanation {
                happened: "close 报告了 I/O 错误：之前通过该描述符写入的数据可能没有到达文件系统或设备。",
                linux: Some(
                    "在 Linux 上，close(2) 没有给出套接字特有的原因：内核在 close 的早期就释放描述符，之后才执行仍可能失败的步骤（例如把已写入的数据刷新到文件系统或设备），因此即使 close 报告了错误，描述符也已释放。",
                ),
                windows: None,
                advice: "不要再次调用 close：这可能关闭另一个线程刚以相同编号获得的描述符。应把之前写入的数据视为可能已丢失，如有必要重新写入。",
            },
            Explanation {
                happened: "send 失败，因为该套接字无法发送数据：其连接的写方向已关闭，或者它根本没有连接。除非传入了 MSG_NOSIGNAL，进程还会收到 SIGPIPE，其默认动作是终止进程；因此在未传入 MSG_NOSIGNAL 时，只有当 SIGPIPE 被忽略、阻塞或捕获时，程序才会看到 EPIPE。",
                linux: Some(
                    "在 Linux 上，常见原因是本端已关闭写方向（以 SHUT_WR 或 SHUT_RDWR 调用 shutdown），或对端已关闭连接；对于未连接的套接字，Linux 也可能返回 EPIPE 而不是 ENOTCONN。",
                ),
                windows: None,
                advice: "应在每次 send 时传入 MSG_NOSIGNAL（或忽略 SIGPIPE，但这会影响进程中的所有线程），然后把 EPIPE 视为连接结束：停止发送并关闭套接字。对于从未连接过的套接字，应先调用 connect 再发送。",
            },
            Explanation {
                happened: "调用未被允许：connect 无法建立连接，或 accept 无法接受传入的连接。",
                linux: Some(
                    "在 Linux 上，connect 在以下情况下报告该错误：本地防火墙规则使连接请求失败，或者目标是广播地址而套接字未设置 SO_BROADCAST 标志（这两种情况下 connect 也可能报告 EACCES）；accept 在防火墙规则禁止传入连接时报告该错误。",
                ),
                windows: None,
                advice: "应检查针对该地址和端口的本地防火墙规则：在规则改变之前，同样的连接会一直失败。若要把数据报套接字连接到广播地址，应先用 setsockopt 设置 SO_BROADCAST。",
            },
            Explanation {
                happened: "bind 无法创建 Unix 套接字的文件，因为其路径位于只读文件系统上。",
                linux: Some(
                    "在 Linux 上，路径名 Unix 套接字的文件由 bind 在文件系统中创建；当该路径所在的文件系统以只读方式挂载时，创建就会失败。",
                ),
                windows: None,
                advice: "应绑定到可写文件系统上的路径，例如 /tmp（临时文件）或 /run（系统的运行时文件）下，或使用抽象套接字地址：这是 Linux 的扩展，其名字以空字节开头，与文件系统无关。",
            },
            Explanation {
                happened: "传给该调用的某个描述符不是有效的已打开文件描述符。",
                linux: Some(
                    "在 Linux 上，常见原因是：描述符已被关闭（重复关闭，或在另一个线程关闭后仍在使用），从未打开过（socket 或 accept 调用失败时返回的 -1），或与其他值混淆了；对于通过 Unix 套接字以 SCM_RIGHTS 传递描述符的 send（sendmsg），则是被传递的某个描述符无效。",
                ),
                windows: None,
                advice: "这是调用代码的缺陷：应找出描述符在何处被关闭或丢失。以 EBADF 失败的 close 并未关闭任何东西，因此不要重试；还应避免重复关闭，因为该编号可能已属于另一个线程打开的文件。",
            },
            Explanation {
                happened: "bind 在解析 Unix 套接字路径时遇到了过多的符号链接。",
                linux: Some(
                    "在 Linux 上，解析一条路径时最多跟随 40 个符号链接，因此该错误说明这些链接构成了循环（例如指向自身的链接），或者链接链过长。",
                ),
                windows: None,
                advice: "应检查路径上的符号链接，并绑定到不含循环或链接更少的路径。",
            },
            Explanation {
                happened: "close 报告：之前通过该描述符写入的数据因超出磁盘配额而无法保存。",
                linux: Some(
                    "在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次超出配额的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。",
                ),
                windows: None,
                advice: "描述符无论如何都已释放，因此不要再次调用 close；应释放空间或提高配额，然后重新写入数据。",
            },
            Explanation {
                happened: "close 报告：之前通过该描述符写入的数据因文件系统空间已满而无法保存。",
                linux: Some(
                    "在 Linux 上，close(2) 针对 NFS 描述了这种情况：在 NFS 上，该错误通常不是由第一次空间不足的写入报告，而是由之后的 write、fsync 或 close 报告；这是文件系统的错误，close(2) 没有给出它在套接字上的原因。",
                ),
                windows: None,
                advice: "描述符无论如何都已释放，因此不要再次调用 close；应释放空间，然后重新写入数据。",
            },
            Explanation {
                happened: "Unix 套接字路径中的某个目录不存在，因此 bind 无法创建套接字文件。",
                linux: Some(
                    "在 Linux 上，解析路径时，套接字路径的目录前缀中有某个组件未找到；相对路径从进程的当前工作目录开始解析。",
                ),
                windows: None,
                advice: "应先创建缺失的目录，或修正路径（对于相对路径，应检查当前工作目录）。",
            },
            Explanation {
                happened: "内核无法分配该调用所需的内存。",
                linux: Some(
                    "在 Linux 上，对于 IP 套接字和 accept，这往往是因为内存分配受到套接字缓冲区上限的限制，而不是系统内存不足，但并非总是如此。",
                ),
                windows: None,
                advice: "应在资源释放后重试；减少套接字数量或其中缓冲的数据量，或提高套接字缓冲区上限。",
            },
            Explanation {
                happened: "整个系统打开的文件数已达上限，因此无法创建新的套接字。",
                linux: Some(
                    "在 Linux 上，这一上限由 /proc/sys/fs/file-max 设定，对所有进程合计生效，与本进程自身的上限（RLIMIT_NOFILE，超过该上限时得到的是 EMFILE）无关。",
                ),
                windows: None,
                advice: "应关闭本进程和其他进程中的描述符、查找泄漏，或提高 /proc/sys/fs/file-max 中的系统级上限。不要在循环中不加等待地反复重试 socket 或 accept：应等到有描述符释放。",
            },
            Explanation {
                happened: "在 accept 返回某个传入连接之前，该连接上发生了协议错误。",
                linux: Some(
                    "在 Linux 上，accept 会把新套接字上已挂起的网络错误作为自身的错误返回，对 TCP/IP 而言 EPROTO 就是其中之一；受影响的只是这个连接，而不是监听套接字。",
                ),
                windows: None,
                advice: "应保留监听套接字，像处理 EAGAIN 一样再次调用 accept。",
            },
            Explanation {
                happened: "调用现在无法完成，因为它所需的某项资源暂时不可用（EWOULDBLOCK 是同一个值）。",
                linux: Some(
                    "通常是套接字处于非阻塞模式，或者 send、recv 调用带有 MSG_DONTWAIT 标志，而此时没有可接受的连接、没有可读的数据或发送缓冲区已满。在阻塞套接字上，如果 SO_RCVTIMEO 或 SO_SNDTIMEO 超时到期时还没有传输任何数据，accept、recv 和 send 也会报告此错误。在尚未绑定的 UDP 套接字上发送时，若没有空闲的临时端口也会报告它（IP 套接字上的 connect 对此报告 EADDRNOTAVAIL）。对 connect 而言，它表示非阻塞的 Unix 域套接字无法立即连接，或者在其他地址族中路由缓存条目不足；这次连接尝试已经失败，而不是已经开始。",
                ),
                windows: None,
                advice: "对非阻塞套接字或带 MSG_DONTWAIT 的调用，请等 poll 或 select 报告套接字就绪后再调用。如果是没有空闲的临时端口，请关闭不再使用的套接字，或扩大 ip_local_port_range。connect 返回 EAGAIN 后，请稍后重试，可移植的代码应改用新的套接字，因为 connect 失败后套接字的状态是不确定的。",
            },
            Explanation {
                happened: "bind 无法解析 Unix 套接字路径：其目录前缀中有一个组件存在，但不是目录。",
                linux: Some(
                    "Linux 逐个组件解析路径，最后一个组件之前的每个组件都必须是目录或指向目录的符号链接；这里有一个组件是文件或其他非目录项，或者是指向非目录项的符号链接。",
                ),
                windows: None,
                advice: "请修正路径，使最后一个组件之前的每个组件都是目录。",
            },
            Explanation {
                happened: "bind 无法解析 Unix 套接字路径，因为路径中的某个名称过长，或者其中的符号链接解析出的路径过长。",
                linux: Some(
                    "在 Linux 上，这个错误来自路径解析：路径中的某个文件名超出了文件系统允许的长度，或者路径中的某个符号链接指向这样的名称，或使解析后的路径过长。原因不在于 sun_path 的大小（在 Linux 上为 108 字节）：更长的路径放不进地址结构，bind 会以 EINVAL 拒绝超出该结构长度的地址。",
                ),
                windows: None,
                advice: "请缩短过长的名称或修正指向它的符号链接，或者绑定到一个不经过这类链接的路径。",
            },
            Explanation {
                happened: "套接字未连接，也没有给出目标地址，数据无处可发。",
                linux: Some(
                    "常见原因是对数据报套接字（它不是连接模式的套接字）使用了 send 而不是 sendto，而此前也没有用 connect 为它设定默认对端。",
                ),
                windows: None,
                advice: "请用 sendto 传入目标地址，或者先用 connect 为套接字设定默认对端。",
            },
            Explanation {
                happened: "网络子系统发生故障；问题不在调用本身及其参数。",
                linux: None,
                windows: Some(
                    "Winsock 底层的协议栈、网络接口或本地网络本身无法工作。对 socket 调用而言，也可能是相关的服务提供者出错。",
                ),
                advice: "请检查网络适配器、其驱动程序和网络连接；对 socket，还要检查已安装的服务提供者（可用 netsh winsock show catalog 列出）。网络恢复后，稍后重试可能成功。",
            },
            Explanation {
                happened: "该套接字的这个方向已经用 shutdown 关闭，因此发送或接收被拒绝。",
                linux: None,
                windows: Some(
                    "以 SD_SEND 或 SD_BOTH 调用 shutdown 之后再调用 send，或以 SD_RECEIVE 或 SD_BOTH 调用 shutdown 之后再调用 recv，都会报告此错误：这说明程序的调用顺序有误。",
                ),
                advice: "不要在已关闭的方向上发送或接收，因为在这个连接上无法重新启用该方向；用完后用 closesocket 关闭套接字。",
            },
            Explanation {
                happened: "没有通往远程主机的路由：connect 或 send 的目标主机此时无法从本机到达。",
                linux: None,
                windows: Some(
                    "通常是系统不知道通往该主机的路由，与 ENETUNREACH 类似，只是针对单个主机而不是整个网络。",
                ),
                advice: "请检查地址、路由表和默认网关，并确认该主机已开机并接入网络；待主机可以到达后重试，connect 失败后应使用新的套接字。",
            },
            Explanation {
                happened: "本进程中的 Winsock 未初始化：当前没有生效的成功 WSAStartup 调用，而套接字调用需要它。",
                linux: None,
                windows: Some(
                    "从未调用 WSAStartup 或调用失败，或者此后调用 WSACleanup 的次数已与 WSAStartup 成功的次数相同（例如由另一个库调用），从而释放了 Winsock。也可能是程序使用了另一个任务（进程）所拥有的套接字，即在任务之间共享了套接字。",
                ),
                advice: "请在第一次套接字调用之前成功调用 WSAStartup，并为每次成功的 WSAStartup 恰好调用一次 WSACleanup，且只在相应代码不再使用套接字时调用。",
            },
            Explanation {
                happened: "该地址族不支持所请求的套接字类型。",
                linux: None,
                windows: Some(
                    "常见情况是请求了 SOCK_RAW 这类可选类型，而该地址族的服务提供者根本不支持这种套接字。",
                ),
                advice: "请使用该地址族提供的类型（AF_INET 和 AF_INET6 可用 SOCK_STREAM 或 SOCK_DGRAM）；netsh winsock show catalog 会列出已安装的服务提供者及其支持的地址族、套接字类型和协议。",
            },
            Explanation {
                happened: "某个 Winsock 服务提供者报告的版本不是 2.2，因此 socket 无法使用它。",
                linux: None,
                windows: Some(
                    "Winsock 目录中有无效的服务提供者，例如其他网络软件添加的分层服务提供者（LSP）。",
                ),
                advice: "请用 netsh winsock show catalog 列出服务提供者，然后更新或卸载添加了无效服务提供者的软件，或者用 netsh winsock reset 重置目录，该命令会移除后来添加的分层服务提供者。",
            },
            Explanation {
                happened: "某个 Winsock 服务提供者从 WSPStartup 返回了无效或不完整的过程表，因此无法创建套接字。",
                linux: None,
                windows: Some(
                    "Ws2_32.dll 收到的过程表是无效的，通常是因为其中一个或多个函数指针为空：Winsock 目录中安装的这个服务提供者已损坏。",
                ),
                advice: "请更新或卸载安装该服务提供者的软件（netsh winsock show catalog 可列出服务提供者），或者用 netsh winsock reset 重置 Winsock 目录，该命令会移除后来添加的分层服务提供者。",
            },
            Explanation {
                happened: "某个 Winsock 服务提供者无法加载或初始化，因此无法创建套接字。",
                linux: None,
                windows: Some(
                    "它的 DLL 加载失败，或者它的 WSPStartup（命名空间提供者则为 NSPStartup）失败，通常是因为分层服务提供者（LSP）或命名空间提供者安装不正确或无法正常工作。",
                ),
                advice: "请修复或卸载安装它的软件（netsh winsock show catalog 可列出服务提供者）；netsh winsock reset 会移除后来添加的分层服务提供者，但不会改动命名空间提供者。",
            },
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
    /// Linux's own message for this code's value, in English, as glibc's `strerror` writes it;
    /// `None` when Linux does not report the code.
    ///
    /// Source: glibc 2.36 strerror (Debian 12 libc6 2.36-9+deb12u14), read with strerror in the C locale.
    #[must_use]
    pub const fn errno_message(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
            Some("Interrupted system call"),
            Some("Permission denied"),
            Some("Bad address"),
            Some("Invalid argument"),
            Some("Too many open files"),
            Some("Transport endpoint is already connected"),
            Some("No buffer space available"),
            Some("Operation already in progress"),
            Some("Transport endpoint is not connected"),
            Some("Message too long"),
            Some("Socket operation on non-socket"),
            Some("Connection timed out"),
            Some("Protocol wrong type for socket"),
            Some("Operation not supported"),
            Some("Address already in use"),
            Some("Connection reset by peer"),
            Some("Network is unreachable"),
            Some("Resource temporarily unavailable"),
            Some("Operation now in progress"),
            Some("Connection refused"),
            Some("Software caused connection abort"),
            Some("Address family not supported by protocol"),
            Some("Cannot assign requested address"),
            Some("Protocol not supported"),
            Some("Input/output error"),
            Some("Broken pipe"),
            Some("Operation not permitted"),
            Some("Read-only file system"),
            Some("Bad file descriptor"),
            Some("Too many levels of symbolic links"),
            Some("Disk quota exceeded"),
            Some("No space left on device"),
            Some("No such file or directory"),
            Some("Cannot allocate memory"),
            Some("Too many open files in system"),
            Some("Protocol error"),
            Some("Resource temporarily unavailable"),
            Some("Not a directory"),
            Some("File name too long"),
            Some("Destination address required"),
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
    /// Linux's own message for this code's value, in Chinese, where the spec has
    /// its exact text; `None` otherwise.
    ///
    /// Source: glibc 2.36 zh_CN message catalogue, /usr/share/locale/zh_CN/LC_MESSAGES/libc.mo of Debian 12 libc-l10n 2.36-9+deb12u14.
    #[must_use]
    pub const fn errno_message_zh(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
            Some("被中断的系统调用"),
            Some("权限不够"),
            Some("错误的地址"),
            Some("无效的参数"),
            Some("打开的文件过多"),
            Some("传输端点已连接"),
            Some("没有可用的缓冲区空间"),
            Some("操作已经在进行"),
            Some("传输端点尚未连接"),
            Some("消息过长"),
            Some("对非套接字进行套接字操作"),
            Some("连接超时"),
            Some("错误的 socket 协议类型"),
            Some("不支持的操作"),
            Some("地址已在使用"),
            Some("连接被对方重设"),
            Some("网络不可达"),
            Some("资源暂时不可用"),
            Some("操作现在正在进行"),
            Some("拒绝连接"),
            Some("由软件导致的连接断开"),
            Some("协议不支持的地址族"),
            Some("无法指定被请求的地址"),
            Some("不支持的协议"),
            Some("输入/输出错误"),
            Some("断开的管道"),
            Some("不允许的操作"),
            Some("只读文件系统"),
            Some("错误的文件描述符"),
            Some("符号连接的层数过多"),
            Some("超出磁盘限额"),
            Some("设备上没有空间"),
            Some("没有那个文件或目录"),
            Some("无法分配内存"),
            Some("系统中打开的文件过多"),
            Some("协议错误"),
            Some("资源暂时不可用"),
            Some("不是目录"),
            Some("文件名过长"),
            Some("需要目标地址"),
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
    /// Windows's own message for this code's value, in English, as Windows' `FormatMessage` writes it;
    /// `None` when Windows does not report the code.
    ///
    /// Source: Windows SDK 10.0.22000.196 winerror.h, the MessageText of each WSA code (as vendored in marlersoft/microsoft_windows_sdk_cpp at 16b53593a29860fea1706e7a862b2145c0f1b6ee, shared/winerror.h).
    #[must_use]
    pub const fn wsa_message(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
            Some(
                "A blocking operation was interrupted by a call to WSACancelBlockingCall.",
            ),
            Some(
                "An attempt was made to access a socket in a way forbidden by its access permissions.",
            ),
            Some(
                "The system detected an invalid pointer address in attempting to use a pointer argument in a call.",
            ),
            Some("An invalid argument was supplied."),
            Some("Too many open sockets."),
            Some("A connect request was made on an already connected socket."),
            Some(
                "An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.",
            ),
            Some(
                "An operation was attempted on a non-blocking socket that already had an operation in progress.",
            ),
            Some(
                "A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.",
            ),
            Some(
                "A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.",
            ),
            Some("An operation was attempted on something that is not a socket."),
            Some(
                "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
            ),
            Some(
                "A protocol was specified in the socket function call that does not support the semantics of the socket type requested.",
            ),
            Some(
                "The attempted operation is not supported for the type of object referenced.",
            ),
            Some(
                "Only one usage of each socket address (protocol/network address/port) is normally permitted.",
            ),
            Some("An existing connection was forcibly closed by the remote host."),
            Some("A socket operation was attempted to an unreachable network."),
            Some("A non-blocking socket operation could not be completed immediately."),
            Some("A blocking operation is currently executing."),
            Some(
                "No connection could be made because the target machine actively refused it.",
            ),
            Some(
                "An established connection was aborted by the software in your host machine.",
            ),
            Some("An address incompatible with the requested protocol was used."),
            Some("The requested address is not valid in its context."),
            Some(
                "The requested protocol has not been configured into the system, or no implementation for it exists.",
            ),
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
            Some("A socket operation encountered a dead network."),
            Some(
                "A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call.",
            ),
            Some("A socket operation was attempted to an unreachable host."),
            Some(
                "Either the application has not called WSAStartup, or WSAStartup failed.",
            ),
            Some(
                "The support for the specified socket type does not exist in this address family.",
            ),
            Some("The requested service provider is invalid."),
            Some("The procedure call table is invalid."),
            Some("The requested service provider could not be loaded or initialized."),
        ];
        TABLE[self as usize]
    }
    /// Windows's own message for this code's value, in Chinese, where the spec has
    /// its exact text; `None` otherwise.
    ///
    /// The spec has none.
    #[must_use]
    pub const fn wsa_message_zh(self) -> Option<&'static str> {
        const TABLE: [Option<&str>; 48] = [
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
