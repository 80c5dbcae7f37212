//! The languages of the docs: their words, and which text of a
//! code each shows. Shared by the renderers, so a word is translated once.

use crate::catalogue::Code;

/// A document language.
pub struct Language {
    /// The tag in file names and site paths (`en`, `zh`).
    pub tag: &'static str,
    /// The language's name in itself, for the language switch (`中文`).
    pub own_name: &'static str,
    /// The catalogue's title.
    pub title: &'static str,
    /// The catalogue's first paragraph; Markdown with code spans only.
    pub intro: &'static str,
    /// The heading of the index table.
    pub index_heading: &'static str,
    /// The index table's code column.
    pub code_column: &'static str,
    /// The index table's operations column.
    pub operations_column: &'static str,
    /// The heading of the per-operation index.
    pub by_operation_heading: &'static str,
    /// What a platform that does not report a code shows.
    pub not_reported: &'static str,
    /// Before the code a shared value decodes to.
    pub decodes_as: &'static str,
    /// The label of a code's references.
    pub references: &'static str,
    /// The heading of the index's summary column, and whether each entry
    /// leads with the summary; the summary is English, so only English shows it.
    pub summary_column: Option<&'static str>,
    /// The code's text in this language.
    pub text: fn(&Code) -> &str,
}

/// The languages, English first.
pub const LANGUAGES: [Language; 2] = [
    Language {
        tag: "en",
        own_name: "English",
        title: "Socket error codes",
        intro: "The socket error codes of the WMKC network library. On Linux a code is the errno of the same name; on Windows it is the Winsock `WSA*` code.",
        index_heading: "Index",
        code_column: "Code",
        operations_column: "Operations",
        by_operation_heading: "Codes by operation",
        not_reported: "not reported",
        decodes_as: "decodes as",
        references: "References",
        summary_column: Some("Summary"),
        text: |code| &code.en,
    },
    Language {
        tag: "zh",
        own_name: "中文",
        title: "套接字具体错误代码",
        intro: "WMKC 网络库的套接字错误代码。在 Linux 上，代码即同名的 errno；在 Windows 上，代码即 Winsock 的 `WSA*` 代码。",
        index_heading: "索引",
        code_column: "代码",
        operations_column: "操作",
        by_operation_heading: "按操作索引",
        not_reported: "不报告",
        decodes_as: "解码为",
        references: "参考资料",
        summary_column: None,
        text: |code| &code.zh,
    },
];
