//! `cargo xtask gen` writes `generated/` from `spec/net_errors.yaml`;
//! `cargo xtask check` fails when `generated/` differs from what `gen` would
//! write; `cargo xtask site` builds the docs site. All three are one run of
//! `xtask::pipeline`; this file only reads the command line and says what
//! the run did.
//!
//! Exit status: 0 done or no drift; 1 drift (check); 2 invalid spec, bad
//! usage, or an output folder that cannot be written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use xtask::pipeline::{self, Failure, Outcome, Tree};
use xtask::write::Change;

mod prove;

/// Exit status of `check` when the tree has drifted from the spec.
const DRIFT: u8 = 1;
/// Exit status for an invalid spec, bad usage or an output folder that cannot be written.
const FAILURE: u8 = 2;

/// The generator of wmkc-net-err: turns the YAML spec of the socket error
/// codes into the Rust crate and docs under generated/.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
#[command(after_help = "Exit status: 0 done or no drift; 1 drift (check); \
                        2 invalid spec, bad usage, or an output folder that cannot be written.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the generated tree from the spec (only changed files are rewritten).
    Gen(Paths),
    /// Compare the generated tree with the spec; exit 1 and show a diff on drift.
    Check(Paths),
    /// Build the docs site (HTML, search included) into target/site/; open its index.html.
    Site(SitePaths),
    /// Print a valid synthetic spec of N codes, for benchmarks and scale tests.
    Synth {
        /// How many codes the spec holds.
        #[arg(value_parser = clap::value_parser!(u16).range(1..=xtask::synth::MAX_CODES as i64))]
        count: u16,
    },
    /// Run the heavy proofs `cargo test --workspace` leaves out: the 2^32 sweep, the C and C++ compiler matrix and Wine, the 4,000-code scale test, long property runs, the site in Chromium.
    Prove,
}

/// Where the spec and the generated tree are.
#[derive(Args)]
struct Paths {
    /// The spec [default: spec/net_errors.yaml in the workspace]
    #[arg(long, value_name = "PATH")]
    spec: Option<PathBuf>,
    /// The generated tree [default: generated/ in the workspace]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Where the spec and the site are.
#[derive(Args)]
struct SitePaths {
    /// The spec [default: spec/net_errors.yaml in the workspace]
    #[arg(long, value_name = "PATH")]
    spec: Option<PathBuf>,
    /// The site's folder [default: target/site/ in the workspace]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    // clap prints usage errors (exit 2) and help (exit 0) itself.
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Gen(paths) => run(Tree::Generated, &paths.spec(), &paths.out(), false),
        Command::Check(paths) => run(Tree::Generated, &paths.spec(), &paths.out(), true),
        Command::Site(paths) => run(
            Tree::Site,
            &paths.spec.unwrap_or_else(xtask::default_spec),
            &paths.out.unwrap_or_else(xtask::default_site),
            false,
        ),
        Command::Prove => Ok(prove::run(&xtask::workspace_root())),
        Command::Synth { count } => {
            print!("{}", xtask::synth::spec(usize::from(count)));
            Ok(ExitCode::SUCCESS)
        }
    };
    match outcome {
        Ok(code) => code,
        Err(Failure::Write(err)) => {
            eprintln!("error: {err}");
            ExitCode::from(FAILURE)
        }
        Err(Failure::Spec(problems)) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "{} problem(s) in the spec; nothing was written.",
                problems.len()
            );
            ExitCode::from(FAILURE)
        }
    }
}

impl Paths {
    fn spec(&self) -> PathBuf {
        self.spec.clone().unwrap_or_else(xtask::default_spec)
    }

    fn out(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(xtask::default_out)
    }
}

/// Runs the pipeline and says what it did: `gen` and `site` write (`check`
/// false), `check` compares.
fn run(tree: Tree, spec: &Path, out: &Path, check: bool) -> Result<ExitCode, Failure> {
    let run = pipeline::run(tree, spec, out, check)?;
    let file_count = run.file_count;
    match (tree, run.outcome) {
        (Tree::Generated, Outcome::Written(changes)) => {
            if changes.is_empty() {
                println!("{} is up to date ({file_count} files).", out.display());
            }
            for change in &changes {
                match change {
                    Change::Wrote(path) => println!("wrote {}", out.join(path).display()),
                    Change::Removed(path) => println!("removed {}", out.join(path).display()),
                }
            }
        }
        (Tree::Site, Outcome::Written(changes)) => println!(
            "{}: {file_count} files, {} written or removed. Open {} (search works from file:// too).",
            out.display(),
            changes.len(),
            out.join("index.html").display()
        ),
        (_, Outcome::Compared(None)) => {
            println!("{} matches the spec ({file_count} files).", out.display());
        }
        (_, Outcome::Compared(Some(report))) => {
            print!("{report}");
            println!(
                "\n{} is out of date with the spec. Run `cargo xtask gen` and commit the result.",
                out.display()
            );
            return Ok(ExitCode::from(DRIFT));
        }
    }
    Ok(ExitCode::SUCCESS)
}
