//! `cargo xtask gen` writes `generated/` from `spec/net_errors.yaml`;
//! `cargo xtask check` fails when `generated/` differs from what `gen` would write.
//!
//! Exit status: 0 done or no drift; 1 drift (check); 2 invalid spec, bad
//! usage, or an output folder that cannot be written.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::write;

const USAGE: &str = "usage: cargo xtask <gen|check> [--spec PATH] [--out DIR]
       cargo xtask synth N > PATH

  gen     write the generated tree from the spec
  check   compare the generated tree with the spec; exit 1 and show a diff on drift
  synth   print a valid synthetic spec of N codes (at most 4095), for benchmarks

  --spec PATH   the spec (default: spec/net_errors.yaml in the workspace)
  --out DIR     the generated tree (default: generated/ in the workspace)";

enum Command {
    Gen,
    Check,
}

struct Args {
    command: Command,
    spec: PathBuf,
    out: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args_os().skip(1);
    let command = match args.next().as_ref().and_then(|a| a.to_str()) {
        Some("synth") => {
            let count = args.next().and_then(|n| n.to_str()?.parse::<usize>().ok());
            match count {
                Some(count)
                    if (1..=xtask::synth::MAX_CODES).contains(&count) && args.next().is_none() =>
                {
                    print!("{}", xtask::synth::spec(count));
                    std::process::exit(0);
                }
                _ => {
                    return Err(format!(
                        "`synth` takes one count from 1 to {}",
                        xtask::synth::MAX_CODES
                    ));
                }
            }
        }
        Some("gen") => Command::Gen,
        Some("check") => Command::Check,
        Some(other) => return Err(format!("unknown command `{other}`")),
        None => return Err("no command given".to_string()),
    };
    let mut spec = xtask::default_spec();
    let mut out = xtask::default_out();
    while let Some(flag) = args.next() {
        let target = match flag.to_str() {
            Some("--spec") => &mut spec,
            Some("--out") => &mut out,
            _ => return Err(format!("unknown argument `{}`", flag.to_string_lossy())),
        };
        *target = args
            .next()
            .map(PathBuf::from)
            .ok_or_else(|| format!("`{}` needs a path", flag.to_string_lossy()))?;
    }
    Ok(Args { command, spec, out })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let files = match xtask::generate(&args.spec, &args.out) {
        Ok(files) => files,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "{} problem(s) in the spec; nothing was written.",
                problems.len()
            );
            return ExitCode::from(2);
        }
    };
    // gen holds the output folder for the whole plan-and-apply; check only reads.
    let _lock = match args.command {
        Command::Gen => match write::lock(&args.out) {
            Ok(lock) => Some(lock),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
        Command::Check => None,
    };
    let plan = match write::plan(&args.out, &files) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    match args.command {
        Command::Gen => match write::apply(&args.out, &plan) {
            Ok(touched) if touched.is_empty() => {
                println!(
                    "{} is up to date ({} files).",
                    args.out.display(),
                    files.len()
                );
                ExitCode::SUCCESS
            }
            Ok(touched) => {
                for path in &touched {
                    println!("wrote {}", args.out.join(path).display());
                }
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
        Command::Check => match write::report(&plan, &args.out.display().to_string()) {
            None => {
                println!(
                    "{} matches the spec ({} files).",
                    args.out.display(),
                    files.len()
                );
                ExitCode::SUCCESS
            }
            Some(report) => {
                print!("{report}");
                println!(
                    "\n{} is out of date with the spec. Run `cargo xtask gen` and commit the result.",
                    args.out.display()
                );
                ExitCode::from(1)
            }
        },
    }
}
