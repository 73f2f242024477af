//! Comprehensions and generator expressions. A list, set or dict comprehension in a
//! function is inlined (PEP 709): its loop is compiled into the function's own code, its
//! iteration variables in fresh registers of that frame. Generator expressions, and
//! comprehensions in class bodies or at module level, are nested code objects taking the
//! first iterator as their only argument (`.0`); the list/set/dict ones are marked hidden
//! so their frames stay out of tracebacks, as CPython 3.12's inlining does.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::rc::Rc;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::code::{flags, Const};
use crate::opcodes::{Imm, Instr, Reg};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &'a ast::Expr, dst: Reg) -> CResult<()> {
        use ast::Expr as E;
        let (kind, gens, name): (Kind, &'a [ast::Comprehension], &str) = match e {
            E::ListComp(c) => (Kind::List, &c.generators, "<listcomp>"),
            E::SetComp(c) => (Kind::Set, &c.generators, "<setcomp>"),
            E::DictComp(c) => (Kind::Dict, &c.generators, "<dictcomp>"),
            E::Generator(c) => (Kind::Gen, &c.generators, "<genexpr>"),
            _ => unreachable!("only comprehensions come here"),
        };
        let line = self.line_of(e.range());
        let base = self.u().temps(2);
        let src = self.iterable_fresh(&gens[0].iter)?;
        if gens[0].is_async {
            self.u().emit(Instr::GetAIter {
                dst: base.offset(1),
                src,
            });
        } else {
            self.u().emit(Instr::GetIter {
                dst: base.offset(1),
                src,
            });
        }

        let scope = match e {
            E::ListComp(c) => self.table.scope_of(c),
            E::SetComp(c) => self.table.scope_of(c),
            E::DictComp(c) => self.table.scope_of(c),
            E::Generator(c) => self.table.scope_of(c),
            _ => unreachable!(),
        };
        if self.table.scopes[scope].inlined {
            return self.inline_comprehension(e, kind, gens, scope, base.offset(1), dst);
        }
        let qualname: Rc<str> = {
            let u = self.u();
            match u.kind {
                super::symtable::ScopeKind::Module => Rc::from(name),
                _ => Rc::from(format!("{}.<locals>.{}", u.qualname, name)),
            }
        };
        let mut unit = Unit::new(self.table, scope, Rc::from(name), qualname, line);
        unit.argcount = 1;
        if kind != Kind::Gen {
            unit.flags |= flags::HIDDEN;
        }
        self.units.push(unit);
        let acc = self.accumulator(kind);
        self.comp_loop(e, gens, 0, acc, Reg(0))?;
        let ret = if kind == Kind::Gen {
            self.u().const_reg_none()
        } else {
            acc
        };
        self.u().emit(Instr::Return { src: ret });
        let unit = self.units.pop().expect("pushed above");
        let code = unit.finish(&self.filename, self.map)?;
        // An asynchronous list/set/dict comprehension is a coroutine the caller awaits.
        let awaited = code.flags & flags::COROUTINE != 0;

        let fbase = self.u().temps(4);
        for i in [0, 1, 3] {
            self.u().load_const(fbase.offset(i), Const::None);
        }
        if code.freevars.is_empty() {
            self.u().load_const(fbase.offset(2), Const::None);
        } else {
            let n = code.freevars.len();
            let start = self.u().temps(n);
            for (i, r) in code.freevars.iter().enumerate() {
                let cell = self.u().regs[&*code.varnames[r.idx()]];
                self.u().emit(Instr::Move {
                    dst: start.offset(i),
                    src: cell,
                });
            }
            self.u().emit(Instr::BuildTuple {
                dst: fbase.offset(2),
                start,
                count: Imm(n as u16),
            });
        }
        let k = self.u().konst(Const::Code(code));
        self.u().line = line;
        self.u().emit(Instr::MakeFunction {
            dst: base,
            code: k,
            base: fbase,
        });
        self.u().emit(Instr::Call {
            dst,
            func: base,
            argc: Imm(1),
        });
        if awaited {
            self.await_into(dst, dst);
        }
        Ok(())
    }

    /// A list/set/dict comprehension compiled into the current function's code: its own
    /// names (iteration variables; cells when a nested function captures one) live in fresh
    /// registers while the loop runs, shadowing any of the function's locals of the same
    /// name; the first iterator is already in `it0`.
    fn inline_comprehension(
        &mut self,
        e: &'a ast::Expr,
        kind: Kind,
        gens: &'a [ast::Comprehension],
        scope: super::symtable::ScopeId,
        it0: Reg,
        dst: Reg,
    ) -> CResult<()> {
        use super::symtable::SymKind;
        let own = self
            .u()
            .inline_vars
            .get(&scope)
            .cloned()
            .unwrap_or_default();
        let mut saved = Vec::with_capacity(own.len());
        for (name, k, r) in &own {
            let u = self.u();
            saved.push((
                name.clone(),
                u.kinds.insert(name.clone(), *k),
                u.regs.insert(name.clone(), *r),
            ));
            u.set_bound(*r, false);
            if *k == SymKind::Cell {
                u.emit(Instr::MakeCell { reg: *r });
            }
        }
        let acc = self.accumulator(kind);
        let r = self.comp_loop(e, gens, 0, acc, it0);
        let u = self.u();
        for (name, k, reg) in saved.into_iter().rev() {
            if let Some(r) = u.regs.get(&name).copied() {
                u.set_bound(r, false);
            }
            match k {
                Some(k) => u.kinds.insert(name.clone(), k),
                None => u.kinds.remove(&name),
            };
            match reg {
                Some(reg) => u.regs.insert(name, reg),
                None => u.regs.remove(&name),
            };
        }
        r?;
        self.u().emit(Instr::Move { dst, src: acc });
        // The iteration variables and the iterator are let go at once, as when the
        // comprehension's own frame ended (the variables are named locals of this frame
        // again unbound, so they leave `locals()`).
        if let Some((_, _, first)) = own.first() {
            self.u().emit(Instr::Unbind {
                start: *first,
                count: Imm(own.len() as u16),
            });
        }
        self.u().emit(Instr::ClearTemps {
            start: it0,
            count: Imm(1),
        });
        Ok(())
    }

    /// The register the comprehension's result is built in, made empty (a generator
    /// expression yields instead and leaves it unused).
    fn accumulator(&mut self, kind: Kind) -> Reg {
        let acc = self.u().temp();
        let (start, count) = (acc, Imm(0));
        match kind {
            Kind::List => self.u().emit(Instr::BuildList {
                dst: acc,
                start,
                count,
            }),
            Kind::Set => self.u().emit(Instr::BuildSet {
                dst: acc,
                start,
                count,
            }),
            Kind::Dict => self.u().emit(Instr::BuildMap {
                dst: acc,
                start,
                count,
            }),
            Kind::Gen => 0,
        };
        acc
    }

    fn comp_loop(
        &mut self,
        e: &'a ast::Expr,
        gens: &'a [ast::Comprehension],
        i: usize,
        acc: Reg,
        it0: Reg,
    ) -> CResult<()> {
        let g = &gens[i];
        let mark = self.u().mark();
        let it = if i == 0 {
            it0
        } else {
            let src = self.iterable_fresh(&g.iter)?;
            let it = self.u().temp();
            if g.is_async {
                self.u().emit(Instr::GetAIter { dst: it, src });
            } else {
                self.u().emit(Instr::GetIter { dst: it, src });
            }
            it
        };
        let top = self.u().label();
        let end = self.u().label();
        self.u().bind(top);
        // Iterate straight into a plain local target (an inlined comprehension's variable).
        let direct = match g.is_async {
            false => self.local_target_reg(&g.target),
            true => None,
        };
        if let Some(r) = direct {
            self.u().emit(Instr::ForIter {
                dst: r,
                iter: it,
                target: Unit::lab(end),
            });
            self.u().set_bound(r, true);
        } else {
            let v = self.u().temp();
            if g.is_async {
                self.async_next(it, v, end);
            } else {
                self.u().emit(Instr::ForIter {
                    dst: v,
                    iter: it,
                    target: Unit::lab(end),
                });
            }
            self.assign(&g.target, v)?;
        }
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(e, gens, i + 1, acc, it0)?;
        } else {
            let m = self.u().mark();
            match e {
                ast::Expr::ListComp(c) => {
                    let r = self.expr(&c.elt)?;
                    self.u().emit(Instr::ListAppend { list: acc, src: r });
                }
                ast::Expr::SetComp(c) => {
                    let r = self.expr(&c.elt)?;
                    self.u().emit(Instr::SetAdd { set: acc, src: r });
                }
                ast::Expr::DictComp(c) => {
                    let key = c.key.as_ref().expect("dict comprehension key");
                    let k = self.expr_fresh(key)?;
                    let v = self.expr(&c.value)?;
                    self.u().emit(Instr::MapAdd {
                        map: acc,
                        key: k,
                        src: v,
                    });
                }
                ast::Expr::Generator(c) => {
                    let mut r = self.expr(&c.elt)?;
                    if self.u().flags & flags::ASYNC_GENERATOR != 0 {
                        let w = self.u().temp();
                        self.u().emit(Instr::AsyncGenWrap { dst: w, src: r });
                        r = w;
                    }
                    let sent = self.u().temp();
                    self.u().emit(Instr::Yield { dst: sent, src: r });
                }
                _ => unreachable!(),
            }
            self.u().release(m);
        }
        self.u().jump(top);
        self.u().bind(end);
        self.u().release(mark);
        Ok(())
    }
}
