//! Mapping ruff's parse errors (and the syntax it rejects for the 3.12 target) to the
//! messages and positions CPython's parser gives for the same mistake.

use ruff_python_ast as ast;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseErrorType, Parsed,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange};

use super::cx::{expr_name, invalid_target, range_of, Cx, Targets, AUGASSIGN};
use super::tokenizer::T;
use super::Diag;

impl<'a> Cx<'a> {
    pub(super) fn parser_error(
        &self,
        parsed: &Parsed<ast::ModModule>,
        lexer_failed: bool,
    ) -> Option<Diag> {
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
            // `except*` needs a type (`except as e:` is plain invalid syntax).
            P::OtherError(m)
                if m == "Expected one or more exception types"
                    && i.is_some_and(|j| j > 0 && self.is_op(j - 1, "*")) =>
            {
                Some(self.tok_diag("expected one or more exception types", i?))
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
            // (`case 1 + :` has no right operand at all: plain invalid syntax there.)
            P::ExpectedImaginaryNumber
                if self.src.get(s..t).is_none_or(|x| x.trim().is_empty()) =>
            {
                let rest = self.src.get(s..).unwrap_or("");
                let p = s + (rest.len() - rest.trim_start().len());
                Some(self.range_diag("invalid syntax", p, p + 1))
            }
            P::ExpectedImaginaryNumber => {
                Some(self.range_diag("imaginary number required in complex literal", s, t))
            }
            P::ExpectedRealNumber => {
                Some(self.range_diag("real number required in complex literal", s, t))
            }
            P::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => {
                Some(self.range_diag("positional patterns follow keyword patterns", s, t))
            }
            // `case 1 as None:`
            P::OtherError(m)
                if m.starts_with("Expected an identifier, but found a keyword")
                    && self.src.get(..s).unwrap_or("").trim_end().ends_with(" as") =>
            {
                Some(self.range_diag("invalid pattern target", s, t))
            }
            P::InvalidMatchPatternTarget => {
                // `**_` in a mapping pattern is plain invalid syntax in CPython.
                let prev = self.src.get(..s).unwrap_or("").trim_end();
                if prev.ends_with("**") {
                    Some(self.range_diag("invalid syntax", s, t))
                } else {
                    Some(self.range_diag("cannot use '_' as a target", s, t))
                }
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
