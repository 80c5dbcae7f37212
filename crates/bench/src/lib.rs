//! Benchmarks of the generated crate live in `benches/`; see BENCHMARKS.md at
//! the workspace root. This library only gives them a fixed pseudo-random mix.

/// A small xorshift generator: the same inputs on every machine and run.
pub struct Mix(u64);

impl Mix {
    /// A generator with the benchmarks' fixed seed.
    pub fn new() -> Self {
        Mix(0x2545_F491_4F6C_DD1D)
    }

    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

impl Default for Mix {
    fn default() -> Self {
        Self::new()
    }
}

/// How many inputs each benchmark walks through per iteration.
pub const INPUTS: usize = 4096;

/// Half hits drawn from `values`, a quarter near misses (small numbers around
/// them that no code has), a quarter arbitrary `i32`s.
pub fn number_mix(values: &[i32], mix: &mut Mix) -> Vec<i32> {
    let (low, high) = (
        values.iter().min().copied().unwrap_or(0),
        values.iter().max().copied().unwrap_or(0),
    );
    (0..INPUTS)
        .map(|_| match mix.below(4) {
            0 | 1 => values[mix.below(values.len())],
            2 => loop {
                let near = low - 8 + mix.below((high - low + 16) as usize) as i32;
                if !values.contains(&near) {
                    break near;
                }
            },
            _ => mix.next_u64() as i32,
        })
        .collect()
}

/// Half hits drawn from `keys`, half misses: keys with one character changed,
/// and other words of the same shape.
pub fn string_mix(keys: &[String], mix: &mut Mix) -> Vec<String> {
    (0..INPUTS)
        .map(|_| {
            let key = &keys[mix.below(keys.len())];
            match mix.below(4) {
                0 | 1 => key.clone(),
                2 => {
                    let mut bytes = key.clone().into_bytes();
                    let at = mix.below(bytes.len());
                    bytes[at] = if bytes[at] == b'Z' { b'Y' } else { b'Z' };
                    String::from_utf8(bytes).unwrap_or_default()
                }
                _ => format!("E{}", &key[key.len().min(1)..].to_lowercase()),
            }
        })
        .collect()
}

/// Panics unless the mixes are fixed (the same inputs on every run) and
/// about half hits. Checked by the benchmarks before they measure: a test of
/// its own would make `cargo test --workspace` compile criterion for it.
pub fn assert_mixes_are_fixed_and_half_hits() {
    let values = [4, 11, 104];
    let first = number_mix(&values, &mut Mix::new());
    assert_eq!(first, number_mix(&values, &mut Mix::new()));
    let hits = first.iter().filter(|v| values.contains(v)).count();
    assert!((INPUTS * 2 / 5..INPUTS * 3 / 5).contains(&hits), "{hits}");
    let keys: Vec<String> = ["EINTR", "WSAEINTR"]
        .iter()
        .map(|k| k.to_string())
        .collect();
    let strings = string_mix(&keys, &mut Mix::new());
    let hits = strings.iter().filter(|s| keys.contains(s)).count();
    assert!((INPUTS * 2 / 5..INPUTS * 3 / 5).contains(&hits), "{hits}");
}
