//! The command line: its arguments, its help and its usage errors, in the
//! output language. The language must be known before clap reads the
//! arguments (it writes `--help` and the errors), so `--lang` is read first
//! on its own ([`language_flag`]), then the locale.
//!
//! English is the derive's own text (the doc comments below). Chinese
//! replaces every text clap shows: the about texts, each argument's help and
//! value name, the usage, the examples, the headings (through a help
//! template) and the possible and default values (hidden, and written into
//! the help texts instead). clap writes its errors in English only, so a
//! Chinese error is written here from the error's kind and context
//! ([`chinese_error`]); a kind this command cannot produce keeps clap's
//! English message after the Chinese `错误：`.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::{PossibleValuesParser, StringValueParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser};
use wmkc_net_err::Operation;

use crate::language::Language;

const USAGE: &str = "wmkc-net-err [OPTIONS] <QUERY>...\n       wmkc-net-err [OPTIONS] --op <OPERATION>\n       wmkc-net-err [OPTIONS] --list";

const EXAMPLES: &str = "\
Examples:
  wmkc-net-err 111                          a Linux errno
  wmkc-net-err 10061                        a Winsock code
  wmkc-net-err 'connect[111]'               a number as a log writes it; also -104, 0x2746
  wmkc-net-err 'Connection reset by peer'   the system's message, or words from a log
  wmkc-net-err ECONNREFUSED                 a name; full codes and symbols too, several at once
  wmkc-net-err --lang zh 104                in Chinese
  wmkc-net-err --json 111                   one JSON object per match, for scripts
  wmkc-net-err --op connect                 the codes connect can report
  wmkc-net-err --list --windows             every code Windows reports

Exit status: 0 when every query matches a code, 1 when one does not (a near name
is suggested), 2 for a usage error.";

const LONG_ABOUT: &str = "Looks up WMKC socket error codes (WMKC_NET_ERR_*) from whatever a log \
says, for Linux and Windows, in English or Chinese.\n\nA number in any form a log writes it (111, \
connect[111], errno 104, -104, 0x2746, the HRESULT 0x80072746) is tried as a Linux errno and as a \
Winsock code; when it means a code on both, both are shown. Names are read in any letter case. The \
system's messages (strerror, FormatMessage) match whole or in part, in English or Chinese, and so do \
words of the codes' texts. A single name or number prints the code in full; any other query prints \
the best matches, one code per line (at most 10). Quote a query with spaces: \
wmkc-net-err 'Connection reset by peer'.";

/// The help of the queries.
const QUERY_HELP: &str = "What to look up: a number (111, 10061, connect[111], -104, 0x2746), a \
name (ECONNREFUSED), a full code (WMKC_NET_ERR_ECONNREFUSED), a native symbol (WSAECONNREFUSED), \
or text from a log, such as the system's message ('Connection reset by peer'). Each argument is one \
query.";

/// Looks up WMKC socket error codes (WMKC_NET_ERR_*) from whatever a log
/// says: a number, a name or symbol, the system's message or words, in
/// English or Chinese.
#[derive(Debug, Parser)]
#[command(name = "wmkc-net-err", version, after_help = EXAMPLES, long_about = LONG_ABOUT)]
#[command(override_usage = USAGE, disable_help_flag = true, disable_version_flag = true)]
pub struct Cli {
    /// The queries (the help is [`QUERY_HELP`]: a doc comment would read
    /// `connect[111]` as a link).
    #[arg(
        value_name = "QUERY",
        help = QUERY_HELP,
        long_help = QUERY_HELP,
        allow_negative_numbers = true,
        required_unless_present_any = ["list", "op"],
        conflicts_with_all = ["list", "op"],
        value_parser = not_blank(Language::En),
    )]
    pub queries: Vec<String>,

    /// Only Linux: numbers are errno values, and only codes Linux reports are shown.
    #[arg(long, conflicts_with = "windows")]
    pub linux: bool,

    /// Only Windows: numbers are Winsock codes, and only codes Windows reports are shown.
    #[arg(long)]
    pub windows: bool,

    /// List the codes this socket operation can report.
    #[arg(long, value_name = "OPERATION", conflicts_with = "list", value_parser = operation_parser())]
    pub op: Option<Operation>,

    /// List every code as a table.
    #[arg(long)]
    pub list: bool,

    /// The language of the output and of this help [default: from LC_ALL,
    /// LC_MESSAGES or LANG: Chinese for zh*, else English].
    #[arg(long, value_enum)]
    pub lang: Option<Language>,

    /// Print one JSON object per line (per match) instead of text.
    #[arg(long)]
    pub json: bool,

    /// When to use colour: auto uses it on a terminal, unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print help (see more with '--help').
    #[arg(short, long, action = ArgAction::Help, long_help = "Print help (see a summary with '-h').")]
    help: Option<bool>,

    /// Print version.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even into a pipe.
    Always,
    /// Never.
    Never,
}

