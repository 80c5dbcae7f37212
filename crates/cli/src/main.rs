//! `wmkc-net-err`: what a WMKC socket error code means, looked up by the
//! number in a log (a Linux errno or a Winsock code), its name, its full
//! code or its native symbol, in English or Chinese.

mod language;
mod lookup;
mod output;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use wmkc_net_err::{NetError, Operation, Platform};

use crate::language::Language;
use crate::lookup::Miss;
use crate::output::Record;

const EXAMPLES: &str = "\
Examples:
  wmkc-net-err 111                 a Linux errno
  wmkc-net-err 10061               a Winsock code
  wmkc-net-err ECONNREFUSED        a name; full codes and symbols too, several at once
  wmkc-net-err --lang zh 104       in Chinese
  wmkc-net-err --json 111          one JSON object per match, for scripts
  wmkc-net-err --op connect        the codes connect can report
  wmkc-net-err --list --windows    every code Windows reports

Exit status: 0 when every argument names a code, 1 when one does not, 2 for a usage error.";

/// Looks up WMKC socket error codes (WMKC_NET_ERR_*) by number, name or
/// symbol, for Linux and Windows, in English or Chinese.
#[derive(Debug, Parser)]
#[command(name = "wmkc-net-err", version, after_help = EXAMPLES)]
#[command(
    override_usage = "wmkc-net-err [OPTIONS] <CODE>...\n       wmkc-net-err [OPTIONS] --op <OPERATION>\n       wmkc-net-err [OPTIONS] --list"
)]
#[command(
    long_about = "Looks up WMKC socket error codes (WMKC_NET_ERR_*) by number, name or symbol, \
for Linux and Windows, in English or Chinese.\n\nA number is tried as a Linux errno and as a Winsock \
code; when it means a code on both, both are shown. Names are read in any letter case."
)]
struct Cli {
    /// What to look up: a number (111, 10061), a name (ECONNREFUSED), a full
    /// code (WMKC_NET_ERR_ECONNREFUSED) or a native symbol (WSAECONNREFUSED).
    #[arg(
        value_name = "CODE",
        allow_negative_numbers = true,
        required_unless_present_any = ["list", "op"],
        conflicts_with_all = ["list", "op"]
    )]
    codes: Vec<String>,

    /// Only Linux: numbers are errno values, and only codes Linux reports are shown.
    #[arg(long, conflicts_with = "windows")]
    linux: bool,

    /// Only Windows: numbers are Winsock codes, and only codes Windows reports are shown.
    #[arg(long)]
    windows: bool,

    /// List the codes this socket operation can report.
    #[arg(long, value_name = "OPERATION", conflicts_with = "list", value_parser = operation_parser())]
    op: Option<Operation>,

    /// List every code as a table.
    #[arg(long)]
    list: bool,

    /// The language of the output [default: from LC_ALL, LC_MESSAGES or LANG:
    /// Chinese for zh*, else English].
    #[arg(long, value_enum)]
    lang: Option<Language>,

    /// Print one JSON object per line (per match) instead of text.
    #[arg(long)]
    json: bool,

    /// When to use colour: auto uses it on a terminal, unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    anstream::ColorChoice::write_global(match cli.color {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    });
    let language = cli
        .lang
        .unwrap_or_else(|| Language::from_locale(|name| std::env::var(name).ok()));
    let mut out = anstream::stdout().lock();
    match run(&cli, language, &mut out).and_then(|status| out.flush().map(|()| status)) {
        Ok(status) => status,
        // A reader that stopped early (`| head`) is not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(anstream::stderr(), "wmkc-net-err: cannot write: {err}");
            ExitCode::from(2)
        }
    }
}

/// The platforms `--linux` and `--windows` leave.
fn platforms(cli: &Cli) -> &'static [Platform] {
    match (cli.linux, cli.windows) {
        (true, _) => &[Platform::Linux],
        (_, true) => &[Platform::Windows],
        _ => Platform::ALL,
    }
}

fn run(cli: &Cli, language: Language, out: &mut impl Write) -> io::Result<ExitCode> {
    let platforms = platforms(cli);
    let on_platforms = |code: &NetError| lookup::reported_on(*code, platforms);
    if cli.list || cli.op.is_some() {
        let codes: Vec<NetError> = match cli.op {
            Some(op) => op.errors().filter(on_platforms).collect(),
            None => NetError::ALL.iter().copied().filter(on_platforms).collect(),
        };
        if cli.json {
            for code in codes {
                Record::new(code, None, language).write(out)?;
            }
        } else {
            output::table(out, &codes, language)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let words = language.words();
    let mut missed = false;
    let mut first = true;
    for input in &cli.codes {
        match lookup::look_up(input, platforms) {
            Ok(matches) => {
                for found in matches {
                    if cli.json {
                        Record::new(found.code, Some((input, found.via)), language).write(out)?;
                    } else {
                        if !first {
                            writeln!(out)?;
                        }
                        output::entry(out, &found, language)?;
                    }
                    first = false;
                }
            }
            Err(miss) => {
                missed = true;
                // What was found so far comes first, in order, then the miss.
                out.flush()?;
                let message = match miss {
                    Miss::Number => (words.no_number)(input.trim(), platforms),
                    Miss::NotOnPlatform(code, platform) => (words.not_on_platform)(code, platform),
                    Miss::Name { suggestions } if suggestions.is_empty() => {
                        (words.no_name)(input.trim())
                    }
                    Miss::Name { suggestions } => format!(
                        "{}{}{}",
                        (words.no_name)(input.trim()),
                        words.separator,
                        (words.did_you_mean)(&suggestions)
                    ),
                };
                let error = anstyle::Style::new()
                    .bold()
                    .fg_color(Some(anstyle::AnsiColor::Red.into()));
                let _ = writeln!(
                    anstream::stderr(),
                    "{error}wmkc-net-err:{error:#} {message}"
                );
            }
        }
    }
    Ok(if missed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
