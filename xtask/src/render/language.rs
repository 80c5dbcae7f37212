//! The languages of the docs and the site: their words, and which text of a
//! code each shows. The Markdown and site renderers share them, so a word is
//! translated once.

use crate::catalogue::{Code, Explanation, Native};

/// A document language.
pub struct Language {
    /// The tag in file names and site paths (`en`, `zh`).
    pub tag: &'static str,
    /// The BCP 47 tag for HTML's `lang` (`zh-CN`).
    pub html_lang: &'static str,
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
    /// What the index and a page's description show of a code: the English
    /// summary, the user's Chinese line.
    pub lead: fn(&Code) -> &str,
    /// The user's own text, shown first, in the language that has it.
    pub own_text: fn(&Code) -> Option<&str>,
    /// The platform's own message in this language, where the spec has it
    /// and it is not English (English shows `Native::message`).
    pub own_message: fn(&Native) -> Option<&str>,
    /// The code's explanation in this language.
    pub explanation: fn(&Code) -> &Explanation,
    /// The label of what to do.
    pub what_to_do: &'static str,
    /// The heading of where the platforms' messages come from.
    pub message_sources: &'static str,
    /// A colon after a label, with its space.
    pub colon: &'static str,
    /// Quotes around a platform's own message.
    pub quotes: (&'static str, &'static str),
    /// After a code's C++ condition when C++ has no `std::errc` for it.
    pub no_std_errc: &'static str,
    /// Words only the site uses.
    pub site: SiteWords,
}

/// The words of the docs site's pages.
pub struct SiteWords {
    /// The site's name, in the header of every page.
    pub name: &'static str,
    /// The label of the search box.
    pub search_label: &'static str,
    /// The search box's placeholder.
    pub search_placeholder: &'static str,
    /// Shown when a search finds nothing.
    pub no_results: &'static str,
    /// Around the names a typo is near, when a search finds nothing else:
    /// `Did you mean ` … `?`.
    pub did_you_mean: (&'static str, &'static str),
    /// Shown where the browser runs no script.
    pub needs_script: &'static str,
    /// The link from a code's page to the whole catalogue.
    pub all_codes: &'static str,
    /// The column of a code page's native table that names the platform.
    pub platform_column: &'static str,
    /// The column of the native symbol.
    pub symbol_column: &'static str,
    /// The column of the native value.
    pub value_column: &'static str,
    /// The link to the code before this one.
    pub previous: &'static str,
    /// The link to the code after this one.
    pub next: &'static str,
    /// The accessible name of the links to the codes before and after.
    pub neighbours_label: &'static str,
    /// The search form's button, which opens the first result.
    pub go: &'static str,
    /// The heading of the index's column of one line per code.
    pub description_column: &'static str,
    /// The accessible name of the index's order buttons.
    pub order_label: &'static str,
    /// The button that puts the index back in the document's order.
    pub order_document: &'static str,
    /// The button that orders the index by code name.
    pub order_name: &'static str,
    /// After a platform's name, the button that orders the index by the
    /// platform's values (`Linux value`).
    pub order_value: &'static str,
    /// The column of a code page's native table with the system's own message.
    pub message_column: &'static str,
    /// The heading of a code page's causes, one subsection per platform.
    pub causes_heading: &'static str,
    /// The heading of the user's own line on a page that does not lead with it.
    pub document_heading: &'static str,
    /// The heading of a code page's operations and references.
    pub details_heading: &'static str,
}

/// The languages, English first.
pub const LANGUAGES: [Language; 2] = [
    Language {
        tag: "en",
        html_lang: "en",
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
        lead: |code| &code.summary,
        own_text: |_| None,
        own_message: |_| None,
        explanation: |code| &code.en,
        what_to_do: "What to do",
        colon: ": ",
        message_sources: "Where the system messages come from",
        quotes: ("“", "”"),
        no_std_errc: " (C++ has no `std::errc` for it)",
        site: SiteWords {
            name: "WMKC socket error codes",
            search_label: "Search the codes",
            search_placeholder: "104, connect[111], Connection reset by peer, 重置",
            no_results: "No code matches.",
            did_you_mean: ("Did you mean ", "?"),
            needs_script: "Searching needs JavaScript; the index below lists every code.",
            all_codes: "All codes",
            platform_column: "Platform",
            symbol_column: "Symbol",
            value_column: "Value",
            previous: "Previous",
            next: "Next",
            neighbours_label: "Neighbouring codes",
            go: "Go",
            description_column: "Summary",
            order_label: "Order",
            order_document: "As in the document",
            order_name: "By name",
            order_value: "value",
            message_column: "System message",
            causes_heading: "Causes",
            document_heading: "In the WMKC document",
            details_heading: "Operations and references",
        },
    },
    Language {
        tag: "zh",
        html_lang: "zh-CN",
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
        lead: |code| &code.zh,
        own_text: |code| Some(&code.zh),
        own_message: |native| native.message_zh.as_deref(),
        explanation: |code| &code.zh_explanation,
        what_to_do: "处理方法",
        colon: "：",
        message_sources: "系统消息的来源",
        quotes: ("“", "”"),
        no_std_errc: "（C++ 标准没有对应的 `std::errc`）",
        site: SiteWords {
            name: "WMKC 套接字错误代码",
            search_label: "搜索错误代码",
            search_placeholder: "104、connect[111]、连接被对方重设、重置",
            no_results: "没有匹配的代码。",
            did_you_mean: ("你是不是要找 ", "？"),
            needs_script: "搜索需要 JavaScript；下面的索引列出了全部代码。",
            all_codes: "全部代码",
            platform_column: "平台",
            symbol_column: "符号",
            value_column: "数值",
            previous: "上一个",
            next: "下一个",
            neighbours_label: "相邻的代码",
            go: "查找",
            description_column: "说明",
            order_label: "排序",
            order_document: "文档顺序",
            order_name: "按名称",
            order_value: "数值",
            message_column: "系统消息",
            causes_heading: "原因",
            document_heading: "WMKC 文档原文",
            details_heading: "操作与参考资料",
        },
    },
];
