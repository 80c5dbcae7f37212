//! `wmkc-net-err`: what a WMKC socket error code means, looked up from
//! whatever a log says (a number in any log form, a name, full code or
//! symbol, the system's message, words), in English or Chinese. The lookup
//! is the `wmkc-net-err-lookup` crate's, the same the docs site's search runs.

mod cli;
mod language;
mod lookup;
mod output;

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use wmkc_net_err::{NetError, Platform};

use crate::cli::{Cli, ColorChoice, Parsed};
use crate::language::Language;
use crate::lookup::Miss;
use crate::output::Record;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The language of the help and the usage errors too: known before clap reads the rest.
    let language = cli::language_flag(&args)
        .unwrap_or_else(|| Language::from_locale(|name| std::env::var(name).ok()));
    let cli = match cli::parse(&args, language) {
        Parsed::Run(cli) => cli,
        // Help and the version exit 0, usage errors 2.
        Parsed::Stop(error) => error.exit(),
        Parsed::ChineseError(message) => {
            let style = error_style();
            let message = message.replacen("错误：", &format!("{style}错误：{style:#}"), 1);
            let _ = write!(anstream::stderr(), "{message}");
            return ExitCode::from(2);
        }
    };
    anstream::ColorChoice::write_global(match cli.color {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    });
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

fn error_style() -> anstyle::Style {
    anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()))
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
    let index = lookup::index();
    let mut missed = false;
    let mut first = true;
    for query in &cli.queries {
        match lookup::look_up(&index, query, platforms) {
            Ok(answer) => {
                if cli.json {
                    for found in &answer.found {
                        Record::new(found.code, Some((query, found)), language).write(out)?;
                    }
                    continue;
                }
                if !first {
                    writeln!(out)?;
                }
                first = false;
                if answer.exact {
                    for (at, found) in answer.found.iter().enumerate() {
                        if at > 0 {
                            writeln!(out)?;
                        }
                        output::entry(out, found.code, found.number(), language)?;
                    }
                } else {
                    let codes: Vec<NetError> = answer.found.iter().map(|f| f.code).collect();
                    output::lines(out, &codes, language)?;
                }
            }
            Err(miss) => {
                missed = true;
                // What was found so far comes first, in order, then the miss.
                out.flush()?;
                let input = query.trim();
                let message = match miss {
                    Miss::Number => (words.no_number)(input, platforms),
                    Miss::NotOnPlatform(code, platform) => (words.not_on_platform)(code, platform),
                    Miss::Nothing {
                        name_like,
                        suggestions,
                    } => {
                        let missing = if name_like {
                            (words.no_name)(input)
                        } else {
                            (words.no_match)(input)
                        };
                        if suggestions.is_empty() {
                            missing
                        } else {
                            let near: Vec<&str> = suggestions.iter().map(String::as_str).collect();
                            format!(
                                "{missing}{}{}",
                                words.separator,
                                (words.did_you_mean)(&near)
                            )
                        }
                    }
                };
                let style = error_style();
                let _ = writeln!(
                    anstream::stderr(),
                    "{style}wmkc-net-err:{style:#} {message}"
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