/// The operation names of the catalogue; clap lists them and suggests the nearest.
fn operation_parser() -> impl TypedValueParser<Value = Operation> {
    PossibleValuesParser::new(Operation::ALL.iter().map(|op| op.name()))
        .try_map(|name| name.parse::<Operation>())
}

/// A query: any text but an empty one or only spaces, refused with the
/// reason in `language` (a usage error, exit 2).
fn not_blank(language: Language) -> impl TypedValueParser<Value = String> {
    StringValueParser::new().try_map(move |text: String| {
        if !text.trim().is_empty() {
            return Ok(text);
        }
        Err(match language {
            Language::En => "a query cannot be empty or only spaces",
            Language::Zh => "查询不能为空，也不能只有空格",
        })
    })
}

/// The Chinese help of each argument, by id. Value names stay as they are
/// (`<QUERY>`): clap measures them in characters, not terminal columns, so
/// ideographs there would push the help out of line.
fn chinese_help(id: &str) -> Option<String> {
    let operations: Vec<&str> = Operation::ALL.iter().map(|op| op.name()).collect();
    Some(match id {
        "queries" => {
            "要查找的内容：数值（111、10061、connect[111]、-104、0x2746）、名称（ECONNREFUSED）、\
完整代码（WMKC_NET_ERR_ECONNREFUSED）、平台符号（WSAECONNREFUSED），或日志里的文字，\
例如系统的消息（'Connection reset by peer'、'连接被对方重设'）。每个参数是一个查询。"
                .to_string()
        }
        "linux" => "只看 Linux：数值是 errno，只显示 Linux 报告的代码。".to_string(),
        "windows" => "只看 Windows：数值是 Winsock 代码，只显示 Windows 报告的代码。".to_string(),
        "op" => format!(
            "列出这个套接字操作可能报告的代码（可选值：{}）。",
            operations.join("、")
        ),
        "list" => "以表格列出全部代码。".to_string(),
        "lang" => "输出和本帮助的语言：en（英文）或 zh（中文）［默认：取自 LC_ALL、LC_MESSAGES 或 \
LANG，zh* 为中文，否则为英文］。"
            .to_string(),
        "json" => "每行输出一个 JSON 对象（每个匹配一个），而不是文字。".to_string(),
        "color" => "何时使用颜色：auto（在终端上使用，除非设置了 NO_COLOR）、always（总是使用，\
输出到管道也用）或 never（从不使用）［默认：auto］。"
            .to_string(),
        "help" => "显示帮助（--help 显示更多）。".to_string(),
        "version" => "显示版本。".to_string(),
        _ => return None,
    })
}

const CHINESE_ABOUT: &str = "从日志里的任何内容查找 WMKC 套接字错误代码（WMKC_NET_ERR_*）：数值、名称或符号、系统的消息或词语，中英文皆可。";

const CHINESE_LONG_ABOUT: &str = "从日志里的任何内容查找 WMKC 套接字错误代码（WMKC_NET_ERR_*），\
适用于 Linux 和 Windows，用中文或英文输出。\n\n日志里各种写法的数值（111、connect[111]、errno 104、\
-104、0x2746、HRESULT 0x80072746）都会当作 Linux 的 errno 和 Winsock 代码来查；在两个平台上都对应\
代码时，两个都显示。名称不区分大小写。系统的消息（strerror、FormatMessage）整句或部分都能匹配，\
中英文皆可；代码说明里的词语也能匹配。单个名称或数值显示代码的完整条目；其他查询按匹配程度列出\
代码，每行一个（最多 10 个）。含空格的查询请加引号：wmkc-net-err '连接被对方重设'。";

