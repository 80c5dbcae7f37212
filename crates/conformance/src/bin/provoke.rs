//! Runs one live scenario that changes process-wide state, so that the test
//! process never has to: `provoke <scenario> [path]`. Prints one line that
//! `conformance::Outcome::parse` reads.
//!
//! Scenarios: `emfile` (a lowered RLIMIT_NOFILE), `eintr` (a signal without
//! SA_RESTART during a blocking accept), `eacces <dir>` (binding a Unix socket
//! in a folder the process may not write, after dropping root), `erofs <dir>`
//! (binding on a read-only tmpfs mounted over `dir` in a private mount
//! namespace), `enetunreach` (connect inside a fresh network namespace, which
//! has no usable route).

#[cfg(target_os = "linux")]
#[allow(unsafe_code)] // raw libc calls: setrlimit, sigaction, setitimer, setuid, unshare, mount
mod linux {
    use std::io;
    use std::net::{Ipv4Addr, SocketAddrV4};

    use conformance::Outcome;
    use socket2::{Domain, SockAddr, Socket, Type};
    use wmkc_net_err::Operation;

    fn outcome<T>(operation: Operation, result: io::Result<T>) -> Outcome {
        match result {
            Ok(_) => Outcome::Succeeded(operation),
            Err(err) => Outcome::Failed(operation, err.raw_os_error().unwrap_or(0)),
        }
    }

    /// A socket for the scenario; a failure here is the `socket` call's own,
    /// never passed off as the failure of the call under test.
    fn socket(domain: Domain, kind: Type) -> Result<Socket, Outcome> {
        Socket::new(domain, kind, None)
            .map_err(|err| Outcome::Failed(Operation::Socket, err.raw_os_error().unwrap_or(0)))
    }

    /// bind() of a new Unix-domain socket at `dir/socket`.
    fn bind_unix_socket_in(dir: &str) -> Outcome {
        let socket = match socket(Domain::UNIX, Type::STREAM) {
            Ok(socket) => socket,
            Err(outcome) => return outcome,
        };
        let address = match SockAddr::unix(format!("{dir}/socket")) {
            Ok(address) => address,
            Err(err) => return Outcome::Broken(format!("no Unix socket address in {dir}: {err}")),
        };
        outcome(Operation::Bind, socket.bind(&address))
    }

