//! What an interactive session needs from a [`Vm`]: whether the lines typed so far make a
//! complete statement, running one statement as CPython's REPL does (expression values
//! shown by `sys.displayhook` and kept in `_`, exceptions printed by `sys.excepthook`
//! without ending the session), and tab completion of names and attributes (the rules of
//! CPython's rlcompleter). The `molt` command's line editor sits on top of these; an
//! embedder can build its own console on them too.

use molt_builtins::{Kind, Value};
use molt_bytecode::Mode;

use crate::api::{exec_code, syntax_error, Vm};
use crate::Python;

/// Where the input of an interactive session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputState {
    /// A statement to run now (or a syntax error to report now).
    Complete,
    /// More lines are needed: an open bracket or triple-quoted string, a line ending in
    /// a backslash, or a compound statement not yet ended by a blank line.
    Incomplete,
}

/// How running one interactive statement ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It ran, or its exception was printed: the session goes on.
    Continue,
    /// It raised SystemExit: the session ends with this exit status (its message, if
    /// any, is already printed).
    Exit(i32),
}

/// The statements whose first line opens a block: they go on until a blank line.
const BLOCK_WORDS: [&str; 9] = [
    "if", "while", "for", "try", "with", "def", "class", "async", "match",
];

/// Whether a line that compiles on its own still starts a compound statement (`if x: y`
/// waits for a blank line at CPython's prompt, as the block may go on).
fn opens_block(first: &str) -> bool {
    let t = first.trim_start();
    if t.starts_with('@') {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if word == "match" {
        // (A soft keyword: `match = 1` is an assignment.)
        return t.trim_end().ends_with(':');
    }
    BLOCK_WORDS.contains(&word.as_str())
}

/// Classifies the lines typed so far (joined by `\n`; the last is empty when the user
/// just entered a blank line).
fn input_state(source: &str) -> InputState {
    let lines: Vec<&str> = source.split('\n').collect();
    let meaningful = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    let Some(first) = lines.iter().copied().find(|l| meaningful(l)) else {
        return InputState::Complete;
    };
    let ended = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    let text = format!("{source}\n");
    match molt_bytecode::compile_exec(&text, "<stdin>", Mode::default()) {
        Ok(_) if ended || !opens_block(first) => InputState::Complete,
        Ok(_) => InputState::Incomplete,
        Err(e) => {
            let last_line = lines.iter().rposition(|l| meaningful(l)).unwrap_or(0) as u32 + 1;
            let at_end = e.lineno >= last_line;
            let msg = e.msg.as_str();
            // Open brackets and strings take blank lines inside them.
            if msg.ends_with("was never closed")
                || msg.starts_with("unterminated triple-quoted string")
                || msg == "unexpected EOF while parsing"
            {
                return InputState::Incomplete;
            }
            let block_pending = msg.starts_with("expected an indented block")
                || msg.starts_with("expected 'except' or 'finally' block")
                || (first.trim_start().starts_with('@') && msg == "invalid syntax");
            if ended {
                return InputState::Complete;
            }
            if block_pending && at_end {
                return InputState::Incomplete;
            }
            // An error that moves when another line is added was found at the end of the
            // input, so more lines may mend it (`class A:` then `    @property`); one
            // that stays put is real (`x = 1 +`). (codeop's old rule.)
            let more = format!("{text}\n");
            match molt_bytecode::compile_exec(&more, "<stdin>", Mode::default()) {
                Err(e2) if (e2.lineno, e2.offset) == (e.lineno, e.offset) => InputState::Complete,
                _ => InputState::Incomplete,
            }
        }
    }
}

/// Python's keywords, as rlcompleter offers them (with the space or colon it adds).
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl Vm {
    /// Whether `source` (the lines typed so far, joined by `\n`) is a statement to run
    /// now, as CPython's prompt decides between `>>> ` and `... `.
    pub fn input_state(&self, source: &str) -> InputState {
        input_state(source)
    }

    /// Runs one interactive statement in `__main__`, as `compile(source, "<stdin>",
    /// "single")` does at CPython's prompt: an expression's value is shown with
    /// `sys.displayhook` (its repr, unless None) and kept in `builtins._`. An exception is
    /// printed with `sys.excepthook` and stored as `sys.last_exc`; SystemExit ends the
    /// session instead.
    pub fn run_interactive(&mut self, source: &str) -> Outcome {
        let g = self.globals();
        let text = format!("{source}\n");
        let mode = Mode {
            namespace: false,
            interactive: true,
        };
        let r = match molt_bytecode::compile_exec(&text, "<stdin>", mode) {
            Ok(code) => exec_code(&mut self.rt, &code, &g, None),
            Err(e) => Err(syntax_error(&mut self.rt, &e)),
        };
        crate::generator::run_finalizers(&mut self.rt);
        self.flush();
        match r {
            Ok(_) => Outcome::Continue,
            Err(e) if self.rt.exc_matches(&e, "SystemExit") => {
                Outcome::Exit(self.handle_uncaught(e))
            }
            Err(e) => {
                self.report_exception(&e.0);
                Outcome::Continue
            }
        }
    }

    /// Prints an exception as the prompt does: `sys.last_exc` (and the older
    /// `last_type`/`last_value`/`last_traceback`) set, then `sys.excepthook` called; if
    /// that fails too, both are printed directly.
    pub fn report_exception(&mut self, exc: &Value) {
        use std::io::Write;
        let _ = self.rt.stdout.flush();
        let ty = self.rt.type_of(exc);
        let tb = self.rt.getattr(exc, "__traceback__").unwrap_or(Value::NONE);
        let hook = match crate::import::import_module(&mut self.rt, "sys") {
            Ok(sys) => {
                for (name, v) in [
                    ("last_exc", exc),
                    ("last_type", &ty),
                    ("last_value", exc),
                    ("last_traceback", &tb),
                ] {
                    let _ = self.rt.setattr(&sys, name, v);
                }
                self.rt.getattr(&sys, "excepthook").ok()
            }
            Err(_) => None,
        };
        let printed = match hook {
            Some(h) => match self.rt.call(&h, &[ty, exc.clone(), tb], &[]) {
                Ok(_) => true,
                Err(e2) => {
                    let _ = writeln!(self.rt.stderr, "Error in sys.excepthook:");
                    let text = crate::traceback::format_exception(&mut self.rt, &e2.0);
                    let _ = write!(self.rt.stderr, "{text}\nOriginal exception was:");
                    let _ = writeln!(self.rt.stderr);
                    false
                }
            },
            None => false,
        };
        if !printed {
            let text = crate::traceback::format_exception(&mut self.rt, exc);
            let _ = self.rt.stderr.write_all(text.as_bytes());
        }
        let _ = self.rt.stderr.flush();
    }

    /// Flushes Python's standard output streams, their writers included (the prompt
    /// comes after what a statement printed).
    pub fn flush(&mut self) {
        use std::io::Write;
        self.flush_std_streams();
        let _ = self.rt.stdout.flush();
        let _ = self.rt.stderr.flush();
    }

    /// Completions of `text` (the word before the cursor) as CPython's rlcompleter gives
    /// them: keywords, `__main__`'s names and builtins; after a dot, the attributes of
    /// the object a dotted name leads to (names with a leading underscore only when the
    /// text asks for them). Callables get a `(`, keywords the space or colon that usually
    /// follows them.
    pub fn completions(&mut self, text: &str) -> Vec<String> {
        let mut out = match text.rsplit_once('.') {
            Some((expr, attr)) => self.attr_completions(expr, attr),
            None => self.global_completions(text),
        };
        out.sort();
        out.dedup();
        out
    }

    fn global_completions(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for kw in KEYWORDS {
            if kw.starts_with(text) {
                out.push(match kw {
                    "finally" | "try" => format!("{kw}:"),
                    "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => {
                        kw.to_string()
                    }
                    _ => format!("{kw} "),
                });
            }
        }
        let main = self.globals();
        let builtins = self.rt.builtins.clone();
        for ns in [main, builtins] {
            let items = match ns.kind() {
                Some(Kind::Dict(d)) => d.borrow().items(),
                _ => continue,
            };
            for (k, v) in items {
                let Some(Kind::Str(s)) = k.kind() else {
                    continue;
                };
                let name = s.s.as_str().to_owned();
                if name.starts_with(text) && !KEYWORDS.contains(&name.as_str()) {
                    out.push(self.with_call_paren(name, &v));
                }
            }
        }
        out
    }

    fn attr_completions(&mut self, expr: &str, attr: &str) -> Vec<String> {
        // Only a dotted name is looked up: completing must not run arbitrary code.
        let dotted = !expr.is_empty()
            && expr
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'));
        if !dotted {
            return Vec::new();
        }
        let Ok(obj) = self.eval::<Value>(expr) else {
            return Vec::new();
        };
        let dir_fn = match self.rt.builtins.kind() {
            Some(Kind::Dict(d)) => d.borrow().get_str("dir").cloned(),
            _ => None,
        };
        let Some(Ok(dir)) = dir_fn.map(|f| self.rt.call(&f, std::slice::from_ref(&obj), &[]))
        else {
            return Vec::new();
        };
        let names = self.rt.to_vec(&dir).unwrap_or_default();
        let mut out = Vec::new();
        for n in names {
            let Some(Kind::Str(s)) = n.kind() else {
                continue;
            };
            let name = s.s.as_str().to_owned();
            let hidden = match attr {
                "" => name.starts_with('_'),
                "_" => name.starts_with("__"),
                _ => false,
            };
            if hidden || !name.starts_with(attr) {
                continue;
            }
            let full = format!("{expr}.{name}");
            out.push(match self.rt.getattr(&obj, &name) {
                Ok(v) => self.with_call_paren(full, &v),
                Err(_) => full,
            });
        }
        out
    }

    fn with_call_paren(&mut self, name: String, v: &Value) -> String {
        if self.rt.is_callable(v) {
            format!("{name}(")
        } else {
            name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_are_complete() {
        assert_eq!(input_state("x = 1"), InputState::Complete);
        assert_eq!(input_state("1 +* 2"), InputState::Complete);
        assert_eq!(input_state(""), InputState::Complete);
        assert_eq!(input_state("# just a comment"), InputState::Complete);
        assert_eq!(input_state("x = [1,\n2]"), InputState::Complete);
        assert_eq!(input_state("match = 3"), InputState::Complete);
    }

    #[test]
    fn open_constructs_need_more() {
        assert_eq!(input_state("x = (1,"), InputState::Incomplete);
        assert_eq!(input_state("s = '''abc"), InputState::Incomplete);
        assert_eq!(input_state("x = 1 + \\"), InputState::Incomplete);
        assert_eq!(input_state("x = [1,\n\n"), InputState::Incomplete);
    }

    #[test]
    fn blocks_end_at_a_blank_line() {
        assert_eq!(input_state("def f():"), InputState::Incomplete);
        assert_eq!(input_state("def f():\n  return 1"), InputState::Incomplete);
        assert_eq!(input_state("def f():\n  return 1\n"), InputState::Complete);
        assert_eq!(input_state("if True: print(1)"), InputState::Incomplete);
        assert_eq!(input_state("@dec"), InputState::Incomplete);
        assert_eq!(
            input_state("class A:\n    @property"),
            InputState::Incomplete
        );
        assert_eq!(
            input_state("class A:\n    @property\n    def x(self):"),
            InputState::Incomplete
        );
        assert_eq!(input_state("x = 1 +"), InputState::Complete);
        assert_eq!(input_state("print(1))"), InputState::Complete);
        assert_eq!(input_state("try:\n  pass"), InputState::Incomplete);
        // A blank line after a header with no body is the error CPython reports.
        assert_eq!(input_state("if x:\n"), InputState::Complete);
    }

    #[test]
    fn interactive_statement_sets_underscore() {
        let mut vm = Vm::new();
        assert_eq!(vm.run_interactive("6 * 7"), Outcome::Continue);
        assert_eq!(vm.eval::<i64>("_").unwrap(), 42);
        assert_eq!(vm.run_interactive("raise SystemExit(3)"), Outcome::Exit(3));
    }

    #[test]
    fn completion_of_names_and_attributes() {
        let mut vm = Vm::new();
        vm.exec("class Point:\n  def norm(self): pass\nspam = Point()")
            .unwrap();
        assert_eq!(vm.completions("spa"), vec!["spam".to_string()]);
        assert!(vm.completions("whi").contains(&"while ".to_string()));
        assert!(vm.completions("le").contains(&"len(".to_string()));
        assert_eq!(vm.completions("spam.no"), vec!["spam.norm(".to_string()]);
        assert!(vm.completions("spam.").iter().all(|n| !n.contains("._")));
    }
}