const CHINESE_USAGE: &str = "wmkc-net-err [选项] <QUERY>...\n      wmkc-net-err [选项] --op <OPERATION>\n      wmkc-net-err [选项] --list";

const CHINESE_EXAMPLES: &str = "\
示例：
  wmkc-net-err 111                          Linux 的 errno
  wmkc-net-err 10061                        Winsock 代码
  wmkc-net-err 'connect[111]'               日志里写法的数值；-104、0x2746 也可以
  wmkc-net-err '连接被对方重设'             系统的消息，或日志里的词语
  wmkc-net-err ECONNREFUSED                 名称；完整代码和符号也可以，可一次查多个
  wmkc-net-err --lang en 104                用英文
  wmkc-net-err --json 111                   每个匹配输出一个 JSON 对象，供脚本使用
  wmkc-net-err --op connect                 connect 可能报告的代码
  wmkc-net-err --list --windows             Windows 报告的全部代码

退出状态：每个查询都匹配到代码时为 0；有查询没有匹配时为 1（会提示相近的名称）；
用法错误为 2。";

const CHINESE_TEMPLATE: &str = "{before-help}{about-with-newline}\n用法：{usage}\n\n参数：\n{positionals}\n\n选项：\n{options}{after-help}";

/// The command line in `language`.
pub fn command(language: Language) -> clap::Command {
    let command = Cli::command();
    match language {
        Language::En => command,
        Language::Zh => {
            let ids: Vec<String> = command
                .get_arguments()
                .map(|arg| arg.get_id().to_string())
                .collect();
            let mut command = command
                .about(CHINESE_ABOUT)
                .long_about(CHINESE_LONG_ABOUT)
                .override_usage(CHINESE_USAGE)
                .after_help(CHINESE_EXAMPLES)
                .help_template(CHINESE_TEMPLATE);
            for id in ids {
                let Some(help) = chinese_help(&id) else {
                    continue;
                };
                command = command.mut_arg(id.as_str(), |arg| {
                    let arg = arg.help(help.clone()).long_help(help);
                    // The possible and default values are in the help text.
                    if arg.get_action().takes_values() {
                        arg.hide_possible_values(true).hide_default_value(true)
                    } else {
                        arg
                    }
                });
            }
            command.mut_arg("queries", |arg| arg.value_parser(not_blank(Language::Zh)))
        }
    }
}

/// The language `--lang` names among `args` (the program's name first),
/// read before clap reads them: `--lang zh` or `--lang=zh`, up to `--`.
pub fn language_flag(args: &[OsString]) -> Option<Language> {
    let mut rest = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(arg) = rest.next() {
        let value = match arg {
            Some("--") => return None,
            Some("--lang") => rest.next().flatten(),
            Some(arg) => arg.strip_prefix("--lang="),
            None => None,
        };
        match value {
            Some("en") => return Some(Language::En),
            Some("zh") => return Some(Language::Zh),
            _ => {}
        }
    }
    None
}

/// What reading the arguments gives: the command line, or the text clap
/// (or this module) writes instead and the status to exit with.
pub enum Parsed {
    /// The arguments, read.
    Run(Cli),
    /// Help or the version (stdout, exit 0), or a usage error (stderr, exit 2).
    Stop(clap::Error),
    /// A usage error in Chinese (stderr, exit 2).
    ChineseError(String),
}

/// Reads `args` with the command line in `language`.
pub fn parse(args: &[OsString], language: Language) -> Parsed {
    let error = match command(language)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => return Parsed::Run(cli),
        Err(error) => error,
    };
    let is_output = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    match language {
        Language::Zh if !is_output => Parsed::ChineseError(chinese_error(&error)),
        _ => Parsed::Stop(error),
    }
}

/// A context value as Chinese prose lists it: several joined with `、`.
fn listed(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(items) => items.join("、"),
        ContextValue::StyledStrs(items) => items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("、"),
        other => other.to_string(),
    }
}