    fn loopback_listener() -> io::Result<Socket> {
        let listener = Socket::new(Domain::IPV4, Type::STREAM, None)?;
        listener.bind(&SockAddr::from(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0)))?;
        listener.listen(1)?;
        Ok(listener)
    }

    /// socket() past a lowered per-process descriptor limit.
    pub fn emfile() -> Outcome {
        let limit = libc::rlimit {
            rlim_cur: 16,
            rlim_max: 16,
        };
        // SAFETY: setrlimit reads a valid rlimit; lowering a limit needs no privilege.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) } != 0 {
            return Outcome::Unavailable(format!(
                "setrlimit failed: {}",
                io::Error::last_os_error()
            ));
        }
        let mut kept = Vec::new();
        for _ in 0..64 {
            match Socket::new(Domain::IPV4, Type::STREAM, None) {
                Ok(socket) => kept.push(socket),
                Err(err) => return outcome(Operation::Socket, Err::<(), _>(err)),
            }
        }
        // The kernel ignored the limit: a failure of the scenario, not a machine that cannot run it.
        Outcome::Succeeded(Operation::Socket)
    }

    extern "C" fn ignore_signal(_: libc::c_int) {}

    /// A blocking accept interrupted by SIGALRM, whose handler lacks SA_RESTART.
    pub fn eintr() -> Outcome {
        let listener = match loopback_listener() {
            Ok(listener) => listener,
            Err(err) => return Outcome::Broken(format!("no loopback listener: {err}")),
        };
        // Should the signal be lost, accept gives up after 5 s (EAGAIN) instead of hanging.
        if let Err(err) = listener.set_read_timeout(Some(std::time::Duration::from_secs(5))) {
            return Outcome::Broken(format!("SO_RCVTIMEO: {err}"));
        }
        // SAFETY: a zeroed sigaction is valid; the handler is an extern "C" fn that does nothing.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = ignore_signal as *const () as libc::sighandler_t;
            action.sa_flags = 0; // no SA_RESTART: the interrupted call must fail with EINTR
            if libc::sigaction(libc::SIGALRM, &action, std::ptr::null_mut()) != 0 {
                return Outcome::Unavailable(format!(
                    "sigaction failed: {}",
                    io::Error::last_os_error()
                ));
            }
            let timer = libc::itimerval {
                it_interval: libc::timeval {
                    tv_sec: 0,
                    tv_usec: 0,
                },
                it_value: libc::timeval {
                    tv_sec: 0,
                    tv_usec: 100_000,
                },
            };
            if libc::setitimer(libc::ITIMER_REAL, &timer, std::ptr::null_mut()) != 0 {
                return Outcome::Unavailable(format!(
                    "setitimer failed: {}",
                    io::Error::last_os_error()
                ));
            }
        }
        outcome(Operation::Accept, listener.accept())
    }

    /// bind() of a Unix socket in `dir`, which this process may not write.
    pub fn eacces(dir: &str) -> Outcome {
        // SAFETY: plain libc calls with no pointers but setgroups' empty list.
        unsafe {
            if libc::geteuid() == 0
                && (libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(65534) != 0
                    || libc::setuid(65534) != 0)
            {
                return Outcome::Unavailable(format!(
                    "could not drop root to uid 65534: {}",
                    io::Error::last_os_error()
                ));
            }
        }
        bind_unix_socket_in(dir)
    }

    /// bind() of a Unix socket on a read-only tmpfs, mounted over `dir` in a
    /// private mount namespace of this process (the host's mounts are untouched).
    pub fn erofs(dir: &str) -> Outcome {
        let Ok(target) = std::ffi::CString::new(dir) else {
            return Outcome::Unavailable("the folder path holds a NUL byte".to_string());
        };
        // SAFETY: unshare takes flags only; this process is single-threaded.
        let root = unsafe { libc::unshare(libc::CLONE_NEWNS) } == 0;
        // SAFETY: as above; a user namespace lets an ordinary user own a mount namespace.
        if !root && unsafe { libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNS) } != 0 {
            return Outcome::Unavailable(format!(
                "cannot create a mount namespace: {}",
                io::Error::last_os_error()
            ));
        }
        // SAFETY: NUL-terminated string literals and a CString that outlive the calls.
        unsafe {
            // Keep every mount change inside this namespace.
            if libc::mount(
                std::ptr::null(),
                c"/".as_ptr(),
                std::ptr::null(),
                libc::MS_REC | libc::MS_PRIVATE,
                std::ptr::null(),
            ) != 0
            {
                return Outcome::Unavailable(format!(
                    "cannot make mounts private: {}",
                    io::Error::last_os_error()
                ));
            }
            if libc::mount(
                c"wmkc-ro".as_ptr(),
                target.as_ptr(),
                c"tmpfs".as_ptr(),
                libc::MS_RDONLY,
                std::ptr::null(),
            ) != 0
            {
                return Outcome::Unavailable(format!(
                    "cannot mount a read-only tmpfs: {}",
                    io::Error::last_os_error()
                ));
            }
        }
        bind_unix_socket_in(dir)
    }

    /// connect() in a new network namespace, where even loopback is down.
    pub fn enetunreach() -> Outcome {
        // SAFETY: unshare takes flags only; this process is single-threaded.
        let root = unsafe { libc::unshare(libc::CLONE_NEWNET) } == 0;
        // SAFETY: as above; a user namespace lets an ordinary user own a network namespace.
        if !root && unsafe { libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNET) } != 0 {
            return Outcome::Unavailable(format!(
                "cannot create a network namespace: {}",
                io::Error::last_os_error()
            ));
        }
        let socket = match socket(Domain::IPV4, Type::STREAM) {
            Ok(socket) => socket,
            Err(outcome) => return outcome,
        };
        outcome(
            Operation::Connect,
            socket.connect(&SockAddr::from(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 9))),
        )
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    #[cfg(target_os = "linux")]
    let outcome = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["emfile"] => linux::emfile(),
        ["eintr"] => linux::eintr(),
        ["eacces", dir] => linux::eacces(dir),
        ["enetunreach"] => linux::enetunreach(),
        ["erofs", dir] => linux::erofs(dir),
        _ => {
            eprintln!("usage: provoke <emfile|eintr|eacces DIR|erofs DIR|enetunreach>");
            std::process::exit(2);
        }
    };
    #[cfg(not(target_os = "linux"))]
    let outcome = conformance::Outcome::Unavailable(format!(
        "live scenarios run on Linux only (asked for {args:?})"
    ));
    println!("{}", outcome.to_line());
}
