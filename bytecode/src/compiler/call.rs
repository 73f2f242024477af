//! Calls (plain, method, keyword and star forms), and the creation of functions, lambdas
//! and classes — each of which compiles a nested code object in a new unit.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::rc::Rc;

use super::symtable::{ScopeKind, SymKind};
use super::unit::Unit;
use super::{CResult, Compiler, UNNUMBERED};
use crate::code::{flags, Code, Const};
use crate::opcodes::{Imm, Instr, Reg};

/// The body of a function-like unit.
pub enum Body<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

impl<'a> Compiler<'a> {
    pub fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        let line = self.line_of(c.range());
        // obj.method(args): no bound-method object is made.
        if let ast::Expr::Attribute(attr) = &*c.func {
            if !has_star && args.keywords.is_empty() {
                let base = self.u().temps(2 + args.args.len());
                // Arguments that are bound locals or constants are read before the
                // method lookup (nothing can tell: reading them runs no code and cannot
                // fail, and the lookup cannot rebind them), so that LoadMethod comes
                // right before its CallMethod and the interpreter can make the call
                // from it. (Before the object too, unless it has a walrus that could
                // rebind them: `super().m(x)` keeps its Call next to the LoadMethod.)
                let plain_args = args.args.iter().all(|a| self.is_plain_operand(a));
                let args_first = plain_args && !super::stmt::has_walrus(&attr.value);
                let method_args = |this: &mut Self| -> CResult<()> {
                    for (i, a) in args.args.iter().enumerate() {
                        this.expr_into(a, base.offset(2 + i))?;
                    }
                    Ok(())
                };
                if args_first {
                    method_args(self)?;
                }
                let obj = self.expr(&attr.value)?;
                let name = self.mangled(&attr.attr.id).into_owned();
                let name = self.u().name(&name);
                // (Both on the method name's line, as in CPython, where a call spreads
                // over lines.)
                let name_line = self.line_of(attr.attr.range());
                if plain_args && !args_first {
                    method_args(self)?;
                }
                self.u().line = name_line;
                self.u().emit(Instr::LoadMethod {
                    base,
                    obj,
                    name,
                    site: UNNUMBERED,
                });
                if !plain_args {
                    method_args(self)?;
                }
                self.u().line = name_line;
                self.u().emit(Instr::CallMethod {
                    dst,
                    base,
                    argc: Imm(args.args.len() as u16),
                });
                return Ok(());
            }
        }
        if has_star || args.args.len() + args.keywords.len() > 64 {
            return self.call_ex(c, dst);
        }
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if let ast::Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && args.args.is_empty() && args.keywords.is_empty() {
                if let Some(()) = self.zero_arg_super(dst)? {
                    return Ok(());
                }
            }
        }
        let nkw = args.keywords.len();
        let argc = args.args.len() + nkw;
        let base = self.u().temps(1 + argc);
        // f(args) on a global f: one CallGlobal instead of LoadGlobal + Call. The callee is
        // then looked up after the arguments, so this is only done when evaluating them
        // cannot raise or run code (constants, bound locals, `local ± number`).
        let global_callee = match &*c.func {
            ast::Expr::Name(n)
                if nkw == 0
                    && self.loads_as_global(&n.id)
                    && args.args.iter().all(|a| self.is_quiet(a)) =>
            {
                Some(n.id.as_str())
            }
            _ => None,
        };
        if global_callee.is_none() {
            self.expr_into(&c.func, base)?;
        }
        for (i, a) in args.args.iter().enumerate() {
            self.expr_into(a, base.offset(1 + i))?;
        }
        let mut names = Vec::new();
        for (i, k) in args.keywords.iter().enumerate() {
            let name = k.arg.as_ref().expect("no ** here");
            if names
                .iter()
                .any(|n: &Const| matches!(n, Const::Str(s) if **s == *name.id.as_str()))
            {
                return Err(self.err(format!("keyword argument repeated: {}", name.id), k.range));
            }
            names.push(Const::Str(name.id.as_str().into()));
            self.expr_into(&k.value, base.offset(1 + args.args.len() + i))?;
        }
        self.u().line = line;
        if let Some(name) = global_callee {
            let name = self.u().name(name);
            self.u().emit(Instr::CallGlobal {
                dst,
                func: base,
                argc: Imm(argc as u16),
                name,
            });
        } else if nkw == 0 {
            self.u().emit(Instr::Call {
                dst,
                func: base,
                argc: Imm(argc as u16),
            });
        } else {
            let kwnames = self.u().konst(Const::Tuple(names.into()));
            self.u().emit(Instr::CallKw {
                dst,
                func: base,
                argc: Imm(argc as u16),
                kwnames,
            });
        }
        Ok(())
    }

    fn zero_arg_super(&mut self, dst: Reg) -> CResult<Option<()>> {
        let u = self.u();
        let in_comprehension =
            u.kind == ScopeKind::Comprehension && u.flags & flags::GENERATOR == 0;
        if !matches!(
            u.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            return Ok(None);
        }
        let Some(&class_cell) = u.regs.get("__class__") else {
            return Ok(None);
        };
        if u.argcount == 0 && u.flags & flags::VARARGS == 0 {
            return Ok(None);
        }
        // In an inlined (list/set/dict) comprehension: the enclosing method's first
        // argument, which the symbol table made a free variable here.
        let outer_first = if in_comprehension {
            self.units
                .iter()
                .rev()
                .find(|u| u.kind != ScopeKind::Comprehension)
                .filter(|u| u.kind == ScopeKind::Function && u.argcount > 0)
                .map(|u| u.varnames[0].to_string())
        } else {
            None
        };
        if let Some(first) = outer_first {
            let base = self.u().temps(3);
            self.load_name_into("super", base)?;
            self.u().emit(Instr::LoadDeref {
                dst: base.offset(1),
                cell: class_cell,
            });
            self.load_name_into(&first, base.offset(2))?;
            self.u().emit(Instr::Call {
                dst,
                func: base,
                argc: Imm(2),
            });
            return Ok(Some(()));
        }
        let first = self.u().varnames[0].to_string();
        let base = self.u().temps(3);
        self.load_name_into("super", base)?;
        self.u().emit(Instr::LoadDeref {
            dst: base.offset(1),
            cell: class_cell,
        });
        if self.name_kind(&first) == SymKind::Cell {
            let cell = self.u().regs[&first];
            self.u().emit(Instr::LoadDeref {
                dst: base.offset(2),
                cell,
            });
        } else {
            self.u().emit(Instr::LoadFast {
                dst: base.offset(2),
                src: Reg(0),
            });
        }
        self.u().emit(Instr::Call {
            dst,
            func: base,
            argc: Imm(2),
        });
        Ok(Some(()))
    }

    fn call_ex(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult<()> {
        let func = self.expr_fresh(&c.func)?;
        let args = self.u().temp();
        let list = self.u().temp();
        self.u().emit(Instr::BuildList {
            dst: list,
            start: list,
            count: Imm(0),
        });
        for a in c.arguments.args.iter() {
            let mark = self.u().mark();
            match a {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.u().emit(Instr::CallArgsExtend { list, src: v, func });
                }
                _ => {
                    let v = self.expr(a)?;
                    self.u().emit(Instr::ListAppend { list, src: v });
                }
            }
            self.u().release(mark);
        }
        self.u().emit(Instr::ListToTuple {
            dst: args,
            src: list,
        });
        let kwargs = self.u().temp();
        if c.arguments.keywords.is_empty() {
            self.u().load_const(kwargs, Const::None);
        } else {
            self.keyword_map(c.arguments.keywords.iter(), kwargs, func)?;
        }
        self.u().line = self.line_of(c.range());
        self.u().emit(Instr::CallEx {
            dst,
            func,
            args,
            kwargs,
        });
        Ok(())
    }

    /// R[kwargs] := a new dict of keyword arguments `kws` (`name=value` and `**mapping`,
    /// merged in order; repeated names are errors naming R[func]).
    fn keyword_map(
        &mut self,
        kws: impl IntoIterator<Item = &'a ast::Keyword>,
        kwargs: Reg,
        func: Reg,
    ) -> CResult<()> {
        self.u().emit(Instr::BuildMap {
            dst: kwargs,
            start: kwargs,
            count: Imm(0),
        });
        for k in kws {
            let mark = self.u().mark();
            let src = match &k.arg {
                Some(name) => {
                    let pair = self.u().temps(2);
                    self.u()
                        .load_const(pair, Const::Str(name.id.as_str().into()));
                    self.expr_into(&k.value, pair.offset(1))?;
                    let single = self.u().temp();
                    self.u().emit(Instr::BuildMap {
                        dst: single,
                        start: pair,
                        count: Imm(1),
                    });
                    single
                }
                None => self.expr(&k.value)?,
            };
            self.u().emit(Instr::DictMerge {
                map: kwargs,
                src,
                func,
            });
            self.u().release(mark);
        }
        Ok(())
    }

    /// The qualified name of a new scope named `name` inside the current unit.
    fn qualname_for(&mut self, name: &str) -> Rc<str> {
        let i = self.units.iter().rposition(|u| !u.transparent).unwrap_or(0);
        let u = &self.units[i];
        match u.kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", u.qualname, name)),
            _ => Rc::from(format!("{}.<locals>.{}", u.qualname, name)),
        }
    }

    /// Emits the closure tuple of `code` into `dst` (or None when it has no free variables).
    pub(super) fn closure_for(&mut self, code: &Code, dst: Reg) {
        if code.freevars.is_empty() {
            self.u().load_const(dst, Const::None);
            return;
        }
        let n = code.freevars.len();
        let start = self.u().temps(n);
        for (i, r) in code.freevars.iter().enumerate() {
            let name = &code.varnames[r.idx()];
            let cell = self.u().regs[&**name];
            self.u().emit(Instr::Move {
                dst: start.offset(i),
                src: cell,
            });
        }
        self.u().emit(Instr::BuildTuple {
            dst,
            start,
            count: Imm(n as u16),
        });
    }

    /// Compiles a function-like body into a code object and emits `MakeFunction` into `dst`.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function<T>(
        &mut self,
        node: &T,
        name: &str,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a ast::Expr>,
        body: Body<'a>,
        line: u32,
        dst: Reg,
    ) -> CResult<()> {
        let first_line = self.decorated_first_line.take();
        let mark = self.u().mark();
        let base = self.u().temps(4);
        // Defaults are evaluated in the enclosing scope, before the function exists.
        let mut ndefaults = 0;
        let mut kwdefaults = Vec::new();
        if let Some(p) = params {
            let defaults: Vec<&ast::Expr> = p
                .posonlyargs
                .iter()
                .chain(&p.args)
                .filter_map(|a| a.default.as_deref())
                .collect();
            ndefaults = defaults.len();
            if ndefaults > 0 {
                let start = self.u().temps(ndefaults);
                for (i, d) in defaults.iter().enumerate() {
                    self.expr_into(d, start.offset(i))?;
                }
                self.u().emit(Instr::BuildTuple {
                    dst: base,
                    start,
                    count: Imm(ndefaults as u16),
                });
            }
            for a in &p.kwonlyargs {
                if let Some(d) = &a.default {
                    kwdefaults.push((a.parameter.name.id.to_string(), &**d));
                }
            }
            if !kwdefaults.is_empty() {
                let start = self.u().temps(kwdefaults.len() * 2);
                for (i, (n, d)) in kwdefaults.iter().enumerate() {
                    self.u()
                        .load_const(start.offset(2 * i), Const::Str(n.as_str().into()));
                    self.expr_into(d, start.offset(2 * i + 1))?;
                }
                self.u().emit(Instr::BuildMap {
                    dst: base.offset(1),
                    start,
                    count: Imm(kwdefaults.len() as u16),
                });
            }
        }
        if ndefaults == 0 {
            self.u().load_const(base, Const::None);
        }
        if kwdefaults.is_empty() {
            self.u().load_const(base.offset(1), Const::None);
        }
        self.annotations(params, returns, base.offset(3))?;

        let scope = self.table.scope_of(node);
        let qualname = self.qualname_for(name);
        let mut unit = Unit::new(self.table, scope, Rc::from(name), qualname, line);
        // A decorated function's code starts at its first decorator (co_firstlineno).
        if let Some(first) = first_line {
            unit.firstlineno = first;
        }
        if let Some(p) = params {
            unit.posonlyargcount = p.posonlyargs.len() as u16;
            unit.argcount = (p.posonlyargs.len() + p.args.len()) as u16;
            unit.kwonlyargcount = p.kwonlyargs.len() as u16;
            if p.vararg.is_some() {
                unit.flags |= flags::VARARGS;
            }
            if p.kwarg.is_some() {
                unit.flags |= flags::VARKEYWORDS;
            }
        }
        self.units.push(unit);
        match body {
            Body::Stmts(stmts) => {
                if let Some(doc) = super::docstring(stmts) {
                    self.u().doc = Some(Rc::from(doc));
                }
                self.stmts(stmts)?;
                if !self.u().bound.dead {
                    self.u().return_none();
                }
            }
            Body::Expr(e) => {
                let is_gen = self.u().flags & flags::GENERATOR != 0;
                let r = self.expr(e)?;
                if is_gen {
                    self.u().return_none();
                } else {
                    self.u().emit_return(r);
                }
            }
        }
        // A body that can fall off its end (or that a jump leaves at its end) returns None.
        if !matches!(
            self.u().instrs.last(),
            Some(Instr::Return { .. } | Instr::ReturnK { .. })
        ) || self.u().label_at_end()
        {
            self.u().return_none();
        }
        let unit = self.units.pop().expect("pushed above");
        let code = unit.finish(&self.filename, self.map)?;
        self.closure_for(&code, base.offset(2));
        let k = self.u().konst(Const::Code(code));
        self.u().line = line;
        self.u().emit(Instr::MakeFunction { dst, code: k, base });
        self.u().release(mark);
        Ok(())
    }

    /// The `__annotations__` dict of a function (None when it has no annotations), evaluated
    /// at definition time, or as source strings under `from __future__ import annotations`.
    fn annotations(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a ast::Expr>,
        dst: Reg,
    ) -> CResult<()> {
        let mut items: Vec<(String, &'a ast::Expr)> = Vec::new();
        if let Some(p) = params {
            let all = p
                .posonlyargs
                .iter()
                .chain(&p.args)
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref());
            for a in all {
                if let Some(ann) = &a.annotation {
                    items.push((a.name.id.to_string(), ann));
                }
            }
        }
        if let Some(r) = returns {
            items.push(("return".into(), r));
        }
        if items.is_empty() {
            self.u().load_const(dst, Const::None);
            return Ok(());
        }
        let start = self.u().temps(items.len() * 2);
        for (i, (name, e)) in items.iter().enumerate() {
            self.u()
                .load_const(start.offset(2 * i), Const::Str(name.as_str().into()));
            if self.future_annotations {
                let text = self.map.source
                    [usize::from(e.range().start())..usize::from(e.range().end())]
                    .to_string();
                self.u()
                    .load_const(start.offset(2 * i + 1), Const::Str(text.as_str().into()));
            } else if let ast::Expr::Starred(s) = e {
                // `*args: *Ts` (PEP 646): the one item that unpacking Ts gives.
                let v = self.expr(&s.value)?;
                self.u().emit(Instr::UnpackSequence {
                    start: start.offset(2 * i + 1),
                    src: v,
                    count: Imm(1),
                });
            } else {
                self.expr_into(e, start.offset(2 * i + 1))?;
            }
        }
        self.u().emit(Instr::BuildMap {
            dst,
            start,
            count: Imm(items.len() as u16),
        });
        Ok(())
    }

    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        let decos = self.decorators(&f.decorator_list)?;
        let line = self.line_of(f.name.range);
        let def_line = if f.decorator_list.is_empty() {
            self.line_of(f.range)
        } else {
            line
        };
        let func = self.u().temp();
        self.u().line = def_line;
        let first_line = (!f.decorator_list.is_empty()).then(|| self.line_of(f.range));
        match &f.type_params {
            Some(tps) => self.in_type_params(tps, &f.name.id, func, |me, tp| {
                let r = me.u().temp();
                me.decorated_first_line = first_line;
                me.make_function(
                    f,
                    &f.name.id,
                    Some(&f.parameters),
                    f.returns.as_deref(),
                    Body::Stmts(&f.body),
                    def_line,
                    r,
                )?;
                let n = me.u().name("__type_params__");
                me.u().emit(Instr::StoreAttr {
                    obj: r,
                    name: n,
                    src: tp,
                    site: UNNUMBERED,
                });
                Ok(r)
            })?,
            None => {
                self.decorated_first_line = first_line;
                self.make_function(
                    f,
                    &f.name.id,
                    Some(&f.parameters),
                    f.returns.as_deref(),
                    Body::Stmts(&f.body),
                    def_line,
                    func,
                )?
            }
        }
        // The decorator calls belong to the first decorator's line, as in CPython.
        if !f.decorator_list.is_empty() {
            self.u().line = self.line_of(f.range);
        }
        let result = self.apply_decorators(decos, func);
        self.store_name(&f.name.id, result)
    }

    fn decorators(&mut self, list: &'a [ast::Decorator]) -> CResult<Vec<Reg>> {
        let mut regs = Vec::new();
        for d in list {
            regs.push(self.expr_fresh(&d.expression)?);
        }
        Ok(regs)
    }

    fn apply_decorators(&mut self, decos: Vec<Reg>, mut value: Reg) -> Reg {
        for d in decos.into_iter().rev() {
            let base = self.u().temps(2);
            self.u().emit(Instr::Move { dst: base, src: d });
            self.u().emit(Instr::Move {
                dst: base.offset(1),
                src: value,
            });
            let out = self.u().temp();
            self.u().emit(Instr::Call {
                dst: out,
                func: base,
                argc: Imm(1),
            });
            value = out;
        }
        value
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda, dst: Reg) -> CResult<()> {
        let line = self.line_of(l.range);
        self.make_function(
            l,
            "<lambda>",
            l.parameters.as_deref(),
            None,
            Body::Expr(&l.body),
            line,
            dst,
        )
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let decos = self.decorators(&c.decorator_list)?;
        let line = if c.decorator_list.is_empty() {
            self.line_of(c.range)
        } else {
            self.line_of(c.name.range)
        };
        self.u().line = line;
        let cls = match &c.type_params {
            Some(tps) => {
                let dst = self.u().temp();
                self.in_type_params(tps, &c.name.id, dst, |me, tp| {
                    me.build_class(c, line, Some(tp))
                })?;
                dst
            }
            None => self.build_class(c, line, None)?,
        };
        let result = self.apply_decorators(decos, cls);
        self.store_name(&c.name.id, result)
    }

    /// Runs the class body and makes the class; with `generic` (the type parameters of
    /// `class C[T]`), `typing.Generic[T]` joins the bases and `__type_params__` is set.
    fn build_class(
        &mut self,
        c: &'a ast::StmtClassDef,
        line: u32,
        generic: Option<Reg>,
    ) -> CResult<Reg> {
        let (pos, kws): (Vec<&ast::Expr>, Vec<&ast::Keyword>) = match &c.arguments {
            Some(a) => (a.args.iter().collect(), a.keywords.iter().collect()),
            None => (Vec::new(), Vec::new()),
        };
        let starred =
            pos.iter().any(|a| a.is_starred_expr()) || kws.iter().any(|k| k.arg.is_none());
        let extra = usize::from(generic.is_some());
        let argc = 1 + pos.len() + extra + kws.len();
        let base = self.u().temps(1 + argc);

        // The class body: a function run with the new namespace as its locals.
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(&c.name.id);
        let unit = Unit::new(
            self.table,
            scope,
            Rc::from(c.name.id.as_str()),
            qualname.clone(),
            line,
        );
        self.units.push(unit);
        // Annotation scopes in the body read its namespace through `__classdict__`.
        if self.u().kinds.get("__classdict__") == Some(&SymKind::Cell) {
            let cell = self.u().regs["__classdict__"];
            let t = self.u().temp();
            self.u().emit(Instr::LoadLocals { dst: t });
            self.u().emit(Instr::StoreDeref { cell, src: t });
            self.u().release(t.0);
        }
        {
            let t = self.u().temp();
            let n = self.u().name("__name__");
            self.u().emit(Instr::LoadGlobal { dst: t, name: n });
            let m = self.u().name("__module__");
            self.u().emit(Instr::StoreName {
                name: m,
                src: t,
                take: Imm(0),
            });
            self.u().load_const(t, Const::Str(qualname.clone()));
            let q = self.u().name("__qualname__");
            self.u().emit(Instr::StoreName {
                name: q,
                src: t,
                take: Imm(0),
            });
            if let Some(doc) = super::docstring(&c.body) {
                self.u().load_const(t, Const::Str(doc.as_str().into()));
                let d = self.u().name("__doc__");
                self.u().emit(Instr::StoreName {
                    name: d,
                    src: t,
                    take: Imm(0),
                });
            }
            if super::find_ann(&c.body) {
                self.u().emit(Instr::SetupAnnotations {});
            }
            self.u().release(t.0);
        }
        self.stmts(&c.body)?;
        if let Some(&cell) = self.u().regs.get("__class__") {
            if self.u().kinds.get("__class__") == Some(&SymKind::Cell) {
                let n = self.u().name("__classcell__");
                self.u().emit(Instr::StoreName {
                    name: n,
                    src: cell,
                    take: Imm(0),
                });
            }
        }
        self.u().return_none();
        let unit = self.units.pop().expect("pushed above");
        let code = unit.finish(&self.filename, self.map)?;
        let fbase = self.u().temps(4);
        for i in [0, 1, 3] {
            self.u().load_const(fbase.offset(i), Const::None);
        }
        self.closure_for(&code, fbase.offset(2));
        let k = self.u().konst(Const::Code(code));
        self.u().emit(Instr::MakeFunction {
            dst: base,
            code: k,
            base: fbase,
        });

        if starred {
            return self.make_class_ex(c, base, &pos, &kws, generic, line);
        }
        self.u()
            .load_const(base.offset(1), Const::Str(c.name.id.as_str().into()));
        for (i, b) in pos.iter().enumerate() {
            self.expr_into(b, base.offset(2 + i))?;
        }
        if let Some(tp) = generic {
            let g = self.typing_attr("_pep695_generic")?;
            self.u().emit(Instr::GetItem {
                dst: base.offset(2 + pos.len()),
                obj: g,
                key: tp,
            });
        }
        let mut names = Vec::new();
        for (i, k) in kws.iter().enumerate() {
            names.push(Const::Str(
                k.arg.as_ref().expect("checked").id.as_str().into(),
            ));
            self.expr_into(&k.value, base.offset(2 + pos.len() + extra + i))?;
        }
        let kwnames = self.u().konst(Const::Tuple(names.into()));
        let cls = self.u().temp();
        self.u().line = line;
        self.u().emit(Instr::MakeClass {
            dst: cls,
            base,
            argc: Imm(argc as u16),
            kwnames,
        });
        if let Some(tp) = generic {
            let n = self.u().name("__type_params__");
            self.u().emit(Instr::StoreAttr {
                obj: cls,
                name: n,
                src: tp,
                site: UNNUMBERED,
            });
        }
        Ok(cls)
    }

    /// The class creation of `class C(*bases, **kw)`: the name and bases built as a
    /// tuple (unpacking starred ones), the keywords as a dict.
    fn make_class_ex(
        &mut self,
        c: &'a ast::StmtClassDef,
        body: Reg,
        pos: &[&'a ast::Expr],
        kws: &[&'a ast::Keyword],
        generic: Option<Reg>,
        line: u32,
    ) -> CResult<Reg> {
        let list = self.u().temp();
        self.u().emit(Instr::BuildList {
            dst: list,
            start: list,
            count: Imm(0),
        });
        let t = self.u().temp();
        self.u()
            .load_const(t, Const::Str(c.name.id.as_str().into()));
        self.u().emit(Instr::ListAppend { list, src: t });
        for a in pos {
            let mark = self.u().mark();
            if let ast::Expr::Starred(s) = a {
                let v = self.expr(&s.value)?;
                let none = self.u().const_reg_none();
                self.u().emit(Instr::CallArgsExtend {
                    list,
                    src: v,
                    func: none,
                });
            } else {
                let v = self.expr(a)?;
                self.u().emit(Instr::ListAppend { list, src: v });
            }
            self.u().release(mark);
        }
        if let Some(tp) = generic {
            let g = self.typing_attr("_pep695_generic")?;
            self.u().emit(Instr::GetItem {
                dst: t,
                obj: g,
                key: tp,
            });
            self.u().emit(Instr::ListAppend { list, src: t });
        }
        let args = self.u().temp();
        self.u().emit(Instr::ListToTuple {
            dst: args,
            src: list,
        });
        let kwargs = self.u().temp();
        self.keyword_map(kws.iter().copied(), kwargs, body)?;
        let cls = self.u().temp();
        self.u().line = line;
        self.u().emit(Instr::MakeClassEx {
            dst: cls,
            body,
            args,
            kwargs,
        });
        if let Some(tp) = generic {
            let n = self.u().name("__type_params__");
            self.u().emit(Instr::StoreAttr {
                obj: cls,
                name: n,
                src: tp,
                site: UNNUMBERED,
            });
        }
        Ok(cls)
    }
}
