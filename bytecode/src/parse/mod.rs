//! The one module that talks to the parser (`ruff_python_parser`): source decoding (PEP 263),
//! parsing into the AST, and turning parse errors into CPython-shaped `SyntaxError`s.
//! Swapping the parser means changing this module and the AST walk in `compiler/`.
//!
//! Valid programs only go through ruff (with the 3.12 target version). When ruff reports an
//! error, the source is re-read by a tokenizer that follows CPython 3.12's `tokenizer.c`
//! (its errors take priority the way they do in CPython: a tokenizer error anywhere wins over
//! a parser error, except indentation/continuation errors that the parser only sees if it
//! gets that far), and ruff's first error is mapped to the message CPython's PEG parser (with
//! its `invalid_*` rules) gives for the same mistake.
//!
//! This file holds the public API (`SourceMap`, `SyntaxErrorInfo`, `decode_source`,
//! `parse_module`, `parse_expression`) and `diagnose`, which picks between the tokenizer's
//! and the parser's error. The parts:
//! - `decode`: source bytes to text (BOM, PEP 263 coding declarations).
//! - `tokenizer`: the CPython-compatible tokenizer and its errors.
//! - `cx`: the error-mapping context (CPython's token stream plus ruff's AST) with the
//!   helpers that build diagnostics and navigate tokens and nodes.
//! - `messages`: ruff's error kinds mapped to CPython's wording.
//! - `rules`: CPython's `invalid_*` grammar rules, reproduced over the token stream.

mod cx;
mod decode;
mod messages;
mod rules;
pub mod surrogate_literals;
mod tokenizer;

use ruff_python_ast as ast;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions, Parsed};
use ruff_text_size::TextRange;

use cx::Cx;
pub use decode::{decode_import_source, decode_source};
use tokenizer::Lexer;

/// Where each line starts, to turn byte offsets into CPython's (line, column) positions.
pub struct SourceMap {
    pub filename: String,
    pub source: String,
    line_starts: Vec<usize>,
}

impl SourceMap {
    pub fn new(filename: &str, source: &str) -> SourceMap {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceMap {
            filename: filename.to_string(),
            source: source.to_string(),
            line_starts,
        }
    }
    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// 1-based column (in characters) of a byte offset.
    pub fn col_of(&self, offset: usize) -> u32 {
        let line = self.line_of(offset) as usize;
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let end = offset.min(self.source.len()).max(start);
        match self.source.get(start..end) {
            Some(s) => s.chars().count() as u32 + 1,
            None => {
                String::from_utf8_lossy(&self.source.as_bytes()[start..end])
                    .chars()
                    .count() as u32
                    + 1
            }
        }
    }
    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)?;
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.source.len());
        Some(self.source.get(start..end)?.trim_end_matches(['\n', '\r']))
    }
    /// The 1-based line of the last line of the source (the line an error at end of input
    /// is reported on).
    fn last_line(&self) -> u32 {
        let n = self.line_starts.len() as u32;
        if self.source.ends_with('\n') || self.source.is_empty() {
            (n - 1).max(1)
        } else {
            n
        }
    }
}

/// A syntax error as CPython reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxErrorInfo {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based column of the first caret.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The offending source line.
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    pub fn at(kind: &'static str, msg: String, range: TextRange, map: &SourceMap) -> Self {
        let start = usize::from(range.start());
        let end = usize::from(range.end());
        let lineno = map.line_of(start);
        let end_lineno = map.line_of(end);
        SyntaxErrorInfo {
            kind,
            msg,
            filename: map.filename.clone(),
            lineno,
            offset: map.col_of(start),
            end_lineno,
            end_offset: map.col_of(end),
            text: map.line_text(lineno).map(str::to_string),
        }
    }
}

fn options() -> ParseOptions {
    ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312)
}

