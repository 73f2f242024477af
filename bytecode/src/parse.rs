//! The one module that talks to the parser (`ruff_python_parser`): source decoding (PEP 263),
//! parsing into the AST, and turning parse errors into CPython-shaped `SyntaxError`s.
//! Swapping the parser means changing this file and the AST walk in `compiler/`.
//!
//! Valid programs only go through ruff (with the 3.12 target version). When ruff reports an
//! error, the source is re-read by a tokenizer that follows CPython 3.12's `tokenizer.c`
//! (its errors take priority the way they do in CPython: a tokenizer error anywhere wins over
//! a parser error, except indentation/continuation errors that the parser only sees if it
//! gets that far), and ruff's first error is mapped to the message CPython's PEG parser (with
//! its `invalid_*` rules) gives for the same mistake.

use ruff_python_ast as ast;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, PythonVersion, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseErrorType, ParseOptions, Parsed,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange};

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

/// Decodes source bytes to text, honouring a PEP 263 coding declaration on line 1 or 2
/// and a UTF-8 byte-order mark, with CPython's messages for the problems.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxErrorInfo> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut declared: Option<String> = None;
    for (i, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        if !t.starts_with('#') {
            if i == 0 && t.trim().is_empty() {
                continue;
            }
            break;
        }
        if let Some(pos) = t.find("coding") {
            let rest = &t[pos + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || "-_.".contains(*c))
                    .collect();
                if !name.is_empty() {
                    declared = Some(name);
                    break;
                }
            }
        }
    }
    let err = |msg: String| SyntaxErrorInfo {
        kind: "SyntaxError",
        msg,
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    };
    // `get_normal_name` in CPython's tokenizer.
    let normal = declared.as_deref().map(|d| {
        let buf: String = d
            .chars()
            .take(12)
            .map(|c| {
                if c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if buf == "utf-8" || buf.starts_with("utf-8-") {
            "utf-8".to_string()
        } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
            || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
                .iter()
                .any(|p| buf.starts_with(p))
        {
            "iso-8859-1".to_string()
        } else {
            d.to_string()
        }
    });
    if bom {
        if let Some(n) = &normal {
            if n != "utf-8" {
                return Err(err(format!("encoding problem: {n} with BOM")));
            }
        }
    }
    let codec = normal
        .as_deref()
        .unwrap_or("utf-8")
        .to_ascii_lowercase()
        .replace('_', "-");
    match codec.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                let mut info = err(String::new());
                info.lineno = line as u32;
                info.msg = if declared.is_some() {
                    // Reported when the string literal holding the byte is decoded: the
                    // position is counted from the start of the literal's text.
                    let at = e.valid_up_to();
                    let line_start = bytes[..at]
                        .iter()
                        .rposition(|&b| b == b'\n')
                        .map_or(0, |p| p + 1);
                    let body = bytes[line_start..at]
                        .iter()
                        .rposition(|&b| b == b'"' || b == b'\'')
                        .map_or(line_start, |p| line_start + p + 1);
                    let reason = if (0xC2..=0xF4).contains(&bad) {
                        if e.error_len().is_none() {
                            "unexpected end of data"
                        } else {
                            "invalid continuation byte"
                        }
                    } else {
                        "invalid start byte"
                    };
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {}: {reason}",
                        at - body
                    )
                } else {
                    // CPython names the script by its absolute path (the working directory
                    // joined with the path as given).
                    let shown = if filename.starts_with('<') || filename.starts_with('/') {
                        filename.to_string()
                    } else {
                        std::env::current_dir()
                            .map(|d| d.join(filename).to_string_lossy().into_owned())
                            .unwrap_or_else(|_| filename.to_string())
                    };
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {shown} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    )
                };
                Err(info)
            }
        },
        "iso-8859-1" | "latin1" | "l1" | "cp819" | "8859" | "iso8859-1" | "latin" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" | "646" => {
            if bytes.iter().any(|&b| b >= 0x80) {
                Err(err(format!(
                    "encoding problem: {}",
                    normal.unwrap_or_default()
                )))
            } else {
                Ok(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        "cp1252" | "windows-1252" => {
            const HIGH: [u32; 32] = [
                0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
            ];
            let mut out = String::with_capacity(bytes.len());
            for &b in bytes {
                let c = if (0x80..0xA0).contains(&b) {
                    HIGH[(b - 0x80) as usize]
                } else {
                    b as u32
                };
                match char::from_u32(c).filter(|_| c != 0 || b == 0) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(err(format!(
                            "encoding problem: {}",
                            normal.unwrap_or_default()
                        )))
                    }
                }
            }
            Ok(out)
        }
        _ => Err(err(format!(
            "encoding problem: {}",
            normal.unwrap_or_default()
        ))),
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
        return Ok(parsed.into_syntax());
    }
    Err(diagnose(source, map, &parsed))
}

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
        ast::Mod::Expression(e) => Some(e),
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

// ---------------------------------------------------------------------------------------------
// A tokenizer following CPython 3.12's Parser/tokenizer.c, used only to find CPython's
// tokenizer errors and to give the error mapping CPython's view of the token stream.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum T {
    Name,
    Number,
    Str,
    FStart,
    FMiddle,
    FEnd,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: T,
    /// Byte offsets in the original source.
    start: usize,
    end: usize,
    line: u32,
    /// Bracket nesting level after this token (as CPython records it).
    level: u32,
    /// For `Indent`/`Dedent`/`End`: bytes from the line start to the token (CPython reports
    /// these tokens' column that way).
    col_bytes: u32,
    /// `{` that opens an f-string replacement field.
    field: bool,
}

#[derive(Clone, Copy, Debug)]
struct FMode {
    quote: u8,
    qsize: usize,
    raw: bool,
    start: usize,
    start_line: u32,
    start_line_start: usize,
    curly: i32,
    expr_depth: i32,
    regular: bool,
}

const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;
const MAXFSTRINGLEVEL: usize = 150;
const MAX_EXPR_NESTING: i32 = 3;

struct Lexed {
    toks: Vec<Tok>,
    error: Option<Diag>,
}

struct Lexer {
    s: Vec<u8>,
    /// Normalized offset -> original offset, when normalization changed anything.
    back: Option<Vec<usize>>,
    src_len: usize,
    cur: usize,
    line: u32,
    line_start: usize,
    tstart: usize,
    atbol: bool,
    pendin: i32,
    ind: Vec<(u32, u32)>,
    parens: Vec<(u8, u32, usize)>,
    modes: Vec<FMode>,
    toks: Vec<Tok>,
    next_is_field: bool,
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

fn is_id_char(c: u8) -> bool {
    is_id_start(c) || c.is_ascii_digit()
}

/// Approximates `Py_UNICODE_ISPRINTABLE` for non-ASCII characters.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xD800..=0xDFFF)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0xE0100..=0xE01EF | 0x1369..=0x1371 | 0x19DA | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F
        | 0xFF3F | 0x5BF | 0x5C1 | 0x5C2 | 0x5C4 | 0x5C5 | 0x5C7 | 0x670 | 0x6D6..=0x6DC
        | 0x6DF..=0x6E4 | 0x6E7 | 0x6E8 | 0x6EA..=0x6ED | 0x981..=0x983 | 0x9BC..=0x9CD
        | 0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0x302A..=0x302F | 0x3099 | 0x309A
        | 0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F
        | 0x900..=0x903 | 0x93A..=0x94F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0xB7 | 0x387 | 0x203F | 0x2040)
}

fn is_xid_start(c: char) -> bool {
    c == '_'
        || c.is_alphabetic()
        || matches!(
            c as u32,
            0x1885 | 0x1886 | 0x2118 | 0x212E | 0x309B | 0x309C
        )
}

fn is_xid_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || is_combining(c)
}

fn two_char_op(c1: u8, c2: u8) -> bool {
    matches!(
        (c1, c2),
        (b'!', b'=')
            | (b'%', b'=')
            | (b'&', b'=')
            | (b'*', b'*')
            | (b'*', b'=')
            | (b'+', b'=')
            | (b'-', b'=')
            | (b'-', b'>')
            | (b'/', b'/')
            | (b'/', b'=')
            | (b':', b'=')
            | (b'<', b'<')
            | (b'<', b'=')
            | (b'<', b'>')
            | (b'=', b'=')
            | (b'>', b'=')
            | (b'>', b'>')
            | (b'@', b'=')
            | (b'^', b'=')
            | (b'|', b'=')
    )
}

fn three_char_op(c1: u8, c2: u8, c3: u8) -> bool {
    matches!(
        (c1, c2, c3),
        (b'*', b'*', b'=')
            | (b'.', b'.', b'.')
            | (b'/', b'/', b'=')
            | (b'<', b'<', b'=')
            | (b'>', b'>', b'=')
    )
}

impl Lexer {
    fn run(source: &str) -> Lexed {
        let src = source.as_bytes();
        let (mut s, back) = if src.contains(&b'\r') {
            let mut s = Vec::with_capacity(src.len() + 1);
            let mut back = Vec::with_capacity(src.len() + 2);
            let mut i = 0;
            while i < src.len() {
                if src[i] == b'\r' {
                    s.push(b'\n');
                    back.push(i);
                    if src.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                } else {
                    s.push(src[i]);
                    back.push(i);
                }
                i += 1;
            }
            (s, Some(back))
        } else {
            (src.to_vec(), None)
        };
        if s.last() != Some(&b'\n') {
            s.push(b'\n');
        }
        let mut lx = Lexer {
            s,
            back,
            src_len: src.len(),
            cur: 0,
            line: 1,
            line_start: 0,
            tstart: 0,
            atbol: true,
            pendin: 0,
            ind: vec![(0, 0)],
            parens: Vec::new(),
            modes: Vec::new(),
            toks: Vec::new(),
            next_is_field: false,
        };
        let mut error = None;
        // Every call consumes input or emits a pending indent/dedent, so this terminates;
        // the bound is a guard against bugs, not a limit programs can reach.
        let limit = lx.s.len() * 4 + 1000;
        for _ in 0..limit {
            match lx.token() {
                Ok(kind) => {
                    let start = lx.orig(lx.tstart);
                    let end = lx.orig(lx.cur.max(lx.tstart));
                    let col_bytes = lx.tstart.saturating_sub(lx.line_start) as u32;
                    let field = std::mem::take(&mut lx.next_is_field);
                    if kind == T::FMiddle && end == start {
                        continue;
                    }
                    lx.toks.push(Tok {
                        kind,
                        start,
                        end,
                        line: lx.line,
                        level: lx.parens.len() as u32,
                        col_bytes,
                        field,
                    });
                    if kind == T::End {
                        break;
                    }
                }
                Err(d) => {
                    error = Some(d);
                    break;
                }
            }
        }
        Lexed {
            toks: lx.toks,
            error,
        }
    }

    fn orig(&self, p: usize) -> usize {
        match &self.back {
            Some(b) => b.get(p).copied().unwrap_or(self.src_len),
            None => p.min(self.src_len),
        }
    }

    fn nextc(&mut self) -> Option<u8> {
        let c = *self.s.get(self.cur)?;
        if self.cur > self.line_start && self.s[self.cur - 1] == b'\n' {
            self.line += 1;
            self.line_start = self.cur;
        }
        self.cur += 1;
        Some(c)
    }

    fn backup(&mut self, c: Option<u8>) {
        if c.is_some() && self.cur > self.line_start {
            self.cur -= 1;
        }
    }

    fn chars_between(&self, from: usize, to: usize) -> u32 {
        let to = to.min(self.s.len());
        if from >= to {
            return 0;
        }
        String::from_utf8_lossy(&self.s[from..to]).chars().count() as u32
    }

    fn diag(
        &self,
        sev: Sev,
        kind: &'static str,
        msg: String,
        offset: u32,
        end_offset: u32,
    ) -> Diag {
        Diag {
            kind,
            msg,
            lineno: self.line,
            offset,
            end_lineno: self.line,
            end_offset,
            pos: self.orig(self.tstart),
            sev,
            last_line: self.line,
            at_eof: false,
            early: false,
            paren_line: 0,
            forced: false,
            in_fstring: !self.modes.is_empty(),
        }
    }

    /// `syntaxerror()` in tokenizer.c: the column is where the tokenizer's cursor is.
    fn syntaxerror(&self, msg: String) -> Diag {
        let col = self.chars_between(self.line_start, self.cur);
        self.diag(Sev::Immediate, "SyntaxError", msg, col, col)
    }

    fn indent_error(&self) -> Diag {
        let mut d = self.diag(
            Sev::Deferred,
            "TabError",
            "inconsistent use of tabs and spaces in indentation".into(),
            1,
            0,
        );
        d.pos = self.orig(self.line_start);
        d
    }

