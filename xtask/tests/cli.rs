//! `cargo xtask gen` and `cargo xtask check` as a person runs them, on copies
//! of the bundled spec and generated tree in temporary folders.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

mod support;
use support::XTASK;

/// A scratch workspace laid out like the real one: `spec/net_errors.yaml` (the
/// bundled spec) and `out/` (a copy of the committed tree).
struct Scratch {
    dir: TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        fs::create_dir(dir.path().join("spec")).expect("create spec/");
        fs::copy(
            xtask::default_spec(),
            dir.path().join("spec/net_errors.yaml"),
        )
        .expect("copy the spec");
        copy_tree(&xtask::default_out(), &dir.path().join("out"));
        Self { dir }
    }

    fn spec(&self) -> PathBuf {
        self.dir.path().join("spec/net_errors.yaml")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    fn run(&self, command: &str) -> Output {
        XTASK.on(command, &self.spec(), &self.out())
    }

    fn edit_spec(&self, from: &str, to: &str) {
        let text = fs::read_to_string(self.spec()).expect("read spec");
        assert!(text.contains(from), "the spec contains {from:?}");
        fs::write(self.spec(), text.replacen(from, to, 1)).expect("write spec");
    }

    /// Every file under `out/` with its bytes and modification time.
    fn snapshot(&self) -> Vec<support::FileState> {
        support::snapshot(&self.out())
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// The header `gen` wrote from an older spec: the writer's own, so a file
/// with it that the spec no longer produces is stale.
fn older_header() -> String {
    xtask::render::banner::header_sentence("spec/older.yaml")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_committed_tree_checks_clean_and_gen_rewrites_nothing() {
    let scratch = Scratch::new();
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let before = scratch.snapshot();
    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(stdout(&run).contains("up to date"), "{}", stdout(&run));
    assert_eq!(scratch.snapshot(), before, "same bytes, same mtimes");
}

#[test]
fn a_changed_sentence_is_drift_until_gen_runs() {
    let scratch = Scratch::new();
    scratch.edit_spec(
        "zh: 执行的调用被操作系统截断。",
        "zh: 执行的调用被信号中断。",
    );
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(1));
    let report = stdout(&check);
    for file in ["docs/net-errors.zh.md", "wmkc-net-err/src/net_error.rs"] {
        assert!(
            report.contains(&format!("changed: {}/{file}", scratch.out().display())),
            "{file} in {report}"
        );
    }
    assert!(
        report.contains("-执行的调用被操作系统截断。")
            && report.contains("+执行的调用被信号中断。"),
        "{report}"
    );
    assert!(
        !report.contains("net-errors.en.md"),
        "the English doc did not change"
    );
    assert!(report.contains("Run `cargo xtask gen`"), "{report}");

    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn a_hand_edit_is_drift_and_gen_restores_it() {
    let scratch = Scratch::new();
    let readme = scratch.out().join("wmkc-net-err/README.md");
    let mut text = fs::read_to_string(&readme).expect("read");
    text.push_str("\nA hand-written line.\n");
    fs::write(&readme, text).expect("write");
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stdout(&check).contains("-A hand-written line."),
        "{}",
        stdout(&check)
    );
    assert_eq!(scratch.run("gen").status.code(), Some(0));
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn missing_stale_and_foreign_files_are_drift() {
    let scratch = Scratch::new();
    fs::remove_file(scratch.out().join("docs/net-errors.en.md")).expect("remove");
    fs::write(scratch.out().join("docs/notes.md"), "my notes\n").expect("write a foreign file");
    fs::write(
        scratch.out().join("docs/old.md"),
        format!("<!-- {} -->\n", older_header()),
    )
    .expect("write stale");
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(1));
    let report = stdout(&check);
    assert!(
        report.contains("missing: ") && report.contains("docs/net-errors.en.md"),
        "{report}"
    );
    assert!(
        report.contains("foreign (not written by the generator): ")
            && report.contains("docs/notes.md"),
        "{report}"
    );
    assert!(
        report.contains("stale (generated, no longer produced): ")
            && report.contains("docs/old.md"),
        "{report}"
    );
}

#[test]
fn gen_refuses_to_touch_a_file_without_the_header() {
    let scratch = Scratch::new();
    fs::write(scratch.out().join("docs/notes.md"), "my notes\n").expect("write a foreign file");
    scratch.edit_spec(
        "zh: 执行的调用被操作系统截断。",
        "zh: 执行的调用被信号中断。",
    );
    let before = scratch.snapshot();
    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("docs/notes.md"), "{}", stderr(&run));
    assert_eq!(scratch.snapshot(), before, "nothing changed");

    fs::remove_file(scratch.out().join("docs/notes.md")).expect("remove");
    assert_eq!(scratch.run("gen").status.code(), Some(0));
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn gen_removes_generated_files_the_spec_no_longer_produces() {
    let scratch = Scratch::new();
    let stale = scratch.out().join("wmkc-net-err/src/old/module.rs");
    fs::create_dir_all(stale.parent().expect("parent")).expect("mkdir");
    fs::write(&stale, format!("// {}\n", older_header())).expect("write");
    assert_eq!(scratch.run("gen").status.code(), Some(0));
    assert!(!stale.exists());
    assert!(
        !stale.parent().expect("parent").exists(),
        "its emptied folder goes too"
    );
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn gen_into_a_new_folder_writes_the_whole_tree() {
    let scratch = Scratch::new();
    fs::remove_dir_all(scratch.out()).expect("remove out");
    assert_eq!(scratch.run("gen").status.code(), Some(0));
    let fresh = scratch.snapshot();
    let committed = support::snapshot(&xtask::default_out());
    assert_eq!(fresh.len(), committed.len());
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn an_invalid_spec_writes_nothing_and_says_where() {
    let scratch = Scratch::new();
    scratch.edit_spec(
        "operations: [bind, shutdown, listen, accept, send, recv, socket, connect]",
        "operations: [bind, shutdown, listen, accept, sned, recv, socket, connect]",
    );
    scratch.edit_spec(
        "symbol: EPIPE\n      value: 32\n",
        "symbol: EPIPE\n      value: 5000\n",
    );
    let before = scratch.snapshot();
    for command in ["gen", "check"] {
        let run = scratch.run(command);
        assert_eq!(run.status.code(), Some(2), "{command}");
        let message = stderr(&run);
        let spec = scratch.spec().display().to_string();
        let line = |needle: &str| {
            let text = fs::read_to_string(scratch.spec()).expect("read");
            text.lines().position(|l| l.contains(needle)).expect("line") + 1
        };
        assert!(
            message.contains(&format!("{spec}:{}:", line("accept, sned")))
                && message.contains("code `EINVAL`, field `operations.sned`: unknown operation `sned`; did you mean `send`?"),
            "{message}"
        );
        assert!(
            message.contains(&format!("{spec}:{}:", line("value: 5000")))
                && message.contains(
                    "code `EPIPE`, field `linux.value`: Linux value 5000 is outside 1..=4095"
                ),
            "{message}"
        );
        assert_eq!(scratch.snapshot(), before, "{command} changed nothing");
    }
}

#[test]
fn a_shared_value_needs_an_alias() {
    let scratch = Scratch::new();
    scratch.edit_spec("value: 11\n      alias_of: EAGAIN\n", "value: 11\n");
    let run = scratch.run("check");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains(
            "Linux value 11 is shared by EWOULDBLOCK, EAGAIN; declare all but one as aliases"
        ),
        "{}",
        stderr(&run)
    );
}

#[test]
fn syntax_and_type_errors_name_the_line() {
    let scratch = Scratch::new();
    scratch.edit_spec(
        "symbol: EINTR\n      value: 4\n",
        "symbol: EINTR\n      value: four\n",
    );
    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(2));
    let line = fs::read_to_string(scratch.spec())
        .expect("read")
        .lines()
        .position(|l| l.contains("value: four"))
        .expect("line")
        + 1;
    assert!(
        stderr(&run).contains(&format!("net_errors.yaml:{line}:")),
        "{}",
        stderr(&run)
    );

    let scratch = Scratch::new();
    scratch.edit_spec(
        "    zh: 执行的调用被操作系统截断。",
        "    zh: 执行的调用被操作系统截断。\n    note: misspelt key",
    );
    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("unknown field `note`"),
        "{}",
        stderr(&run)
    );
}

fn xtask(args: &[&str]) -> Output {
    XTASK.run(args)
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    let run = xtask(&["frobnicate"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("Usage: cargo xtask"),
        "{}",
        stderr(&run)
    );
    let run = xtask(&["chek"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("a similar subcommand exists: 'check'"),
        "{}",
        stderr(&run)
    );
    let run = xtask(&["gen", "--sepc", "x.yaml"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("'--spec'"), "{}", stderr(&run));
    let run = xtask(&["check", "--out"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("--out <DIR>"), "{}", stderr(&run));
    for count in ["0", "4096", "many"] {
        let run = xtask(&["synth", count]);
        assert_eq!(run.status.code(), Some(2), "synth {count}");
        assert!(run.stdout.is_empty(), "synth {count} printed no spec");
    }
    let run = xtask(&[]);
    assert_eq!(run.status.code(), Some(2));
}

#[test]
fn help_is_printed_and_exits_0() {
    for args in [
        &["--help"][..],
        &["help"],
        &["-h"],
        &["gen", "--help"],
        &["check", "--help"],
        &["synth", "--help"],
        &["help", "gen"],
    ] {
        let run = xtask(args);
        assert_eq!(run.status.code(), Some(0), "{args:?}: {}", stderr(&run));
        let text = stdout(&run);
        assert!(text.contains("Usage: cargo xtask"), "{args:?}: {text}");
    }
    let text = stdout(&xtask(&["gen", "--help"]));
    assert!(
        text.contains("--spec <PATH>") && text.contains("--out <DIR>"),
        "{text}"
    );
    let text = stdout(&xtask(&["--help"]));
    for command in ["gen", "check", "synth"] {
        assert!(text.contains(&format!("  {command} ")), "{text}");
    }
}

#[test]
fn synth_prints_a_spec_that_gen_accepts() {
    let run = xtask(&["synth", "3"]);
    assert_eq!(run.status.code(), Some(0));
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("synth.yaml");
    fs::write(&spec, &run.stdout).expect("write");
    let spec = spec.to_string_lossy().into_owned();
    let out = scratch.path().join("out").to_string_lossy().into_owned();
    let run = xtask(&["gen", "--spec", &spec, "--out", &out]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(
        xtask(&["check", "--spec", &spec, "--out", &out])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn an_out_path_that_is_a_file_is_an_error() {
    let scratch = Scratch::new();
    fs::remove_dir_all(scratch.out()).expect("remove out");
    fs::write(scratch.out(), "a file\n").expect("write");
    for command in ["gen", "check"] {
        let run = scratch.run(command);
        assert_eq!(run.status.code(), Some(2), "{command}");
        assert!(
            stderr(&run).contains("the output path is not a folder"),
            "{}",
            stderr(&run)
        );
    }
    assert_eq!(fs::read_to_string(scratch.out()).expect("read"), "a file\n");
}

#[test]
fn an_interrupted_run_leaves_whole_files_and_check_says_what_differs() {
    // A run stopped while writing a temporary file leaves the old file in
    // place and part of the new one beside it, under the writer's temporary name.
    let scratch = Scratch::new();
    scratch.edit_spec(
        "zh: 执行的调用被操作系统截断。",
        "zh: 执行的调用被信号中断。",
    );
    let target = scratch.out().join("docs/net-errors.zh.md");
    let new = xtask::generate(&scratch.spec(), &scratch.out())
        .expect("valid")
        .into_iter()
        .find(|file| file.path == "docs/net-errors.zh.md")
        .expect("the zh doc");
    let temporary = scratch.out().join("docs/.xtask.Kx7Qp2Lm9Zb4.tmp");
    fs::write(&temporary, &new.contents.as_bytes()[..100]).expect("temp");
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(1));
    let report = stdout(&check);
    assert!(
        report.contains("changed: ") && report.contains("docs/net-errors.zh.md"),
        "{report}"
    );
    assert!(
        report.contains("temporary (left by an interrupted run): ")
            && report.contains(".xtask.Kx7Qp2Lm9Zb4.tmp"),
        "{report}"
    );
    assert!(
        fs::read_to_string(&target)
            .expect("old file")
            .contains("执行的调用被操作系统截断。")
    );

    let run = scratch.run("gen");
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(stdout(&run).contains("removed "), "{}", stdout(&run));
    assert!(!temporary.exists());
    assert_eq!(scratch.run("check").status.code(), Some(0));
}

#[test]
fn two_gen_runs_at_once_both_finish_and_leave_a_correct_tree() {
    for round in 0..5 {
        let scratch = Scratch::new();
        scratch.edit_spec(
            "zh: 执行的调用被操作系统截断。",
            &format!("zh: 第{round}轮。"),
        );
        fs::write(
            scratch.out().join("docs/old.md"),
            format!("<!-- {} -->\n", older_header()),
        )
        .expect("stale");
        let spawn = || {
            XTASK
                .command()
                .arg("gen")
                .arg("--spec")
                .arg(scratch.spec())
                .arg("--out")
                .arg(scratch.out())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("spawn xtask")
        };
        let (mut first, mut second) = (spawn(), spawn());
        assert!(
            first.wait().expect("wait").success(),
            "round {round}: first run"
        );
        assert!(
            second.wait().expect("wait").success(),
            "round {round}: second run"
        );
        let check = scratch.run("check");
        assert_eq!(
            check.status.code(),
            Some(0),
            "round {round}: {}",
            stdout(&check)
        );
    }
}

#[test]
fn a_long_diff_is_capped_with_a_count() {
    let scratch = Scratch::new();
    let doc = scratch.out().join("docs/net-errors.en.md");
    let original = fs::read_to_string(&doc).expect("read");
    let header = original.lines().next().expect("header");
    let filler: String = (0..500).map(|n| format!("line {n}\n")).collect();
    fs::write(&doc, format!("{header}\n{filler}")).expect("write");
    let check = scratch.run("check");
    assert_eq!(check.status.code(), Some(1));
    let report = stdout(&check);
    assert!(
        report.contains("@@ "),
        "a unified diff with hunks: {report}"
    );
    let shown = report
        .lines()
        .filter(|line| line.starts_with("-line "))
        .count();
    assert!(
        shown > 0 && shown < 500,
        "the diff is capped ({shown} removed lines shown)"
    );
    assert!(report.contains("more diff lines not shown"), "{report}");
    assert!(
        report
            .trim_end()
            .ends_with("Run `cargo xtask gen` and commit the result."),
        "{report}"
    );
}