/// Parses a whole module.
pub fn parse_module(source: &str, map: &SourceMap) -> Result<ast::ModModule, SyntaxErrorInfo> {
    if let Some(p) = source.find('\0') {
        let lineno = map.line_of(p);
        let line_start = source[..p].rfind('\n').map_or(0, |i| i + 1);
        return Err(SyntaxErrorInfo {
            kind: "SyntaxError",
            msg: "source code cannot contain null bytes".into(),
            filename: map.filename.clone(),
            lineno,
            offset: 0,
            end_lineno: lineno,
            end_offset: 0,
            text: Some(source[line_start..p].to_string()),
        });
    }
    let parsed = ruff_python_parser::parse_unchecked(source, options());
    let Some(parsed) = parsed.try_into_module() else {
        return Err(SyntaxErrorInfo::at(
            "SyntaxError",
            "invalid syntax".into(),
            TextRange::default(),
            map,
        ));
    };
    if parsed.errors().is_empty() && parsed.unsupported_syntax_errors().is_empty() {
        // Ruff and CPython measure tab indentation differently; CPython's rules decide.
        if source.contains(['\t', '\x0c']) {
            if let Some(d) = Lexer::run(source).error {
                if d.sev == Sev::Deferred && d.kind != "SyntaxError" {
                    return Err(d.into_info(map));
                }
            }
        }
        // CPython's tokenizer allows at most 200 nested brackets.
        let mut depth = 0usize;
        for tok in parsed.tokens().iter() {
            use ruff_python_ast::token::TokenKind as T;
            match tok.kind() {
                T::Lpar | T::Lsqb | T::Lbrace => {
                    depth += 1;
                    if depth > MAX_PAREN_DEPTH {
                        return Err(SyntaxErrorInfo::at(
                            "SyntaxError",
                            "too many nested parentheses".into(),
                            ruff_text_size::Ranged::range(tok),
                            map,
                        ));
                    }
                }
                T::Rpar | T::Rsqb | T::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        let mut module = parsed.into_syntax();
        surrogate_literals::fix_module(source, &mut module.body);
        return Ok(module);
    }
    Err(diagnose(source, map, &parsed))
}

/// CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts.
const MAX_PAREN_DEPTH: usize = 200;

/// Parses a single expression (for `eval`), with the same target version as modules.
pub fn parse_expression(source: &str) -> Option<ast::ModExpression> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ParseOptions::from(Mode::Expression).with_target_version(PythonVersion::PY312),
    );
    if !parsed.errors().is_empty() || !parsed.unsupported_syntax_errors().is_empty() {
        return None;
    }
    match parsed.into_syntax() {
        ast::Mod::Expression(mut e) => {
            surrogate_literals::fix_expr(source, &mut e.body);
            Some(e)
        }
        ast::Mod::Module(_) => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sev {
    /// A parser error.
    Parse,
    /// A tokenizer error that CPython raises as soon as the tokenizer sees it, and also
    /// when it tokenizes the rest of the file after a parser error.
    Immediate,
    /// A tokenizer error that only matters if the parser gets that far (bad dedent, tab
    /// mix, a stray character after `\`).
    Deferred,
    /// End of input inside brackets: "'(' was never closed".
    UnclosedEof,
}

#[derive(Clone, Debug)]
struct Diag {
    kind: &'static str,
    msg: String,
    lineno: u32,
    offset: u32,
    end_lineno: u32,
    end_offset: u32,
    /// Ordering key: byte offset (original source) where the parser meets the problem.
    pos: usize,
    sev: Sev,
    /// Line of the furthest token the parser would have read.
    last_line: u32,
    /// The parser would have read the end of input.
    at_eof: bool,
    /// Not overridden by tokenizer errors later in the file ("unexpected indent").
    early: bool,
    /// For `UnclosedEof`: the line of the open bracket.
    paren_line: u32,
    /// Raised in the first pass by a forced token (`&&'('`), so the second pass does not
    /// read further.
    forced: bool,
    /// A tokenizer error met inside an f-string.
    in_fstring: bool,
}

impl Diag {
    fn into_info(self, map: &SourceMap) -> SyntaxErrorInfo {
        let lineno = self.lineno.max(1);
        SyntaxErrorInfo {
            kind: self.kind,
            msg: self.msg,
            filename: map.filename.clone(),
            lineno,
            offset: self.offset,
            end_lineno: self.end_lineno.max(lineno),
            end_offset: self.end_offset,
            text: map.line_text(lineno).map(str::to_string),
        }
    }
}

fn diagnose(source: &str, map: &SourceMap, parsed: &Parsed<ast::ModModule>) -> SyntaxErrorInfo {
    let lexed = Lexer::run(source);
    let cx = Cx {
        src: source,
        map,
        toks: &lexed.toks,
        module: parsed.syntax(),
    };
    let perr = cx.parser_error(parsed, lexed.error.is_some());
    let chosen = match (lexed.error, perr) {
        (Some(t), None) => t,
        (None, Some(p)) => p,
        (Some(t), Some(p)) => match t.sev {
            Sev::Immediate | Sev::Parse => {
                // Errors found while tokenizing the rest of the file replace the parser's,
                // except after "unexpected indent" and inside f-strings.
                if (p.early || t.in_fstring) && p.pos < t.pos {
                    p
                } else {
                    t
                }
            }
            Sev::Deferred => {
                let reach = if p.forced || p.early {
                    p.pos
                } else {
                    cx.reach_pos(p.pos).2
                };
                if t.pos <= p.pos.max(reach) {
                    t
                } else {
                    p
                }
            }
            Sev::UnclosedEof => {
                let (reach_line, reach_eof) = if p.forced {
                    (p.last_line, false)
                } else {
                    cx.reach(p.pos)
                };
                if p.at_eof || reach_eof || p.last_line.max(reach_line) > t.paren_line {
                    t
                } else {
                    p
                }
            }
        },
        (None, None) => {
            let at = parsed
                .errors()
                .first()
                .map(|e| e.location)
                .unwrap_or_default();
            cx.generic_at(usize::from(at.start()), usize::from(at.end()))
        }
    };
    chosen.into_info(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> Option<SyntaxErrorInfo> {
        let map = SourceMap::new("t.py", src);
        parse_module(src, &map).err()
    }

    #[test]
    fn never_panics_on_odd_input() {
        let cases = [
            "",
            "\n",
            "\r\n",
            "\r",
            "(",
            ")",
            "'",
            "\"\"\"",
            "f'",
            "f'{",
            "f'{'",
            "f'{a!",
            "\\",
            "\\\n",
            "x = (\\",
            "\t\tx",
            " \x0c x",
            "if x:\n\tpass\n        pass\n",
            "€",
            "a€",
            "0x",
            "0b2",
            "1e",
            "1_",
            "f'{a:{b:{c:{d}}}}'",
            "def f(",
            "class",
            "lambda",
            "x = 1\r\ny = = 2\r\n",
            "print 'x'",
            "[a for",
            "{**",
            "@",
            "async",
            "f'''{\n",
            "\u{a0}",
            "x = \u{1}",
            "'\\N{",
            "b'\\x",
            "'\\U0011",
            "a = b'é'",
            "\x0c",
            "#",
        ];
        for c in cases {
            let _ = err(c);
        }
    }

    /// Prints the SyntaxError attributes for each file named in `MOLT_SYNTAX_DUMP`
    /// (one path a line), to compare with CPython's `compile()`.
    #[test]
    #[ignore]
    fn dump_syntax_errors() {
        let Ok(list) = std::env::var("MOLT_SYNTAX_DUMP") else {
            return;
        };
        let list = std::fs::read_to_string(list).unwrap_or_default();
        for path in list.lines() {
            let bytes = std::fs::read(path).unwrap_or_default();
            let r = match decode_source(&bytes, path) {
                Err(e) => Some(e),
                Ok(src) => crate::compiler::compile_module(&src, path).err(),
            };
            match r {
                Some(e) => println!(
                    "{path}\t{}: {}\t{},{}-{},{}",
                    e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
                ),
                None => println!("{path}\tOK"),
            }
        }
    }

    /// Parses each file named in `MOLT_SYNTAX_FUZZ` (one path a line) and reports panics.
    #[test]
    #[ignore]
    fn fuzz_no_panic() {
        let Ok(list) = std::env::var("MOLT_SYNTAX_FUZZ") else {
            return;
        };
        let list = std::fs::read_to_string(list).unwrap_or_default();
        let mut bad = 0;
        for path in list.lines() {
            let bytes = std::fs::read(path).unwrap_or_default();
            let src = String::from_utf8_lossy(&bytes).into_owned();
            if std::panic::catch_unwind(|| err(&src)).is_err() {
                println!("PANIC {path}");
                bad += 1;
            }
        }
        println!("checked {} files", list.lines().count());
        assert_eq!(bad, 0);
    }

    #[test]
    fn valid_312_fstrings() {
        assert!(err("x = f\"{'a' + \"b\"}\"\n").is_none());
        assert!(err("x = f\"{', '.join(['a'])}\"\n").is_none());
    }
}
