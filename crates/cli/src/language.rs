//! The language of the output: `--lang`, else the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, the order POSIX gives them), and the words
//! each language uses.

use clap::ValueEnum;
use wmkc_net_err::{NetError, Platform};

/// The language the command writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Language {
    /// English.
    En,
    /// Chinese.
    Zh,
}

/// The locale variables that name the language of messages, strongest first.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Language {
    /// The language the locale asks for: Chinese for `zh*` (`zh_CN.UTF-8`,
    /// `zh_TW`), English for anything else or nothing. `lookup` reads one
    /// variable; the first one set and not empty decides, as in C's `setlocale`.
    pub fn from_locale(lookup: impl Fn(&str) -> Option<String>) -> Language {
        let locale = LOCALE_VARIABLES
            .iter()
            .filter_map(|name| lookup(name))
            .find(|value| !value.is_empty());
        match locale {
            Some(value) if value.starts_with("zh") => Language::Zh,
            _ => Language::En,
        }
    }

    /// The words of this language.
    pub fn words(self) -> &'static Words {
        match self {
            Language::En => &EN,
            Language::Zh => &ZH,
        }
    }

    /// The code's page on the docs site in this language, if the site is published.
    pub fn page(self, code: NetError) -> Option<&'static str> {
        match self {
            Language::En => code.page_en(),
            Language::Zh => code.page_zh(),
        }
    }
}

/// Labels and messages in one language.
pub struct Words {
    /// The label of the full code (`WMKC_NET_ERR_…`).
    pub code: &'static str,
    /// The label of what the input matched.
    pub matched: &'static str,
    /// The label of the operations.
    pub operations: &'static str,
    /// The label of the docs site's page.
    pub page: &'static str,
    /// The label of the English text, in the Chinese output.
    pub english: &'static str,
    /// The label of the Chinese text, in the English output.
    pub chinese: &'static str,
    /// The label of what to do.
    pub what_to_do: &'static str,
    /// A label's colon, with the space after it.
    pub colon: &'static str,
    /// Before the code a shared value decodes to.
    pub decodes_as: &'static str,
    /// What a platform that does not report the code shows.
    pub not_reported: &'static str,
    /// The table's first column.
    pub code_column: &'static str,
    /// The table's last column.
    pub text_column: &'static str,
    /// A number that matched on a platform: `Linux errno 111`.
    pub matched_number: fn(Platform, i32) -> String,
    /// Between a message and its suggestion.
    pub separator: &'static str,
    /// No code has this number on the platforms looked at.
    pub no_number: fn(&str, &[Platform]) -> String,
    /// No code has this name.
    pub no_name: fn(&str) -> String,
    /// Nothing in this text matches a code.
    pub no_match: fn(&str) -> String,
    /// The code exists but the platform asked for does not report it.
    pub not_on_platform: fn(NetError, Platform) -> String,
    /// Near misses: `did you mean A or B?`.
    pub did_you_mean: fn(&[&str]) -> String,
}

/// `A`, `A or B`, `A, B or C`.
fn either(options: &[&str], comma: &str, or: &str) -> String {
    match options.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{}{or}{last}", rest.join(comma)),
        None => String::new(),
    }
}

fn platform_list(platforms: &[Platform], or: &str) -> String {
    let names: Vec<&str> = platforms.iter().map(|p| p.name()).collect();
    either(&names, ", ", or)
}

static EN: Words = Words {
    code: "code",
    matched: "matched",
    operations: "operations",
    page: "page",
    english: "English",
    chinese: "Chinese",
    what_to_do: "What to do",
    colon: ": ",
    decodes_as: "decodes as",
    not_reported: "not reported",
    code_column: "CODE",
    text_column: "SUMMARY",
    matched_number: |platform, value| match platform {
        Platform::Linux => format!("Linux errno {value}"),
        Platform::Windows => format!("Windows (Winsock) code {value}"),
    },
    separator: "; ",
    no_number: |input, platforms| {
        format!(
            "{input}: no WMKC code has this number on {}",
            platform_list(platforms, " or ")
        )
    },
    no_name: |input| format!("{input:?}: no WMKC code, name or symbol is spelled this way"),
    no_match: |input| {
        format!("{input:?}: no WMKC code matches: no name, number, system message or word of it")
    },
    not_on_platform: |code, platform| {
        format!(
            "{}: {} does not report this code (it is reported on {})",
            code.name(),
            platform.name(),
            platform_list(code.platforms(), " and ")
        )
    },
    did_you_mean: |options| format!("did you mean {}?", either(options, ", ", " or ")),
};

static ZH: Words = Words {
    code: "代码",
    matched: "匹配",
    operations: "操作",
    page: "页面",
    english: "英文",
    chinese: "中文",
    what_to_do: "处理方法",
    colon: "：",
    decodes_as: "解码为",
    not_reported: "不报告",
    code_column: "代码",
    text_column: "说明",
    matched_number: |platform, value| match platform {
        Platform::Linux => format!("Linux 的 errno {value}"),
        Platform::Windows => format!("Windows 的 Winsock 代码 {value}"),
    },
    separator: "；",
    no_number: |input, platforms| {
        format!(
            "{input}：{} 上没有这个数值的 WMKC 代码",
            platform_list(platforms, " 或 ")
        )
    },
    no_name: |input| format!("{input:?}：没有这样拼写的 WMKC 代码、名称或符号"),
    no_match: |input| {
        format!("{input:?}：没有匹配的 WMKC 代码（名称、数值、系统消息和词语都不匹配）")
    },
    not_on_platform: |code, platform| {
        format!(
            "{}：{} 不报告这个代码（报告它的平台：{}）",
            code.name(),
            platform.name(),
            platform_list(code.platforms(), "、")
        )
    },
    did_you_mean: |options| format!("你是不是要找 {}？", either(options, "、", " 或 ")),
};

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(pairs: &[(&str, &str)]) -> Language {
        Language::from_locale(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        assert_eq!(locale(&[]), Language::En);
        assert_eq!(locale(&[("LANG", "zh_CN.UTF-8")]), Language::Zh);
        assert_eq!(locale(&[("LANG", "zh_TW")]), Language::Zh);
        assert_eq!(locale(&[("LANG", "en_US.UTF-8")]), Language::En);
        assert_eq!(locale(&[("LANG", "C")]), Language::En);
        assert_eq!(
            locale(&[("LANG", "zh_CN.UTF-8"), ("LC_MESSAGES", "en_GB")]),
            Language::En
        );
        assert_eq!(
            locale(&[("LC_ALL", "zh_CN"), ("LC_MESSAGES", "en_GB"), ("LANG", "C")]),
            Language::Zh
        );
        // An empty variable counts as unset.
        assert_eq!(
            locale(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")]),
            Language::Zh
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(either(&[], ", ", " or "), "");
        assert_eq!(either(&["A"], ", ", " or "), "A");
        assert_eq!(either(&["A", "B"], ", ", " or "), "A or B");
        assert_eq!(either(&["A", "B", "C"], ", ", " or "), "A, B or C");
        assert_eq!(
            (EN.did_you_mean)(&["ECONNREFUSED"]),
            "did you mean ECONNREFUSED?"
        );
    }
}