    fn token(&mut self) -> Result<T, Diag> {
        match self.modes.last() {
            Some(m) if !m.regular => self.fstring_token(),
            _ => self.normal_token(),
        }
    }

    fn continuation_line(&mut self) -> Result<(), Diag> {
        let c = self.nextc();
        if c != Some(b'\n') {
            let col = self.cur.saturating_sub(self.line_start) as u32;
            let mut d = self.diag(
                Sev::Deferred,
                "SyntaxError",
                "unexpected character after line continuation character".into(),
                col,
                0,
            );
            d.pos = self.orig(self.cur.saturating_sub(2));
            return Err(d);
        }
        let c = self.nextc();
        if c.is_none() {
            return Err(self.eof_error());
        }
        self.backup(c);
        Ok(())
    }

    fn eof_error(&self) -> Diag {
        if let Some(&(ch, line, col)) = self.parens.last() {
            let mut d = self.diag(
                Sev::UnclosedEof,
                "SyntaxError",
                format!("'{}' was never closed", ch as char),
                col as u32 + 1,
                0,
            );
            d.lineno = line;
            d.end_lineno = line;
            d.paren_line = line;
            d.pos = self.orig(self.s.len());
            return d;
        }
        let col = self.cur.saturating_sub(self.line_start) as u32;
        let mut d = self.diag(
            Sev::Deferred,
            "SyntaxError",
            "unexpected EOF while parsing".into(),
            col,
            0,
        );
        d.pos = self.orig(self.s.len());
        d
    }

    fn normal_token(&mut self) -> Result<T, Diag> {
        'nextline: loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                let (mut col, mut altcol, mut cont_col) = (0u32, 0u32, 0u32);
                let c = loop {
                    let c = self.nextc();
                    match c {
                        Some(b' ') => {
                            col += 1;
                            altcol += 1;
                        }
                        Some(b'\t') => {
                            col = (col / 8 + 1) * 8;
                            altcol += 1;
                        }
                        Some(0x0c) => {
                            col = 0;
                            altcol = 0;
                        }
                        Some(b'\\') => {
                            if cont_col == 0 {
                                cont_col = col;
                            }
                            self.tstart = self.cur - 1;
                            self.continuation_line()?;
                        }
                        _ => break c,
                    }
                };
                self.backup(c);
                if matches!(c, Some(b'#') | Some(b'\n')) {
                    blankline = true;
                }
                if !blankline && self.parens.is_empty() {
                    if cont_col != 0 {
                        col = cont_col;
                        altcol = cont_col;
                    }
                    let (top, alttop) = *self.ind.last().unwrap_or(&(0, 0));
                    self.tstart = self.cur;
                    if col == top {
                        if altcol != alttop {
                            return Err(self.indent_error());
                        }
                    } else if col > top {
                        if self.ind.len() >= MAXINDENT {
                            let mut d = self.diag(
                                Sev::Deferred,
                                "IndentationError",
                                "too many levels of indentation".into(),
                                1,
                                0,
                            );
                            d.pos = self.orig(self.line_start);
                            return Err(d);
                        }
                        if altcol <= alttop {
                            return Err(self.indent_error());
                        }
                        self.pendin += 1;
                        self.ind.push((col, altcol));
                    } else {
                        while self.ind.len() > 1 && col < self.ind.last().map_or(0, |t| t.0) {
                            self.pendin -= 1;
                            self.ind.pop();
                        }
                        let (top, alttop) = *self.ind.last().unwrap_or(&(0, 0));
                        if col != top {
                            // The whole line is read before the error is reported.
                            let mut end = self.cur;
                            while end < self.s.len() && self.s[end] != b'\n' {
                                end += 1;
                            }
                            let width = (end + 1).min(self.s.len()) - self.line_start;
                            let mut d = self.diag(
                                Sev::Deferred,
                                "IndentationError",
                                "unindent does not match any outer indentation level".into(),
                                width as u32,
                                0,
                            );
                            d.pos = self.orig(self.line_start);
                            return Err(d);
                        }
                        if altcol != alttop {
                            return Err(self.indent_error());
                        }
                    }
                }
            }
            self.tstart = self.cur;
            if self.pendin != 0 {
                if self.pendin < 0 {
                    self.pendin += 1;
                    return Ok(T::Dedent);
                }
                self.pendin -= 1;
                return Ok(T::Indent);
            }
            // again:
            loop {
                let mut c = self.nextc();
                while matches!(c, Some(b' ') | Some(b'\t') | Some(0x0c)) {
                    c = self.nextc();
                }
                self.tstart = if c.is_some() { self.cur - 1 } else { self.cur };
                if c == Some(b'#') {
                    while !matches!(c, None | Some(b'\n')) {
                        c = self.nextc();
                    }
                }
                let Some(ch) = c else {
                    if !self.parens.is_empty() {
                        return Err(self.eof_error());
                    }
                    return Ok(T::End);
                };
                if is_id_start(ch) {
                    return self.name_or_string(ch);
                }
                if ch == b'\n' {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        continue 'nextline;
                    }
                    return Ok(T::Newline);
                }
                if ch == b'.' {
                    let c2 = self.nextc();
                    if c2.is_some_and(|d| d.is_ascii_digit()) {
                        return self.number_fraction(c2);
                    }
                    if c2 == Some(b'.') {
                        let c3 = self.nextc();
                        if c3 == Some(b'.') {
                            return Ok(T::Op);
                        }
                        self.backup(c3);
                    }
                    self.backup(c2);
                    return Ok(T::Op);
                }
                if ch.is_ascii_digit() {
                    return self.number(ch);
                }
                if ch == b'\'' || ch == b'"' {
                    return self.string(ch);
                }
                if ch == b'\\' {
                    self.continuation_line()?;
                    continue;
                }
                return self.operator(ch);
            }
        }
    }

    fn name_or_string(&mut self, first: u8) -> Result<T, Diag> {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut c = Some(first);
        while let Some(ch) = c {
            match ch {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            c = self.nextc();
            if c == Some(b'"') || c == Some(b'\'') {
                let q = c.unwrap_or(b'"');
                if saw_f {
                    return self.fstring_start(q, saw_r);
                }
                return self.string(q);
            }
        }
        let mut nonascii = false;
        while let Some(ch) = c {
            if !is_id_char(ch) {
                break;
            }
            if ch >= 128 {
                nonascii = true;
            }
            c = self.nextc();
        }
        self.backup(c);
        if nonascii {
            self.verify_identifier()?;
        }
        Ok(T::Name)
    }

    fn verify_identifier(&mut self) -> Result<(), Diag> {
        let bytes = self.s[self.tstart..self.cur].to_vec();
        let text = String::from_utf8_lossy(&bytes);
        let mut byte_len = 0;
        for (i, ch) in text.chars().enumerate() {
            byte_len += ch.len_utf8();
            let ok = if i == 0 {
                is_xid_start(ch)
            } else {
                is_xid_continue(ch)
            };
            if !ok {
                self.cur = (self.tstart + byte_len).min(self.s.len());
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.syntaxerror(msg));
            }
        }
        Ok(())
    }

    fn lookahead(&mut self, test: &[u8]) -> bool {
        let save = (self.cur, self.line, self.line_start);
        let mut res = true;
        for &t in test {
            if self.nextc() != Some(t) {
                res = false;
                break;
            }
        }
        if res {
            let c = self.nextc();
            res = !c.is_some_and(is_id_char);
        }
        (self.cur, self.line, self.line_start) = save;
        res
    }

    fn verify_end_of_number(&mut self, c: Option<u8>, kind: &str) -> Result<(), Diag> {
        let r = match c {
            Some(b'a') => self.lookahead(b"nd"),
            Some(b'e') => self.lookahead(b"lse"),
            Some(b'f') => self.lookahead(b"or"),
            Some(b'i') => {
                let c2 = self.nextc();
                let r = matches!(c2, Some(b'f') | Some(b'n') | Some(b's'));
                self.backup(c2);
                r
            }
            Some(b'o') => self.lookahead(b"r"),
            Some(b'n') => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            // CPython only warns here.
            return Ok(());
        }
        if let Some(ch) = c {
            if ch < 128 && is_id_char(ch) {
                self.backup(c);
                return Err(self.syntaxerror(format!("invalid {kind} literal")));
            }
        }
        Ok(())
    }

    fn decimal_tail(&mut self) -> Result<Option<u8>, Diag> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !c.is_some_and(|d| d.is_ascii_digit()) {
                    break;
                }
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                return Err(self.syntaxerror("invalid decimal literal".into()));
            }
        }
    }

    fn number(&mut self, first: u8) -> Result<T, Diag> {
        if first == b'0' {
            let mut c = self.nextc();
            match c {
                Some(b'x') | Some(b'X') => {
                    c = self.nextc();
                    loop {
                        if c == Some(b'_') {
                            c = self.nextc();
                        }
                        if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                            self.backup(c);
                            return Err(self.syntaxerror("invalid hexadecimal literal".into()));
                        }
                        loop {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                                break;
                            }
                        }
                        if c != Some(b'_') {
                            break;
                        }
                    }
                    self.verify_end_of_number(c, "hexadecimal")?;
                }
                Some(b'o') | Some(b'O') => {
                    c = self.nextc();
                    loop {
                        if c == Some(b'_') {
                            c = self.nextc();
                        }
                        if !c.is_some_and(|d| (b'0'..b'8').contains(&d)) {
                            if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                                return Err(self.syntaxerror(format!(
                                    "invalid digit '{}' in octal literal",
                                    d as char
                                )));
                            }
                            self.backup(c);
                            return Err(self.syntaxerror("invalid octal literal".into()));
                        }
                        loop {
                            c = self.nextc();
                            if !c.is_some_and(|d| (b'0'..b'8').contains(&d)) {
                                break;
                            }
                        }
                        if c != Some(b'_') {
                            break;
                        }
                    }
                    if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                        return Err(self.syntaxerror(format!(
                            "invalid digit '{}' in octal literal",
                            d as char
                        )));
                    }
                    self.verify_end_of_number(c, "octal")?;
                }
                Some(b'b') | Some(b'B') => {
                    c = self.nextc();
                    loop {
                        if c == Some(b'_') {
                            c = self.nextc();
                        }
                        if !matches!(c, Some(b'0') | Some(b'1')) {
                            if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                                return Err(self.syntaxerror(format!(
                                    "invalid digit '{}' in binary literal",
                                    d as char
                                )));
                            }
                            self.backup(c);
                            return Err(self.syntaxerror("invalid binary literal".into()));
                        }
                        loop {
                            c = self.nextc();
                            if !matches!(c, Some(b'0') | Some(b'1')) {
                                break;
                            }
                        }
                        if c != Some(b'_') {
                            break;
                        }
                    }
                    if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                        return Err(self.syntaxerror(format!(
                            "invalid digit '{}' in binary literal",
                            d as char
                        )));
                    }
                    self.verify_end_of_number(c, "binary")?;
                }
                _ => {
                    let mut nonzero = false;
                    loop {
                        if c == Some(b'_') {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_digit()) {
                                self.backup(c);
                                return Err(self.syntaxerror("invalid decimal literal".into()));
                            }
                        }
                        if c != Some(b'0') {
                            break;
                        }
                        c = self.nextc();
                    }
                    let zeros_end = self.cur;
                    if c.is_some_and(|d| d.is_ascii_digit()) {
                        nonzero = true;
                        c = self.decimal_tail()?;
                    }
                    if c == Some(b'.') {
                        let c2 = self.nextc();
                        return self.number_fraction(c2);
                    } else if matches!(c, Some(b'e') | Some(b'E')) {
                        return self.number_exponent(c);
                    } else if matches!(c, Some(b'j') | Some(b'J')) {
                        return self.number_imaginary();
                    } else if nonzero {
                        self.backup(c);
                        let start = self.chars_between(self.line_start, self.tstart) + 1;
                        let end = zeros_end.saturating_sub(self.line_start) as u32;
                        return Err(self.diag(
                            Sev::Immediate,
                            "SyntaxError",
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                            start,
                            end,
                        ));
                    }
                    self.verify_end_of_number(c, "decimal")?;
                }
            }
            self.backup(c);
            return Ok(T::Number);
        }
        let c = self.decimal_tail()?;
        if c == Some(b'.') {
            let c2 = self.nextc();
            return self.number_fraction(c2);
        }
        if matches!(c, Some(b'e') | Some(b'E')) {
            return self.number_exponent(c);
        }
        if matches!(c, Some(b'j') | Some(b'J')) {
            return self.number_imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(T::Number)
    }

    /// After the `.` of a float; `c` is the character after it.
    fn number_fraction(&mut self, c: Option<u8>) -> Result<T, Diag> {
        let mut c = c;
        if c.is_some_and(|d| d.is_ascii_digit()) {
            c = self.decimal_tail()?;
        }
        if matches!(c, Some(b'e') | Some(b'E')) {
            return self.number_exponent(c);
        }
        if matches!(c, Some(b'j') | Some(b'J')) {
            return self.number_imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(T::Number)
    }

    fn number_exponent(&mut self, e: Option<u8>) -> Result<T, Diag> {
        let mut c = self.nextc();
        if matches!(c, Some(b'+') | Some(b'-')) {
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                return Err(self.syntaxerror("invalid decimal literal".into()));
            }
        } else if !c.is_some_and(|d| d.is_ascii_digit()) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(T::Number);
        }
        c = self.decimal_tail()?;
        if matches!(c, Some(b'j') | Some(b'J')) {
            return self.number_imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(T::Number)
    }

    fn number_imaginary(&mut self) -> Result<T, Diag> {
        let c = self.nextc();
        self.verify_end_of_number(c, "imaginary")?;
        self.backup(c);
        Ok(T::Number)
    }

    fn string(&mut self, quote: u8) -> Result<T, Diag> {
        let first_line = self.line;
        let multi_line_start = self.line_start;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == Some(quote) {
            c = self.nextc();
            if c == Some(quote) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != Some(quote) {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            let c = self.nextc();
            if c.is_none() || (quote_size == 1 && c == Some(b'\n')) {
                let detected = self.line;
                self.cur = self.tstart + 1;
                self.line_start = multi_line_start;
                self.line = first_line;
                if let Some(m) = self.modes.last() {
                    if m.quote == quote && m.qsize == quote_size {
                        return Err(self.syntaxerror("f-string: expecting '}'".into()));
                    }
                }
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(self.syntaxerror(msg));
            }
            if c == Some(quote) {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == Some(b'\\') {
                    self.nextc();
                }
            }
        }
        Ok(T::Str)
    }

    fn fstring_start(&mut self, quote: u8, raw: bool) -> Result<T, Diag> {
        let mut qsize = 1;
        let c1 = self.nextc();
        if c1 == Some(quote) {
            let c2 = self.nextc();
            if c2 == Some(quote) {
                qsize = 3;
            } else {
                self.backup(c2);
                self.backup(c1);
            }
        } else {
            self.backup(c1);
        }
        if self.modes.len() + 1 >= MAXFSTRINGLEVEL {
            return Err(self.syntaxerror("too many nested f-strings".into()));
        }
        self.modes.push(FMode {
            quote,
            qsize,
            raw,
            start: self.tstart,
            start_line: self.line,
            start_line_start: self.line_start,
            curly: 0,
            expr_depth: -1,
            regular: false,
        });
        Ok(T::FStart)
    }

    fn fstring_token(&mut self) -> Result<T, Diag> {
        self.tstart = self.cur;
        let Some(mut m) = self.modes.last().copied() else {
            return self.normal_token();
        };
        let c = self.nextc();
        if c == Some(b'{') {
            let peek = self.nextc();
            self.backup(peek);
            self.backup(c);
            if peek != Some(b'{') {
                m.expr_depth += 1;
                if m.expr_depth >= MAX_EXPR_NESTING {
                    return Err(self.syntaxerror("f-string: expressions nested too deeply".into()));
                }
                m.regular = true;
                self.set_mode(m);
                self.next_is_field = true;
                return self.normal_token();
            }
        } else {
            self.backup(c);
        }
        // The end of the string?
        let mut all = true;
        for _ in 0..m.qsize {
            let q = self.nextc();
            if q != Some(m.quote) {
                self.backup(q);
                all = false;
                break;
            }
        }
        if all {
            self.modes.pop();
            return Ok(T::FEnd);
        }
        let in_spec = m.expr_depth >= 0;
        let mut end_quote_size = 0;
        let mut unicode_escape = false;
        while end_quote_size != m.qsize {
            let c = self.nextc();
            if c.is_none() || (m.qsize == 1 && c == Some(b'\n')) {
                if in_spec && c == Some(b'\n') {
                    self.backup(c);
                    m.regular = true;
                    self.set_mode(m);
                    return Ok(T::FMiddle);
                }
                let detected = self.line;
                self.cur = m.start + 1;
                self.line_start = m.start_line_start;
                self.line = m.start_line;
                let msg = if m.qsize == 3 {
                    format!(
                        "unterminated triple-quoted f-string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated f-string literal (detected at line {detected})")
                };
                return Err(self.syntaxerror(msg));
            }
            if c == Some(m.quote) {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            match c {
                Some(b'{') => {
                    let peek = self.nextc();
                    if peek != Some(b'{') || in_spec {
                        self.backup(peek);
                        self.backup(c);
                    }
                    return Ok(T::FMiddle);
                }
                Some(b'}') => {
                    if unicode_escape {
                        return Ok(T::FMiddle);
                    }
                    let peek = self.nextc();
                    if peek != Some(b'}') || in_spec {
                        self.backup(peek);
                        self.backup(c);
                        m.regular = true;
                        self.set_mode(m);
                    }
                    return Ok(T::FMiddle);
                }
                Some(b'\\') => {
                    let peek = self.nextc();
                    if peek == Some(b'{') || peek == Some(b'}') {
                        self.backup(peek);
                        continue;
                    }
                    if !m.raw && peek == Some(b'N') {
                        let p2 = self.nextc();
                        if p2 == Some(b'{') {
                            unicode_escape = true;
                        } else {
                            self.backup(p2);
                        }
                    }
                }
                _ => {}
            }
        }
        for _ in 0..m.qsize {
            self.cur = self.cur.saturating_sub(1);
        }
        Ok(T::FMiddle)
    }

    fn set_mode(&mut self, m: FMode) {
        if let Some(top) = self.modes.last_mut() {
            *top = m;
        }
    }

    fn operator(&mut self, c: u8) -> Result<T, Diag> {
        // f-string format spec starts at a top-level ':' of a replacement field.
        if c == b':' {
            if let Some(m) = self.modes.last_mut() {
                if m.regular && m.expr_depth >= 0 && m.curly - 1 == m.expr_depth {
                    m.regular = false;
                    return Ok(T::Op);
                }
            }
        }
        let c2 = self.nextc();
        if let Some(d2) = c2 {
            if two_char_op(c, d2) {
                let c3 = self.nextc();
                if let Some(d3) = c3 {
                    if three_char_op(c, d2, d3) {
                        return Ok(T::Op);
                    }
                }
                self.backup(c3);
                return Ok(T::Op);
            }
        }
        self.backup(c2);
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAXLEVEL {
                    return Err(self.syntaxerror("too many nested parentheses".into()));
                }
                let col = self.tstart.saturating_sub(self.line_start);
                self.parens.push((c, self.line, col));
                if let Some(m) = self.modes.last_mut() {
                    m.curly += 1;
                }
            }
            b')' | b']' | b'}' => {
                if let Some(m) = self.modes.last() {
                    if m.curly == 0 && c == b'}' {
                        return Err(self.syntaxerror("f-string: single '}' is not allowed".into()));
                    }
                }
                let Some((opening, oline, _)) = self.parens.pop() else {
                    return Err(self.syntaxerror(format!("unmatched '{}'", c as char)));
                };
                let matched = matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matched {
                    if let Some(m) = self.modes.last() {
                        if opening == b'{' && m.curly - 1 == m.expr_depth {
                            return Err(
                                self.syntaxerror(format!("f-string: unmatched '{}'", c as char))
                            );
                        }
                    }
                    let msg = if oline != self.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {oline}",
                            c as char, opening as char
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, opening as char
                        )
                    };
                    return Err(self.syntaxerror(msg));
                }
                if let Some(m) = self.modes.last_mut() {
                    m.curly -= 1;
                    if c == b'}' && m.curly == m.expr_depth {
                        m.expr_depth -= 1;
                        m.regular = false;
                    }
                }
            }
            _ => {}
        }
        if c < 0x20 || c == 0x7f {
            return Err(self.syntaxerror(format!("invalid non-printable character U+{:04X}", c)));
        }
        Ok(T::Op)
    }
}

