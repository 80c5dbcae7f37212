//! No lookup, accessor, `Display` write (plain or `{:#}`) or serialization
//! (the `serde` feature, with serde_json into a fixed buffer) allocates: a counting global
//! allocator watches this thread while they run over every code and a wide
//! range of values, hits and misses alike.
#![allow(unsafe_code)] // a GlobalAlloc is an unsafe trait; this one only counts and forwards.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Write as _;

use serde::Serialize;

use wmkc_net_err::{NetError, Operation, Platform};

thread_local! {
    /// Allocations made by this thread while `WATCHING` is set.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// const-initialised thread-locals touched here need no allocation themselves.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if WATCHING.with(Cell::get) {
            ALLOCATIONS.with(|count| count.set(count.get() + 1));
        }
        // SAFETY: the caller's layout is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if WATCHING.with(Cell::get) {
            ALLOCATIONS.with(|count| count.set(count.get() + 1));
        }
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `work` made on this thread.
fn allocations(work: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|count| count.set(0));
    WATCHING.with(|watching| watching.set(true));
    work();
    WATCHING.with(|watching| watching.set(false));
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn the_counter_sees_allocations() {
    assert!(allocations(|| drop(black_box(Vec::<u8>::with_capacity(16)))) >= 1);
    assert!(allocations(|| drop(black_box(String::from("x").repeat(100)))) >= 1);
}

#[test]
fn decoding_any_value_allocates_nothing() {
    let count = allocations(|| {
        for value in (-20_000..20_000).chain([i32::MIN, i32::MAX]) {
            black_box(NetError::from_errno(black_box(value)));
            black_box(NetError::from_wsa(black_box(value)));
            black_box(NetError::from_raw_os_error(black_box(value)));
            black_box(NetError::from_io_error(&std::io::Error::from_raw_os_error(
                black_box(value),
            )));
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn accessors_and_display_allocate_nothing() {
    let mut buffer = String::with_capacity(4096);
    let mut alternate_lengths = Vec::with_capacity(NetError::ALL.len());
    let count = allocations(|| {
        for &code in NetError::ALL {
            black_box((
                code.code(),
                code.name(),
                code.summary(),
                code.en(),
                code.zh(),
            ));
            black_box((
                code.operations(),
                code.platforms(),
                code.errno(),
                code.wsa(),
            ));
            black_box((code.errno_symbol(), code.wsa_symbol(), code.kind()));
            for &op in Operation::ALL {
                black_box(code.applies_to(op));
            }
            buffer.clear();
            write!(buffer, "{code}").expect("writing to a String");
            black_box(&buffer);
            buffer.clear();
            write!(buffer, "{code:#}").expect("writing to a String");
            black_box(&buffer);
            alternate_lengths.push(buffer.len());
        }
        for &op in Operation::ALL {
            black_box((op.name(), op.errors().count()));
            buffer.clear();
            write!(buffer, "{op}").expect("writing to a String");
            black_box(&buffer);
        }
        for &platform in Platform::ALL {
            black_box((platform.name(), Platform::host()));
            buffer.clear();
            write!(buffer, "{platform}").expect("writing to a String");
            black_box(&buffer);
        }
    });
    assert_eq!(count, 0);
    // The alternate form really wrote the explanation too.
    for (&code, &length) in NetError::ALL.iter().zip(&alternate_lengths) {
        assert_eq!(length, code.to_string().len() + 1 + code.en().len());
    }
    // The writes really happened: the last one was a platform's name.
    assert_eq!(
        Some(buffer.as_str()),
        Platform::ALL.last().map(|p| p.name())
    );
}

#[test]
fn decoding_a_wrapped_code_allocates_nothing() {
    // Made outside the watch: wrapping a code in an io::Error boxes it.
    let wrapped: Vec<(NetError, std::io::Error)> = NetError::ALL
        .iter()
        .map(|&code| (code, std::io::Error::new(code.kind(), code)))
        .collect();
    let mut decoded = Vec::with_capacity(wrapped.len());
    let count = allocations(|| {
        for (_, err) in &wrapped {
            decoded.push(NetError::from_io_error(black_box(err)));
        }
    });
    assert_eq!(count, 0);
    for ((code, _), decoded) in wrapped.iter().zip(decoded) {
        assert_eq!(decoded, Some(*code), "a wrapped {code:?} decodes to itself");
    }
}

#[test]
fn displaying_a_parse_error_allocates_nothing() {
    let errors: Vec<_> = ["EFOO", "", "E".repeat(100).as_str(), "错误"]
        .iter()
        .flat_map(|input| {
            [
                input.parse::<NetError>().map(|_| ()).unwrap_err(),
                input.parse::<Operation>().map(|_| ()).unwrap_err(),
            ]
        })
        .collect();
    let mut buffer = String::with_capacity(4096);
    let count = allocations(|| {
        for err in &errors {
            write!(buffer, "{err}; ").expect("writing to a String");
        }
    });
    assert_eq!(count, 0);
    assert!(
        buffer
            .starts_with("unknown socket error code \"EFOO\"; unknown socket operation \"EFOO\"; "),
        "{buffer}"
    );
    assert!(buffer.contains("(truncated)"), "{buffer}");
}

#[test]
fn parsing_hits_and_misses_allocates_nothing() {
    let mut inputs: Vec<String> = Vec::new();
    for &code in NetError::ALL {
        inputs.push(code.code().to_string());
        inputs.push(code.name().to_string());
        inputs.extend(code.errno_symbol().map(str::to_string));
        inputs.extend(code.wsa_symbol().map(str::to_string));
        inputs.push(code.name().to_lowercase());
    }
    inputs.extend(["", "EFOO", "WSAEFOO", "x"].map(str::to_string));
    inputs.push("E".repeat(1000));
    inputs.push("错".repeat(100));
    let count = allocations(|| {
        for input in &inputs {
            black_box(
                input
                    .parse::<NetError>()
                    .map_err(|err| black_box(err.input().len()))
                    .ok(),
            );
            black_box(input.parse::<Operation>().ok());
        }
    });
    assert_eq!(count, 0);
}

/// Serializes `value` as JSON into `buffer`, which must be large enough.
fn serialize_into<T: Serialize>(value: &T, buffer: &mut [u8]) {
    let mut out: &mut [u8] = buffer;
    value
        .serialize(&mut serde_json::Serializer::new(&mut out))
        .expect("fits the buffer");
    out.flush().expect("a slice flushes");
}

#[test]
fn serializing_allocates_nothing() {
    // The counter works: a serde_json string does allocate.
    assert!(allocations(|| drop(black_box(serde_json::to_string(&NetError::ALL[0])))) >= 1);
    let mut buffer = [0u8; 64];
    let count = allocations(|| {
        for code in NetError::ALL {
            serialize_into(code, &mut buffer);
        }
        for op in Operation::ALL {
            serialize_into(op, &mut buffer);
        }
        for platform in Platform::ALL {
            serialize_into(platform, &mut buffer);
        }
    });
    assert_eq!(count, 0);
    assert!(buffer.starts_with(b"\"Windows\""), "the buffer was written");
}
