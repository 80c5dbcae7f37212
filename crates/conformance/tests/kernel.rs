//! Live conformance: real socket calls on this machine's kernel fail, and the
//! generated crate decodes each failure to the documented code, for an
//! operation the spec lists.
//!
//! Only loopback, Unix-domain sockets and socket pairs; nothing is sent to any
//! other address (binding to a TEST-NET address sends nothing). No fixed
//! ports, no reused descriptor numbers, temporary paths removed on drop.
//! The codes that cannot be provoked here are listed, with reasons, in this
//! crate's README; `readme_accounts_for_every_code` keeps that table whole.
#![cfg(target_os = "linux")]
#![allow(unsafe_code)] // EFAULT needs a bad pointer, and close() a descriptor std cannot name.

use std::fs;
use std::io;
use std::mem::MaybeUninit;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::process::Command;
use std::time::Duration;

use conformance::{Outcome, assert_reports, check_error};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use test_support::proofs;
use test_support::runner::run_within;
use wmkc_net_err::{NetError, Operation, Platform};

fn loopback(port: u16) -> SockAddr {
    SockAddr::from(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port))
}

fn tcp() -> Socket {
    Socket::new(Domain::IPV4, Type::STREAM, None).expect("a TCP socket")
}

fn udp() -> Socket {
    Socket::new(Domain::IPV4, Type::DGRAM, None).expect("a UDP socket")
}

/// A TCP socket bound to a fresh loopback port, not yet listening.
fn bound_tcp() -> (Socket, SockAddr) {
    let socket = tcp();
    socket.bind(&loopback(0)).expect("bind to 127.0.0.1:0");
    let addr = socket.local_addr().expect("local address");
    (socket, addr)
}

fn listener(backlog: i32) -> (Socket, SockAddr) {
    let (socket, addr) = bound_tcp();
    socket.listen(backlog).expect("listen");
    (socket, addr)
}

/// A connected loopback TCP pair: (client, accepted server side).
fn tcp_pair() -> (Socket, Socket) {
    let (listener, addr) = listener(1);
    let client = tcp();
    client.connect(&addr).expect("connect on loopback");
    let (server, _) = listener.accept().expect("accept");
    (client, server)
}

fn recv(socket: &Socket) -> io::Result<usize> {
    let mut buffer = [MaybeUninit::<u8>::uninit(); 64];
    socket.recv(&mut buffer)
}

fn unix_bind(path: &std::path::Path) -> io::Result<()> {
    let socket = Socket::new(Domain::UNIX, Type::STREAM, None)?;
    socket.bind(&SockAddr::unix(path)?)
}

/// A scenario this machine cannot run: `NOT RUN: …`, or a failure under
/// `WMKC_REQUIRE_PROOFS` (as `.ci/run` sets it).
fn not_run(code: NetError, reason: &str) {
    proofs::not_run(&format!(
        "{} cannot be provoked on this machine: {reason}",
        code.code()
    ));
}

/// The longest a `provoke` scenario may take before it counts as hung.
const PROVOKE_TIMEOUT: Duration = Duration::from_secs(60);

