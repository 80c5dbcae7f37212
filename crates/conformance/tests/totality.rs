//! Every `i32` goes through the decoders: no panic, and every hit round-trips.
//! Built with opt-level 3 (see the workspace's `profile.test`) to sweep all
//! 2^32 values in seconds.

use std::collections::BTreeSet;
use std::thread;

use wmkc_net_err::{NetError, Platform};

/// What one slice of the sweep found: `(errno hits, wsa hits, host hits)`.
fn sweep(range: std::ops::RangeInclusive<i32>) -> (u64, u64, u64) {
    let (mut errno_hits, mut wsa_hits, mut host_hits) = (0, 0, 0);
    for value in range {
        if let Some(code) = NetError::from_errno(value) {
            assert_eq!(code.errno(), Some(value), "from_errno({value}) = {code:?}");
            errno_hits += 1;
        }
        if let Some(code) = NetError::from_wsa(value) {
            assert_eq!(code.wsa(), Some(value), "from_wsa({value}) = {code:?}");
            wsa_hits += 1;
        }
        if let Some(code) = NetError::from_raw_os_error(value) {
            let expected = match Platform::host() {
                Some(Platform::Linux) => NetError::from_errno(value),
                Some(Platform::Windows) => NetError::from_wsa(value),
                None => None,
            };
            assert_eq!(Some(code), expected, "from_raw_os_error({value})");
            host_hits += 1;
        }
    }
    (errno_hits, wsa_hits, host_hits)
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn every_i32_decodes_without_panic_and_hits_round_trip() {
    let threads = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 16) as i64;
    let span = (1i64 << 32) / threads;
    let totals = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|index| {
                let start = i64::from(i32::MIN) + index * span;
                let end = if index == threads - 1 {
                    i64::from(i32::MAX)
                } else {
                    start + span - 1
                };
                let range =
                    i32::try_from(start).expect("in range")..=i32::try_from(end).expect("in range");
                scope.spawn(move || sweep(range))
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("no panic"))
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    });
    let distinct = |value: fn(NetError) -> Option<i32>| -> u64 {
        NetError::ALL
            .iter()
            .filter_map(|&code| value(code))
            .collect::<BTreeSet<_>>()
            .len() as u64
    };
    let errno_values = distinct(NetError::errno);
    let wsa_values = distinct(NetError::wsa);
    assert_eq!(
        totals.0, errno_values,
        "each distinct errno value decodes, nothing else"
    );
    assert_eq!(
        totals.1, wsa_values,
        "each distinct Winsock value decodes, nothing else"
    );
    let host_values = match Platform::host() {
        Some(Platform::Linux) => errno_values,
        Some(Platform::Windows) => wsa_values,
        None => 0,
    };
    assert_eq!(totals.2, host_values);
}

#[test]
fn declared_aliases_decode_to_their_target() {
    // Linux: EWOULDBLOCK shares 11 with EAGAIN and is declared its alias.
    for &code in NetError::ALL {
        if let Some(value) = code.errno() {
            let decoded = NetError::from_errno(value).expect("decodes");
            if decoded != code {
                assert_eq!(
                    (code, decoded),
                    (NetError::EWOULDBLOCK, NetError::EAGAIN),
                    "only the declared alias differs"
                );
            }
        }
        if let Some(value) = code.wsa() {
            assert_eq!(
                NetError::from_wsa(value),
                Some(code),
                "no Winsock aliases are declared"
            );
        }
    }
}
