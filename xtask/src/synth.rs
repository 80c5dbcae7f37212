//! `cargo xtask synth N`: a valid spec of N codes, for measuring how the
//! generator and the generated crate scale. Deterministic: the same N gives
//! the same bytes.

use std::fmt::Write as _;

/// The most codes a synthetic spec can hold: one Linux value each in 1..=4095.
pub const MAX_CODES: usize = 4095;

/// The operation vocabulary of synthetic specs.
const OPERATIONS: [&str; 10] = [
    "accept",
    "bind",
    "close",
    "closesocket",
    "connect",
    "listen",
    "recv",
    "send",
    "shutdown",
    "socket",
];

/// A small xorshift generator: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The YAML text of a valid spec with `count` codes (at most [`MAX_CODES`]).
///
/// Every code has a Linux value; the first 2,000 (all the Winsock range
/// allows) also have a Windows value; every 50th shares its Linux value with
/// the code before it as a declared alias, as EWOULDBLOCK does with EAGAIN.
pub fn spec(count: usize) -> String {
    let count = count.min(MAX_CODES);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# A synthetic spec of {count} codes, made by `cargo xtask synth {count}`."
    );
    out.push_str("prefix: SYNTH_ERR_\n\ncrate:\n  name: synth-net-err\n  version: 0.0.0\n  description: A synthetic catalogue for measuring the generator.\n  license: Apache-2.0\n\n");
    let _ = writeln!(out, "operations: [{}]\n", OPERATIONS.join(", "));
    out.push_str("references:\n  socket(7): https://man7.org/linux/man-pages/man7/socket.7.html\n  Windows Sockets Error Codes: https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2\n\n");
    out.push_str("message_sources:\n  linux: { en: synthetic, zh: synthetic }\n  windows: { en: synthetic }\n\ncodes:\n");
    let mut linux_value = 0;
    for index in 0..count {
        let name = format!("E{index:04}X");
        let alias = index % 50 == 49;
        if !alias {
            linux_value += 1;
        }
        let mut operations: Vec<&str> = OPERATIONS
            .iter()
            .copied()
            .filter(|_| rng.below(3) == 0)
            .collect();
        if operations.is_empty() {
            operations.push(OPERATIONS[rng.below(OPERATIONS.len() as u64) as usize]);
        }
        let _ = writeln!(
            out,
            "  - name: {name}\n    summary: synthetic error {index}\n    operations: [{}]",
            operations.join(", ")
        );
        let alias_of = if alias {
            format!(", alias_of: E{:04}X", index - 1)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    linux: {{ symbol: {name}, value: {linux_value}{alias_of}, message: Synthetic message {linux_value}, message_zh: 合成消息{linux_value} }}"
        );
        let both = index < 2000;
        if both {
            let _ = writeln!(
                out,
                "    windows: {{ symbol: WSA{name}, value: {}, message: Synthetic Windows message {index}. }}",
                10000 + index
            );
        }
        let words = 4 + rng.below(20);
        let en: Vec<String> = (0..words)
            .map(|w| format!("word{}", (w * 7 + rng.below(100)) % 97))
            .collect();
        let _ = writeln!(out, "    zh: 第{index}号合成错误，套接字操作失败。");
        let (linux_en, linux_zh) = if both {
            ("On Linux a cause.", "在 Linux 上一个原因。")
        } else {
            ("A cause.", "一个原因。")
        };
        let windows = if both {
            ", windows: On Windows another cause."
        } else {
            ""
        };
        let windows_zh = if both {
            ", windows: 在 Windows 上另一个原因。"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    en: {{ happened: Synthetic error {index} means {}., linux: {linux_en}{windows}, advice: Do nothing. }}",
            en.join(" ")
        );
        let _ = writeln!(
            out,
            "    zh_explanation: {{ happened: 第{index}号合成错误。, linux: {linux_zh}{windows_zh}, advice: 什么也不做。 }}"
        );
        let references = if index < 2000 {
            "socket(7), Windows Sockets Error Codes"
        } else {
            "socket(7)"
        };
        let _ = writeln!(out, "    references: [{references}]");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_specs_are_valid_and_deterministic() {
        for count in [1, 50, 500] {
            let text = spec(count);
            assert_eq!(text, spec(count));
            let path = std::path::Path::new("synth.yaml");
            let source = crate::spec::from_bytes(path, text.into_bytes()).expect("parses");
            let catalogue = crate::test_support::checked(&source).expect("valid");
            assert_eq!(catalogue.codes.len(), count);
        }
    }
}
