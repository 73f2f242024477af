//! PEP 695 type parameters and `type` aliases. `def f[T](...)`, `class C[T]` and
//! `type A[T] = ...` run inside an annotation scope: a hidden function that binds each
//! type parameter (a `typing.TypeVar`, `TypeVarTuple` or `ParamSpec`, made by
//! lib/typing.py), builds the definition (which closes over the parameters) and returns
//! it; the enclosing scope calls it at once. Bounds are evaluated eagerly (CPython
//! evaluates them on first use of `__bound__`); alias values are evaluated lazily.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::rc::Rc;

use super::call::Body;
use super::unit::Unit;
use super::{CResult, Compiler, UNNUMBERED};
use crate::code::Const;
use crate::opcodes::{Imm, Instr, Reg};

impl<'a> Compiler<'a> {
    /// R := typing.<name> (importing typing on first use).
    pub(super) fn typing_attr(&mut self, name: &str) -> CResult<Reg> {
        let m = self.u().temp();
        let n = self.u().name("typing");
        let k = self.u().konst(Const::None);
        self.u().emit(Instr::ImportName {
            dst: m,
            name: n,
            fromlist: k,
            level: Imm(0),
        });
        let a = self.u().name(name);
        self.u().emit(Instr::LoadAttr {
            dst: m,
            obj: m,
            name: a,
            site: UNNUMBERED,
        });
        Ok(m)
    }

    /// Compiles `inner` in the annotation scope of `tps`; R[dst] := what it returns.
    /// `inner` gets the register holding the tuple of type parameters.
    pub(super) fn in_type_params(
        &mut self,
        tps: &'a ast::TypeParams,
        name: &str,
        dst: Reg,
        inner: impl FnOnce(&mut Self, Reg) -> CResult<Reg>,
    ) -> CResult<()> {
        let scope = self.table.scope_of(tps);
        let line = self.line_of(tps.range);
        let scope_name = format!("<generic parameters of {name}>");
        let qualname = self.u().qualname.clone();
        let mut unit = Unit::new(
            self.table,
            scope,
            Rc::from(scope_name.as_str()),
            qualname,
            line,
        );
        unit.transparent = true;
        self.units.push(unit);
        let make = self.typing_attr("_pep695_param")?;
        let n = tps.type_params.len();
        let params = self.u().temps(n);
        for (i, tp) in tps.iter().enumerate() {
            let base = self.u().temps(4);
            self.u().emit(Instr::Move {
                dst: base,
                src: make,
            });
            let (kind, bound) = match tp {
                ast::TypeParam::TypeVar(v) => match v.bound.as_deref() {
                    Some(ast::Expr::Tuple(_)) => (3, v.bound.as_deref()),
                    b => (0, b),
                },
                ast::TypeParam::TypeVarTuple(_) => (1, None),
                ast::TypeParam::ParamSpec(_) => (2, None),
            };
            let default = match tp {
                ast::TypeParam::TypeVar(v) => v.default.is_some(),
                ast::TypeParam::TypeVarTuple(v) => v.default.is_some(),
                ast::TypeParam::ParamSpec(v) => v.default.is_some(),
            };
            if default {
                return Err(self.err("invalid syntax", tp.range()));
            }
            self.u().load_const(base.offset(1), Const::Int(kind.into()));
            self.u()
                .load_const(base.offset(2), Const::Str(tp.name().id.as_str().into()));
            match bound {
                Some(b) => {
                    let name = tp.name().id.as_str();
                    self.make_function(b, name, None, None, Body::Expr(b), line, base.offset(3))?
                }
                None => self.u().load_const(base.offset(3), Const::None),
            }
            self.u().emit(Instr::Call {
                dst: params.offset(i),
                func: base,
                argc: Imm(3),
            });
            self.store_name(tp.name().id.as_str(), params.offset(i))?;
        }
        let tuple = self.u().temp();
        self.u().emit(Instr::BuildTuple {
            dst: tuple,
            start: params,
            count: Imm(n as u16),
        });
        let result = inner(self, tuple)?;
        self.u().emit(Instr::Return { src: result });
        let unit = self.units.pop().expect("pushed above");
        let code = unit.finish(&self.filename, self.map)?;
        self.call_new_function(code, dst);
        Ok(())
    }

    /// R[dst] := a function made from `code` (no defaults), called with no arguments.
    fn call_new_function(&mut self, code: Rc<crate::code::Code>, dst: Reg) {
        let fbase = self.u().temps(4);
        for i in [0, 1, 3] {
            self.u().load_const(fbase.offset(i), Const::None);
        }
        self.closure_for(&code, fbase.offset(2));
        let k = self.u().konst(Const::Code(code));
        let f = self.u().temp();
        self.u().emit(Instr::MakeFunction {
            dst: f,
            code: k,
            base: fbase,
        });
        self.u().emit(Instr::Call {
            dst,
            func: f,
            argc: Imm(0),
        });
    }

    /// `type Name[params] = value`: Name := typing.TypeAliasType with a lazily
    /// evaluated value.
    pub(super) fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult<()> {
        let ast::Expr::Name(n) = &*t.name else {
            return Err(self.err("invalid syntax", t.range()));
        };
        let dst = self.u().temp();
        match &t.type_params {
            Some(tps) => {
                self.in_type_params(tps, &n.id, dst, |me, tp| me.make_alias(t, &n.id, Some(tp)))?
            }
            None => {
                let r = self.make_alias(t, &n.id, None)?;
                self.u().emit(Instr::Move { dst, src: r });
            }
        }
        self.store_name(&n.id, dst)
    }

    fn make_alias(
        &mut self,
        t: &'a ast::StmtTypeAlias,
        name: &str,
        params: Option<Reg>,
    ) -> CResult<Reg> {
        let make = self.typing_attr("_pep695_alias")?;
        let base = self.u().temps(4);
        self.u().emit(Instr::Move {
            dst: base,
            src: make,
        });
        self.u().load_const(base.offset(1), Const::Str(name.into()));
        let line = self.line_of(t.value.range());
        self.make_function(
            &*t.value,
            name,
            None,
            None,
            Body::Expr(&t.value),
            line,
            base.offset(2),
        )?;
        match params {
            Some(p) => self.u().emit(Instr::Move {
                dst: base.offset(3),
                src: p,
            }),
            None => self.u().emit(Instr::BuildTuple {
                dst: base.offset(3),
                start: base.offset(3),
                count: Imm(0),
            }),
        };
        let r = self.u().temp();
        self.u().emit(Instr::Call {
            dst: r,
            func: base,
            argc: Imm(3),
        });
        Ok(r)
    }
}
