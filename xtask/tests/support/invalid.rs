//! The invalid specs: the minimal spec (`fixtures/minimal.yaml`, the base)
//! with one mistake each, made by a small patch, so that a field the base
//! gains reaches every case at once. A patch is a list of `(find, replace)`
//! edits applied in turn; each `find` must occur exactly once in the text it
//! is applied to (the base, or the base after the edits before it), so a
//! patch that no longer fits the base fails instead of changing nothing.
//!
//! Four cases are whole bytes of their own (`empty`, `not_utf8`,
//! `only_comments`, `top_level_not_a_mapping`): input that is not a spec at
//! all reads more clearly whole than as an edit of one.
//!
//! `invalid_specs.rs` runs each case and snapshots its diagnostics; `schema.rs`
//! checks the structural ones against the generated JSON Schema.

use std::path::{Path, PathBuf};

use super::fixture;

/// How a case's spec is made.
pub enum Make {
    /// The base with each `(find, replace)` applied in turn.
    Patch(Vec<(&'static str, String)>),
    /// Bytes of its own.
    Whole(&'static [u8]),
}

/// One invalid spec.
pub struct Case {
    /// Its name: the test's, and the snapshot's.
    pub name: &'static str,
    /// How its spec is made.
    pub make: Make,
}

impl Case {
    /// The spec's bytes. Panics when an edit's `find` is not exactly once in
    /// the text it is applied to.
    pub fn bytes(&self) -> Vec<u8> {
        match &self.make {
            Make::Whole(bytes) => bytes.to_vec(),
            Make::Patch(edits) => {
                let mut text = std::fs::read_to_string(fixture("minimal.yaml")).expect("the base");
                for (find, replace) in edits {
                    assert_eq!(
                        text.matches(find).count(),
                        1,
                        "{}: {find:?} occurs once in the text it edits",
                        self.name
                    );
                    text = text.replacen(find, replace, 1);
                }
                text.into_bytes()
            }
        }
    }

    /// Writes the spec as `NAME.yaml` in `dir`; its path.
    pub fn write_in(&self, dir: &Path) -> PathBuf {
        let path = dir.join(format!("{}.yaml", self.name));
        std::fs::write(&path, self.bytes()).expect("write the invalid spec");
        path
    }

    /// How the spec is made, on one line for the snapshot's header: each
    /// edit as `«find» -> «replace»`, or the whole bytes. A line break shows
    /// as `⏎`; control and bidirectional characters and bytes that are not
    /// UTF-8 show as escapes.
    pub fn describe(&self) -> String {
        match &self.make {
            Make::Whole(bytes) => format!("the whole spec «{}»", visible(bytes)),
            Make::Patch(edits) => {
                let edits: Vec<String> = edits
                    .iter()
                    .map(|(find, replace)| {
                        format!(
                            "«{}» -> «{}»",
                            visible(find.as_bytes()),
                            visible(replace.as_bytes())
                        )
                    })
                    .collect();
                format!("minimal.yaml with {}", edits.join("; "))
            }
        }
    }
}

/// `bytes` as text on one line: a line feed as `⏎`, and every other control
/// character, invisible formatting or bidirectional character and byte that
/// is not UTF-8 escaped (`\u{202E}`, `\xFF`).
fn visible(bytes: &[u8]) -> String {
    let mut text = String::new();
    for chunk in bytes.utf8_chunks() {
        for character in chunk.valid().chars() {
            let invisible = matches!(
                character,
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
            );
            if character == '\n' {
                text.push('⏎');
            } else if character.is_control() || invisible {
                text.push_str(&format!("\\u{{{:X}}}", u32::from(character)));
            } else {
                text.push(character);
            }
        }
        for byte in chunk.invalid() {
            text.push_str(&format!("\\x{byte:02X}"));
        }
    }
    text
}

fn patch(name: &'static str, edits: &[(&'static str, &str)]) -> Case {
    let edits = edits
        .iter()
        .map(|&(find, replace)| (find, replace.to_string()))
        .collect();
    Case {
        name,
        make: Make::Patch(edits),
    }
}

fn whole(name: &'static str, bytes: &'static [u8]) -> Case {
    Case {
        name,
        make: Make::Whole(bytes),
    }
}

/// The case called `name`.
pub fn case(name: &str) -> Case {
    cases()
        .into_iter()
        .find(|case| case.name == name)
        .unwrap_or_else(|| panic!("no invalid case `{name}`"))
}

/// Every case, by name.
pub fn cases() -> Vec<Case> {
    // 4,104 bytes: past the 4,095 a C99 compiler must take in one literal.
    let too_long = format!("happened: {}Too long.", "Reset. ".repeat(585));
    vec![
        patch(
            "alias_chain",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]\n\n  - name: EAGAIN2\n    summary: test code eagain2\n    operations: [send]\n    linux: { message: m, symbol: EAGAIN2, value: 11, alias_of: EWOULDBLOCK }\n    zh: 又一个。\n    zh_explanation: { happened: 又一个。, linux: 原因。, advice: 无。 }\n    en: { happened: Another one., linux: A cause., advice: None. }\n    references: [send(2), Winsock send]",
            )],
        ),
        patch(
            "alias_to_code_without_platform",
            &[(
                "    windows: { message: m, symbol: WSAEWOULDBLOCK, value: 10035 }",
                "    windows: { message: m, symbol: WSAEWOULDBLOCK, value: 10035, alias_of: EAGAIN }",
            )],
        ),
        patch(
            "alias_to_itself",
            &[(
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EWOULDBLOCK }",
            )],
        ),
        patch(
            "alias_to_missing_code",
            &[(
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAINN }",
            )],
        ),
        patch(
            "alias_with_different_value",
            &[(
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 12, alias_of: EAGAIN }",
            )],
        ),
        patch(
            "bare_link_in_description",
            &[(
                "  description: A small catalogue for the generator's tests.",
                "  description: A small catalogue, from HTTPS://example.org/catalogue.",
            )],
        ),
        patch(
            "bare_link_in_summary",
            &[(
                "    summary: connection reset by the peer",
                "    summary: connection reset (https://example.org/reset)",
            )],
        ),
        patch(
            "bare_link_in_text",
            &[(
                "happened: The peer reset the connection.",
                "happened: The peer reset the connection; see https://example.org/reset for more.",
            )],
        ),
        patch(
            "bidi_control_in_comment",
            &[("the base of the invalid", "the base of the \u{2067}invalid")],
        ),
        patch(
            "bidi_control_in_text",
            &[(
                "happened: The peer reset the connection.",
                "happened: The peer \u{202E}reset the connection.",
            )],
        ),
        patch(
            "control_character",
            &[(
                "happened: The peer reset the connection.",
                "happened: \"The peer\\u0007 reset the connection.\"",
            )],
        ),
        patch(
            "crate_link_not_https",
            &[(
                "operations: [accept, bind, send]",
                "  repository: http://example.org/test-net-err\noperations: [accept, bind, send]",
            )],
        ),
        patch(
            "crate_name_is_a_keyword",
            &[("  name: test-net-err", "  name: self")],
        ),
        patch(
            "crate_name_is_a_std_crate",
            &[("  name: test-net-err", "  name: proc-macro")],
        ),
        patch(
            "crate_name_is_a_windows_device",
            &[("  name: test-net-err", "  name: Con")],
        ),
        patch(
            "crate_name_reserved_by_cargo",
            &[("  name: test-net-err", "  name: build")],
        ),
        whole("empty", b""),
        patch(
            "empty_operation_list",
            &[("    operations: [send]", "    operations: []")],
        ),
        patch(
            "empty_reference_title",
            &[(
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send",
                "  \"\": https://learn.microsoft.com/x\n  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send",
            )],
        ),
        patch(
            "empty_references",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: []",
            )],
        ),
        patch(
            "empty_summary",
            &[(
                "    summary: connection reset by the peer",
                "    summary: \"\"",
            )],
        ),
        patch("empty_text", &[("    zh: 连接被重置。", "    zh: \"\"")]),
        patch(
            "empty_vocabulary",
            &[("operations: [accept, bind, send]", "operations: []")],
        ),
        patch(
            "full_name_is_a_c_standard_name",
            &[
                ("prefix: TEST_ERR_", "prefix: SCHAR_"),
                ("  - name: ECONNRESET", "  - name: WIDTH"),
            ],
        ),
        patch(
            "full_name_is_a_winsock_name",
            &[
                ("prefix: TEST_ERR_", "prefix: WSAE"),
                ("  - name: ECONNRESET", "  - name: INTR"),
            ],
        ),
        patch(
            "full_name_is_an_errno_name",
            &[
                ("prefix: TEST_ERR_", "prefix: E"),
                ("  - name: ECONNRESET", "  - name: PERM"),
            ],
        ),
        patch(
            "invalid_crate_name",
            &[("  name: test-net-err", "  name: test net err")],
        ),
        patch(
            "invalid_crate_version",
            &[("  version: 1.0.0", "  version: one")],
        ),
        patch(
            "invalid_prefix",
            &[("prefix: TEST_ERR_", "prefix: test-err")],
        ),
        patch(
            "invalid_vocabulary_name",
            &[(
                "operations: [accept, bind, send]",
                "operations: [accept, Bind-It, send]",
            )],
        ),
        patch(
            "linux_symbol_not_errno",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: m, symbol: WSAECONNRESET, value: 104 }",
            )],
        ),
        patch(
            "linux_value_out_of_range",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: m, symbol: ECONNRESET, value: 4096 }",
            )],
        ),
        patch(
            "linux_value_zero",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: m, symbol: ECONNRESET, value: 0 }",
            )],
        ),
        patch(
            "malformed_yaml",
            &[(
                "operations: [accept, bind, send]",
                "operations: [accept, bind, send",
            )],
        ),
        patch(
            "missing_field",
            &[(", happened: The peer reset the connection.", "")],
        ),
        patch(
            "missing_references",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection.",
            )],
        ),
        patch(
            "missing_summary",
            &[("    summary: connection reset by the peer\n", "")],
        ),
        patch(
            "name_collides_with_a_symbol",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: WSAEWOULDBLOCK\n    summary: test code wsaewouldblock",
            )],
        ),
        patch(
            "name_collides_with_c_guard",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: H_INCLUDED\n    summary: test code all",
            )],
        ),
        patch(
            "name_collides_with_c_operation",
            &[
                ("prefix: TEST_ERR_", "prefix: TEST_"),
                (
                    "  - name: ECONNRESET\n    summary: connection reset by the peer",
                    "  - name: OP_SEND\n    summary: test code all",
                ),
            ],
        ),
        patch(
            "name_collides_with_generated_item",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: ALL\n    summary: test code all",
            )],
        ),
        patch(
            "name_is_a_keyword",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: self\n    summary: test code self",
            )],
        ),
        patch(
            "name_not_upper_identifier",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: econn-reset\n    summary: test code econn-reset",
            )],
        ),
        patch(
            "no_linux_man_page",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: [Winsock send]",
            )],
        ),
        patch(
            "no_microsoft_page",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: [send(2)]",
            )],
        ),
        patch(
            "no_platform",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }\n    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }\n",
                "",
            )],
        ),
        whole("not_utf8", b"prefix: TEST_ERR_\ncrate:\n  name: \xff\xfe\n"),
        patch(
            "nul_byte",
            &[(
                "happened: The peer reset the connection.",
                "happened: The peer reset\0 the connection.",
            )],
        ),
        whole("only_comments", b"# only a comment\n\n"),
        patch(
            "reference_link_with_character_reference",
            &[(
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send",
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send?view=desktop&amp;tabs=c",
            )],
        ),
        patch(
            "reference_link_with_markup",
            &[(
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send",
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send(v=vs.85)",
            )],
        ),
        patch(
            "reference_not_https",
            &[(
                "  send(2): https://man7.org/linux/man-pages/man2/send.2.html",
                "  send(2): http://man7.org/linux/man-pages/man2/send.2.html",
            )],
        ),
        patch(
            "repeated_name",
            &[(
                "  - name: ECONNRESET\n    summary: connection reset by the peer",
                "  - name: EAGAIN\n    summary: resource temporarily unavailable",
            )],
        ),
        patch(
            "repeated_operation",
            &[("    operations: [send]", "    operations: [send, send]")],
        ),
        patch(
            "repeated_reference",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send, send(2)]",
            )],
        ),
        patch(
            "repeated_reference_title",
            &[(
                "  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send",
                "  send(2): https://man7.org/linux/man-pages/man2/send.2.html",
            )],
        ),
        patch(
            "repeated_vocabulary",
            &[(
                "operations: [accept, bind, send]",
                "operations: [accept, bind, send, bind]",
            )],
        ),
        patch(
            "several_problems",
            &[
                ("    zh: 资源暂时不可用。", "    zh: \"\""),
                ("    operations: [send]", "    operations: [sned]"),
                (
                    "    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }",
                    "    windows: { message: m, symbol: WSAECONNRESET, value: 54 }",
                ),
            ],
        ),
        patch(
            "shared_value_without_alias",
            &[(
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11 }",
            )],
        ),
        patch(
            "site_url_with_query",
            &[(
                "operations: [accept, bind, send]",
                "site:\n  url: https://example.org/site/?v=1\noperations: [accept, bind, send]",
            )],
        ),
        patch(
            "summary_capitalised",
            &[(
                "    summary: connection reset by the peer",
                "    summary: Connection reset by the peer",
            )],
        ),
        patch(
            "summary_control_character",
            &[(
                "    summary: connection reset by the peer",
                "    summary: \"connection reset\\tby the peer\"",
            )],
        ),
        patch(
            "summary_surrounding_space",
            &[(
                "    summary: connection reset by the peer",
                "    summary: \"connection reset by the peer \"",
            )],
        ),
        patch(
            "summary_too_long",
            &[(
                "    summary: connection reset by the peer",
                "    summary: connection reset by the peer who closed it hard and went away fast",
            )],
        ),
        patch(
            "summary_too_long_for_display",
            &[
                (
                    "  - name: ECONNRESET\n    summary: connection reset by the peer",
                    "  - name: ECONNRESET_BY_THE_REMOTE_PEER\n    summary: connection reset by the peer who closed it hard and went",
                ),
                (
                    "    linux: { message: m, symbol: ECONNRESET, value: 104 }\n    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }",
                    "    linux: { message: m, symbol: ECONNRESETX, value: 104 }\n    windows: { message: m, symbol: WSAECONNRESETX, value: 10054 }",
                ),
                ("    std_errc: connection_reset\n", ""),
            ],
        ),
        patch(
            "summary_trailing_period",
            &[(
                "    summary: connection reset by the peer",
                "    summary: connection reset by the peer.",
            )],
        ),
        patch(
            "text_too_long_for_c",
            &[("happened: The peer reset the connection.", &too_long)],
        ),
        patch(
            "too_many_operations",
            &[(
                "operations: [accept, bind, send]",
                "operations: [accept, bind, send, op1, op2, op3, op4, op5, op6, op7, op8, op9, op10, op11, op12, op13, op14, op15, op16, op17, op18, op19, op20, op21, op22, op23, op24, op25, op26, op27, op28, op29, op30]",
            )],
        ),
        whole("top_level_not_a_mapping", b"- just\n- a list\n"),
        patch(
            "unknown_field",
            &[("    zh: 连接被重置。", "    zx: 连接被重置。")],
        ),
        patch(
            "unknown_license",
            &[("  license: Apache-2.0", "  license: apache-2.0")],
        ),
        patch(
            "unknown_operation",
            &[("    operations: [send]", "    operations: [sned]")],
        ),
        patch(
            "unknown_reference",
            &[(
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock send]",
                "happened: The peer reset the connection. }\n    references: [send(2), Winsock sned]",
            )],
        ),
        patch(
            "unused_reference",
            &[(
                "\n\nmessage_sources:",
                "\n  recv(2): https://man7.org/linux/man-pages/man2/recv.2.html\n\nmessage_sources:",
            )],
        ),
        patch(
            "whitespace_text",
            &[(
                "happened: The peer reset the connection.",
                "happened: \"   \"",
            )],
        ),
        patch(
            "windows_symbol_without_wsa",
            &[(
                "    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }",
                "    windows: { message: m, symbol: ECONNRESET, value: 10054 }",
            )],
        ),
        patch(
            "windows_value_out_of_range",
            &[(
                "    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }",
                "    windows: { message: m, symbol: WSAECONNRESET, value: 54 }",
            )],
        ),
        patch(
            "wrong_type",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: m, symbol: ECONNRESET, value: [104] }",
            )],
        ),
        patch(
            "explanation_missing_platform_part",
            &[("linux: On Linux the peer sent a reset., ", "")],
        ),
        patch(
            "explanation_part_for_unreported_platform",
            &[(
                "linux: Nothing is ready yet., ",
                "linux: Nothing is ready yet., windows: Nothing on Windows either., ",
            )],
        ),
        patch(
            "explanation_part_without_its_platform",
            &[(
                "linux: On Linux the peer sent a reset.,",
                "linux: The peer sent a reset.,",
            )],
        ),
        patch(
            "explanation_part_of_two_paragraphs",
            &[(
                "advice: Close the socket.,",
                "advice: \"Close the socket.\\n\\nThen open another.\",",
            )],
        ),
        patch(
            "english_explanation_in_chinese",
            &[("advice: Close the socket.,", "advice: 关闭套接字。,")],
        ),
        patch(
            "chinese_explanation_in_english",
            &[("advice: 关闭套接字。 }", "advice: Close the socket. }")],
        ),
        patch(
            "missing_chinese_explanation",
            &[(
                "    zh_explanation: { happened: 对端重置了连接。, linux: 在 Linux 上对端发送了复位。, windows: 在 Windows 上远程主机关闭了连接。, advice: 关闭套接字。 }\n",
                "",
            )],
        ),
        patch(
            "message_of_two_lines",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: \"Connection reset\\nby peer\", symbol: ECONNRESET, value: 104 }",
            )],
        ),
        patch(
            "chinese_message_in_english",
            &[
                (
                    "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                    "    linux: { message: m, message_zh: reset, symbol: ECONNRESET, value: 104 }",
                ),
                (
                    "  linux: { en: glibc strerror }",
                    "  linux: { en: glibc strerror, zh: glibc zh_CN }",
                ),
            ],
        ),
        patch(
            "missing_message",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { symbol: ECONNRESET, value: 104 }",
            )],
        ),
        patch(
            "missing_message_source",
            &[("  windows: { en: Windows SDK winerror.h }\n", "")],
        ),
        patch(
            "chinese_messages_without_a_source",
            &[(
                "    linux: { message: m, symbol: ECONNRESET, value: 104 }",
                "    linux: { message: m, message_zh: 连接被对方重设, symbol: ECONNRESET, value: 104 }",
            )],
        ),
        patch(
            "message_source_without_messages",
            &[(
                "  linux: { en: glibc strerror }",
                "  linux: { en: glibc strerror, zh: glibc zh_CN }",
            )],
        ),
        patch(
            "std_errc_unknown",
            &[(
                "    std_errc: connection_reset",
                "    std_errc: connection_rest",
            )],
        ),
        patch(
            "std_errc_of_another_name",
            &[(
                "    std_errc: connection_reset",
                "    std_errc: connection_aborted",
            )],
        ),
        patch(
            "std_errc_missing",
            &[("    std_errc: connection_reset\n", "")],
        ),
        patch(
            "std_errc_where_cxx_has_none",
            &[
                (
                    "    linux: { message: m, symbol: ECONNRESET, value: 104 }\n    windows: { message: m, symbol: WSAECONNRESET, value: 10054 }",
                    "    linux: { message: m, symbol: EDQUOT, value: 122 }",
                ),
                ("windows: 在 Windows 上远程主机关闭了连接。, ", ""),
                ("windows: On Windows the remote host closed it., ", ""),
            ],
        ),
        patch(
            "std_errc_twice",
            &[(
                "    std_errc: connection_reset",
                "    std_errc: operation_would_block",
            )],
        ),
        patch(
            "enumerator_is_a_cxx_keyword",
            &[("  - name: ECONNRESET", "  - name: DELETE")],
        ),
        patch(
            "enumerator_is_a_windows_macro",
            &[("  - name: ECONNRESET", "  - name: MIN")],
        ),
        patch(
            "prefix_namespace_is_a_cxx_keyword",
            &[("prefix: TEST_ERR_", "prefix: WMKC_NEW_ERR_")],
        ),
        patch(
            "prefix_namespace_starts_with_a_digit",
            &[("prefix: TEST_ERR_", "prefix: WMKC_2_ERR_")],
        ),
        patch(
            "alias_with_another_message",
            &[(
                "    linux: { message: m, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
                "    linux: { message: n, symbol: EWOULDBLOCK, value: 11, alias_of: EAGAIN }",
            )],
        ),
    ]
}
