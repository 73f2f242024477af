//! A tokenizer following CPython 3.12's `Parser/tokenizer.c`, used only to find CPython's
//! tokenizer errors (which take priority over parser errors the way they do in CPython) and
//! to give the error mapping CPython's view of the token stream. Valid programs never go
//! through it, except to check tab indentation the way CPython measures it.

use super::{Diag, Sev};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum T {
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
pub(super) struct Tok {
    pub(super) kind: T,
    /// Byte offsets in the original source.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) line: u32,
    /// Bracket nesting level after this token (as CPython records it).
    pub(super) level: u32,
    /// For `Indent`/`Dedent`/`End`: bytes from the line start to the token (CPython reports
    /// these tokens' column that way).
    pub(super) col_bytes: u32,
    /// `{` that opens an f-string replacement field.
    pub(super) field: bool,
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

pub(super) struct Lexed {
    pub(super) toks: Vec<Tok>,
    pub(super) error: Option<Diag>,
}

pub(super) struct Lexer {
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
    pub(super) fn run(source: &str) -> Lexed {
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
