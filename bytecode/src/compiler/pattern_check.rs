//! The compile-time checks CPython makes on `match` patterns: unreachable cases after an
//! irrefutable one, names bound twice, or-patterns binding different names, several
//! starred names, repeated class-pattern keywords, duplicate mapping keys, and values that
//! are not literals or attribute lookups.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::BTreeSet;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// Checks the cases of a `match` statement before any code is emitted.
    pub(super) fn check_match(&self, m: &'a ast::StmtMatch) -> CResult<()> {
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let mut names = Vec::new();
            self.check_pattern(&case.pattern, &mut names)?;
            if i + 1 < n && case.guard.is_none() {
                if let Some(msg) = unreachable_after(&case.pattern) {
                    return Err(self.err(msg, case.pattern.range()));
                }
            }
        }
        Ok(())
    }

    /// Checks one pattern, collecting the names it binds into `names`.
    fn check_pattern(&self, p: &'a ast::Pattern, names: &mut Vec<String>) -> CResult<()> {
        use ast::Pattern as P;
        let bind = |me: &Self, names: &mut Vec<String>, n: &ast::Identifier| -> CResult<()> {
            if names.iter().any(|x| x == n.id.as_str()) {
                return Err(me.err(
                    format!("multiple assignments to name '{}' in pattern", n.id),
                    n.range(),
                ));
            }
            names.push(n.id.to_string());
            Ok(())
        };
        match p {
            P::MatchValue(v) => {
                if !is_value_expr(&v.value) {
                    return Err(self.err(
                        "patterns may only match literals and attribute lookups",
                        v.value.range(),
                    ));
                }
            }
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                let stars = s
                    .patterns
                    .iter()
                    .filter(|x| matches!(x, P::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(self.err("multiple starred names in sequence pattern", s.range));
                }
                for x in &s.patterns {
                    self.check_pattern(x, names)?;
                }
            }
            P::MatchStar(st) => {
                if let Some(n) = &st.name {
                    bind(self, names, n)?;
                }
            }
            P::MatchMapping(mp) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &mp.keys {
                    if let Some(c) = super::expr::const_of(k) {
                        // Keys that compare equal (1, 1.0, True) are duplicates; the message
                        // shows the later one.
                        if let Some((norm, shown)) = const_key(&c) {
                            if seen.contains(&norm) {
                                return Err(self.err(
                                    format!("mapping pattern checks duplicate key ({shown})"),
                                    k.range(),
                                ));
                            }
                            seen.push(norm);
                        }
                    } else if !is_value_expr(k) {
                        return Err(self.err(
                            "patterns may only match literals and attribute lookups",
                            k.range(),
                        ));
                    }
                }
                for x in &mp.patterns {
                    self.check_pattern(x, names)?;
                }
                if let Some(r) = &mp.rest {
                    bind(self, names, r)?;
                }
            }
            P::MatchClass(c) => {
                for x in &c.arguments.patterns {
                    self.check_pattern(x, names)?;
                }
                let mut attrs: Vec<&str> = Vec::new();
                for kw in &c.arguments.keywords {
                    if attrs.contains(&kw.attr.id.as_str()) {
                        return Err(self.err(
                            format!("attribute name repeated in class pattern: {}", kw.attr.id),
                            kw.attr.range(),
                        ));
                    }
                    attrs.push(kw.attr.id.as_str());
                    self.check_pattern(&kw.pattern, names)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.check_pattern(sub, names)?;
                }
                if let Some(n) = &a.name {
                    bind(self, names, n)?;
                }
            }
            P::MatchOr(o) => {
                let k = o.patterns.len();
                let mut first: Option<BTreeSet<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut alt_names = Vec::new();
                    self.check_pattern(alt, &mut alt_names)?;
                    if i + 1 < k {
                        if let Some(msg) = unreachable_after(alt) {
                            return Err(self.err(msg, alt.range()));
                        }
                    }
                    let set: BTreeSet<String> = alt_names.into_iter().collect();
                    match &first {
                        None => first = Some(set),
                        Some(f) if *f != set => {
                            return Err(
                                self.err("alternative patterns bind different names", alt.range())
                            )
                        }
                        _ => {}
                    }
                }
                for n in first.unwrap_or_default() {
                    if names.contains(&n) {
                        return Err(self.err(
                            format!("multiple assignments to name '{n}' in pattern"),
                            o.range,
                        ));
                    }
                    names.push(n);
                }
            }
        }
        Ok(())
    }
}

/// The message for cases after an irrefutable pattern (a capture or `_` at the top).
fn unreachable_after(p: &ast::Pattern) -> Option<String> {
    match p {
        ast::Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => format!(
                "name capture '{}' makes remaining patterns unreachable",
                n.id
            ),
            None => "wildcard makes remaining patterns unreachable".to_string(),
        }),
        ast::Pattern::MatchAs(a) => a.pattern.as_deref().and_then(unreachable_after),
        ast::Pattern::MatchOr(o) => o.patterns.iter().find_map(unreachable_after),
        _ => None,
    }
}

/// A value pattern: a literal (numbers, strings, bytes, with `-` and complex `+`/`-`) or a
/// dotted name.
fn is_value_expr(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::NumberLiteral(_)
        | E::StringLiteral(_)
        | E::BytesLiteral(_)
        | E::BooleanLiteral(_)
        | E::NoneLiteral(_) => true,
        E::UnaryOp(u) => u.op == ast::UnaryOp::USub && is_value_expr(&u.operand),
        E::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                && is_value_expr(&b.left)
                && matches!(&*b.right, E::NumberLiteral(_))
        }
        E::Attribute(a) => is_dotted(&a.value),
        E::Name(_) => true,
        _ => false,
    }
}

fn is_dotted(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(_) => true,
        ast::Expr::Attribute(a) => is_dotted(&a.value),
        _ => false,
    }
}

/// The repr CPython shows for a duplicate mapping key (None for keys it cannot compare at
/// compile time).
/// A literal mapping-pattern key: (a text equal for keys that compare equal, its repr).
fn const_key(c: &crate::code::Const) -> Option<(String, String)> {
    use crate::code::Const;
    Some(match c {
        Const::Str(s) => (format!("s'{s}'"), format!("'{s}'")),
        Const::Int(i) => (format!("n{i}"), i.to_string()),
        Const::True => ("n1".into(), "True".into()),
        Const::False => ("n0".into(), "False".into()),
        Const::None => ("None".into(), "None".into()),
        Const::Float(f) if f.is_finite() => {
            let norm = if f.fract() == 0.0 && f.abs() < 1e18 {
                format!("n{}", *f as i64)
            } else {
                format!("f{f}")
            };
            let shown = if f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            };
            (norm, shown)
        }
        _ => return None,
    })
}
