//! The interactive session driven through a real pseudo-terminal, as a person at a
//! terminal would use it: a multi-line def, a call, `_`, a traceback and recovery, tab
//! completion, Ctrl-C at the prompt and in running code, history kept in a file, `help`,
//! `exit()`, Ctrl-D, and `molt -i script.py`. Each step waits for the prompt before
//! typing, as a person does. Also `molt` without a terminal: a program piped to it, and
//! `molt -i` reading statements from a pipe.
#![cfg(unix)]

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::PtySession;
use std::process::Command;

const MOLT: &str = env!("CARGO_BIN_EXE_molt");

/// A session of `molt ARGS` on a fresh pty (sized as a terminal window is: a pty starts
/// with no size), its history in `history`.
fn session(args: &[&str], history: &std::path::Path) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty cols 100 rows 30 && exec \"$0\" \"$@\"")
        .arg(MOLT)
        .args(args)
        .env("MOLT_HISTORY", history)
        .env("TERM", "xterm");
    let opts = Options::new()
        .timeout_ms(Some(20_000))
        .strip_ansi_escape_codes(false);
    rexpect::session::spawn_with_options(cmd, opts).expect("spawn molt on a pty")
}

fn temp_path(name: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("molt-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

/// Types `line` (and Enter) once the `prompt` is showing.
fn type_at(s: &mut PtySession, prompt: &str, line: &str) {
    s.exp_string(prompt).expect("prompt");
    s.send_line(line).expect("type a line");
}

fn exited_with(s: &mut PtySession, code: i32) {
    s.exp_eof().expect("session ends");
    match s.process_mut().wait().expect("wait") {
        WaitStatus::Exited(_, c) => assert_eq!(c, code),
        other => panic!("molt ended with {other:?}"),
    }
}

#[test]
fn a_session_at_the_terminal() {
    let history = temp_path("history");
    let mut s = session(&[], &history);
    s.exp_string("Molt ").expect("banner");
    s.exp_string("Type \"help\", \"copyright\", \"credits\" or \"license\"")
        .expect("banner's second line");
    // A function over several lines, ended by a blank line.
    type_at(&mut s, ">>> ", "def double(x):");
    type_at(&mut s, "... ", "    return x * 2");
    type_at(&mut s, "... ", "");
    type_at(&mut s, ">>> ", "double(21)");
    s.exp_string("42").expect("value shown");
    // `_` is the last value shown; None is not shown.
    type_at(&mut s, ">>> ", "_ + 1");
    s.exp_string("43").expect("_ holds 42");
    type_at(&mut s, ">>> ", "None");
    // A traceback, and the session goes on.
    type_at(&mut s, ">>> ", "1/0");
    s.exp_string("Traceback (most recent call last):")
        .expect("traceback");
    s.exp_string("File \"<stdin>\", line 1, in <module>")
        .expect("traceback entry");
    s.exp_string("ZeroDivisionError: division by zero")
        .expect("exception line");
    type_at(&mut s, ">>> ", "print('still', double(2))");
    s.exp_string("still 4").expect("session goes on");
    // A syntax error is reported and the session goes on.
    type_at(&mut s, ">>> ", "1 +* 2");
    s.exp_string("SyntaxError: invalid syntax")
        .expect("syntax error");
    // Tab completion of a global name and of an attribute.
    s.exp_string(">>> ").expect("prompt");
    s.send("dou\t").expect("tab");
    s.flush().expect("flush");
    s.exp_string("double(").expect("completed name");
    s.send_line("5)").expect("finish line");
    s.exp_string("10").expect("completed call ran");
    type_at(&mut s, ">>> ", "import math");
    s.exp_string(">>> ").expect("prompt");
    s.send("math.sqr\t").expect("tab");
    s.flush().expect("flush");
    s.exp_string("math.sqrt(").expect("completed attribute");
    s.send_line("16)").expect("finish line");
    s.exp_string("4.0").expect("completed attribute call ran");
    // Ctrl-C drops the line being typed.
    s.exp_string(">>> ").expect("prompt");
    s.send("this is not run").expect("type");
    s.flush().expect("flush");
    s.send_control('c').expect("ctrl-c");
    s.exp_string("KeyboardInterrupt").expect("line dropped");
    // Ctrl-C stops running code with KeyboardInterrupt, and the session goes on.
    type_at(&mut s, ">>> ", "while True: pass");
    type_at(&mut s, "... ", "");
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.send_control('c').expect("ctrl-c");
    s.exp_string("KeyboardInterrupt").expect("loop interrupted");
    type_at(&mut s, ">>> ", "print('after', 6 * 7)");
    s.exp_string("after 42").expect("session goes on");
    // help() on an object prints its signature and doc.
    type_at(&mut s, ">>> ", "def documented(a, b=2):");
    type_at(&mut s, "... ", "    'Adds them.'");
    type_at(&mut s, "... ", "    return a + b");
    type_at(&mut s, "... ", "");
    type_at(&mut s, ">>> ", "help(documented)");
    s.exp_string("documented(a, b=2)").expect("help signature");
    s.exp_string("Adds them.").expect("help doc");
    type_at(&mut s, ">>> ", "exit()");
    exited_with(&mut s, 0);
    // What was typed is kept in the history file.
    let kept = std::fs::read_to_string(&history).expect("history file");
    assert!(kept.contains("double(21)"), "history: {kept}");
    assert!(kept.contains("print('after', 6 * 7)"), "history: {kept}");
    // A new session reads it back: Up recalls the last statement.
    let mut s = session(&[], &history);
    s.exp_string(">>> ").expect("prompt");
    s.send("\x1b[A").expect("up arrow");
    s.flush().expect("flush");
    s.exp_string("exit()").expect("history recalled");
    s.send_control('u').expect("clear line");
    s.send_control('d').expect("ctrl-d");
    exited_with(&mut s, 0);
    let _ = std::fs::remove_file(&history);
}

#[test]
fn inspect_after_a_script_and_exit_status() {
    let history = temp_path("history-i");
    let script = temp_path("script.py");
    std::fs::write(&script, "greeting = 'hello from the script'\n").expect("write script");
    let mut s = session(&["-i", script.to_str().expect("path")], &history);
    type_at(&mut s, ">>> ", "print(greeting)");
    s.exp_string("hello from the script")
        .expect("script's names are there");
    type_at(&mut s, ">>> ", "raise SystemExit(3)");
    exited_with(&mut s, 3);
    let _ = std::fs::remove_file(&script);
    let _ = std::fs::remove_file(&history);
}

/// Runs `molt ARGS` with `input` on a pipe: (exit status, stdout, stderr).
fn piped(args: &[&str], input: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(MOLT)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn molt");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("molt ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn without_a_terminal() {
    // A program on stdin runs as CPython runs it: `<stdin>`, sys.argv [''].
    let (code, out, err) = piped(&[], "import sys\nprint(sys.argv)\n1/0\n");
    assert_eq!((code, out.as_str()), (1, "['']\n"));
    assert!(
        err.contains("File \"<stdin>\", line 3, in <module>"),
        "{err}"
    );
    let (code, out, _) = piped(&["-", "a"], "import sys; print(sys.argv)");
    assert_eq!((code, out.as_str()), (0, "['-', 'a']\n"));
    // `-i` with piped input: the session reads statements, prompts go to stderr, a
    // statement's input() reads the next line, SystemExit ends it with its status.
    let (code, out, err) = piped(
        &["-i"],
        "x = input()\nhello\nprint(x.upper())\nfor i in range(2):\n    print(i)\n\n_z = 5\n_z\n1/0\nraise SystemExit(4)\n",
    );
    assert_eq!(code, 4);
    assert_eq!(out, "HELLO\n0\n1\n5\n");
    assert!(err.starts_with("Molt "), "{err}");
    assert!(err.contains(">>> ... ... >>> "), "{err}");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
}
