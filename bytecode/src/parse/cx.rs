//! The context for mapping a parse error to CPython's message: the source, CPython's token
//! stream (from `tokenizer`) and ruff's recovered AST, with the helpers the mapping uses to
//! place diagnostics the way CPython does, walk the tokens (brackets, expression spans,
//! statement starts) and find AST nodes by position.

use ruff_python_ast as ast;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::tokenizer::{Tok, T};
use super::{Diag, Sev, SourceMap};

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub(super) fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

pub(super) const AUGASSIGN: &[&str] = &[
    "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=",
];

/// `_PyPegen_get_expr_name`.
pub(super) fn expr_name(e: &Expr) -> &'static str {
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
pub(super) enum Targets {
    Star,
    For,
    Del,
}

/// `_PyPegen_get_invalid_target`.
pub(super) fn invalid_target(e: &Expr, ty: Targets) -> Option<&Expr> {
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

pub(super) struct Cx<'a> {
    pub(super) src: &'a str,
    pub(super) map: &'a SourceMap,
    pub(super) toks: &'a [Tok],
    pub(super) module: &'a ast::ModModule,
}

pub(super) fn range_of(r: TextRange) -> (usize, usize) {
    (usize::from(r.start()), usize::from(r.end()))
}

impl<'a> Cx<'a> {
    pub(super) fn text(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self.src.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }
    pub(super) fn kind(&self, i: usize) -> Option<T> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub(super) fn is_op(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(T::Op) && self.text(i) == s
    }
    pub(super) fn is_kw(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(T::Name) && self.text(i) == s
    }

    /// Index of the token that starts at (or first after) byte offset `off`, skipping
    /// indentation tokens.
    pub(super) fn tok_at(&self, off: usize) -> Option<usize> {
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
    pub(super) fn tok_before(&self, off: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.end <= off && t.start < off);
        let mut j = i.checked_sub(1)?;
        while matches!(self.toks[j].kind, T::Indent | T::Dedent) {
            j = j.checked_sub(1)?;
        }
        Some(j)
    }

    pub(super) fn base(&self, msg: impl Into<String>, kind: &'static str) -> Diag {
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
    pub(super) fn range_diag(&self, msg: impl Into<String>, start: usize, end: usize) -> Diag {
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
    pub(super) fn tok_diag(&self, msg: impl Into<String>, i: usize) -> Diag {
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
    pub(super) fn forced_diag(&self, msg: impl Into<String>, i: usize) -> Diag {
        let mut d = self.tok_diag(msg, i);
        d.forced = true;
        d
    }

    pub(super) fn generic_at(&self, start: usize, end: usize) -> Diag {
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
    pub(super) fn open_bracket(&self, i: usize) -> Option<usize> {
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
    pub(super) fn matching_close(&self, i: usize) -> Option<usize> {
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

    pub(super) fn matching_open(&self, i: usize) -> Option<usize> {
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
    pub(super) fn expr_context(&self, j: usize) -> bool {
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
    pub(super) fn fstring_field(&self, i: usize) -> Option<usize> {
        let j = self.open_bracket(i)?;
        if self.toks[j].field {
            Some(j)
        } else {
            None
        }
    }

    pub(super) fn starts_expr(&self, i: usize) -> bool {
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

    pub(super) fn ends_expr(&self, i: usize) -> bool {
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
    pub(super) fn expr_start_before(&self, i: usize) -> usize {
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
    pub(super) fn in_is_for_clause(&self, i: usize) -> bool {
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
    pub(super) fn expr_span(&self, i: usize, disj: bool) -> Option<usize> {
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

    pub(super) fn fstring_end(&self, i: usize) -> Option<usize> {
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
    pub(super) fn line_start_tok(&self, i: usize) -> usize {
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
    pub(super) fn stmt_start_tok(&self, i: usize) -> usize {
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
    pub(super) fn header_kw(&self, i: usize) -> (usize, String) {
        let mut s = self.line_start_tok(i);
        if self.is_kw(s, "async") {
            s += 1;
        }
        (s, self.text(s).to_string())
    }

    /// Whether the `(` at `ob` opens call arguments (or class bases).
    pub(super) fn is_call_paren(&self, ob: usize) -> bool {
        self.is_op(ob, "(") && self.expr_context(ob) && ob > 0 && self.ends_expr(ob - 1)
    }

    /// The first token of the element (argument, item) in the brackets opened at `ob` that
    /// contains token `i`.
    pub(super) fn arg_start(&self, ob: usize, i: usize) -> usize {
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

    /// Whether the brackets opened at `ob` hold a comprehension (`for` at their top level).
    pub(super) fn has_for(&self, ob: usize) -> bool {
        let end = self.matching_close(ob).unwrap_or(self.toks.len());
        (ob + 1..end).any(|j| self.is_kw(j, "for") && self.toks[j].level == self.toks[ob].level)
    }

    // ---- AST helpers ------------------------------------------------------------------------

    pub(super) fn find_expr(&self, start: usize, end: usize) -> Option<&'a Expr> {
        let mut f = Finder::new();
        f.want = Some((start, end));
        f.visit_body(&self.module.body);
        f.expr
    }

    pub(super) fn find_stmt(&self, off: usize) -> (Option<&'a Stmt>, Vec<&'a ast::Comprehension>) {
        let mut f = Finder::new();
        f.want_stmt = Some(off);
        f.visit_body(&self.module.body);
        (f.stmt, f.comps)
    }

    pub(super) fn is_parenthesized(&self, e: &Expr) -> bool {
        let (s, t) = range_of(e.range());
        let before = self.tok_before(s);
        let after = self.tok_at(t);
        matches!((before, after), (Some(b), Some(a)) if self.is_op(b, "(") && self.is_op(a, ")"))
    }

    // ---- how far the parser reads -----------------------------------------------------------

    /// How far CPython's second pass reads when it fails at byte offset `pos`: an
    /// expression starting there right after another one is parsed whole (the "forgot a
    /// comma" rule), up to the end of input if it opens a bracket that is never closed.
    pub(super) fn reach(&self, pos: usize) -> (u32, bool) {
        let (line, eof, _) = self.reach_pos(pos);
        (line, eof)
    }

    /// Like `reach`, also giving the start of the furthest token read (`usize::MAX` for the
    /// end of input or the end of the tokens the tokenizer produced).
    pub(super) fn reach_pos(&self, pos: usize) -> (u32, bool, usize) {
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

    pub(super) fn set_last(&self, d: &mut Diag, next: usize) {
        if let Some(tk) = self.toks.get(next) {
            d.last_line = tk.line;
            d.at_eof = tk.kind == T::End;
        } else {
            d.at_eof = true;
        }
    }
}
