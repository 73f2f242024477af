//! Statements: control flow, exception handling, `with`, imports, `del`, `assert`, `return`.
//!
//! Exception handling uses the exception table (zero cost when nothing is raised). Finally
//! bodies are compiled once for the normal path, once for the exception path, and inline
//! before any `return`/`break`/`continue` that leaves them, as CPython does.

use ruff_python_ast as ast;
use ruff_python_ast::helpers::any_over_expr;
use ruff_text_size::Ranged;

use super::unit::{Block, Bound, Unit};
use super::{CResult, Compiler};
use crate::code::Const;
use crate::opcodes::{Imm, Instr, Reg};

pub(crate) fn has_walrus(e: &ast::Expr) -> bool {
    any_over_expr(e, &|x: &ast::Expr| x.is_named_expr())
}

/// Names deleted anywhere in a body (for conservative definite-assignment at loop heads).
fn deleted_names(body: &[ast::Stmt], out: &mut Vec<String>) {
    for s in body {
        match s {
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    if let ast::Expr::Name(n) = t {
                        out.push(n.id.to_string());
                    }
                }
            }
            ast::Stmt::If(i) => {
                deleted_names(&i.body, out);
                for c in &i.elif_else_clauses {
                    deleted_names(&c.body, out);
                }
            }
            ast::Stmt::For(f) => {
                deleted_names(&f.body, out);
                deleted_names(&f.orelse, out);
            }
            ast::Stmt::While(f) => {
                deleted_names(&f.body, out);
                deleted_names(&f.orelse, out);
            }
            ast::Stmt::With(w) => deleted_names(&w.body, out),
            ast::Stmt::Try(t) => {
                deleted_names(&t.body, out);
                deleted_names(&t.orelse, out);
                deleted_names(&t.finalbody, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    deleted_names(&h.body, out);
                    if let Some(n) = &h.name {
                        out.push(n.id.to_string());
                    }
                }
            }
            ast::Stmt::Match(m) => {
                for c in &m.cases {
                    deleted_names(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [ast::Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// The definite-assignment state at the head of a loop or handler that may be
    /// reached again after `body` ran: `state` minus whatever `body` deletes.
    pub(super) fn state_minus_deleted(&self, state: &Bound, bodies: &[&[ast::Stmt]]) -> Bound {
        let mut names = Vec::new();
        for b in bodies {
            deleted_names(b, &mut names);
        }
        let mut st = state.clone();
        let u = self.units.last().expect("unit");
        for n in names {
            if let Some(r) = u.regs.get(&n) {
                if let Some(b) = st.set.get_mut(r.idx()) {
                    *b = false;
                }
            }
        }
        st
    }

    pub fn stmt(&mut self, s: &'a ast::Stmt) -> CResult<()> {
        let mark = self.u().mark();
        let outer_high = std::mem::replace(&mut self.u().stmt_high, mark);
        self.stmt_inner(s, mark)?;
        // At module level (outside loops) the temporaries a statement used are cleared
        // after it, so they do not keep its objects alive (`x = f(obj); del obj` frees obj
        // as in CPython). Loop bodies skip this: their temporaries are reused each time
        // round, and the loop statement clears them when it ends.
        let u = self.u();
        let high = u.stmt_high;
        u.stmt_high = outer_high.max(high);
        if u.kind == super::symtable::ScopeKind::Module
            && high > mark
            && !u
                .blocks
                .iter()
                .any(|b| matches!(b, super::unit::Block::Loop { .. }))
        {
            u.emit(Instr::ClearTemps {
                start: Reg(mark),
                count: crate::opcodes::Imm(high - mark),
            });
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a ast::Stmt, mark: u16) -> CResult<()> {
        use ast::Stmt as S;
        let line = self.line_of(s.range());
        self.u().line = line;
        self.u().walrus = false;
        match s {
            S::Expr(e) => {
                let print =
                    self.mode.interactive && self.u().kind == super::symtable::ScopeKind::Module;
                // A literal on its own (a docstring) does nothing: no instruction, as in
                // CPython.
                use ast::Expr as E;
                let literal = matches!(
                    &*e.value,
                    E::StringLiteral(_)
                        | E::BytesLiteral(_)
                        | E::NumberLiteral(_)
                        | E::BooleanLiteral(_)
                        | E::NoneLiteral(_)
                        | E::EllipsisLiteral(_)
                );
                if literal && !print {
                    return Ok(());
                }
                self.u().walrus = has_walrus(&e.value);
                let r = self.expr(&e.value)?;
                if print {
                    self.u().emit(Instr::PrintExpr { src: r });
                }
            }
            S::Assign(a) => {
                self.u().walrus = has_walrus(&a.value);
                if a.targets.len() == 1 {
                    self.assign_expr(&a.targets[0], &a.value)?;
                } else {
                    let v = self.expr_fresh(&a.value)?;
                    for t in &a.targets {
                        self.assign(t, v)?;
                    }
                }
            }
            S::AugAssign(a) => {
                self.u().walrus = has_walrus(&a.value);
                self.aug_assign(a)?;
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.assign_expr(&a.target, v)?;
                }
                if a.simple && self.u().kind != super::symtable::ScopeKind::Function {
                    if let ast::Expr::Name(n) = &*a.target {
                        let ann = self.expr(&a.annotation)?;
                        let d = self.u().temp();
                        let nm = self.u().name("__annotations__");
                        let kind = self.u().kind;
                        if kind == super::symtable::ScopeKind::Class {
                            self.u().emit(Instr::LoadName { dst: d, name: nm });
                        } else {
                            self.u().emit(Instr::LoadGlobal { dst: d, name: nm });
                        }
                        let key = self.u().const_reg(Const::Str(n.id.as_str().into()));
                        self.u().emit(Instr::SetItem {
                            obj: d,
                            key,
                            src: ann,
                        });
                    }
                }
            }
            S::Pass(_) => {}
            S::Return(r) => self.return_stmt(r)?,
            S::If(i) => self.if_stmt(i)?,
            S::While(w) => self.while_stmt(w)?,
            S::For(f) => {
                if f.is_async {
                    self.async_for_stmt(f)?
                } else {
                    self.for_stmt(f)?
                }
            }
            S::Break(_) => self.break_continue(true, s)?,
            S::Continue(_) => self.break_continue(false, s)?,
            S::Raise(r) => {
                let (exc, cause, kind) = match (&r.exc, &r.cause) {
                    (None, _) => (Reg(0), Reg(0), 0),
                    (Some(e), None) => (self.expr(e)?, Reg(0), 1),
                    (Some(e), Some(c)) => {
                        let e = self.expr(e)?;
                        let c = self.expr(c)?;
                        (e, c, 2)
                    }
                };
                self.u().emit(Instr::Raise {
                    exc,
                    cause,
                    kind: Imm(kind),
                });
                self.u().kill();
            }
            S::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            S::With(w) => self.with_items(&w.items, &w.body, w.is_async)?,
            S::Assert(a) => {
                let ok = self.u().label();
                self.cond_jump(&a.test, true, ok)?;
                let base = self.u().temps(2);
                self.u().emit(Instr::LoadAssertionError { dst: base });
                let argc = if let Some(m) = &a.msg {
                    self.expr_into(m, base.offset(1))?;
                    1
                } else {
                    0
                };
                let exc = self.u().temp();
                self.u().emit(Instr::Call {
                    dst: exc,
                    func: base,
                    argc: Imm(argc),
                });
                self.u().emit(Instr::Raise {
                    exc,
                    cause: Reg(0),
                    kind: Imm(1),
                });
                let st = self.u().bound.clone();
                self.u().bind(ok);
                self.u().bound = st;
                self.u().bound.dead = false;
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            S::Global(_) | S::Nonlocal(_) => {}
            S::FunctionDef(f) => self.function_def(f)?,
            S::ClassDef(c) => self.class_def(c)?,
            S::Import(i) => {
                for a in &i.names {
                    let dst = self.u().temp();
                    let name = self.u().name(&a.name.id);
                    let k = self.u().konst(Const::None);
                    self.u().emit(Instr::ImportName {
                        dst,
                        name,
                        fromlist: k,
                        level: Imm(0),
                    });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule itself.
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            let mut cur = dst;
                            for p in &parts[1..] {
                                let next = self.u().temp();
                                let n = self.u().name(p);
                                self.u().emit(Instr::ImportFrom {
                                    dst: next,
                                    module: cur,
                                    name: n,
                                });
                                cur = next;
                            }
                            self.store_name(&asname.id, cur)?;
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap_or("");
                            self.store_name(top, dst)?;
                        }
                    }
                }
            }
            S::ImportFrom(i) => {
                let modname = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                let dst = self.u().temp();
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.id.as_str().into()))
                    .collect();
                let k = self.u().konst(Const::Tuple(names.into()));
                let name = self.u().name(&modname);
                self.u().emit(Instr::ImportName {
                    dst,
                    name,
                    fromlist: k,
                    level: Imm(i.level as u16),
                });
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        self.u().emit(Instr::ImportStar { module: dst });
                        continue;
                    }
                    let v = self.u().temp();
                    let n = self.u().name(&a.name.id);
                    self.u().emit(Instr::ImportFrom {
                        dst: v,
                        module: dst,
                        name: n,
                    });
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(&bound.id, v)?;
                }
            }
            S::Match(m) => self.match_stmt(m)?,
            S::TypeAlias(t) => {
                self.type_alias(t)?;
            }
            S::IpyEscapeCommand(e) => return Err(self.err("invalid syntax", e.range())),
        }
        self.u().walrus = false;
        self.u().release(mark);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        use super::symtable::ScopeKind;
        let kind = self.u().kind;
        if matches!(kind, ScopeKind::Module | ScopeKind::Class) && !self.allow_module_return {
            return Err(self.err("'return' outside function", r.range()));
        }
        if r.value.is_some() && self.u().flags & crate::code::flags::ASYNC_GENERATOR != 0 {
            return Err(self.err("'return' with value in async generator", r.range()));
        }
        // A constant (or no value): `ReturnK`, read from the constant table.
        let k = match &r.value {
            None => Some(Const::None),
            Some(v) => super::expr::const_of(v),
        };
        if let Some(c) = k {
            self.unwind_blocks(None)?;
            let k = self.u().konst(c);
            self.u().emit(Instr::ReturnK { k });
            self.u().kill();
            return Ok(());
        }
        if let Some(v) = &r.value {
            if let ast::Expr::If(i) = &**v {
                if self.u().blocks.is_empty() {
                    self.u().walrus = has_walrus(v);
                    return self.return_if_exp(i);
                }
            }
        }
        let v = match &r.value {
            Some(v) => {
                self.u().walrus = has_walrus(v);
                if self.u().blocks.is_empty() {
                    self.expr(v)?
                } else {
                    // The value must survive the cleanup code (which may rebind locals).
                    self.expr_fresh(v)?
                }
            }
            None => self.u().const_reg_none(),
        };
        self.unwind_blocks(None)?;
        self.u().emit_return(v);
        self.u().kill();
        Ok(())
    }

    /// `return a if c else b` with no block to leave, as `if c: return a` and `return b`:
    /// each branch returns its own register, so the frame needs none for a value both
    /// branches put in (nor keeps the test's temporaries alongside it).
    fn return_if_exp(&mut self, i: &'a ast::ExprIf) -> CResult<()> {
        let saved_line = self.u().line;
        let orelse = self.u().label();
        self.u().line = self.line_of(i.range());
        self.cond_jump(&i.test, false, orelse)?;
        self.u().line = saved_line;
        let st = self.u().bound.clone();
        self.return_branch(&i.body)?;
        self.u().bind(orelse);
        self.u().bound = st;
        self.return_branch(&i.orelse)
    }

    /// One branch of `return_if_exp`: its value returned (a constant through the constant
    /// table, a nested conditional expression by branches again).
    fn return_branch(&mut self, e: &'a ast::Expr) -> CResult<()> {
        if let ast::Expr::If(i) = e {
            return self.return_if_exp(i);
        }
        if let Some(c) = super::expr::const_of(e) {
            let k = self.u().konst(c);
            self.u().emit(Instr::ReturnK { k });
        } else {
            let mark = self.u().mark();
            let v = self.expr(e)?;
            self.u().emit_return(v);
            self.u().release(mark);
        }
        self.u().kill();
        Ok(())
    }

    /// Emits the cleanup for every block being left, innermost first: all of them for a
    /// `return` (`upto` = None), or those inside the innermost loop for break/continue.
    /// Returns the loop's (break, continue) labels for break/continue.
    fn unwind_blocks(
        &mut self,
        upto_loop: Option<()>,
    ) -> CResult<Option<(super::unit::LabelId, super::unit::LabelId)>> {
        let blocks = self.u().blocks.clone();
        let mut paused = Vec::new();
        let mut result = None;
        for b in blocks.iter().rev() {
            match b {
                Block::Loop { brk, cont } => {
                    if upto_loop.is_some() {
                        result = Some((*brk, *cont));
                        break;
                    }
                }
                Block::Finally { region, body } => {
                    paused.extend(self.u().pause_from(*region));
                    // The finally body runs with this block removed, so a return inside it
                    // does not run it again.
                    let saved = self.u().blocks.clone();
                    let pos = saved
                        .iter()
                        .position(|x| matches!(x, Block::Finally { region: r, .. } if r == region))
                        .unwrap_or(0);
                    self.u().blocks.truncate(pos);
                    let st = self.u().bound.clone();
                    self.stmts(body)?;
                    self.u().bound = st;
                    self.u().blocks = saved;
                }
                Block::Handler { region, save, name } => {
                    paused.extend(self.u().pause_from(*region));
                    self.u().emit(Instr::PopExcInfo { save: *save });
                    if let Some(n) = name {
                        self.unbind_handler_name(n)?;
                    }
                }
                Block::With {
                    region,
                    exit,
                    is_async,
                } => {
                    paused.extend(self.u().pause_from(*region));
                    let none = self.u().const_reg_none();
                    let d = self.u().temp();
                    self.u().emit(Instr::WithExit {
                        dst: d,
                        exit: *exit,
                        exc: none,
                    });
                    if *is_async {
                        self.await_from(d, d, 2);
                    }
                }
            }
        }
        for r in paused.into_iter().rev() {
            self.u().resume_region(r);
        }
        Ok(result)
    }

    fn break_continue(&mut self, is_break: bool, s: &'a ast::Stmt) -> CResult<()> {
        if !self
            .u()
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Loop { .. }))
        {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err(msg, s.range()));
        }
        let (brk, cont) = self.unwind_blocks(Some(()))?.expect("inside a loop");
        self.u().jump(if is_break { brk } else { cont });
        self.u().kill();
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.u().label();
        let mut next = self.u().label();
        self.u().walrus = has_walrus(&i.test);
        self.cond_jump(&i.test, false, next)?;
        let start_state = self.u().bound.clone();
        self.stmts(&i.body)?;
        let mut states = vec![self.u().bound.clone()];
        let mut has_else = false;
        for c in &i.elif_else_clauses {
            self.u().jump(end);
            self.u().bind(next);
            self.u().bound = start_state.clone();
            next = self.u().label();
            if let Some(t) = &c.test {
                self.u().line = self.line_of(t.range());
                self.cond_jump(t, false, next)?;
            } else {
                has_else = true;
            }
            self.stmts(&c.body)?;
            states.push(self.u().bound.clone());
        }
        self.u().bind(next);
        if !has_else {
            states.push(start_state);
        }
        self.u().bind(end);
        let mut st = states[0].clone();
        for s in &states[1..] {
            st = Bound::merge(&st, s);
        }
        self.u().bound = st;
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.u().label();
        let orelse = self.u().label();
        let end = self.u().label();
        let entry = self.u().bound.clone();
        let head = self.state_minus_deleted(&entry, &[&w.body]);
        self.u().bound = head.clone();
        // The test is compiled again after the body, where it jumps back to the body's
        // start when true (as CPython does): one instruction per iteration instead of a
        // jump back to the test. (Not for a test holding code objects or a binding:
        // those are compiled once.)
        let repeat = !any_over_expr(&w.test, &|e: &ast::Expr| {
            matches!(
                e,
                ast::Expr::Lambda(_)
                    | ast::Expr::ListComp(_)
                    | ast::Expr::SetComp(_)
                    | ast::Expr::DictComp(_)
                    | ast::Expr::Generator(_)
                    | ast::Expr::Named(_)
                    | ast::Expr::Await(_)
                    | ast::Expr::Yield(_)
                    | ast::Expr::YieldFrom(_)
            )
        });
        let body = self.u().label();
        let cont = if repeat { self.u().label() } else { top };
        self.u().bind(top);
        self.u().walrus = has_walrus(&w.test);
        self.u().line = self.line_of(w.test.range());
        self.cond_jump(&w.test, false, orelse)?;
        self.u().bind(body);
        self.u().blocks.push(Block::Loop { brk: end, cont });
        self.stmts(&w.body)?;
        self.u().blocks.pop();
        if repeat {
            self.u().bind(cont);
            // (What the test may read is what it could at the top.)
            self.u().bound = head.clone();
            self.u().walrus = false;
            self.u().line = self.line_of(w.test.range());
            self.cond_jump(&w.test, true, body)?;
        } else {
            self.u().jump(top);
        }
        self.u().bind(orelse);
        self.u().bound = head.clone();
        self.stmts(&w.orelse)?;
        self.u().bind(end);
        // After the loop: only what was bound before it (minus deletions) is certain.
        let st = Bound::merge(&head, &self.u().bound.clone());
        self.u().bound = Bound {
            set: st.set,
            dead: false,
        };
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        // The iterator replaces the iterable in one temporary, so no second reference
        // keeps it alive after the loop.
        let it = self.iterable_fresh(&f.iter)?;
        self.u().emit(Instr::GetIter { dst: it, src: it });
        let top = self.u().label();
        let orelse = self.u().label();
        let end = self.u().label();
        let entry = self.u().bound.clone();
        let head = self.state_minus_deleted(&entry, &[&f.body]);
        self.u().bound = head.clone();
        self.u().bind(top);
        // Iterate straight into a local target when it is a plain local variable.
        let direct = self.local_target_reg(&f.target);
        let line = self.line_of(f.iter.range());
        self.u().line = line;
        let mark = self.u().mark();
        match direct {
            Some(r) => {
                self.u().emit(Instr::ForIter {
                    dst: r,
                    iter: it,
                    target: super::unit::Unit::lab(orelse),
                });
                self.u().set_bound(r, true);
            }
            None => {
                let v = self.u().temp();
                self.u().emit(Instr::ForIter {
                    dst: v,
                    iter: it,
                    target: super::unit::Unit::lab(orelse),
                });
                self.u().line = self.line_of(f.target.range());
                self.assign(&f.target, v)?;
            }
        }
        self.u().release(mark);
        self.u().blocks.push(Block::Loop {
            brk: end,
            cont: top,
        });
        self.stmts(&f.body)?;
        self.u().blocks.pop();
        self.u().jump(top);
        self.u().bind(orelse);
        self.u().bound = head.clone();
        self.stmts(&f.orelse)?;
        self.u().bind(end);
        // Drop the iterator now, as CPython pops it: a generator left by `break` is
        // finalised here rather than when the frame ends.
        self.u().load_const(it, Const::None);
        let st = Bound::merge(&head, &self.u().bound.clone());
        self.u().bound = Bound {
            set: st.set,
            dead: false,
        };
        Ok(())
    }

    fn unbind_handler_name(&mut self, name: &str) -> CResult<()> {
        // `except E as e:` unbinds e at the end of the handler (None first, as CPython).
        let none = self.u().const_reg_none();
        self.store_name(name, none)?;
        self.delete_name(name)?;
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.try_except_star(t);
        }
        let handler = self.u().label();
        let end = self.u().label();
        let exc = self.u().temp();
        let entry = self.u().bound.clone();
        let region = self.u().open_region(handler, exc);
        self.stmts(&t.body)?;
        self.u().close_region(region);
        self.stmts(&t.orelse)?;
        let mut states = vec![self.u().bound.clone()];
        self.u().jump(end);

        // Handlers.
        self.u().bind(handler);
        let hstate = self.state_minus_deleted(&entry, &[&t.body, &t.orelse]);
        self.u().bound = hstate.clone();
        let save = self.u().temp();
        self.u().emit(Instr::PushExcInfo { save, exc });
        let cleanup = self.u().label();
        let exc2 = self.u().temp();
        let cregion = self.u().open_region(cleanup, exc2);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.u().line = self.line_of(h.range);
            self.u().bound = hstate.clone();
            let next = self.u().label();
            let mark = self.u().mark();
            if let Some(ty) = &h.type_ {
                let tr = self.expr(ty)?;
                let m = self.u().temp();
                self.u().emit(Instr::CheckExcMatch {
                    dst: m,
                    exc,
                    typ: tr,
                });
                self.u().emit(Instr::JumpIfFalse {
                    cond: m,
                    target: super::unit::Unit::lab(next),
                });
            }
            self.u().release(mark);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            if let Some(n) = name {
                self.store_name(n, exc)?;
            }
            self.u().blocks.push(Block::Handler {
                region: cregion,
                save,
                name,
            });
            self.stmts(&h.body)?;
            self.u().blocks.pop();
            self.u().pause_region(cregion);
            self.u().emit(Instr::PopExcInfo { save });
            if let Some(n) = name {
                self.unbind_handler_name(n)?;
            }
            self.u().jump(end);
            self.u().resume_region(cregion);
            states.push(self.u().bound.clone());
            self.u().bind(next);
            if h.type_.is_none() {
                break;
            }
        }
        self.u().close_region(cregion);
        // No clause matched: restore and re-raise.
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc });
        // An exception inside a handler: restore the outer handled exception, propagate.
        self.u().bind(cleanup);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc: exc2 });
        self.u().bind(end);
        let mut st = states[0].clone();
        for s in &states[1..] {
            st = Bound::merge(&st, s);
        }
        self.u().bound = st;
        Ok(())
    }

    /// `try ... except* T as e: ...`: each clause handles the part of the exception group
    /// that matches T; whatever no clause handled is raised again at the end.
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() {
                return Err(self.err("expected one or more exception types", h.range()));
            }
            if let Some(s) = escapes_except_star(&h.body, false) {
                return Err(self.err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    s.range(),
                ));
            }
        }
        let handler = self.u().label();
        let end = self.u().label();
        let exc = self.u().temp();
        let entry = self.u().bound.clone();
        let region = self.u().open_region(handler, exc);
        self.stmts(&t.body)?;
        self.u().close_region(region);
        self.stmts(&t.orelse)?;
        let mut states = vec![self.u().bound.clone()];
        self.u().jump(end);

        self.u().bind(handler);
        let hstate = self.state_minus_deleted(&entry, &[&t.body, &t.orelse]);
        self.u().bound = hstate.clone();
        let save = self.u().temp();
        self.u().emit(Instr::PushExcInfo { save, exc });
        let rest = self.u().temp();
        self.u().emit(Instr::Move {
            dst: rest,
            src: exc,
        });
        // What the handlers raise is collected here and combined at the end.
        let raised = self.u().temp();
        self.u().emit(Instr::BuildList {
            dst: raised,
            start: raised,
            count: Imm(0),
        });
        let cleanup = self.u().label();
        let exc2 = self.u().temp();
        let cregion = self.u().open_region(cleanup, exc2);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.u().line = self.line_of(h.range);
            self.u().bound = hstate.clone();
            let next = self.u().label();
            let matched = self.u().label();
            let part = self.u().temp();
            let mark = self.u().mark();
            let Some(ty) = &h.type_ else {
                return Err(self.err("expected one or more exception types", h.range));
            };
            let tr = self.expr(ty)?;
            self.u().emit(Instr::ExcStarSplit {
                dst: part,
                rest,
                typ: tr,
            });
            self.u().release(mark);
            self.u().emit(Instr::JumpIfNotNone {
                src: part,
                target: Unit::lab(matched),
            });
            self.u().jump(next);
            self.u().bind(matched);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            if let Some(n) = name {
                self.store_name(n, part)?;
            }
            // The handler runs with its part as the handled exception; what it raises is
            // collected rather than propagated.
            let save2 = self.u().temp();
            self.u().emit(Instr::PushExcInfo {
                save: save2,
                exc: part,
            });
            let failed = self.u().label();
            let hexc = self.u().temp();
            let hregion = self.u().open_region(failed, hexc);
            self.u().blocks.push(Block::Handler {
                region: hregion,
                save: save2,
                name,
            });
            self.stmts(&h.body)?;
            self.u().blocks.pop();
            self.u().close_region(hregion);
            self.u().emit(Instr::PopExcInfo { save: save2 });
            if let Some(n) = name {
                self.unbind_handler_name(n)?;
            }
            states.push(self.u().bound.clone());
            self.u().jump(next);
            self.u().bind(failed);
            self.u().emit(Instr::PopExcInfo { save: save2 });
            self.u().emit(Instr::ExcStarCollect {
                raised,
                exc: hexc,
                part,
            });
            if let Some(n) = name {
                let none = self.u().const_reg_none();
                self.store_name(n, none)?;
                self.delete_name(n)?;
            }
            self.u().bind(next);
        }
        self.u().close_region(cregion);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::ExcStarReraise {
            rest,
            orig: exc,
            raised,
        });
        self.u().jump(end);
        self.u().bind(cleanup);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc: exc2 });
        self.u().bind(end);
        let mut st = states[0].clone();
        for s in &states[1..] {
            st = Bound::merge(&st, s);
        }
        self.u().bound = st;
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.u().label();
        let end = self.u().label();
        let exc = self.u().temp();
        let entry = self.u().bound.clone();
        let region = self.u().open_region(handler, exc);
        self.u().blocks.push(Block::Finally {
            region,
            body: &t.finalbody,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }

        self.u().blocks.pop();
        self.u().close_region(region);
        // Normal path.
        self.stmts(&t.finalbody)?;
        let after = self.u().bound.clone();
        self.u().jump(end);
        // Exception path: run the finally body with the exception handled, then re-raise.
        self.u().bind(handler);
        self.u().bound = self.state_minus_deleted(&entry, &[&t.body, &t.orelse, &t.finalbody]);
        let save = self.u().temp();
        self.u().emit(Instr::PushExcInfo { save, exc });
        let cleanup = self.u().label();
        let exc2 = self.u().temp();
        let cregion = self.u().open_region(cleanup, exc2);
        self.u().blocks.push(Block::Handler {
            region: cregion,
            save,
            name: None,
        });
        self.stmts(&t.finalbody)?;
        self.u().blocks.pop();
        self.u().close_region(cregion);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc });
        self.u().bind(cleanup);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc: exc2 });
        self.u().bind(end);
        self.u().bound = after;
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.u().line = self.line_of(item.context_expr.range());
        let mgr = self.expr(&item.context_expr)?;
        let exit = self.u().temp();
        let val = self.u().temp();
        if is_async {
            self.u().emit(Instr::AsyncWithEnter {
                exit,
                dst: val,
                mgr,
            });
            self.await_from(val, val, 1);
        } else {
            self.u().emit(Instr::WithEnter {
                exit,
                dst: val,
                mgr,
            });
        }
        let handler = self.u().label();
        let end = self.u().label();
        let exc = self.u().temp();
        let entry = self.u().bound.clone();
        let region = self.u().open_region(handler, exc);
        if let Some(v) = &item.optional_vars {
            self.assign(v, val)?;
        }
        self.u().blocks.push(Block::With {
            region,
            exit,
            is_async,
        });
        self.with_items(rest, body, is_async)?;
        self.u().blocks.pop();
        self.u().close_region(region);
        let none = self.u().const_reg_none();
        let d = self.u().temp();
        self.u().emit(Instr::WithExit {
            dst: d,
            exit,
            exc: none,
        });
        if is_async {
            self.await_from(d, d, 2);
        }
        let after = self.u().bound.clone();
        self.u().jump(end);
        // Exception path: __exit__ decides whether to suppress.
        self.u().bind(handler);
        self.u().bound = self.state_minus_deleted(&entry, &[body]);
        let save = self.u().temp();
        self.u().emit(Instr::PushExcInfo { save, exc });
        let cleanup = self.u().label();
        let exc2 = self.u().temp();
        let cregion = self.u().open_region(cleanup, exc2);
        let res = self.u().temp();
        self.u().emit(Instr::WithExit {
            dst: res,
            exit,
            exc,
        });
        if is_async {
            self.await_from(res, res, 2);
        }
        self.u().close_region(cregion);
        let suppress = self.u().label();
        self.u().emit(Instr::JumpIfTrue {
            cond: res,
            target: super::unit::Unit::lab(suppress),
        });
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc });
        self.u().bind(suppress);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().jump(end);
        self.u().bind(cleanup);
        self.u().emit(Instr::PopExcInfo { save });
        self.u().emit(Instr::Reraise { exc: exc2 });
        self.u().bind(end);
        let handler_state = self.state_minus_deleted(&entry, &[body]);
        self.u().bound = Bound::merge(&after, &handler_state);
        Ok(())
    }
}

