//! The one module that talks to the parser (`ruff_python_parser`): source decoding (PEP 263),
//! parsing into the AST, and turning parse errors into CPython-shaped `SyntaxError`s.
//! Swapping the parser means changing this file and the AST walk in `compiler/`.

use ruff_python_ast as ast;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::ParseErrorType;
use ruff_text_size::TextRange;

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
        let start = self.line_starts[line - 1];
        let end = offset.min(self.source.len());
        self.source
            .get(start..end)
            .map_or(1, |s| s.chars().count() as u32 + 1)
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
        Some(self.source[start..end].trim_end_matches(['\n', '\r']))
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
/// and a UTF-8 byte-order mark.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxErrorInfo> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut encoding = String::from("utf-8");
    for (i, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start();
        if !t.starts_with('#') {
            if i == 0 && t.is_empty() {
                continue;
            }
            if !t.is_empty() {
                break;
            }
        }
        if let Some(pos) = t.find("coding") {
            let rest = &t[pos + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || "-_.".contains(*c))
                    .collect();
                if !name.is_empty() {
                    encoding = name.to_ascii_lowercase().replace('_', "-");
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
    match encoding.as_str() {
        "utf-8" | "utf8" | "utf-8-sig" => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let bad = bytes[e.valid_up_to()];
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                let mut info = err(format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {}: invalid start byte",
                    e.valid_up_to()
                ));
                info.lineno = line as u32;
                info.msg = format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                );
                Err(info)
            }
        },
        "latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "cp819" | "iso-latin-1" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" => {
            if let Some(p) = bytes.iter().position(|&b| b >= 0x80) {
                Err(err(format!(
                    "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)",
                    bytes[p]
                )))
            } else {
                Ok(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        other => Err(err(format!("unknown encoding: {other}"))),
    }
}

/// Parses a whole module.
pub fn parse_module(source: &str, map: &SourceMap) -> Result<ast::ModModule, SyntaxErrorInfo> {
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => {
            if let Some(e) = parsed.unsupported_syntax_errors().first() {
                return Err(SyntaxErrorInfo::at(
                    "SyntaxError",
                    "invalid syntax".into(),
                    e.range,
                    map,
                ));
            }
            Ok(parsed.into_syntax())
        }
        Err(e) => Err(convert_error(&e.error, e.location, map)),
    }
}

/// Maps the parser's error to CPython's wording where the two differ.
fn convert_error(e: &ParseErrorType, range: TextRange, map: &SourceMap) -> SyntaxErrorInfo {
    use ParseErrorType as P;
    let start = usize::from(range.start());
    let line = map.line_of(start);
    let text = map.line_text(line).unwrap_or("");
    let mut kind = "SyntaxError";
    let msg = match e {
        P::Lexical(lex) => {
            let s = lex.to_string();
            if s.contains("indent") || s.contains("Indent") {
                kind = "IndentationError";
                if s.contains("nindent") || s.contains("dedent") {
                    "unindent does not match any outer indentation level".to_string()
                } else {
                    "unexpected indent".to_string()
                }
            } else if s.contains("unterminated string") || s.contains("Unterminated string") {
                "unterminated string literal (detected at line ".to_string()
                    + &line.to_string()
                    + ")"
            } else if s.contains("triple-quoted") {
                "unterminated triple-quoted string literal (detected at line ".to_string()
                    + &map.line_of(map.source.len()).to_string()
                    + ")"
            } else {
                "invalid syntax".to_string()
            }
        }
        P::ExpectedToken { expected, .. } => match expected {
            TokenKind::Colon => "expected ':'".to_string(),
            TokenKind::Indent => {
                kind = "IndentationError";
                "expected an indented block".to_string()
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                unclosed_bracket(map, start).unwrap_or_else(|| "invalid syntax".into())
            }
            _ => "invalid syntax".to_string(),
        },
        P::OtherError(m) if m.contains("Unexpected indentation") => {
            kind = "IndentationError";
            "unexpected indent".to_string()
        }
        P::InvalidAssignmentTarget | P::InvalidAugmentedAssignmentTarget => {
            "cannot assign to expression".to_string()
        }
        _ => {
            let s = e.to_string();
            if s.contains("indent") {
                kind = "IndentationError";
                "unexpected indent".to_string()
            } else {
                unclosed_bracket(map, start).unwrap_or_else(|| "invalid syntax".into())
            }
        }
    };
    let _ = text;
    SyntaxErrorInfo::at(kind, msg, range, map)
}

/// CPython reports "'(' was never closed" when a bracket is open at end of input.
fn unclosed_bracket(map: &SourceMap, err_at: usize) -> Option<String> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let src = &map.source;
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' => {
                while let Some((_, c)) = chars.peek() {
                    if *c == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' | '"' => {
                // Skip simple string literals (triple quotes handled as repeated pairs).
                while let Some((_, d)) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == c || d == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let _ = err_at;
    stack
        .first()
        .map(|(c, _)| format!("'{c}' was never closed"))
}