// ---------------------------------------------------------------------------------------------
// Mapping ruff's errors to CPython's messages
// ---------------------------------------------------------------------------------------------

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

const AUGASSIGN: &[&str] = &[
    "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=",
];

/// `_PyPegen_get_expr_name`.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    For,
    Del,
}

/// `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, ty: Targets) -> Option<&Expr> {
    match e {
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, ty)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, ty)),
        Expr::Starred(s) => {
            if ty == Targets::Del {
                Some(e)
            } else {
                invalid_target(&s.value, ty)
            }
        }
        Expr::Compare(c) => {
            if ty == Targets::For {
                if c.ops.first() == Some(&ast::CmpOp::In) {
                    invalid_target(&c.left, ty)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

/// Finds AST nodes by position.
struct Finder<'a> {
    /// Outermost expression with exactly this range.
    want: Option<(usize, usize)>,
    /// Innermost statement containing this offset.
    want_stmt: Option<usize>,
    expr: Option<&'a Expr>,
    stmt: Option<&'a Stmt>,
    comps: Vec<&'a ast::Comprehension>,
}

impl<'a> Finder<'a> {
    fn new() -> Self {
        Finder {
            want: None,
            want_stmt: None,
            expr: None,
            stmt: None,
            comps: Vec::new(),
        }
    }
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Some(off) = self.want_stmt {
            let r = s.range();
            if usize::from(r.start()) <= off
                && off < usize::from(r.end()).max(usize::from(r.start()) + 1)
            {
                self.stmt = Some(s);
            }
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        if self.expr.is_none() {
            let r = e.range();
            let (s, t) = (usize::from(r.start()), usize::from(r.end()));
            if self.want == Some((s, t)) {
                self.expr = Some(e);
            }
        }
        visitor::walk_expr(self, e);
    }
    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
        self.comps.push(c);
        visitor::walk_comprehension(self, c);
    }
}

struct Cx<'a> {
    src: &'a str,
    map: &'a SourceMap,
    toks: &'a [Tok],
    module: &'a ast::ModModule,
}

fn range_of(r: TextRange) -> (usize, usize) {
    (usize::from(r.start()), usize::from(r.end()))
}

impl<'a> Cx<'a> {
    fn text(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self.src.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }
    fn kind(&self, i: usize) -> Option<T> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn is_op(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(T::Op) && self.text(i) == s
    }
    fn is_kw(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(T::Name) && self.text(i) == s
    }

    /// Index of the token that starts at (or first after) byte offset `off`, skipping
    /// indentation tokens.
    fn tok_at(&self, off: usize) -> Option<usize> {
        let mut i = self.toks.partition_point(|t| t.start < off);
        while i < self.toks.len() && matches!(self.toks[i].kind, T::Indent | T::Dedent) {
            i += 1;
        }
        if i < self.toks.len() {
            Some(i)
        } else {
            None
        }
    }