/// A usage error in Chinese, as clap lays its own out: the error, tips,
/// the usage where clap gives it, and where to read more.
pub fn chinese_error(error: &clap::Error) -> String {
    let get = |kind: ContextKind| error.get(kind).map(listed);
    let quoted = |kind: ContextKind| {
        get(kind)
            .map(|text| format!("'{text}'"))
            .unwrap_or_default()
    };
    let mut out = String::from("错误：");
    let mut tips: Vec<String> = Vec::new();
    match error.kind() {
        ErrorKind::InvalidValue => {
            let _ = write!(
                out,
                "参数 {} 不接受值 {}",
                quoted(ContextKind::InvalidArg),
                quoted(ContextKind::InvalidValue)
            );
            if let Some(valid) = get(ContextKind::ValidValue) {
                let _ = write!(out, "\n  [可选值：{valid}]");
            }
            if let Some(near) = get(ContextKind::SuggestedValue) {
                tips.push(format!("相近的值：'{near}'"));
            }
        }
        ErrorKind::ValueValidation => {
            let _ = write!(
                out,
                "参数 {} 的值 {} 无效",
                quoted(ContextKind::InvalidArg),
                quoted(ContextKind::InvalidValue)
            );
            if let Some(reason) = std::error::Error::source(error) {
                let _ = write!(out, "：{reason}");
            }
        }
        ErrorKind::UnknownArgument => {
            let argument = get(ContextKind::InvalidArg).unwrap_or_default();
            let _ = write!(out, "未知的参数 '{argument}'");
            if let Some(near) = get(ContextKind::SuggestedArg) {
                tips.push(format!("相近的参数：'{near}'"));
            } else if argument.starts_with('-') {
                tips.push(format!("要把 '{argument}' 当作查询，请写 '-- {argument}'"));
            }
        }
        ErrorKind::ArgumentConflict => {
            let _ = write!(
                out,
                "参数 {} 不能与 {} 一起使用",
                quoted(ContextKind::InvalidArg),
                quoted(ContextKind::PriorArg)
            );
        }
        ErrorKind::MissingRequiredArgument => {
            let _ = write!(
                out,
                "缺少必需的参数：{}",
                get(ContextKind::InvalidArg).unwrap_or_default()
            );
        }
        ErrorKind::InvalidUtf8 => out.push_str("参数不是有效的 UTF-8 文字"),
        // Kinds this command cannot produce: clap's English message.
        _ => {
            let english = error.render().to_string();
            let message = english.lines().next().unwrap_or_default();
            out.push_str(message.strip_prefix("error: ").unwrap_or(message));
        }
    }
    for tip in tips {
        let _ = write!(out, "\n\n  提示：{tip}");
    }
    if error.get(ContextKind::Usage).is_some() {
        let _ = write!(out, "\n\n用法：{CHINESE_USAGE}");
    }
    out.push_str("\n\n更多信息请运行 'wmkc-net-err --help'。\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("wmkc-net-err")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_command_line_is_consistent_in_both_languages() {
        command(Language::En).debug_assert();
        command(Language::Zh).debug_assert();
    }

    #[test]
    fn every_argument_has_a_chinese_help() {
        let english = Cli::command();
        let ids: Vec<String> = english
            .get_arguments()
            .map(|arg| arg.get_id().to_string())
            .collect();
        for id in &ids {
            let help = chinese_help(id).unwrap_or_else(|| panic!("{id}: no Chinese help"));
            assert!(
                help.chars().any(wmkc_net_err_lookup::is_cjk),
                "{id}: {help}"
            );
        }
        for id in [
            "queries", "linux", "windows", "op", "list", "lang", "json", "color", "help", "version",
        ] {
            assert!(ids.iter().any(|known| known == id), "{id} is an argument");
        }
    }

    #[test]
    fn lang_is_read_before_clap() {
        assert_eq!(
            language_flag(&args(&["--lang", "zh", "1"])),
            Some(Language::Zh)
        );
        assert_eq!(
            language_flag(&args(&["1", "--lang=en"])),
            Some(Language::En)
        );
        assert_eq!(language_flag(&args(&["--lang", "fr"])), None);
        assert_eq!(language_flag(&args(&["--", "--lang", "zh"])), None);
        assert_eq!(language_flag(&args(&["--lang"])), None);
        assert_eq!(language_flag(&args(&[])), None);
    }
}
