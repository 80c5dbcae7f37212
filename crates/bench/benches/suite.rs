// The benchmark suite, shared by `lookups.rs` (the bundled catalogue) and the
// synthetic-catalogue harness: the including file names the crate `net_err`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;

use bench::{INPUTS, Mix, assert_mixes_are_fixed_and_half_hits, number_mix, string_mix};
use criterion::{Criterion, Throughput};
use net_err::NetError;

fn errno_values() -> Vec<i32> {
    NetError::ALL.iter().filter_map(|code| code.errno()).collect()
}

fn wsa_values() -> Vec<i32> {
    NetError::ALL.iter().filter_map(|code| code.wsa()).collect()
}

fn string_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for &code in NetError::ALL {
        keys.push(code.code().to_string());
        keys.push(code.name().to_string());
        keys.extend(code.errno_symbol().map(str::to_string));
        keys.extend(code.wsa_symbol().map(str::to_string));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// `HashMap<i32, NetError>` decoding as `from_errno` (or `from_wsa`) does.
fn number_map(value: fn(NetError) -> Option<i32>, decode: fn(i32) -> Option<NetError>) -> HashMap<i32, NetError> {
    NetError::ALL
        .iter()
        .filter_map(|&code| value(code))
        .filter_map(|v| decode(v).map(|code| (v, code)))
        .collect()
}

pub fn suite(c: &mut Criterion) {
    assert_mixes_are_fixed_and_half_hits();
    let mut mix = Mix::new();
    let errno_inputs = number_mix(&errno_values(), &mut mix);
    let wsa_inputs = number_mix(&wsa_values(), &mut mix);
    let keys = string_keys();
    let string_inputs = string_mix(&keys, &mut mix);
    let errno_map = number_map(NetError::errno, NetError::from_errno);
    let wsa_map = number_map(NetError::wsa, NetError::from_wsa);
    let string_map: HashMap<&str, NetError> =
        keys.iter().map(|key| (key.as_str(), key.parse::<NetError>().expect("a key parses"))).collect();

    let mut errno = c.benchmark_group("errno");
    errno.throughput(Throughput::Elements(INPUTS as u64));
    errno.bench_function("wmkc NetError::from_errno", |b| {
        b.iter(|| black_box(&errno_inputs).iter().map(|&v| NetError::from_errno(v).map_or(0, |c| c as usize)).sum::<usize>())
    });
    errno.bench_function("wmkc NetError::from_raw_os_error", |b| {
        b.iter(|| black_box(&errno_inputs).iter().map(|&v| NetError::from_raw_os_error(v).map_or(0, |c| c as usize)).sum::<usize>())
    });
    #[cfg(target_os = "linux")]
    errno.bench_function("nix Errno::from_raw", |b| {
        b.iter(|| {
            black_box(&errno_inputs)
                .iter()
                .map(|&v| nix::errno::Errno::from_raw(v) as usize)
                .sum::<usize>()
        })
    });
    errno.bench_function("std io::Error::from_raw_os_error(v).kind()", |b| {
        b.iter(|| {
            black_box(&errno_inputs)
                .iter()
                .map(|&v| usize::from(std::io::Error::from_raw_os_error(v).kind() == std::io::ErrorKind::WouldBlock))
                .sum::<usize>()
        })
    });
    errno.bench_function("HashMap<i32, NetError>", |b| {
        b.iter(|| black_box(&errno_inputs).iter().map(|v| errno_map.get(v).map_or(0, |&c| c as usize)).sum::<usize>())
    });
    errno.finish();

    let mut wsa = c.benchmark_group("wsa");
    wsa.throughput(Throughput::Elements(INPUTS as u64));
    wsa.bench_function("wmkc NetError::from_wsa", |b| {
        b.iter(|| black_box(&wsa_inputs).iter().map(|&v| NetError::from_wsa(v).map_or(0, |c| c as usize)).sum::<usize>())
    });
    wsa.bench_function("HashMap<i32, NetError>", |b| {
        b.iter(|| black_box(&wsa_inputs).iter().map(|v| wsa_map.get(v).map_or(0, |&c| c as usize)).sum::<usize>())
    });
    wsa.finish();

    let mut parse = c.benchmark_group("parse");
    parse.throughput(Throughput::Elements(INPUTS as u64));
    parse.bench_function("wmkc FromStr for NetError", |b| {
        b.iter(|| black_box(&string_inputs).iter().map(|s| s.parse::<NetError>().map_or(0, |c| c as usize)).sum::<usize>())
    });
    parse.bench_function("HashMap<&str, NetError>", |b| {
        b.iter(|| black_box(&string_inputs).iter().map(|s| string_map.get(s.as_str()).map_or(0, |&c| c as usize)).sum::<usize>())
    });
    parse.finish();

    let codes: Vec<NetError> = (0..INPUTS).map(|_| NetError::ALL[mix.below(NetError::ALL.len())]).collect();
    let mut display = c.benchmark_group("display");
    display.throughput(Throughput::Elements(INPUTS as u64));
    let mut buffer = String::with_capacity(4096);
    display.bench_function("wmkc Display into a reused String", |b| {
        b.iter(|| {
            let mut total = 0;
            for code in black_box(&codes) {
                buffer.clear();
                let _ = write!(buffer, "{code}");
                total += buffer.len();
            }
            total
        })
    });
    display.finish();
}