    /// Index of the last token ending at or before `off`.
    fn tok_before(&self, off: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.end <= off && t.start < off);
        let mut j = i.checked_sub(1)?;
        while matches!(self.toks[j].kind, T::Indent | T::Dedent) {
            j = j.checked_sub(1)?;
        }
        Some(j)
    }

    fn base(&self, msg: impl Into<String>, kind: &'static str) -> Diag {
        Diag {
            kind,
            msg: msg.into(),
            lineno: 1,
            offset: 0,
            end_lineno: 1,
            end_offset: 0,
            pos: 0,
            sev: Sev::Parse,
            last_line: 1,
            at_eof: false,
            early: false,
            paren_line: 0,
            forced: false,
            in_fstring: false,
        }
    }

    /// A diagnostic over a byte range (CPython's `RAISE_SYNTAX_ERROR_KNOWN_RANGE`).
    fn range_diag(&self, msg: impl Into<String>, start: usize, end: usize) -> Diag {
        let mut d = self.base(msg, "SyntaxError");
        let end = end.max(start);
        d.lineno = self.map.line_of(start);
        d.offset = self.map.col_of(start);
        d.end_lineno = self.map.line_of(end);
        d.end_offset = self.map.col_of(end);
        d.pos = start;
        d.last_line = d.end_lineno;
        if start >= self.src.len() {
            d.at_eof = true;
            self.fix_eof_line(&mut d);
        }
        d
    }

    fn fix_eof_line(&self, d: &mut Diag) {
        let last = self.map.last_line();
        if d.lineno > last {
            d.lineno = last;
            d.end_lineno = last;
            let len = self
                .map
                .line_text(last)
                .map_or(0, |t| t.chars().count() as u32);
            d.offset = len + 1;
            d.end_offset = len + 2;
        }
    }

    /// A diagnostic at token `i` (CPython's location for a token).
    fn tok_diag(&self, msg: impl Into<String>, i: usize) -> Diag {
        let Some(t) = self.toks.get(i).copied() else {
            let mut d = self.range_diag(msg, self.src.len(), self.src.len());
            d.at_eof = true;
            return d;
        };
        match t.kind {
            T::Indent | T::Dedent | T::End => {
                let mut d = self.base(msg, "SyntaxError");
                d.lineno = t.line;
                d.end_lineno = t.line;
                d.offset = t.col_bytes;
                d.end_offset = 0;
                d.pos = t.start;
                d.last_line = t.line;
                d.at_eof = t.kind == T::End;
                d
            }
            T::Newline => {
                let mut d = self.range_diag(msg, t.start, t.start + 1);
                d.end_lineno = d.lineno;
                d.end_offset = d.offset + 1;
                d
            }
            _ => {
                let mut d = self.range_diag(msg, t.start, t.end);
                d.at_eof = false;
                d
            }
        }
    }

    /// An error from a forced token (`&&':'`), raised in the first pass.
    fn forced_diag(&self, msg: impl Into<String>, i: usize) -> Diag {
        let mut d = self.tok_diag(msg, i);
        d.forced = true;
        d
    }

    fn generic_at(&self, start: usize, end: usize) -> Diag {
        let i = self.toks.partition_point(|t| t.end <= start);
        match self.toks.get(i) {
            Some(t) if t.start <= start && !matches!(t.kind, T::Indent | T::Dedent) => {
                self.tok_diag("invalid syntax", i)
            }
            _ => match self.tok_at(start) {
                Some(i) if self.toks[i].start == start => self.tok_diag("invalid syntax", i),
                _ => self.range_diag("invalid syntax", start, end),
            },
        }
    }

    // ---- token-stream helpers ---------------------------------------------------------------

    /// The innermost unclosed bracket before token `i`.
    fn open_bracket(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in (0..i.min(self.toks.len())).rev() {
            if self.toks[j].kind != T::Op {
                continue;
            }
            match self.text(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        return Some(j);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// The bracket that closes the one opened at `i`.
    fn matching_close(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in i..self.toks.len() {
            if self.toks[j].kind != T::Op {
                continue;
            }
            match self.text(j) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn matching_open(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in (0..=i.min(self.toks.len().saturating_sub(1))).rev() {
            if self.toks[j].kind != T::Op {
                continue;
            }
            match self.text(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether the bracket at `j` holds expressions (not parameters or import names).
    fn expr_context(&self, j: usize) -> bool {
        let t = self.text(j);
        if t == "{" {
            return true;
        }
        let Some(p) = j.checked_sub(1) else {
            return true;
        };
        if self.is_kw(p, "import") {
            return false;
        }
        let name_at = if self.is_op(p, "]") {
            self.matching_open(p).and_then(|m| m.checked_sub(1))
        } else {
            Some(p)
        };
        if let Some(n) = name_at {
            if self.kind(n) == Some(T::Name) && !is_keyword(self.text(n)) {
                if let Some(k) = n.checked_sub(1) {
                    if self.is_kw(k, "def") {
                        return false;
                    }
                    if t == "[" && (self.is_kw(k, "class") || self.is_kw(k, "type")) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// The f-string replacement field `{` that token `i` is directly inside, if any.
    fn fstring_field(&self, i: usize) -> Option<usize> {
        let j = self.open_bracket(i)?;
        if self.toks[j].field {
            Some(j)
        } else {
            None
        }
    }

    fn starts_expr(&self, i: usize) -> bool {
        let Some(k) = self.kind(i) else { return false };
        match k {
            T::Name => {
                let t = self.text(i);
                !is_keyword(t)
                    || matches!(t, "True" | "False" | "None" | "not" | "lambda" | "await")
            }
            T::Number | T::Str | T::FStart => true,
            T::Op => matches!(self.text(i), "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    fn ends_expr(&self, i: usize) -> bool {
        let Some(k) = self.kind(i) else { return false };
        match k {
            T::Name => {
                let t = self.text(i);
                !is_keyword(t) || matches!(t, "True" | "False" | "None")
            }
            T::Number | T::Str | T::FEnd => true,
            T::Op => matches!(self.text(i), ")" | "]" | "}" | "..."),
            _ => false,
        }
    }

    /// Where the expression that ends just before token `i` starts: walks back over tokens at
    /// the same nesting depth until a delimiter (CPython's `disjunction` before the error).
    fn expr_start_before(&self, i: usize) -> usize {
        let mut depth = 0i32;
        let mut j = i;
        while j > 0 {
            let t = j - 1;
            let k = self.toks[t].kind;
            let txt = self.text(t);
            if k == T::Op && matches!(txt, ")" | "]" | "}") {
                depth += 1;
            } else if k == T::Op && matches!(txt, "(" | "[" | "{") {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if k == T::FEnd {
                depth += 1;
            } else if k == T::FStart {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 {
                if matches!(k, T::Newline | T::Indent | T::Dedent | T::FMiddle) {
                    break;
                }
                if k == T::Op
                    && (matches!(txt, "," | ":" | "=" | ":=" | ";" | "->" | "!" | "@")
                        || AUGASSIGN.contains(&txt))
                {
                    break;
                }
                if k == T::Op && matches!(txt, "*" | "**") {
                    let prev_delim = t == 0
                        || (self.kind(t - 1) == Some(T::Op)
                            && matches!(self.text(t - 1), "(" | "[" | "{" | "," | "="));
                    if prev_delim {
                        break;
                    }
                }
                if k == T::Name
                    && matches!(
                        txt,
                        "for"
                            | "if"
                            | "else"
                            | "return"
                            | "lambda"
                            | "yield"
                            | "from"
                            | "import"
                            | "assert"
                            | "del"
                            | "with"
                            | "as"
                            | "while"
                            | "elif"
                            | "raise"
                            | "async"
                            | "global"
                            | "nonlocal"
                            | "except"
                            | "case"
                            | "match"
                    )
                {
                    break;
                }
                if k == T::Name && txt == "in" && self.in_is_for_clause(t) {
                    break;
                }
            }
            j -= 1;
        }
        j
    }

    /// Whether the `in` at `i` belongs to a `for` clause.
    fn in_is_for_clause(&self, i: usize) -> bool {
        let mut depth = 0i32;
        for j in (0..i).rev() {
            let k = self.toks[j].kind;
            let t = self.text(j);
            if k == T::Op && matches!(t, ")" | "]" | "}") {
                depth += 1;
            } else if k == T::Op && matches!(t, "(" | "[" | "{") {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            } else if depth == 0 {
                if k == T::Name && t == "for" {
                    return true;
                }
                if k == T::Op && matches!(t, ":" | "=" | ";")
                    || matches!(k, T::Newline | T::Indent | T::Dedent)
                {
                    return false;
                }
            }
        }
        false
    }

    /// The last token of the expression starting at token `i`, parsing like CPython's
    /// `bitwise_or` (or `disjunction` when `disj`); `None` if no operand starts there.
    fn expr_span(&self, i: usize, disj: bool) -> Option<usize> {
        let mut j = i;
        let mut expect_operand = true;
        let mut last = None;
        while j < self.toks.len() {
            let k = self.toks[j].kind;
            let txt = self.text(j);
            if expect_operand {
                if k == T::Op && matches!(txt, "-" | "+" | "~") {
                    j += 1;
                    continue;
                }
                if k == T::Name && (txt == "await" || (disj && txt == "not")) {
                    j += 1;
                    continue;
                }
                if (k == T::Name && (!is_keyword(txt) || matches!(txt, "True" | "False" | "None")))
                    || k == T::Number
                    || (k == T::Op && txt == "...")
                {
                    last = Some(j);
                    expect_operand = false;
                    j += 1;
                    continue;
                }
                if matches!(k, T::Str | T::FStart) {
                    // Implicitly concatenated strings.
                    while j < self.toks.len() && matches!(self.toks[j].kind, T::Str | T::FStart) {
                        if self.toks[j].kind == T::FStart {
                            j = self.fstring_end(j)?;
                        }
                        last = Some(j);
                        j += 1;
                    }
                    expect_operand = false;
                    continue;
                }
                if k == T::Op && matches!(txt, "(" | "[" | "{") {
                    let m = self.matching_close(j)?;
                    last = Some(m);
                    j = m + 1;
                    expect_operand = false;
                    continue;
                }
                break;
            } else {
                if k == T::Op && txt == "." {
                    if self.kind(j + 1) == Some(T::Name) {
                        last = Some(j + 1);
                        j += 2;
                        continue;
                    }
                    break;
                }
                if k == T::Op && matches!(txt, "(" | "[") {
                    let m = self.matching_close(j)?;
                    last = Some(m);
                    j = m + 1;
                    continue;
                }
                let binop = k == T::Op
                    && matches!(
                        txt,
                        "|" | "^"
                            | "&"
                            | "<<"
                            | ">>"
                            | "+"
                            | "-"
                            | "*"
                            | "/"
                            | "//"
                            | "%"
                            | "@"
                            | "**"
                    );
                let cmp = disj
                    && ((k == T::Op && matches!(txt, "<" | ">" | "==" | ">=" | "<=" | "!="))
                        || (k == T::Name && matches!(txt, "in" | "is" | "and" | "or")));
                if binop || cmp {
                    expect_operand = true;
                    j += 1;
                    if disj && k == T::Name && txt == "is" && self.is_kw(j, "not") {
                        j += 1;
                    }
                    continue;
                }
                if disj && k == T::Name && txt == "not" && self.is_kw(j + 1, "in") {
                    expect_operand = true;
                    j += 2;
                    continue;
                }
                break;
            }
        }
        last
    }

    fn fstring_end(&self, i: usize) -> Option<usize> {
        let mut depth = 0;
        for j in i..self.toks.len() {
            match self.toks[j].kind {
                T::FStart => depth += 1,
                T::FEnd => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The first token of the logical line containing token `i`.
    fn line_start_tok(&self, i: usize) -> usize {
        let mut j = i.min(self.toks.len());
        while j > 0 {
            let t = &self.toks[j - 1];
            if t.level == 0 && matches!(t.kind, T::Newline | T::Indent | T::Dedent) {
                break;
            }
            j -= 1;
        }
        j
    }

    /// The first token of the simple statement containing token `i` (after `;` or a
    /// compound statement's `:` at level 0).
    fn stmt_start_tok(&self, i: usize) -> usize {
        let ls = self.line_start_tok(i);
        let mut j = i.min(self.toks.len());
        while j > ls {
            let t = &self.toks[j - 1];
            if t.level == 0 && t.kind == T::Op && matches!(self.text(j - 1), ";") {
                break;
            }
            if t.level == 0 && t.kind == T::Op && self.text(j - 1) == ":" && self.is_compound_kw(ls)
            {
                break;
            }
            j -= 1;
        }
        j
    }

    fn is_compound_kw(&self, i: usize) -> bool {
        matches!(
            self.text(i),
            "if" | "elif"
                | "else"
                | "while"
                | "for"
                | "with"
                | "try"
                | "except"
                | "finally"
                | "def"
                | "class"
                | "async"
                | "match"
                | "case"
        ) && self.kind(i) == Some(T::Name)
    }

    /// The keyword of the statement header containing token `i` (skipping `async`).
    fn header_kw(&self, i: usize) -> (usize, String) {
        let mut s = self.line_start_tok(i);
        if self.is_kw(s, "async") {
            s += 1;
        }
        (s, self.text(s).to_string())
    }

    // ---- AST helpers ------------------------------------------------------------------------

    fn find_expr(&self, start: usize, end: usize) -> Option<&'a Expr> {
        let mut f = Finder::new();
        f.want = Some((start, end));
        f.visit_body(&self.module.body);
        f.expr
    }

    fn find_stmt(&self, off: usize) -> (Option<&'a Stmt>, Vec<&'a ast::Comprehension>) {
        let mut f = Finder::new();
        f.want_stmt = Some(off);
        f.visit_body(&self.module.body);
        (f.stmt, f.comps)
    }

    fn is_parenthesized(&self, e: &Expr) -> bool {
        let (s, t) = range_of(e.range());
        let before = self.tok_before(s);
        let after = self.tok_at(t);
        matches!((before, after), (Some(b), Some(a)) if self.is_op(b, "(") && self.is_op(a, ")"))
    }

    // ---- the mapping --------------------------------------------------------------------------

    fn parser_error(&self, parsed: &Parsed<ast::ModModule>, lexer_failed: bool) -> Option<Diag> {
        enum E<'e> {
            P(&'e ParseErrorType),
            U(UnsupportedSyntaxErrorKind),
        }
        let mut errs: Vec<(TextRange, usize, E)> = Vec::new();
        for (n, e) in parsed.errors().iter().enumerate() {
            if lexer_failed {
                if let ParseErrorType::Lexical(l) = &e.error {
                    if !matches!(
                        l,
                        LexicalErrorType::UnicodeError
                            | LexicalErrorType::InvalidByteLiteral
                            | LexicalErrorType::MissingUnicodeLbrace
                            | LexicalErrorType::MissingUnicodeRbrace
                    ) {
                        continue;
                    }
                }
            }
            errs.push((e.location, n, E::P(&e.error)));
        }
        for (n, e) in parsed.unsupported_syntax_errors().iter().enumerate() {
            errs.push((e.range, 100_000 + n, E::U(e.kind)));
        }
        errs.sort_by_key(|(r, n, _)| (usize::from(r.start()), *n));
        let mut found = None;
        let mut fallback = None;
        for (range, _, e) in &errs {
            let d = match e {
                E::P(p) => self.map_error(p, *range),
                E::U(u) => self.map_unsupported(*u, *range),
            };
            match d {
                Some(d) => {
                    found = Some(d);
                    break;
                }
                None => {
                    if fallback.is_none() {
                        let (s, t) = range_of(*range);
                        fallback = Some(self.generic_at(s, t));
                    }
                }
            }
        }
        let found = found.or(fallback);
        match (found, self.indent_structure_error()) {
            (Some(d), Some(ind)) if ind.pos <= d.pos || self.newline_before(ind.pos) <= d.pos => {
                Some(ind)
            }
            (None, Some(ind)) => Some(ind),
            (d, _) => d,
        }
    }

    /// Start of the line holding the token at `pos` (end of the NEWLINE token before it).
    fn newline_before(&self, pos: usize) -> usize {
        let i = self.toks.partition_point(|t| t.start < pos);
        (0..i)
            .rev()
            .find(|&j| self.toks[j].kind == T::Newline)
            .map_or(pos, |j| self.toks[j].end)
    }

    /// An INDENT where no block starts ("unexpected indent") or a DEDENT right after a
    /// decorator ("unexpected unindent"): the parser stops at that token.
    fn indent_structure_error(&self) -> Option<Diag> {
        for (j, tk) in self.toks.iter().enumerate() {
            let (msg, ok) = match tk.kind {
                T::Indent => {
                    let opener = j >= 2
                        && self.toks[j - 1].kind == T::Newline
                        && self.is_op(j - 2, ":")
                        && self.toks[j - 2].level == 0;
                    ("unexpected indent", opener)
                }
                T::Dedent => {
                    let mut n = j;
                    while n > 0 && self.toks[n - 1].kind == T::Dedent {
                        n -= 1;
                    }
                    let after_decorator = n >= 1
                        && self.toks[n - 1].kind == T::Newline
                        && self.is_op(self.line_start_tok(n - 1), "@");
                    ("unexpected unindent", !after_decorator)
                }
                _ => continue,
            };
            if ok {
                continue;
            }
            let mut d = self.base(msg, "IndentationError");
            d.lineno = tk.line;
            d.end_lineno = tk.line;
            d.offset = tk.col_bytes;
            d.end_offset = 0;
            d.pos = tk.start;
            d.last_line = tk.line;
            d.early = true;
            return Some(d);
        }
        None
    }

    fn map_unsupported(&self, kind: UnsupportedSyntaxErrorKind, range: TextRange) -> Option<Diag> {
        use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
        let (s, t) = range_of(range);
        let msg_range = |m: &str| Some(self.range_diag(m, s, t));
        match kind {
            U::UnpackingInComprehension(_) => {
                let i = self.tok_at(s)?;
                if self.text(i) == "**" {
                    self.toks.get(i).map(|tk| {
                        self.range_diag(
                            "dict unpacking cannot be used in dict comprehension",
                            tk.start,
                            tk.end,
                        )
                    })
                } else {
                    msg_range("iterable unpacking cannot be used in comprehension")
                }
            }
            U::UnparenthesizedExceptionTypes => {
                msg_range("multiple exception types must be parenthesized")
            }
            U::ParenthesizedKeywordArgumentName => {
                // `f((a)=1)`: from the inner expression to the `=`.
                let inner = self.tok_at(s).map(|i| i + 1)?;
                let close = self.matching_close(inner - 1)?;
                let eq = close + 1;
                if !self.is_op(eq, "=") {
                    return None;
                }
                let inner_start = self.toks.get(inner)?.start;
                let eq_end = self.toks.get(eq)?.end;
                Some(self.range_diag(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    inner_start,
                    eq_end,
                ))
            }
            U::TypeParamDefault => {
                let i = self.tok_at(s)?;
                let (h, kw) = self.header_kw(i);
                if kw == "def" {
                    // `def f[T=int]()`: the type parameters fail, then `&&'('` fails at `[`.
                    let b = (h..i).find(|&j| self.is_op(j, "["))?;
                    Some(self.forced_diag("expected '('", b))
                } else {
                    let eq = (i..self.toks.len()).find(|&j| self.is_op(j, "="))?;
                    Some(self.tok_diag("invalid syntax", eq))
                }
            }
            U::TemplateStrings => {
                let i = self.tok_at(s)?;
                // `t"..."` is a name followed by a string in 3.12.
                let j = if self.kind(i) == Some(T::Name) {
                    i + 1
                } else {
                    i
                };
                Some(self.tok_diag("invalid syntax", j))
            }
            _ => Some(self.generic_at(s, t)),
        }
    }

    fn map_error(&self, e: &ParseErrorType, range: TextRange) -> Option<Diag> {
        use ParseErrorType as P;
        let (s, t) = range_of(range);
        let i = self.tok_at(s);
        match e {
            P::OtherError(m) if m.starts_with("Expected an indented block after") => {
                self.expected_block(s, m)
            }
            P::ExpectedToken { expected, found } => self.expected_token(*expected, *found, s, t),
            P::ExpectedExpression => {
                let i = i?;
                if let Some(d) = self.common(i) {
                    return Some(d);
                }
                if self.fstring_field(i) == Some(i.wrapping_sub(1))
                    && matches!(self.text(i), "}" | "!" | ":" | "=")
                {
                    return Some(self.tok_diag(
                        format!(
                            "f-string: valid expression required before '{}'",
                            self.text(i)
                        ),
                        i,
                    ));
                }
                if self.is_op(i, "**")
                    && i > 0
                    && self.is_op(i - 1, "(")
                    && !self.is_call_paren(i - 1)
                {
                    return Some(self.tok_diag("cannot use double starred expression here", i));
                }
                if i > 0 && self.is_op(i - 1, "->") {
                    return Some(self.forced_diag("expected ':'", i - 1));
                }
                if i > 1 && self.is_op(i - 1, "=") && matches!(self.text(i), ")" | ",") {
                    if let Some(ob) = self.open_bracket(i) {
                        if self.kind(i - 2) == Some(T::Name) && self.is_op(ob, "(") {
                            let msg = if self.expr_context(ob) {
                                "expected argument value expression"
                            } else {
                                "expected default value expression"
                            };
                            if msg.starts_with("expected argument") {
                                return Some(self.range_diag(
                                    msg,
                                    self.toks[i - 2].start,
                                    self.toks[i - 1].end,
                                ));
                            }
                            return Some(self.tok_diag(msg, i - 1));
                        }
                    }
                }
                if matches!(self.text(i), "}" | ",") && i > 0 && self.is_op(i - 1, ":") {
                    if let Some(ob) = self.open_bracket(i) {
                        if self.is_op(ob, "{") && !self.toks[ob].field {
                            return Some(self.tok_diag(
                                "expression expected after dictionary key and ':'",
                                i - 1,
                            ));
                        }
                    }
                }
                Some(self.tok_diag("invalid syntax", i))
            }
            P::InvalidAssignmentTarget => self.invalid_assignment(s, t),
            P::InvalidAugmentedAssignmentTarget => {
                let e = self.find_expr(s, t)?;
                Some(self.range_diag(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(e)
                    ),
                    s,
                    t,
                ))
            }
            P::InvalidNamedAssignmentTarget => {
                let e = self.find_expr(s, t)?;
                // `a := b` needs an expression after `:=`.
                let op = self.tok_at(t)?;
                if !self.is_op(op, ":=") || !self.starts_expr(op + 1) {
                    return None;
                }
                Some(self.range_diag(
                    format!("cannot use assignment expressions with {}", expr_name(e)),
                    s,
                    t,
                ))
            }
            P::InvalidDeleteTarget => {
                let e = self.find_expr(s, t)?;
                let bad = invalid_target(e, Targets::Del).unwrap_or(e);
                let (bs, bt) = range_of(bad.range());
                Some(self.range_diag(format!("cannot delete {}", expr_name(bad)), bs, bt))
            }
            P::InvalidAnnotatedAssignmentTarget => {
                let e = self.find_expr(s, t)?;
                match e {
                    Expr::List(_) | Expr::Tuple(_) => Some(self.range_diag(
                        format!("only single target (not {}) can be annotated", expr_name(e)),
                        s,
                        t,
                    )),
                    _ => {
                        // Only at the start of a statement (ruff also reports it while
                        // recovering from other errors).
                        let i = i?;
                        if self.stmt_start_tok(i) != i {
                            return None;
                        }
                        let colon = self.tok_at(t)?;
                        if !self.is_op(colon, ":") || !self.starts_expr(colon + 1) {
                            return None;
                        }
                        Some(self.range_diag("illegal target for annotation", s, t))
                    }
                }
            }
            P::OtherError(m) if m.starts_with("Only single target") => {
                let msg = format!("o{}", &m[1..]);
                // The target must be followed by `:` and an annotation.
                let colon = self.tok_at(t)?;
                if !self.is_op(colon, ":") || !self.starts_expr(colon + 1) {
                    return None;
                }
                if msg.contains("(not tuple)") {
                    // CPython points at the first element.
                    let e = self.find_expr(s, t);
                    if let Some(Expr::Tuple(tp)) = e {
                        if let Some(first) = tp.elts.first() {
                            let (fs, ft) = range_of(first.range());
                            return Some(self.range_diag(msg, fs, ft));
                        }
                    }
                }
                Some(self.range_diag(msg, s, t))
            }
            P::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
                // Reported at the token after the `try` block.
                let j = i.or_else(|| self.toks.iter().position(|tk| tk.kind == T::End))?;
                let mut d = self.tok_diag("expected 'except' or 'finally' block", j);
                d.pos = s;
                Some(d)
            }
            P::OtherError(m) if m.starts_with("Cannot have both") => {
                let msg = format!("c{}", &m[1..]);
                let i = i?;
                Some(self.range_diag(msg, self.toks[i].start, self.toks[i].end))
            }
            P::OtherError(m) if m == "Trailing comma not allowed" => {
                let i = i?;
                let (_, kw) = self.header_kw(i);
                if kw != "from" {
                    let nl = (i..self.toks.len()).find(|&j| self.toks[j].kind == T::Newline)?;
                    return Some(self.tok_diag("invalid syntax", nl));
                }
                let nl = (i..self.toks.len()).find(|&j| self.toks[j].kind == T::Newline)?;
                Some(self.tok_diag(
                    "trailing comma not allowed without surrounding parentheses",
                    nl,
                ))
            }
            P::OtherError(m) if m == "Expected a parameter name" => self.kwarg_error(s, t),
            P::OtherError(m) if m == "Only one '*' parameter allowed" => {
                let i = i?;
                Some(self.tok_diag("* argument may appear only once", i))
            }
            P::OtherError(m) if m == "Only one '/' separator allowed" => {
                Some(self.tok_diag("/ may appear only once", i?))
            }
            P::OtherError(m) if m.starts_with("'/' parameter must appear before") => {
                Some(self.tok_diag("/ must be ahead of *", i?))
            }
            P::OtherError(m)
                if m.starts_with("Position-only parameter separator not allowed as first") =>
            {
                let i = i?;
                if self.is_op(i + 1, ",") {
                    Some(self.tok_diag("at least one argument must precede /", i))
                } else {
                    Some(self.tok_diag("invalid syntax", i))
                }
            }
            P::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
                let after = self.tok_at(t)?;
                Some(self.tok_diag("cannot mix bytes and nonbytes literals", after))
            }
            P::NonDefaultParamAfterDefaultParam => {
                // The parameter must be complete: followed by `,` or `)` (`:` in a lambda).
                let next = self.tok_at(t)?;
                if !(self.is_op(next, ",") || self.is_op(next, ")") || self.is_op(next, ":")) {
                    return None;
                }
                Some(self.range_diag(
                    "parameter without a default follows parameter with a default",
                    s,
                    t,
                ))
            }
            P::ParamAfterVarKeywordParam => {
                Some(self.range_diag("arguments cannot follow var-keyword argument", s, t))
            }
            P::VarParameterWithDefault => {
                let i = i?;
                let star = (0..i)
                    .rev()
                    .find(|&j| self.is_op(j, "*") || self.is_op(j, "**"));
                let msg = match star.map(|j| self.text(j)) {
                    Some("**") => "var-keyword argument cannot have default value",
                    _ => "var-positional argument cannot have default value",
                };
                Some(self.tok_diag(msg, i))
            }
            P::ExpectedKeywordParam => {
                let i = i?;
                let star = (0..=i).rev().find(|&j| self.is_op(j, "*"))?;
                Some(self.tok_diag("named arguments must follow bare *", star))
            }
            P::PositionalAfterKeywordArgument
            | P::PositionalAfterKeywordUnpacking
            | P::InvalidArgumentUnpackingOrder => {
                let msg = match e {
                    P::PositionalAfterKeywordArgument => {
                        "positional argument follows keyword argument"
                    }
                    P::PositionalAfterKeywordUnpacking => {
                        "positional argument follows keyword argument unpacking"
                    }
                    _ => "iterable argument unpacking follows keyword argument unpacking",
                };
                if matches!(e, P::InvalidArgumentUnpackingOrder) {
                    return Some(self.tok_diag(msg, i?));
                }
                let after = self.tok_at(t)?;
                // `f(a=1, 2 b)`: the missing comma is found while parsing the argument.
                if let Some(d) = self.common(after) {
                    return Some(d);
                }
                if !(self.is_op(after, ",") || self.is_op(after, ")")) {
                    return Some(self.tok_diag("invalid syntax", after));
                }
                Some(self.tok_diag(msg, after))
            }
            P::UnparenthesizedGeneratorExpression => {
                if let (Some(Stmt::ClassDef(c)), _) = self.find_stmt(s) {
                    if let Some(args) = &c.arguments {
                        if args.range().contains_range(range) {
                            let f = (self.tok_at(s)?..self.toks.len())
                                .find(|&j| self.is_kw(j, "for"))?;
                            return Some(self.tok_diag("invalid syntax", f));
                        }
                    }
                }
                Some(self.range_diag("Generator expression must be parenthesized", s, t))
            }
            P::InvalidStarredExpressionUsage => {
                let i = i?;
                if self.is_op(i, "*")
                    && i > 0
                    && self.is_op(i - 1, "(")
                    && !self.is_call_paren(i - 1)
                {
                    if let Some(e) = self.expr_span(i + 1, false) {
                        if self.is_op(e + 1, ")") {
                            return Some(self.range_diag(
                                "cannot use starred expression here",
                                self.toks[i].start,
                                self.toks[e].end,
                            ));
                        }
                    }
                }
                if let Some(d) = self.common(i) {
                    return Some(d);
                }
                Some(self.tok_diag("invalid syntax", i))
            }
            P::IterableUnpackingInComprehension => {
                Some(self.range_diag("iterable unpacking cannot be used in comprehension", s, t))
            }
            P::UnexpectedIndentation => {
                let i = self.toks.partition_point(|tk| tk.start < s);
                let ind = (i..self.toks.len()).find(|&j| self.toks[j].kind != T::Dedent)?;
                let tk = self.toks[ind];
                let mut d = self.base("unexpected indent", "IndentationError");
                d.lineno = tk.line;
                d.end_lineno = tk.line;
                d.offset = tk.col_bytes;
                d.end_offset = 0;
                d.pos = s;
                d.last_line = tk.line;
                d.early = true;
                Some(d)
            }
            P::InvalidMatchPatternTarget => {
                Some(self.range_diag("cannot use '_' as a target", s, t))
            }
            P::FStringError(f) | P::Lexical(LexicalErrorType::FStringError(f)) => {
                self.fstring_error(f, s, t)
            }
            P::Lexical(l) => self.lexical(l, s, t),
            _ => {
                let i = i?;
                if let Some(d) = self.common(i) {
                    return Some(d);
                }
                Some(self.generic_at(s, t))
            }
        }
    }

    /// Checks that apply at any token where the parser fails: `print x`, a missing comma
    /// inside brackets, and a misplaced `=` in a call.
    fn common(&self, i: usize) -> Option<Diag> {
        if let Some(d) = self.legacy_print(i) {
            return Some(d);
        }
        if let Some(d) = self.forgot_comma(i) {
            return Some(d);
        }
        // `a, b c = x`: after a tuple at the start of a statement, CPython's
        // `invalid_assignment` parses `c = x` as a named expression.
        if i > 0 && self.toks[i].level == 0 && self.starts_expr(i) && self.ends_expr(i - 1) {
            let st = self.stmt_start_tok(i);
            let tuple = (st..i).any(|j| self.is_op(j, ",") && self.toks[j].level == 0);
            if tuple {
                if let Some(e) = self.expr_span(i, false) {
                    if self.is_op(e + 1, "=") {
                        if let Some(d) = self.named_expr_eq(i, e + 1) {
                            return Some(d);
                        }
                    }
                }
            }
        }
        if self.is_op(i, "=") {
            match self.open_bracket(i) {
                Some(ob) if self.is_call_paren(ob) => {
                    // The whole argument: back to the ',' or '(' before it.
                    let a = self.arg_start(ob, i);
                    if a >= i {
                        return None;
                    }
                    if self.kind(a) == Some(T::Name) && self.is_op(a + 1, "=") {
                        // `name=value=...`: nothing specific.
                        return None;
                    }
                    let tk = self.toks[a];
                    return self.kwarg_error(tk.start, self.toks[i - 1].end);
                }
                Some(ob) if self.expr_context(ob) && !self.toks[ob].field => {
                    let a = self.arg_start(ob, i);
                    if a < i {
                        return self.named_expr_eq(a, i);
                    }
                }
                None => {
                    // Decorators are named expressions.
                    let ls = self.line_start_tok(i);
                    if self.is_op(ls, "@") {
                        return self.named_expr_eq(ls + 1, i);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether the `(` at `ob` opens call arguments (or class bases).
    fn is_call_paren(&self, ob: usize) -> bool {
        self.is_op(ob, "(") && self.expr_context(ob) && ob > 0 && self.ends_expr(ob - 1)
    }

    /// The first token of the element (argument, item) in the brackets opened at `ob` that
    /// contains token `i`.
    fn arg_start(&self, ob: usize, i: usize) -> usize {
        let mut depth = 0i32;
        let mut j = i;
        while j > ob + 1 {
            let k = self.toks[j - 1].kind;
            let t = self.text(j - 1);
            if (k == T::Op && matches!(t, ")" | "]" | "}")) || k == T::FEnd {
                depth += 1;
            } else if (k == T::Op && matches!(t, "(" | "[" | "{")) || k == T::FStart {
                depth -= 1;
            } else if depth == 0 && k == T::Op && t == "," {
                break;
            }
            j -= 1;
        }
        j
    }

    /// How far CPython's second pass reads when it fails at byte offset `pos`: an
    /// expression starting there right after another one is parsed whole (the "forgot a
    /// comma" rule), up to the end of input if it opens a bracket that is never closed.
    fn reach(&self, pos: usize) -> (u32, bool) {
        let (line, eof, _) = self.reach_pos(pos);
        (line, eof)
    }

    /// Like `reach`, also giving the start of the furthest token read (`usize::MAX` for the
    /// end of input or the end of the tokens the tokenizer produced).
    fn reach_pos(&self, pos: usize) -> (u32, bool, usize) {
        let at = |j: usize| match self.toks.get(j) {
            Some(t) if t.kind != T::End => (t.line, false, t.start),
            Some(t) => (t.line, true, usize::MAX),
            None => (self.map.last_line(), true, usize::MAX),
        };
        let Some(i) = self.tok_at(pos) else {
            return at(self.toks.len());
        };
        if i == 0 || !self.starts_expr(i) || !self.ends_expr(i - 1) {
            return at(i);
        }
        // Statements whose parts there are not expressions.
        let ls = self.line_start_tok(i);
        if matches!(self.text(ls), "import" | "from" | "def" | "class") {
            return at(i);
        }
        // A bracket whose content cannot start: the parse stops inside it.
        if self.kind(i) == Some(T::Op) && matches!(self.text(i), "(" | "[" | "{") {
            let n = i + 1;
            let can_start = self.starts_expr(n)
                || matches!(self.text(n), "*" | "**" | ")" | "]" | "}")
                || (self.text(i) == "[" && self.is_op(n, ":"))
                || self.is_kw(n, "yield");
            if !can_start {
                return at(n);
            }
        }
        match self.expr_span(i, true) {
            Some(e) => at(e + 1),
            None => {
                let opens = (i..self.toks.len())
                    .take_while(|&j| self.kind(j) != Some(T::Newline))
                    .any(|j| {
                        self.kind(j) == Some(T::Op)
                            && matches!(self.text(j), "(" | "[" | "{")
                            && self.matching_close(j).is_none()
                    });
                if opens {
                    at(self.toks.len())
                } else {
                    at(i)
                }
            }
        }
    }

    /// `print "x"`: "Missing parentheses in call to 'print'. Did you mean print(...)?".
    fn legacy_print(&self, i: usize) -> Option<Diag> {
        let p = i.checked_sub(1)?;
        let name = self.text(p);
        if self.kind(p) != Some(T::Name) || !matches!(name, "print" | "exec") {
            return None;
        }
        if self.is_op(i, "(") || !self.starts_expr(i) {
            return None;
        }
        if self.expr_start_before(p) != p {
            return None;
        }
        if matches!(
            self.text(self.line_start_tok(p)),
            "import" | "from" | "def" | "class"
        ) {
            return None;
        }
        if let Some(ob) = self.open_bracket(p) {
            if self.is_op(ob, "{") && !self.toks[ob].field && self.is_dict_key(ob, p) {
                return Some(self.dict_key_error(p));
            }
        }
        // b = star_expressions
        let mut j = i;
        let mut end;
        loop {
            let e = self.expr_span(j, true)?;
            end = e;
            if self.is_op(e + 1, ",") && self.starts_expr(e + 2) {
                j = e + 2;
                continue;
            }
            break;
        }
        let mut d = self.range_diag(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            self.toks[p].start,
            self.toks[end].end,
        );
        self.set_last(&mut d, end + 1);
        Some(d)
    }

    fn set_last(&self, d: &mut Diag, next: usize) {
        if let Some(tk) = self.toks.get(next) {
            d.last_line = tk.line;
            d.at_eof = tk.kind == T::End;
        } else {
            d.at_eof = true;
        }
    }

    /// "invalid syntax. Perhaps you forgot a comma?" (or the dict-key message).
    fn forgot_comma(&self, i: usize) -> Option<Diag> {
        let a = self.expr_start_before(i);
        // After `NAME STRING` (not tried, as in `f"..."` prefixes) CPython tries again from
        // the string.
        if self.kind(a) == Some(T::Name)
            && a + 2 == i + 1
            && matches!(self.kind(i), Some(T::Str) | Some(T::FStart))
        {
            if let Some(n) = self.fstring_end(i).or(Some(i)).map(|e| e + 1) {
                if let Some(d) = self.forgot_comma_from(n, i) {
                    return Some(d);
                }
            }
        }
        self.forgot_comma_from(i, a)
    }

    fn forgot_comma_from(&self, i: usize, a: usize) -> Option<Diag> {
        if i == 0 || !self.starts_expr(i) || !self.ends_expr(i - 1) {
            return None;
        }
        let ob = self.open_bracket(i)?;
        if a >= i {
            return None;
        }
        let default_or_annotation = a > 0 && (self.is_op(a - 1, "=") || self.is_op(a - 1, ":"));
        if !self.expr_context(ob) && !default_or_annotation {
            return None;
        }
        if self.kind(a) == Some(T::Name)
            && matches!(self.kind(a + 1), Some(T::Str) | Some(T::FStart))
        {
            return None;
        }
        if self.kind(a) == Some(T::Name) && matches!(self.text(a), "match" | "case" | "_" | "type")
        {
            return None;
        }
        if a + 1 == i && matches!(self.text(a), "print" | "exec") {
            return None;
        }
        // Comprehension targets are not expressions, and its iterables and conditions are
        // parsed as `disjunction`s, without the rule.
        if a > 0 && (self.is_kw(a - 1, "for") || self.is_kw(a - 1, "if"))
            || (a > 0 && self.is_kw(a - 1, "in") && self.in_is_for_clause(a - 1))
        {
            return None;
        }
        // The expression before must be a whole `disjunction`.
        if self.expr_span(a, true) != Some(i - 1) {
            return None;
        }
        if self.is_op(ob, "{") && !self.toks[ob].field && self.is_dict_key(ob, a) {
            return Some(self.dict_key_error(i - 1));
        }
        let b = self.expr_span(i, true)?;
        let mut d = self.range_diag(
            "invalid syntax. Perhaps you forgot a comma?",
            self.toks[a].start,
            self.toks[b].end,
        );
        self.set_last(&mut d, b + 1);
        Some(d)
    }

    /// Whether the brackets opened at `ob` hold a comprehension (`for` at their top level).
    fn has_for(&self, ob: usize) -> bool {
        let end = self.matching_close(ob).unwrap_or(self.toks.len());
        (ob + 1..end).any(|j| self.is_kw(j, "for") && self.toks[j].level == self.toks[ob].level)
    }

    /// Whether `open..close` holds only parameter names (`a, b` or, for functions,
    /// `a: int, b`), as `invalid_parameters` wants for "cannot be parenthesized".
    fn simple_params(&self, open: usize, close: usize, annotations: bool) -> bool {
        let mut j = open + 1;
        let mut any = false;
        while j < close {
            if self.kind(j) != Some(T::Name) || is_keyword(self.text(j)) {
                return false;
            }
            any = true;
            j += 1;
            if annotations && self.is_op(j, ":") {
                match self.expr_span(j + 1, true) {
                    Some(e) if e < close => j = e + 1,
                    _ => return false,
                }
            }
            if j < close {
                if !self.is_op(j, ",") {
                    return false;
                }
                j += 1;
            }
        }
        any
    }

    /// In the braces opened at `ob`, is the element starting at token `a` a dict key?
    fn is_dict_key(&self, ob: usize, a: usize) -> bool {
        if !(a == ob + 1 || self.is_op(a - 1, ",")) {
            return false;
        }
        // A dict if some element has a top-level ':' (or `**`).
        let mut depth = 0;
        for j in ob + 1..self.toks.len() {
            let k = self.toks[j].kind;
            let t = self.text(j);
            if k == T::Op && matches!(t, "(" | "[" | "{") || k == T::FStart {
                depth += 1;
            } else if k == T::Op && matches!(t, ")" | "]" | "}") || k == T::FEnd {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && k == T::Op && (t == ":" || t == "**") {
                return true;
            }
        }
        false
    }

    fn dict_key_error(&self, last: usize) -> Diag {
        let tk = self.toks[last];
        let mut d = self.range_diag("':' expected after dictionary key", tk.end, tk.end);
        d.offset = d.offset.saturating_sub(1);
        d.end_offset = 0;
        d
    }

    /// A misplaced `=` in call arguments; `s..t` is the expression before the `=`.
    fn kwarg_error(&self, s: usize, t: usize) -> Option<Diag> {
        let i = self.tok_at(s)?;
        let eq = self.tok_at(t)?;
        if !self.is_op(eq, "=") {
            return None;
        }
        let first = self.text(i);
        let value_end = self.expr_span(eq + 1, true).map(|v| self.toks[v].end);
        if matches!(first, "True" | "False" | "None") && eq == i + 1 {
            return Some(self.range_diag(
                format!("cannot assign to {first}"),
                s,
                self.toks[eq].end,
            ));
        }
        if first == "*" || first == "**" {
            let what = if first == "*" {
                "iterable argument unpacking"
            } else {
                "keyword argument unpacking"
            };
            return Some(self.range_diag(
                format!("cannot assign to {what}"),
                s,
                value_end.unwrap_or(self.toks[eq].end),
            ));
        }
        if self.is_op(i, "(") {
            // Parenthesized name: from the inner expression.
            let inner = self.toks.get(i + 1)?.start;
            return Some(self.range_diag(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                inner,
                self.toks[eq].end,
            ));
        }
        Some(self.range_diag(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            s,
            self.toks[eq].end,
        ))
    }

    fn expected_block(&self, s: usize, m: &str) -> Option<Diag> {
        // The header ends with the last NEWLINE before the error position.
        let after = self.toks.partition_point(|tk| tk.start <= s);
        let nl = (0..after.min(self.toks.len()))
            .rev()
            .find(|&j| self.toks[j].kind == T::Newline)?;
        let (h, kw) = self.header_kw(nl);
        let what = match kw.as_str() {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if self.is_op(h + 1, "*") => "'except*' statement".to_string(),
            k @ ("if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except"
            | "finally" | "match" | "case") => format!("'{k}' statement"),
            _ => {
                // Fall back to ruff's own description.
                let k = m.split('`').nth(1).unwrap_or("if");
                match k {
                    "class" => "class definition".to_string(),
                    _ if m.contains("function") => "function definition".to_string(),
                    _ => format!("'{k}' statement"),
                }
            }
        };
        let line = self.toks[h].line;
        let next = nl + 1;
        // The parser reads the token after the NEWLINE (a tokenizer error there wins).
        let next_line_start = self.toks.get(nl + 1).map_or(self.src.len(), |t| t.start);
        let mut d = self.tok_diag(
            format!("expected an indented block after {what} on line {line}"),
            next,
        );
        d.kind = "IndentationError";
        if let Some(tk) = self.toks.get(next) {
            if tk.kind == T::Dedent {
                d.offset = tk.col_bytes;
            }
            if tk.kind == T::End {
                d.at_eof = true;
            }
        }
        d.pos = next_line_start.max(s);
        Some(d)
    }

    fn expected_token(
        &self,
        expected: TokenKind,
        found: TokenKind,
        s: usize,
        t: usize,
    ) -> Option<Diag> {
        let i = self.tok_at(s);
        let Some(i) = i else {
            return Some(self.range_diag("invalid syntax", s, t));
        };
        if let Some(d) = self.common(i) {
            return Some(d);
        }
        // `def f[...` whose type parameters do not parse: CPython then wants `(`.
        if let Some(ob) = self.open_bracket(i) {
            if self.is_op(ob, "[") && ob >= 2 && self.is_kw(ob - 2, "def") {
                return Some(self.forced_diag("expected '('", ob));
            }
        }
        // An f-string replacement field that does not end where it should.
        if let Some(f) = self.fstring_field(i) {
            if matches!(expected, TokenKind::Rbrace) {
                return Some(self.fstring_expecting(f, i));
            }
        }
        match expected {
            TokenKind::Colon => {
                if self.is_op(i, "(") {
                    // `lambda (a, b): ...`
                    let lam = self.expr_start_before(i);
                    if lam > 0 && self.is_kw(lam - 1, "lambda")
                        || self.is_kw(i.wrapping_sub(1), "lambda")
                    {
                        if let Some(close) = self
                            .matching_close(i)
                            .filter(|&c| self.simple_params(i, c, false))
                        {
                            return Some(self.range_diag(
                                "Lambda expression parameters cannot be parenthesized",
                                self.toks[i].start,
                                self.toks[close].end,
                            ));
                        }
                    }
                }
                if let Some(ob) = self.open_bracket(i) {
                    let elem = self.arg_start(ob, i);
                    if self.is_op(ob, "{")
                        && !self.toks[ob].field
                        && !self.has_for(ob)
                        && self.is_dict_key(ob, elem)
                    {
                        return Some(self.dict_key_error(i.saturating_sub(1)));
                    }
                    return Some(self.tok_diag("invalid syntax", i));
                }
                let (h, kw) = self.header_kw(i);
                match kw.as_str() {
                    "def" | "try" | "finally" | "else" => Some(self.forced_diag("expected ':'", i)),
                    "if" | "elif" | "while" | "for" | "with" | "class" | "except" | "match"
                    | "case" => {
                        if found == TokenKind::Newline {
                            return Some(self.tok_diag("expected ':'", i));
                        }
                        if matches!(kw.as_str(), "if" | "elif" | "while") && self.is_op(i, "=") {
                            if let Some(d) = self.named_expr_eq(h + 1, i) {
                                return Some(d);
                            }
                        }
                        Some(self.tok_diag("invalid syntax", i))
                    }
                    _ => Some(self.tok_diag("invalid syntax", i)),
                }
            }
            TokenKind::Lpar => {
                let (_, kw) = self.header_kw(i);
                if kw == "def" {
                    return Some(self.forced_diag("expected '('", i));
                }
                Some(self.tok_diag("invalid syntax", i))
            }
            TokenKind::Else => {
                // `a if b` without `else`.
                let iff = self.expr_start_before(i).checked_sub(1)?;
                let a = self.expr_start_before(iff);
                let b_end = i.checked_sub(1)?;
                if self.is_kw(iff, "if") && a < iff && found != TokenKind::Colon {
                    let mut d = self.range_diag(
                        "expected 'else' after 'if' expression",
                        self.toks[a].start,
                        self.toks[b_end].end,
                    );
                    self.set_last(&mut d, i);
                    return Some(d);
                }
                Some(self.tok_diag("invalid syntax", i))
            }
            TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::Rpar | TokenKind::Comma => {
                if self.is_op(i, "(") {
                    let params = match self.open_bracket(i) {
                        Some(ob) => {
                            self.is_op(ob, "(")
                                && !self.expr_context(ob)
                                && !self.is_kw(ob.wrapping_sub(1), "import")
                                && (i == ob + 1 || self.is_op(i - 1, ","))
                        }
                        None => false,
                    };
                    if params {
                        if let Some(close) = self
                            .matching_close(i)
                            .filter(|&c| self.simple_params(i, c, true))
                        {
                            return Some(self.range_diag(
                                "Function parameters cannot be parenthesized",
                                self.toks[i].start,
                                self.toks[close].end,
                            ));
                        }
                    }
                }
                if self.is_kw(i, "for") || self.is_kw(i, "async") {
                    if let Some(ob) = self.open_bracket(i) {
                        if matches!(self.text(ob), "[" | "{") {
                            // `[a, b for ...]`
                            let first = ob + 1;
                            let last = i - 1;
                            if last > first {
                                let mut d = self.range_diag(
                                    "did you forget parentheses around the comprehension target?",
                                    self.toks[first].start,
                                    self.toks[last].end,
                                );
                                self.set_last(&mut d, i);
                                return Some(d);
                            }
                        }
                    }
                }
                if AUGASSIGN.contains(&self.text(i)) && self.toks[i].level == 0 {
                    // `a, b += 1`
                    let st = self.stmt_start_tok(i);
                    if st < i {
                        let tuple = (st..i).any(|j| self.is_op(j, ",") && self.toks[j].level == 0);
                        let name = if tuple {
                            Some("tuple")
                        } else {
                            self.find_expr(self.toks[st].start, self.toks[i - 1].end)
                                .map(expr_name)
                        };
                        if let Some(name) = name {
                            return Some(self.range_diag(
                                format!(
                                    "'{name}' is an illegal expression for augmented assignment"
                                ),
                                self.toks[st].start,
                                self.toks[i - 1].end,
                            ));
                        }
                    }
                }
                Some(self.tok_diag("invalid syntax", i))
            }
            _ => Some(self.tok_diag("invalid syntax", i)),
        }
    }

    /// `if x = 1:`: `named_expression` with `=` instead of `==`. `c` is the first token of
    /// the condition, `eq` the `=`.
    fn named_expr_eq(&self, c: usize, eq: usize) -> Option<Diag> {
        let b_end = self.expr_span(eq + 1, false)?;
        if self.is_op(b_end + 1, "=") || self.is_op(b_end + 1, ":=") {
            return None;
        }
        if eq == c + 1 && self.kind(c) == Some(T::Name) && !is_keyword(self.text(c)) {
            let mut d = self.range_diag(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                self.toks[c].start,
                self.toks[b_end].end,
            );
            self.set_last(&mut d, b_end + 1);
            return Some(d);
        }
        if eq <= c {
            return None;
        }
        let cond = self.find_expr(self.toks[c].start, self.toks[eq - 1].end)?;
        if self.here_candidate(cond) && self.expr_span(c, false) == Some(eq - 1) {
            let (s, t) = range_of(cond.range());
            let mut d = self.range_diag(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(cond)
                ),
                s,
                t,
            );
            self.set_last(&mut d, b_end + 1);
            return Some(d);
        }
        None
    }

    /// Targets that `invalid_named_expression` reports with "... here. Maybe you meant '=='".
    fn here_candidate(&self, e: &Expr) -> bool {
        let paren = self.is_parenthesized(e);
        match e {
            Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_) => false,
            Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => paren,
            Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::Lambda(_)
            | Expr::If(_)
            | Expr::Named(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_) => paren,
            Expr::UnaryOp(u) => paren || u.op != ast::UnaryOp::Not,
            Expr::Starred(_) => false,
            _ => true,
        }
    }

    fn invalid_assignment(&self, s: usize, t: usize) -> Option<Diag> {
        let (stmt, comps) = self.find_stmt(s);
        let in_range = |e: &Expr| {
            let (a, b) = range_of(e.range());
            a <= s && t <= b
        };
        if let Some(stmt) = stmt {
            match stmt {
                Stmt::Assign(a) if a.targets.iter().any(in_range) => {
                    return self.assign_error(a);
                }
                Stmt::For(f) if in_range(&f.target) => {
                    let bad = invalid_target(&f.target, Targets::For)?;
                    let (bs, bt) = range_of(bad.range());
                    return Some(self.range_diag(
                        format!("cannot assign to {}", expr_name(bad)),
                        bs,
                        bt,
                    ));
                }
                Stmt::With(w) => {
                    for item in &w.items {
                        if let Some(v) = &item.optional_vars {
                            if in_range(v) {
                                let bad = invalid_target(v, Targets::Star)?;
                                let (bs, bt) = range_of(bad.range());
                                return Some(self.range_diag(
                                    format!("cannot assign to {}", expr_name(bad)),
                                    bs,
                                    bt,
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for c in comps {
            if in_range(&c.target) {
                let bad = invalid_target(&c.target, Targets::For)?;
                let (bs, bt) = range_of(bad.range());
                return Some(self.range_diag(
                    format!("cannot assign to {}", expr_name(bad)),
                    bs,
                    bt,
                ));
            }
        }
        None
    }

    fn assign_error(&self, a: &ast::StmtAssign) -> Option<Diag> {
        let t0 = a.targets.first()?;
        // Only when the assignment is a whole statement (ruff also makes assignments out of
        // broken code while recovering).
        let (s0, _) = range_of(t0.range());
        let first = match self.tok_before(s0) {
            Some(b) if self.is_op(b, "(") && self.is_parenthesized(t0) => b,
            _ => self.tok_at(s0)?,
        };
        if self.stmt_start_tok(first) != first {
            return None;
        }
        // CPython reaches `invalid_assignment` only if `(star_targets '=')+ value !'='` fails:
        // at the first target that is not a valid target.
        let is_yield = |e: &Expr| {
            matches!(e, Expr::Yield(_) | Expr::YieldFrom(_)) && !self.is_parenthesized(e)
        };
        let k = a
            .targets
            .iter()
            .position(|tg| is_yield(tg) || invalid_target(tg, Targets::Star).is_some())?;
        let tk = &a.targets[k];
        if !is_yield(tk) && !self.whole_target(tk) {
            return None;
        }
        if k >= 1 {
            // The value parse at this target comes first: `a if b` without `else`.
            if let Expr::If(ife) = tk {
                let (_, te) = range_of(ife.test.range());
                if let Some(n) = self.tok_at(te) {
                    if !self.is_kw(n, "else") && !self.is_op(n, ":") {
                        let (bs, _) = range_of(ife.body.range());
                        return Some(self.range_diag(
                            "expected 'else' after 'if' expression",
                            bs,
                            te,
                        ));
                    }
                }
            }
        } else if let Some(d) = self.assign_here(t0) {
            return Some(d);
        }
        if is_yield(tk) {
            let (ys, yt) = range_of(tk.range());
            return Some(self.range_diag("assignment to yield expression not possible", ys, yt));
        }
        let bad = invalid_target(tk, Targets::Star)?;
        let (bs, bt) = range_of(bad.range());
        Some(self.range_diag(format!("cannot assign to {}", expr_name(bad)), bs, bt))
    }

    /// `invalid_named_expression` on the element just before the first `=` of a statement
    /// whose first target is invalid.
    fn assign_here(&self, t0: &Expr) -> Option<Diag> {
        let (elem, is_tuple) = match t0 {
            Expr::Tuple(tp) if !tp.parenthesized => (tp.elts.last()?, true),
            _ => (t0, false),
        };
        let (es, et) = range_of(elem.range());
        let last = self.tok_before(et)?;
        if !self.is_parenthesized(elem)
            && (!self.ends_expr(last) || self.expr_span(self.tok_at(es)?, false) != Some(last))
        {
            return None;
        }
        let (_, t0_end) = range_of(t0.range());
        let mut eq = self.tok_at(t0_end)?;
        while self.is_op(eq, ")") {
            eq += 1;
        }
        if !self.is_op(eq, "=") {
            return None;
        }
        let v_end = self.expr_span(eq + 1, false)?;
        if self.is_op(v_end + 1, "=") || self.is_op(v_end + 1, ":=") {
            return None;
        }
        if let Expr::Name(n) = elem {
            if is_tuple {
                let (ns, _) = range_of(n.range);
                let mut d = self.range_diag(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    ns,
                    self.toks[v_end].end,
                );
                self.set_last(&mut d, v_end + 1);
                return Some(d);
            }
            return None;
        }
        if self.here_candidate(elem) {
            return Some(self.range_diag(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(elem)
                ),
                es,
                et,
            ));
        }
        None
    }

    /// Whether `e` (an assignment target in ruff's tree) is a complete expression followed by
    /// `=` at bracket level 0, as CPython's `star_expressions '='` needs.
    fn whole_target(&self, e: &Expr) -> bool {
        let (s, t) = range_of(e.range());
        let Some(last) = self.tok_before(t) else {
            return false;
        };
        if self.toks[last].start < s || !(self.ends_expr(last) || self.is_kw(last, "yield")) {
            return false;
        }
        if !self.complete_expr(e) {
            return false;
        }
        let mut next = last + 1;
        while self.is_op(next, ")")
            && self
                .matching_open(next)
                .is_some_and(|m| self.toks[m].start < s)
        {
            next += 1;
        }
        self.is_op(next, "=") && self.toks[next].level == 0
    }

    /// Whether the tokens of `e` parse as a whole expression (ruff's tree also holds the
    /// pieces it recovered from broken code).
    fn complete_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Tuple(tp) if !tp.parenthesized => tp.elts.iter().all(|x| self.complete_expr(x)),
            Expr::Starred(st) => self.complete_expr(&st.value),
            Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Named(_) => true,
            _ => {
                let (s, t) = range_of(e.range());
                let (Some(first), Some(last)) = (self.tok_at(s), self.tok_before(t)) else {
                    return false;
                };
                if self.is_parenthesized(e) {
                    return true;
                }
                self.expr_span(first, true) == Some(last)
            }
        }
    }

    /// A replacement field opened at `f` does not end at token `i`.
    fn fstring_expecting(&self, f: usize, i: usize) -> Diag {
        // Look at what the field holds at its top level before `i`.
        let mut depth = 0;
        let (mut colon, mut bang, mut eq) = (false, false, false);
        for j in f + 1..i {
            let k = self.toks[j].kind;
            let txt = self.text(j);
            match (k, txt) {
                (T::Op, "(" | "[" | "{") => depth += 1,
                (T::Op, ")" | "]" | "}") => depth -= 1,
                (T::FStart, _) => depth += 1,
                (T::FEnd, _) => depth -= 1,
                (T::Op, ":") if depth == 0 => colon = true,
                (T::Op, "!") if depth == 0 => bang = true,
                (T::Op, "=") if depth == 0 => eq = true,
                _ => {}
            }
        }
        let msg = if colon {
            "f-string: expecting '}', or format specs"
        } else if bang {
            "f-string: expecting ':' or '}'"
        } else if eq {
            "f-string: expecting '!', or ':', or '}'"
        } else {
            "f-string: expecting '=', or '!', or ':', or '}'"
        };
        self.tok_diag(msg, i)
    }

    fn fstring_error(&self, f: &InterpolatedStringErrorType, s: usize, t: usize) -> Option<Diag> {
        use InterpolatedStringErrorType as F;
        let i = self.tok_at(s);
        match f {
            F::InvalidConversionFlag => {
                let i = i?;
                let bang = (0..=i).rev().find(|&j| self.is_op(j, "!"))?;
                let n = bang + 1;
                if self.is_op(n, "}") || self.is_op(n, ":") {
                    return Some(self.tok_diag("f-string: missing conversion character", n));
                }
                if self.kind(n) == Some(T::Name) {
                    return Some(self.tok_diag(
                        format!(
                            "f-string: invalid conversion character '{}': expected 's', 'r', or 'a'",
                            self.text(n)
                        ),
                        n,
                    ));
                }
                Some(self.tok_diag("f-string: invalid conversion character", n))
            }
            F::ConversionFlagNotImmediatelyAfterExclamation => {
                let i = i?;
                let bang = (0..=i).rev().find(|&j| self.is_op(j, "!"))?;
                Some(self.range_diag(
                    "f-string: conversion type must come right after the exclamanation mark",
                    self.toks[bang].start,
                    self.toks.get(bang + 1)?.end,
                ))
            }
            F::LambdaWithoutParentheses => Some(self.range_diag(
                "f-string: lambda expressions are not allowed without parentheses",
                s,
                t,
            )),
            F::UnclosedLbrace => {
                let i = i?;
                if let Some(d) = self.common(i) {
                    return Some(d);
                }
                let f = self.fstring_field(i).or_else(|| {
                    // At the closing quote: the innermost field still open.
                    (0..i).rev().find(|&j| self.toks[j].field)
                })?;
                Some(self.fstring_expecting(f, i))
            }
            F::SingleRbrace => Some(self.range_diag("f-string: single '}' is not allowed", t, t)),
            F::UnterminatedString => Some(self.range_diag("unterminated f-string literal", s, s)),
            F::UnterminatedTripleQuotedString => {
                Some(self.range_diag("unterminated triple-quoted f-string literal", s, s))
            }
            F::NewlineInFormatSpec => Some(self.generic_at(s, t)),
        }
    }

    fn lexical(&self, l: &LexicalErrorType, s: usize, t: usize) -> Option<Diag> {
        match l {
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace => {
                // The string token that holds the bad escape.
                let j = self.toks.partition_point(|tk| tk.end <= s);
                let tk = *self.toks.get(j)?;
                if tk.start > s {
                    return Some(self.generic_at(s, t));
                }
                let lit = self.src.get(tk.start..tk.end)?;
                let msg = escape_error(lit).unwrap_or_else(|| "invalid syntax".to_string());
                Some(self.range_diag(msg, tk.start, tk.end))
            }
            LexicalErrorType::InvalidByteLiteral => {
                let j = self.toks.partition_point(|tk| tk.end <= s);
                let tk = *self.toks.get(j)?;
                Some(self.range_diag(
                    "bytes can only contain ASCII literal characters",
                    tk.start,
                    tk.end,
                ))
            }
            LexicalErrorType::IndentationError => {
                let mut d =
                    self.range_diag("unindent does not match any outer indentation level", s, t);
                d.kind = "IndentationError";
                Some(d)
            }
            LexicalErrorType::UnclosedStringError => {
                let line = self.map.line_of(s);
                Some(self.range_diag(
                    format!("unterminated string literal (detected at line {line})"),
                    s,
                    s,
                ))
            }
            LexicalErrorType::Eof => {
                let mut d = self.range_diag("unexpected EOF while parsing", s, t);
                d.at_eof = true;
                Some(d)
            }
            _ => Some(self.generic_at(s, t)),
        }
    }
}

/// The error CPython's literal parser gives for the first bad escape in a string literal
/// (`lit` is the whole token, prefix and quotes included).
fn escape_error(lit: &str) -> Option<String> {
    let prefix_len = lit.find(['\'', '"'])?;
    let prefix = lit[..prefix_len].to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let bytes_lit = prefix.contains('b');
    let rest = &lit[prefix_len..];
    let q = rest.as_bytes()[0];
    let qlen = if rest.len() >= 6 && rest.as_bytes()[1] == q && rest.as_bytes()[2] == q {
        3
    } else {
        1
    };
    let body = rest.get(qlen..rest.len().saturating_sub(qlen))?.as_bytes();
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = body.get(i + 1) else { break };
        let hex = |n: usize, from: usize| -> usize {
            let mut k = 0;
            while k < n && body.get(from + k).is_some_and(|d| d.is_ascii_hexdigit()) {
                k += 1;
            }
            k
        };
        match c {
            b'x' => {
                let k = hex(2, i + 2);
                if k < 2 {
                    if bytes_lit {
                        return Some(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ));
                    }
                    return Some(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: truncated \\xXX escape",
                        i + 1 + k
                    ));
                }
                i += 4;
            }
            b'u' | b'U' if !bytes_lit => {
                let n = if c == b'u' { 4 } else { 8 };
                let k = hex(n, i + 2);
                if k < n {
                    let what = if c == b'u' {
                        "truncated \\uXXXX escape"
                    } else {
                        "truncated \\UXXXXXXXX escape"
                    };
                    return Some(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {what}",
                        i + 1 + k
                    ));
                }
                if c == b'U' {
                    let v = std::str::from_utf8(&body[i + 2..i + 10])
                        .ok()
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .unwrap_or(0);
                    if v > 0x10FFFF {
                        return Some(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: illegal Unicode character",
                            i + 9
                        ));
                    }
                }
                i += 2 + n;
            }
            b'N' if !bytes_lit => {
                if body.get(i + 2) != Some(&b'{') {
                    return Some(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: malformed \\N character escape",
                        i + 1
                    ));
                }
                match body[i + 2..].iter().position(|&b| b == b'}') {
                    Some(p) => {
                        let end = i + 2 + p;
                        return Some(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: unknown Unicode character name"
                        ));
                    }
                    None => {
                        return Some(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: malformed \\N character escape",
                            body.len() - 1
                        ));
                    }
                }
            }
            _ => i += 2,
        }
    }
    None
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
