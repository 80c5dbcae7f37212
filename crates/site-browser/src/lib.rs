//! Helpers of the docs site's browser tests: build the site with the
//! generator's own renderer and writer, serve it on loopback, and find the
//! tools the tests drive (Chromium, Node.js and the driver's packages).

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

/// Builds the site of the bundled spec into `out`, as `cargo xtask site` does.
pub fn build_site(out: &Path) -> Result<(), String> {
    let files = xtask::generate_site(&xtask::default_spec()).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    xtask::write::write_tree(out, &files, xtask::render::header::SITE)
        .map_err(|err| err.to_string())?;
    Ok(())
}

/// The folder of the Node.js driver (`browser.mjs`, its `package.json`).
pub fn driver_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("driver")
}

/// Why a tool the tests need is not here, if it is not.
pub fn missing_tools() -> Option<String> {
    if find_chromium().is_none() {
        return Some(
            "Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)"
                .to_string(),
        );
    }
    if !runs("node", &["--version"]) {
        return Some("Node.js is not installed".to_string());
    }
    if !driver_dir().join("node_modules/playwright-core").is_dir()
        || !driver_dir().join("node_modules/html-validate").is_dir()
    {
        return Some(format!(
            "the driver's packages are not installed (npm ci --prefix {}; .ci/run does it)",
            driver_dir().display()
        ));
    }
    None
}

/// Debian's Chromium, or `CHROMIUM` when set.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.is_file())
}

fn runs(program: &str, args: &[&str]) -> bool {
    std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success())
}

/// A static file server on 127.0.0.1 for one folder, stopped when dropped.
pub struct Server {
    /// `http://127.0.0.1:PORT/`.
    pub url: String,
    stop: Arc<AtomicBool>,
    address: std::net::SocketAddr,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` on a free loopback port.
    pub fn start(root: &Path) -> std::io::Result<Server> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let stopping = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let root = root.clone();
                    std::thread::spawn(move || serve(&root, stream));
                }
            }
        });
        Ok(Server {
            url: format!("http://{address}/"),
            stop,
            address,
            thread: Some(thread),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers the requests of one connection: GET of a file under `root`.
fn serve(root: &Path, stream: TcpStream) {
    let Ok(reader) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(reader);
    let mut stream = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        // Skip the headers; the server needs none of them.
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header == "\r\n" || header == "\n" {
                break;
            }
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or_default();
        let target = parts.next().unwrap_or("/");
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let (status, kind, body) = match (method, resolve(root, path)) {
            ("GET" | "HEAD", Some(file)) => match std::fs::read(&file) {
                Ok(body) => ("200 OK", content_type(&file), body),
                Err(_) => ("404 Not Found", "text/plain", b"not found".to_vec()),
            },
            ("GET" | "HEAD", None) => ("404 Not Found", "text/plain", b"not found".to_vec()),
            _ => (
                "405 Method Not Allowed",
                "text/plain",
                b"method not allowed".to_vec(),
            ),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\r\n",
            body.len()
        );
        let sent = stream.write_all(head.as_bytes()).and_then(|()| {
            if method == "HEAD" {
                Ok(())
            } else {
                stream.write_all(&body)
            }
        });
        if sent.is_err() {
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
    }
}

/// The file `path` names under `root`, refusing `..` and anything outside.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let mut file = root.to_path_buf();
    for part in decoded.split('/').filter(|part| !part.is_empty()) {
        if part == ".." || part == "." || part.contains('\\') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_root() {
        let scratch = tempfile::tempdir().expect("temporary folder");
        let root = scratch.path().to_path_buf();
        std::fs::write(root.join("a.html"), "x").expect("write");
        assert_eq!(resolve(&root, "/a.html"), Some(root.join("a.html")));
        assert_eq!(resolve(&root, "/%61.html"), Some(root.join("a.html")));
        assert_eq!(resolve(&root, "/../a.html"), None);
        assert_eq!(resolve(&root, "/%2e%2e/a.html"), None);
        assert_eq!(resolve(&root, "/missing.html"), None);
        assert_eq!(resolve(&root, "/%zz"), None);
    }
}
