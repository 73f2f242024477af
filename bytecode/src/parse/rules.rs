//! CPython's `invalid_*` grammar rules (and the "forgot a comma" and `print x` checks),
//! reproduced over CPython's token stream and ruff's AST to give CPython's message where
//! ruff only reports a generic error.

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::cx::{expr_name, invalid_target, is_keyword, range_of, Cx, Targets};
use super::tokenizer::T;
use super::Diag;

impl<'a> Cx<'a> {
    /// Checks that apply at any token where the parser fails: `print x`, a missing comma
    /// inside brackets, and a misplaced `=` in a call.
    pub(super) fn common(&self, i: usize) -> Option<Diag> {
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

    /// Whether `open..close` holds only parameter names (`a, b` or, for functions,
    /// `a: int, b`), as `invalid_parameters` wants for "cannot be parenthesized".
    pub(super) fn simple_params(&self, open: usize, close: usize, annotations: bool) -> bool {
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
    pub(super) fn is_dict_key(&self, ob: usize, a: usize) -> bool {
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

    pub(super) fn dict_key_error(&self, last: usize) -> Diag {
        let tk = self.toks[last];
        let mut d = self.range_diag("':' expected after dictionary key", tk.end, tk.end);
        d.offset = d.offset.saturating_sub(1);
        d.end_offset = 0;
        d
    }

    /// A misplaced `=` in call arguments; `s..t` is the expression before the `=`.
    pub(super) fn kwarg_error(&self, s: usize, t: usize) -> Option<Diag> {
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

    /// `if x = 1:`: `named_expression` with `=` instead of `==`. `c` is the first token of
    /// the condition, `eq` the `=`.
    pub(super) fn named_expr_eq(&self, c: usize, eq: usize) -> Option<Diag> {
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

    pub(super) fn invalid_assignment(&self, s: usize, t: usize) -> Option<Diag> {
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
}
