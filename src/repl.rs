//! `molt`'s interactive session: the banner, `>>> ` / `... ` prompts (`sys.ps1` and
//! `sys.ps2`), line editing, persistent history and tab completion through rustyline on a
//! terminal, or plain lines read from standard input otherwise (`molt -i script.py <
//! input`). Deciding when a statement is complete, running it and completing names are
//! the `Vm`'s (molt_vm::repl); this file is the terminal side.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use molt_vm::{InputState, Outcome, Python, Vm};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What reading one line gave.
enum Line {
    Text(String),
    /// Ctrl-C at the prompt: the statement being typed is dropped.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of standard input.
    Eof,
}

/// Where lines come from: a line editor on a terminal, plain standard input otherwise.
trait LineSource {
    fn read(&mut self, prompt: &str) -> Line;
    /// Records a complete statement in the history.
    fn remember(&mut self, _entry: &str) {}
}

/// Runs the session in `vm` (whose `__main__` may already hold a script's names, for
/// `molt -i`) until exit; returns the exit status. The banner is shown when the session
/// is the program itself (`molt`, `molt -i`), not after a script.
pub fn run(mut vm: Vm, banner: bool) -> i32 {
    vm.inspect = false;
    let vm = Rc::new(RefCell::new(vm));
    set_prompts(&mut vm.borrow_mut());
    let tty = stdin_is_tty();
    if banner {
        // CPython writes the banner to stderr.
        eprintln!(
            "Molt {VERSION} (Python 3.12.1) on {}\n\
             Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            std::env::consts::OS
        );
    }
    let mut source: Box<dyn LineSource> = if tty {
        match editor::Terminal::new(vm.clone()) {
            Some(t) => Box::new(t),
            None => Box::new(Plain { vm: vm.clone() }),
        }
    } else {
        Box::new(Plain { vm: vm.clone() })
    };
    let mut lines: Vec<String> = Vec::new();
    // Lines of a paste (several lines read at once) not yet taken, in reverse order: they
    // go through one at a time, as if typed.
    let mut pasted: Vec<String> = Vec::new();
    let status = loop {
        let read = match pasted.pop() {
            Some(l) => Line::Text(l),
            None => {
                let prompt = prompt_text(&mut vm.borrow_mut(), lines.is_empty());
                source.read(&prompt)
            }
        };
        match read {
            Line::Text(l) if l.contains('\n') => {
                pasted.extend(l.split('\n').rev().map(str::to_string));
            }
            Line::Text(l) => {
                lines.push(l);
                let text = lines.join("\n");
                if vm.borrow().input_state(&text) == InputState::Incomplete {
                    continue;
                }
                lines.clear();
                if text.trim().is_empty() {
                    continue;
                }
                source.remember(&text);
                if let Outcome::Exit(code) = vm.borrow_mut().run_interactive(&text) {
                    break code;
                }
            }
            Line::Interrupted => {
                lines.clear();
                pasted.clear();
                let mut err = std::io::stderr();
                let _ = writeln!(err, "\nKeyboardInterrupt");
            }
            Line::Eof => {
                if tty {
                    println!();
                } else {
                    eprintln!();
                }
                break 0;
            }
        }
    };
    let mut vm = vm.borrow_mut();
    vm.end_session(status)
}

/// `sys.ps1` and `sys.ps2` as CPython's interactive mode sets them (a program may change
/// them).
fn set_prompts(vm: &mut Vm) {
    let _ = vm.exec("import sys as _molt_sys\nif not hasattr(_molt_sys, 'ps1'): _molt_sys.ps1 = '>>> '\nif not hasattr(_molt_sys, 'ps2'): _molt_sys.ps2 = '... '\ndel _molt_sys");
}

/// The prompt to show: `str(sys.ps1)` for a new statement, `str(sys.ps2)` inside one.
fn prompt_text(vm: &mut Vm, first: bool) -> String {
    let expr = if first {
        "str(__import__('sys').ps1)"
    } else {
        "str(__import__('sys').ps2)"
    };
    match vm.eval::<String>(expr) {
        Ok(p) => p,
        Err(_) => if first { ">>> " } else { "... " }.to_string(),
    }
}

fn stdin_is_tty() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}