/// Runs a `provoke` scenario in its own process and checks that `operation`
/// (and no other call of the scenario) failed with `expected`.
fn provoke(expected: NetError, operation: Operation, args: &[&str]) {
    // `.ci/run` points CONFORMANCE_PROVOKE at a copy an unprivileged user can reach.
    let helper = std::env::var_os("CONFORMANCE_PROVOKE")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_provoke").into());
    let output = run_within(Command::new(helper).args(args), PROVOKE_TIMEOUT);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or_default();
    match Outcome::parse(line) {
        Some(Outcome::Failed(failed, errno)) => {
            assert_eq!(
                failed, operation,
                "provoke {args:?}: `{failed}` failed (errno {errno}) before `{operation}` was reached"
            );
            check_error(expected, operation, &io::Error::from_raw_os_error(errno));
        }
        Some(Outcome::Unavailable(reason)) => not_run(expected, &reason),
        other => panic!(
            "provoke {args:?}: expected {} from `{operation}` but got {other:?} ({})",
            expected.code(),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

#[test]
fn host_decodes_linux_errno() {
    // Everything below relies on the host using the generic errno table.
    assert_eq!(
        Platform::host(),
        Some(Platform::Linux),
        "these tests need x86-64/aarch64-style errno numbers"
    );
}

#[test]
fn econnrefused_from_connect_to_a_port_nobody_listens_on() {
    // The port stays bound (not listening), so no other test can take it meanwhile.
    let (_bound, addr) = bound_tcp();
    assert_reports(
        NetError::ECONNREFUSED,
        Operation::Connect,
        tcp().connect(&addr),
    );
}

#[test]
fn eaddrinuse_from_bind_to_a_listening_address() {
    let (_listener, addr) = listener(1);
    assert_reports(NetError::EADDRINUSE, Operation::Bind, tcp().bind(&addr));
}

#[test]
fn eaddrnotavail_from_bind_to_an_address_the_host_lacks() {
    // 192.0.2.1 is TEST-NET-1, never assigned to a host; bind sends nothing.
    let addr = SockAddr::from(SocketAddrV4::new(Ipv4Addr::new(192, 0, 2, 1), 0));
    assert_reports(NetError::EADDRNOTAVAIL, Operation::Bind, tcp().bind(&addr));
}

#[test]
fn eagain_from_accept_and_recv_on_non_blocking_sockets() {
    let (listener, _) = listener(1);
    listener.set_nonblocking(true).expect("non-blocking");
    assert_reports(NetError::EAGAIN, Operation::Accept, listener.accept());

    let (left, _right) = Socket::pair(Domain::UNIX, Type::STREAM, None).expect("socketpair");
    left.set_nonblocking(true).expect("non-blocking");
    assert_reports(NetError::EAGAIN, Operation::Recv, recv(&left));
    // EWOULDBLOCK is the same number on Linux: it decodes as EAGAIN, as the spec declares.
    assert_eq!(NetError::EWOULDBLOCK.errno(), Some(libc::EWOULDBLOCK));
}

#[test]
fn eagain_from_send_on_a_full_non_blocking_socket() {
    let (left, _right) = Socket::pair(Domain::UNIX, Type::STREAM, None).expect("socketpair");
    left.set_nonblocking(true).expect("non-blocking");
    let chunk = [0u8; 65536];
    let result = (0..10_000)
        .map(|_| left.send(&chunk))
        .find(Result::is_err)
        .expect("the buffer fills up");
    assert_reports(NetError::EAGAIN, Operation::Send, result);
}

#[test]
fn einprogress_then_ealready_from_connect_to_a_full_backlog() {
    // A listener that never accepts, with its one backlog slot taken: the next
    // SYN is dropped, so a non-blocking connect stays in progress.
    let (_listener, addr) = listener(0);
    let first = tcp();
    first.connect(&addr).expect("the backlog slot");
    let waiting = tcp();
    waiting.set_nonblocking(true).expect("non-blocking");
    assert_reports(
        NetError::EINPROGRESS,
        Operation::Connect,
        waiting.connect(&addr),
    );
    assert_reports(
        NetError::EALREADY,
        Operation::Connect,
        waiting.connect(&addr),
    );
}

#[test]
fn etimedout_from_connect_whose_syn_is_never_answered() {
    let (_listener, addr) = listener(0);
    let first = tcp();
    first.connect(&addr).expect("the backlog slot");
    let waiting = tcp();
    // One SYN retry: connect gives up after about three seconds.
    let syncnt: libc::c_int = 1;
    // SAFETY: setsockopt reads a c_int of the size given, on a socket this test owns.
    let set = unsafe {
        libc::setsockopt(
            waiting.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_SYNCNT,
            (&raw const syncnt).cast(),
            size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    assert_eq!(set, 0, "TCP_SYNCNT: {}", io::Error::last_os_error());
    assert_reports(
        NetError::ETIMEDOUT,
        Operation::Connect,
        waiting.connect(&addr),
    );
}

#[test]
fn eisconn_from_connect_on_a_connected_socket() {
    let (client, server) = tcp_pair();
    let peer = server.local_addr().expect("address");
    assert_reports(NetError::EISCONN, Operation::Connect, client.connect(&peer));
}

#[test]
fn enotconn_from_shutdown_and_recv_on_an_unconnected_socket() {
    assert_reports(
        NetError::ENOTCONN,
        Operation::Shutdown,
        tcp().shutdown(std::net::Shutdown::Both),
    );
    assert_reports(NetError::ENOTCONN, Operation::Recv, recv(&tcp()));
}

#[test]
fn epipe_from_send_after_the_peer_closed() {
    let (left, right) = Socket::pair(Domain::UNIX, Type::STREAM, None).expect("socketpair");
    drop(right);
    // socket2 sends with MSG_NOSIGNAL, so no SIGPIPE reaches the test process.
    assert_reports(NetError::EPIPE, Operation::Send, left.send(b"x"));
}

#[test]
fn econnreset_from_recv_after_the_peer_reset() {
    let (client, server) = tcp_pair();
    server
        .set_linger(Some(Duration::ZERO))
        .expect("SO_LINGER 0");
    drop(server); // close with linger 0 sends RST over loopback
    client
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    assert_reports(NetError::ECONNRESET, Operation::Recv, recv(&client));
}

#[test]
fn ebadf_from_calls_on_an_invalid_descriptor() {
    // -1 is never a descriptor, so no other thread's descriptor can be hit.
    // SAFETY: close and listen on -1 touch no memory and fail with EBADF.
    let closed = unsafe { libc::close(-1) };
    assert_eq!(closed, -1);
    assert_reports(
        NetError::EBADF,
        Operation::Close,
        Err::<(), _>(io::Error::last_os_error()),
    );
    // SAFETY: as above.
    let listened = unsafe { libc::listen(-1, 1) };
    assert_eq!(listened, -1);
    assert_reports(
        NetError::EBADF,
        Operation::Listen,
        Err::<(), _>(io::Error::last_os_error()),
    );
}

#[test]
fn enotsock_from_listen_on_a_file() {
    let file = tempfile::tempfile().expect("a temporary file");
    // SAFETY: listen on a descriptor this test owns; it only fails.
    let listened = unsafe { libc::listen(file.as_raw_fd(), 1) };
    assert_eq!(listened, -1);
    assert_reports(
        NetError::ENOTSOCK,
        Operation::Listen,
        Err::<(), _>(io::Error::last_os_error()),
    );
}

#[test]
fn eafnosupport_from_socket_and_connect() {
    assert_reports(
        NetError::EAFNOSUPPORT,
        Operation::Socket,
        Socket::new(Domain::from(4242), Type::STREAM, None),
    );
    let v6 = SockAddr::from(SocketAddrV6::new(Ipv6Addr::LOCALHOST, 9, 0, 0));
    assert_reports(
        NetError::EAFNOSUPPORT,
        Operation::Connect,
        tcp().connect(&v6),
    );
}

#[test]
fn eprotonosupport_from_socket_with_a_protocol_the_type_lacks() {
    let result = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::UDP));
    assert_reports(NetError::EPROTONOSUPPORT, Operation::Socket, result);
}

#[test]
fn eprototype_from_connect_to_a_unix_socket_of_another_type() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("datagram");
    let datagram = Socket::new(Domain::UNIX, Type::DGRAM, None).expect("socket");
    datagram
        .bind(&SockAddr::unix(&path).expect("address"))
        .expect("bind");
    let stream = Socket::new(Domain::UNIX, Type::STREAM, None).expect("socket");
    assert_reports(
        NetError::EPROTOTYPE,
        Operation::Connect,
        stream.connect(&SockAddr::unix(&path).expect("address")),
    );
}

#[test]
fn eopnotsupp_from_listen_and_accept_on_a_datagram_socket() {
    let socket = udp();
    assert_reports(NetError::EOPNOTSUPP, Operation::Listen, socket.listen(1));
    assert_reports(NetError::EOPNOTSUPP, Operation::Accept, socket.accept());
}

#[test]
fn einval_from_bind_twice_and_accept_before_listen() {
    let (socket, _) = bound_tcp();
    assert_reports(NetError::EINVAL, Operation::Bind, socket.bind(&loopback(0)));
    assert_reports(NetError::EINVAL, Operation::Accept, socket.accept());
}

#[test]
fn edestaddrreq_from_send_on_an_unconnected_udp_socket() {
    // No destination: the kernel refuses before anything is sent.
    assert_reports(
        NetError::EDESTADDRREQ,
        Operation::Send,
        udp().send(b"nowhere"),
    );
    // A Unix datagram socket reports the same mistake as ENOTCONN.
    let unix = Socket::new(Domain::UNIX, Type::DGRAM, None).expect("socket");
    assert_reports(NetError::ENOTCONN, Operation::Send, unix.send(b"nowhere"));
}

#[test]
fn emsgsize_from_send_of_an_oversized_datagram() {
    let (left, _right) = Socket::pair(Domain::UNIX, Type::DGRAM, None).expect("socketpair");
    let message = vec![0u8; 16 * 1024 * 1024];
    assert_reports(NetError::EMSGSIZE, Operation::Send, left.send(&message));
}

#[test]
fn efault_from_bind_with_an_unreadable_address() {
    let socket = tcp();
    // SAFETY: the kernel checks the address pointer and fails with EFAULT; nothing is read here.
    let bound = unsafe { libc::bind(socket.as_raw_fd(), 8 as *const libc::sockaddr, 16) };
    assert_eq!(bound, -1);
    assert_reports(
        NetError::EFAULT,
        Operation::Bind,
        Err::<(), _>(io::Error::last_os_error()),
    );
}

#[test]
fn path_errors_from_binding_unix_sockets() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    assert_reports(
        NetError::ENOENT,
        Operation::Bind,
        unix_bind(&root.join("missing/socket")),
    );

    fs::write(root.join("file"), b"").expect("file");
    assert_reports(
        NetError::ENOTDIR,
        Operation::Bind,
        unix_bind(&root.join("file/socket")),
    );

    symlink(root.join("loop-b"), root.join("loop-a")).expect("symlink");
    symlink(root.join("loop-a"), root.join("loop-b")).expect("symlink");
    assert_reports(
        NetError::ELOOP,
        Operation::Bind,
        unix_bind(&root.join("loop-a/socket")),
    );

    // A component longer than NAME_MAX (255), reached through a short symlink
    // because a Unix socket address holds only 108 bytes.
    symlink("x".repeat(300), root.join("long")).expect("symlink");
    assert_reports(
        NetError::ENAMETOOLONG,
        Operation::Bind,
        unix_bind(&root.join("long/socket")),
    );
}

#[test]
fn erofs_from_bind_on_a_read_only_file_system() {
    let dir = tempfile::tempdir().expect("temporary folder");
    provoke(
        NetError::EROFS,
        Operation::Bind,
        &["erofs", dir.path().to_str().expect("UTF-8 path")],
    );
}

#[test]
fn emfile_from_socket_under_a_lowered_limit() {
    provoke(NetError::EMFILE, Operation::Socket, &["emfile"]);
}

#[test]
fn eintr_from_accept_interrupted_by_a_signal() {
    provoke(NetError::EINTR, Operation::Accept, &["eintr"]);
}

#[test]
fn eacces_from_bind_in_a_folder_without_write_permission() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).expect("folder");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).expect("chmod");
    provoke(
        NetError::EACCES,
        Operation::Bind,
        &["eacces", locked.to_str().expect("UTF-8 path")],
    );
}

#[test]
fn enetunreach_from_connect_without_a_route() {
    provoke(NetError::ENETUNREACH, Operation::Connect, &["enetunreach"]);
}
