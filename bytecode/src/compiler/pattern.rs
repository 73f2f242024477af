//! `match` statements: each case's pattern compiles to tests that jump to the next case on
//! failure; the capture names are bound once the whole pattern has matched (as CPython
//! does, so a failed pattern binds nothing), then come the guard and the body.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::unit::{Bound, LabelId, Unit};
use super::{CResult, Compiler};
use crate::code::Const;
use crate::opcodes::{Imm, Instr, Reg};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.check_match(m)?;
        let subject = self.expr_fresh(&m.subject)?;
        let end = self.u().label();
        let entry = self.u().bound.clone();
        let mut states = Vec::new();
        let mut irrefutable = false;
        for case in &m.cases {
            self.u().line = self.line_of(case.range);
            self.u().bound = entry.clone();
            let next = self.u().label();
            let mark = self.u().mark();
            let mut caps = Vec::new();
            self.pattern(&case.pattern, subject, next, &mut caps)?;
            for (name, r) in caps {
                self.store_name(name, r)?;
            }
            if let Some(g) = &case.guard {
                self.cond_jump(g, false, next)?;
            }
            self.u().release(mark);
            self.stmts(&case.body)?;
            states.push(self.u().bound.clone());
            self.u().jump(end);
            self.u().bind(next);
            if case.guard.is_none() && is_irrefutable(&case.pattern) {
                irrefutable = true;
            }
        }
        if !irrefutable {
            states.push(entry.clone());
        }
        self.u().bind(end);
        // Names bound by patterns are only certain on the path that bound them.
        let mut st = states.first().cloned().unwrap_or(entry);
        for s in &states[1..] {
            st = Bound::merge(&st, s);
        }
        self.u().bound = st;
        Ok(())
    }

    /// Tests `v` against pattern `p`, jumping to `fail` when it does not match; the
    /// captures (name, register holding the value) are added to `caps`.
    fn pattern(
        &mut self,
        p: &'a ast::Pattern,
        v: Reg,
        fail: LabelId,
        caps: &mut Vec<(&'a str, Reg)>,
    ) -> CResult<()> {
        use ast::Pattern as P;
        let failt = Unit::lab(fail);
        match p {
            P::MatchValue(mv) => {
                let t = self.expr(&mv.value)?;
                // jump to fail when (v == t) is false
                self.u().emit(Instr::CompareJump {
                    a: v,
                    b: t,
                    op: Imm(2),
                    target: failt,
                });
            }
            P::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                };
                let k = self.u().const_reg(c);
                let t = self.u().temp();
                self.u().emit(Instr::Is { dst: t, a: v, b: k });
                self.u().emit(Instr::JumpIfFalse {
                    cond: t,
                    target: failt,
                });
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, v, fail, caps)?;
                }
                if let Some(n) = &a.name {
                    caps.push((n.id.as_str(), v));
                }
            }
            P::MatchOr(o) => {
                // Every alternative binds the same names (checked before): each copies its
                // captures into one set of registers, sorted by name.
                let ok = self.u().label();
                let last = o.patterns.len() - 1;
                let mut shared: Option<(Vec<&'a str>, Reg)> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let next = if i < last { self.u().label() } else { fail };
                    let mut alt_caps = Vec::new();
                    self.pattern(alt, v, next, &mut alt_caps)?;
                    alt_caps.sort_by(|a, b| a.0.cmp(b.0));
                    if !alt_caps.is_empty() {
                        let base = match &shared {
                            Some((_, b)) => *b,
                            None => {
                                let b = self.u().temps(alt_caps.len());
                                shared = Some((alt_caps.iter().map(|c| c.0).collect(), b));
                                b
                            }
                        };
                        for (j, (_, r)) in alt_caps.iter().enumerate() {
                            self.u().emit(Instr::Move {
                                dst: base.offset(j),
                                src: *r,
                            });
                        }
                    }
                    if i < last {
                        self.u().jump(ok);
                        self.u().bind(next);
                    }
                }
                self.u().bind(ok);
                if let Some((names, base)) = shared {
                    for (j, n) in names.into_iter().enumerate() {
                        caps.push((n, base.offset(j)));
                    }
                }
            }
            P::MatchSequence(s) => {
                let t = self.u().temp();
                self.u().emit(Instr::MatchSequence { dst: t, src: v });
                self.u().emit(Instr::JumpIfFalse {
                    cond: t,
                    target: failt,
                });
                let star = s.patterns.iter().position(|p| p.is_match_star());
                let n = s.patterns.len();
                let len = self.u().temp();
                self.u().emit(Instr::GetLen { dst: len, src: v });
                let (need, cmp) = match star {
                    None => (n, 2),        // len == n
                    Some(_) => (n - 1, 5), // len >= n - 1
                };
                let k = self.u().konst(Const::Int(need as i64));
                self.u().emit(Instr::CompareJumpK {
                    a: len,
                    k,
                    op: Imm(cmp),
                    target: failt,
                });
                let start = self.u().temps(n);
                match star {
                    None => {
                        self.u().emit(Instr::UnpackSequence {
                            start,
                            src: v,
                            count: Imm(n as u16),
                        });
                    }
                    Some(i) => {
                        self.u().emit(Instr::UnpackEx {
                            start,
                            src: v,
                            before: Imm(i as u16),
                            after: Imm((n - i - 1) as u16),
                        });
                    }
                }
                for (i, sub) in s.patterns.iter().enumerate() {
                    match sub {
                        P::MatchStar(st) => {
                            if let Some(name) = &st.name {
                                caps.push((name.id.as_str(), start.offset(i)));
                            }
                        }
                        _ => self.pattern(sub, start.offset(i), fail, caps)?,
                    }
                }
            }
            P::MatchMapping(m) => {
                let t = self.u().temp();
                self.u().emit(Instr::MatchMapping { dst: t, src: v });
                self.u().emit(Instr::JumpIfFalse {
                    cond: t,
                    target: failt,
                });
                let n = m.keys.len();
                let keys = self.u().temps(n);
                let kt = self.u().temp();
                if n > 0 {
                    // A mapping shorter than the key list fails before any lookup.
                    let len = self.u().temp();
                    self.u().emit(Instr::GetLen { dst: len, src: v });
                    let k = self.u().konst(Const::Int(n as i64));
                    self.u().emit(Instr::CompareJumpK {
                        a: len,
                        k,
                        op: Imm(5),
                        target: failt,
                    });
                    for (i, k) in m.keys.iter().enumerate() {
                        self.expr_into(k, keys.offset(i))?;
                    }
                    self.u().emit(Instr::BuildTuple {
                        dst: kt,
                        start: keys,
                        count: Imm(n as u16),
                    });
                    let vals = self.u().temp();
                    self.u().emit(Instr::MatchKeys {
                        dst: vals,
                        src: v,
                        keys: kt,
                    });
                    let none = self.u().const_reg(Const::None);
                    let t = self.u().temp();
                    self.u().emit(Instr::IsNot {
                        dst: t,
                        a: vals,
                        b: none,
                    });
                    self.u().emit(Instr::JumpIfFalse {
                        cond: t,
                        target: failt,
                    });
                    let items = self.u().temps(n);
                    self.u().emit(Instr::UnpackSequence {
                        start: items,
                        src: vals,
                        count: Imm(n as u16),
                    });
                    for (i, sub) in m.patterns.iter().enumerate() {
                        self.pattern(sub, items.offset(i), fail, caps)?;
                    }
                }
                if let Some(rest) = &m.rest {
                    if n == 0 {
                        self.u().emit(Instr::BuildTuple {
                            dst: kt,
                            start: keys,
                            count: Imm(0),
                        });
                    }
                    let r = self.u().temp();
                    self.u().emit(Instr::DictWithout {
                        dst: r,
                        src: v,
                        keys: kt,
                    });
                    caps.push((rest.id.as_str(), r));
                }
            }
            P::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let npos = c.arguments.patterns.len();
                let names: Vec<Const> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| Const::Str(k.attr.id.as_str().into()))
                    .collect();
                let nkw = names.len();
                let kwnames = self.u().konst(Const::Tuple(names.into()));
                let r = self.u().temp();
                self.u().emit(Instr::MatchClass {
                    dst: r,
                    src: v,
                    cls,
                    kwnames,
                    count: Imm(npos as u16),
                });
                let none = self.u().const_reg(Const::None);
                let t = self.u().temp();
                self.u().emit(Instr::IsNot {
                    dst: t,
                    a: r,
                    b: none,
                });
                self.u().emit(Instr::JumpIfFalse {
                    cond: t,
                    target: failt,
                });
                let total = npos + nkw;
                if total > 0 {
                    let start = self.u().temps(total);
                    self.u().emit(Instr::UnpackSequence {
                        start,
                        src: r,
                        count: Imm(total as u16),
                    });
                    let subs = c
                        .arguments
                        .patterns
                        .iter()
                        .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                    for (i, sub) in subs.enumerate() {
                        self.pattern(sub, start.offset(i), fail, caps)?;
                    }
                }
            }
            P::MatchStar(s) => {
                return Err(self.err("can't use starred name here", s.range()));
            }
        }
        Ok(())
    }
}

/// A pattern that matches anything (`_`, a capture name, or an alternative of such).
fn is_irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(is_irrefutable),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}