/// Lines from standard input, with the prompt written to stderr (as CPython does when
/// its input is not a terminal). They are read through Python's `sys.stdin`, so that a
/// statement's `input()` reads the line after it, as in CPython (one buffer, not two).
struct Plain {
    vm: Rc<RefCell<Vm>>,
}

impl LineSource for Plain {
    fn read(&mut self, prompt: &str) -> Line {
        let mut err = std::io::stderr();
        let _ = write!(err, "{prompt}");
        let _ = err.flush();
        let line = self
            .vm
            .borrow_mut()
            .eval::<String>("__import__('sys').stdin.readline()");
        match line {
            Ok(l) if l.is_empty() => Line::Eof,
            Ok(mut l) => {
                if l.ends_with('\n') {
                    l.pop();
                    if l.ends_with('\r') {
                        l.pop();
                    }
                }
                Line::Text(l)
            }
            Err(e) if e.type_name == "KeyboardInterrupt" => Line::Interrupted,
            Err(_) => Line::Eof,
        }
    }
}

/// The terminal side: rustyline with history in `~/.molt_history` (or `$MOLT_HISTORY`)
/// and completion from the Vm.
mod editor {
    use super::{Line, LineSource};
    use molt_vm::Vm;
    use rustyline::completion::{Completer, Pair};
    use rustyline::error::ReadlineError;
    use rustyline::highlight::Highlighter;
    use rustyline::hint::Hinter;
    use rustyline::history::DefaultHistory;
    use rustyline::validate::Validator;
    use rustyline::{CompletionType, Config, Context, Editor, Helper};
    use std::cell::RefCell;
    use std::path::PathBuf;
    use std::rc::Rc;

    pub struct Terminal {
        editor: Editor<VmHelper, DefaultHistory>,
        history: Option<PathBuf>,
    }

    /// Completion of the word before the cursor, by the Vm's rules.
    pub struct VmHelper {
        vm: Rc<RefCell<Vm>>,
    }

    impl Completer for VmHelper {
        type Candidate = Pair;
        fn complete(
            &self,
            line: &str,
            pos: usize,
            _ctx: &Context<'_>,
        ) -> rustyline::Result<(usize, Vec<Pair>)> {
            let before = &line[..pos];
            let start = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
                .last()
                .map_or(pos, |(i, _)| i);
            let word = &before[start..];
            if word.is_empty() {
                // Tab with nothing to complete indents, as at CPython 3.13's prompt.
                return Ok((
                    pos,
                    vec![Pair {
                        display: String::new(),
                        replacement: "    ".into(),
                    }],
                ));
            }
            // (Completion is asked for between statements, never while one runs.)
            let Ok(mut vm) = self.vm.try_borrow_mut() else {
                return Ok((pos, Vec::new()));
            };
            let names = vm.completions(word);
            let pairs = names
                .into_iter()
                .map(|n| Pair {
                    display: n.rsplit('.').next().unwrap_or(&n).to_string(),
                    replacement: n,
                })
                .collect();
            Ok((start, pairs))
        }
    }

    impl Hinter for VmHelper {
        type Hint = String;
    }
    impl Highlighter for VmHelper {}
    impl Validator for VmHelper {}
    impl Helper for VmHelper {}

    fn history_path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("MOLT_HISTORY") {
            return (!p.is_empty()).then(|| PathBuf::from(p));
        }
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".molt_history"))
    }

    impl Terminal {
        pub fn new(vm: Rc<RefCell<Vm>>) -> Option<Terminal> {
            let config = Config::builder()
                .completion_type(CompletionType::List)
                .auto_add_history(false)
                .max_history_size(10_000)
                .ok()?
                .build();
            let mut editor = Editor::with_config(config).ok()?;
            editor.set_helper(Some(VmHelper { vm }));
            let history = history_path();
            if let Some(p) = &history {
                let _ = editor.load_history(p);
            }
            Some(Terminal { editor, history })
        }
    }

    impl LineSource for Terminal {
        fn read(&mut self, prompt: &str) -> Line {
            match self.editor.readline(prompt) {
                Ok(l) => Line::Text(l),
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            }
        }
        fn remember(&mut self, entry: &str) {
            let _ = self.editor.add_history_entry(entry);
            if let Some(p) = &self.history {
                // (Appended at once: a session that is killed keeps what was typed.)
                if !p.exists() {
                    let _ = std::fs::File::create(p);
                }
                let _ = self.editor.append_history(p);
            }
        }
    }
}