/// A `break`, `continue` or `return` in an `except*` handler body that would leave the
/// handler (`in_loop`: inside a loop of the handler, where break/continue stay in it).
fn escapes_except_star(body: &[ast::Stmt], in_loop: bool) -> Option<&ast::Stmt> {
    use ast::Stmt as S;
    for s in body {
        let found = match s {
            S::Return(_) => Some(s),
            S::Break(_) | S::Continue(_) if !in_loop => Some(s),
            S::For(f) => escapes_except_star(&f.body, true)
                .or_else(|| escapes_except_star(&f.orelse, in_loop)),
            S::While(w) => escapes_except_star(&w.body, true)
                .or_else(|| escapes_except_star(&w.orelse, in_loop)),
            S::If(i) => escapes_except_star(&i.body, in_loop).or_else(|| {
                i.elif_else_clauses
                    .iter()
                    .find_map(|c| escapes_except_star(&c.body, in_loop))
            }),
            S::With(w) => escapes_except_star(&w.body, in_loop),
            S::Try(t) => escapes_except_star(&t.body, in_loop)
                .or_else(|| escapes_except_star(&t.orelse, in_loop))
                .or_else(|| escapes_except_star(&t.finalbody, in_loop))
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        escapes_except_star(&h.body, in_loop)
                    })
                }),
            S::Match(m) => m
                .cases
                .iter()
                .find_map(|c| escapes_except_star(&c.body, in_loop)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
