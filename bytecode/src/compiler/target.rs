//! Assignment targets and name access: storing to and deleting names (local register,
//! cell, global or class namespace), attributes, subscripts, unpacking, augmented assignment.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::symtable::{ScopeKind, SymKind};
use super::{CResult, Compiler, UNNUMBERED};
use crate::opcodes::{BinOp, Imm, Instr, Reg};

pub fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    /// How a name resolves in the current unit.
    /// `name` as this code object stores it (private names mangled).
    pub fn mangled<'n>(&mut self, name: &'n str) -> std::borrow::Cow<'n, str> {
        super::symtable::mangle(self.u().private.as_deref(), name)
    }

    pub fn name_kind(&mut self, name: &str) -> SymKind {
        let name = &*self.mangled(name);
        self.u()
            .kinds
            .get(name)
            .copied()
            .unwrap_or(SymKind::GlobalImplicit)
    }

    /// Whether evaluating `e` can neither raise nor run Python code (as far as the
    /// compiler can tell): constants and certainly-bound locals.
    pub fn is_quiet(&mut self, e: &ast::Expr) -> bool {
        match e {
            // `n - 1` on a bound local: it can only raise when `n` is not a number, and
            // then the sole difference from CPython is which error wins if the callee
            // is undefined as well.
            ast::Expr::BinOp(b)
                if matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                    && super::expr::numeric_const(&b.right).is_some() =>
            {
                matches!(&*b.left, ast::Expr::Name(_)) && self.is_quiet(&b.left)
            }
            _ => self.is_plain_operand(e),
        }
    }

    /// Whether `e` is a bound local variable or a constant: reading it runs no code and
    /// cannot fail.
    pub fn is_plain_operand(&mut self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => match self.local_reg(&n.id) {
                Some(r) => self.u().is_bound(r),
                None => false,
            },
            _ => super::expr::const_of(e).is_some(),
        }
    }

    /// Whether loading `name` here compiles to `LoadGlobal`.
    pub fn loads_as_global(&mut self, name: &str) -> bool {
        if name == "__debug__" || self.u().can_see_class {
            return false;
        }
        let kind = self.name_kind(name);
        let namespace = self.mode.namespace;
        match self.u().kind {
            ScopeKind::Module if namespace => kind == SymKind::GlobalExplicit,
            ScopeKind::Module => !matches!(kind, SymKind::Cell | SymKind::Free),
            ScopeKind::Class => kind == SymKind::GlobalExplicit,
            _ => matches!(kind, SymKind::GlobalExplicit | SymKind::GlobalImplicit),
        }
    }

    /// The register of a plain local variable (function scopes only).
    pub fn local_reg(&mut self, name: &str) -> Option<Reg> {
        let name = &*self.mangled(name);
        let u = self.u();
        if !matches!(
            u.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            return None;
        }
        match u.kinds.get(name) {
            Some(SymKind::Local) => u.regs.get(name).copied(),
            _ => None,
        }
    }

    /// The register a `for` loop can iterate straight into.
    pub fn local_target_reg(&mut self, t: &ast::Expr) -> Option<Reg> {
        match t {
            ast::Expr::Name(n) => self.local_reg(&n.id),
            _ => None,
        }
    }

    pub fn store_name(&mut self, name: &str, src: Reg) -> CResult<()> {
        self.store_name_take(name, src, false)
    }

    /// `store_name`; with `take`, `src` is a temporary whose value is not used again, so a
    /// namespace store moves it out (the register does not keep the object alive).
    pub fn store_name_take(&mut self, name: &str, src: Reg, take: bool) -> CResult<()> {
        let take = Imm(take as u16);
        let name = &*self.mangled(name);
        let kind = self.name_kind(name);
        let ukind = self.u().kind;
        match (ukind, kind) {
            (_, SymKind::Cell) | (_, SymKind::Free) => {
                let cell = self.u().regs[name];
                self.u().emit(Instr::StoreDeref { cell, src });
            }
            (ScopeKind::Module, k) if self.mode.namespace && k != SymKind::GlobalExplicit => {
                let n = self.u().name(name);
                self.u().emit(Instr::StoreName { name: n, src, take });
            }
            (ScopeKind::Module, _) | (_, SymKind::GlobalExplicit) => {
                let n = self.u().name(name);
                self.u().emit(Instr::StoreGlobal { name: n, src, take });
            }
            (ScopeKind::Class, _) => {
                let n = self.u().name(name);
                self.u().emit(Instr::StoreName { name: n, src, take });
            }
            (_, SymKind::Local) => {
                let r = self.u().regs[name];
                if r != src {
                    self.u().emit(Instr::Move { dst: r, src });
                }
                self.u().set_bound(r, true);
            }
            (_, SymKind::GlobalImplicit) => {
                let n = self.u().name(name);
                self.u().emit(Instr::StoreGlobal { name: n, src, take });
            }
        }
        Ok(())
    }

    pub fn delete_name(&mut self, name: &str) -> CResult<()> {
        let name = &*self.mangled(name);
        let kind = self.name_kind(name);
        let ukind = self.u().kind;
        match (ukind, kind) {
            (_, SymKind::Cell) | (_, SymKind::Free) => {
                let cell = self.u().regs[name];
                self.u().emit(Instr::DeleteDeref { cell });
            }
            (ScopeKind::Module, _)
            | (_, SymKind::GlobalExplicit)
            | (_, SymKind::GlobalImplicit) => {
                let n = self.u().name(name);
                let namespace = ukind == ScopeKind::Class
                    || (ukind == ScopeKind::Module && self.mode.namespace);
                if namespace && kind != SymKind::GlobalExplicit {
                    self.u().emit(Instr::DeleteName { name: n });
                } else {
                    self.u().emit(Instr::DeleteGlobal { name: n });
                }
            }
            (ScopeKind::Class, _) => {
                let n = self.u().name(name);
                self.u().emit(Instr::DeleteName { name: n });
            }
            (_, SymKind::Local) => {
                let r = self.u().regs[name];
                self.u().emit(Instr::DeleteFast { reg: r });
                self.u().set_bound(r, false);
            }
        }
        Ok(())
    }

    /// Loads a name's value into `dst`.
    /// Whether the current unit is a chain of inlined (non-generator) comprehensions
    /// directly in the module scope.
    fn inlined_in_module(&self) -> bool {
        for u in self.units.iter().rev() {
            match u.kind {
                ScopeKind::Comprehension if u.flags & crate::code::flags::GENERATOR == 0 => {}
                ScopeKind::Module => return true,
                _ => return false,
            }
        }
        false
    }

    pub fn load_name_into(&mut self, name: &str, dst: Reg) -> CResult<()> {
        let name = &*self.mangled(name);
        let kind = self.name_kind(name);
        let ukind = self.u().kind;
        // An annotation scope in a class reads the class namespace first.
        if self.u().can_see_class && name != "__classdict__" {
            if let Some(&dict) = self.u().regs.get("__classdict__") {
                match kind {
                    SymKind::GlobalImplicit => {
                        let n = self.u().name(name);
                        self.u()
                            .emit(Instr::LoadDictOrGlobal { dst, dict, name: n });
                        return Ok(());
                    }
                    SymKind::Free => {
                        let cell = self.u().regs[name];
                        let n = self.u().name(name);
                        self.u().emit(Instr::LoadDictOrDeref {
                            dst,
                            dict,
                            name: n,
                            cell,
                        });
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        match (ukind, kind) {
            (ScopeKind::Class, SymKind::Free) | (ScopeKind::Class, SymKind::Cell) => {
                let cell = self.u().regs[name];
                let n = self.u().name(name);
                self.u().emit(Instr::LoadClassDeref { dst, name: n, cell });
            }
            (_, SymKind::Cell) | (_, SymKind::Free) => {
                let cell = self.u().regs[name];
                self.u().emit(Instr::LoadDeref { dst, cell });
            }
            (ScopeKind::Class, SymKind::Local) | (ScopeKind::Class, SymKind::GlobalImplicit) => {
                let n = self.u().name(name);
                self.u().emit(Instr::LoadName { dst, name: n });
            }
            (ScopeKind::Module, k) if self.mode.namespace && k != SymKind::GlobalExplicit => {
                let n = self.u().name(name);
                self.u().emit(Instr::LoadName { dst, name: n });
            }
            // A list/set/dict comprehension is inlined in its scope (PEP 709): at the top
            // level of exec/eval with separate locals, its free names read the locals first.
            (ScopeKind::Comprehension, SymKind::GlobalImplicit)
                if self.mode.namespace && self.inlined_in_module() =>
            {
                let n = self.u().name(name);
                self.u().emit(Instr::LoadName { dst, name: n });
            }
            (ScopeKind::Module, _)
            | (_, SymKind::GlobalExplicit)
            | (_, SymKind::GlobalImplicit) => {
                let n = self.u().name(name);
                self.u().emit(Instr::LoadGlobal { dst, name: n });
            }
            (_, SymKind::Local) => {
                let r = self.u().regs[name];
                if self.u().is_bound(r) {
                    if r != dst {
                        self.u().emit(Instr::Move { dst, src: r });
                    }
                } else {
                    self.u().emit(Instr::LoadFast { dst, src: r });
                }
            }
        }
        Ok(())
    }

    /// Assigns the value in `src` to a target.
    pub fn assign(&mut self, t: &'a ast::Expr, src: Reg) -> CResult<()> {
        use ast::Expr as E;
        match t {
            E::Name(n) => self.store_name(&n.id, src),
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.mangled(&a.attr.id).into_owned();
                let name = self.u().name(&name);
                self.u().emit(Instr::StoreAttr {
                    obj,
                    name,
                    src,
                    site: UNNUMBERED,
                });
                Ok(())
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.u().emit(Instr::SetItem { obj, key, src });
                Ok(())
            }
            E::Tuple(ast::ExprTuple { elts, .. }) | E::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, src, t)
            }
            E::Starred(s) => Err(self.err(
                "starred assignment target must be in a list or tuple",
                s.range(),
            )),
            _ => Err(self.err(format!("cannot assign to {}", describe(t)), t.range())),
        }
    }

    fn unpack(&mut self, elts: &'a [ast::Expr], src: Reg, t: &ast::Expr) -> CResult<()> {
        let mark = self.u().mark();
        let star = elts.iter().position(|e| e.is_starred_expr());
        if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
            return Err(self.err("multiple starred expressions in assignment", t.range()));
        }
        // Plain locals in consecutive registers, in order: unpacked straight into them.
        if star.is_none() && !elts.is_empty() {
            let regs: Vec<Option<Reg>> = elts.iter().map(|e| self.local_target_reg(e)).collect();
            if let Some(Some(first)) = regs.first().copied() {
                if regs
                    .iter()
                    .enumerate()
                    .all(|(i, r)| *r == Some(first.offset(i)))
                {
                    self.u().emit(Instr::UnpackSequence {
                        start: first,
                        src,
                        count: Imm(elts.len() as u16),
                    });
                    for i in 0..elts.len() {
                        self.u().set_bound(first.offset(i), true);
                    }
                    self.u().release(mark);
                    return Ok(());
                }
            }
        }
        let start = self.u().temps(elts.len());
        match star {
            None => {
                self.u().emit(Instr::UnpackSequence {
                    start,
                    src,
                    count: Imm(elts.len() as u16),
                });
            }
            Some(i) => {
                let after = elts.len() - i - 1;
                self.u().emit(Instr::UnpackEx {
                    start,
                    src,
                    before: Imm(i as u16),
                    after: Imm(after as u16),
                });
            }
        }
        for (i, e) in elts.iter().enumerate() {
            let target = match e {
                ast::Expr::Starred(s) => &*s.value,
                other => other,
            };
            self.assign(target, start.offset(i))?;
        }
        self.u().release(mark);
        Ok(())
    }

    /// `target = value`, computing straight into a local's register when that is safe.
    pub fn assign_expr(&mut self, t: &'a ast::Expr, value: &'a ast::Expr) -> CResult<()> {
        if let Some(r) = self.local_target_reg(t) {
            if Self::single_write(value) {
                self.expr_into(value, r)?;
                self.u().set_bound(r, true);
                return Ok(());
            }
        }
        // `a, b = b, a` and friends: evaluate every element, then store.
        if let (ast::Expr::Tuple(tt), ast::Expr::Tuple(vt)) = (t, value) {
            if tt.elts.len() == vt.elts.len()
                && !tt.elts.iter().chain(&vt.elts).any(|e| e.is_starred_expr())
            {
                let mark = self.u().mark();
                let base = self.u().temps(vt.elts.len());
                for (i, v) in vt.elts.iter().enumerate() {
                    self.expr_into(v, base.offset(i))?;
                }
                for (i, tgt) in tt.elts.iter().enumerate() {
                    self.assign(tgt, base.offset(i))?;
                }
                self.u().release(mark);
                return Ok(());
            }
        }
        let mark = self.u().mark();
        let v = self.expr(value)?;
        // A fresh temporary stored into a namespace is moved out of the register.
        if let ast::Expr::Name(n) = t {
            if v.0 >= mark && self.u().kind != super::symtable::ScopeKind::Function {
                return self.store_name_take(&n.id, v, true);
            }
        }
        self.assign(t, v)
    }

    /// Whether compiling `e` into a register writes that register only once, at the end
    /// (so the register may be a live local that `e` itself reads).
    pub fn single_write(e: &ast::Expr) -> bool {
        use ast::Expr as E;
        match e {
            E::BinOp(_)
            | E::UnaryOp(_)
            | E::Call(_)
            | E::Attribute(_)
            | E::Subscript(_)
            | E::NumberLiteral(_)
            | E::StringLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::List(_)
            | E::Dict(_)
            | E::Set(_)
            | E::BytesLiteral(_)
            | E::EllipsisLiteral(_)
            | E::Name(_) => true,
            E::Tuple(t) => !t.elts.iter().any(|e| e.is_starred_expr()),
            E::Compare(c) => c.ops.len() == 1,
            _ => false,
        }
    }

    pub fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_of(a.op);
        match &*a.target {
            ast::Expr::Name(n) => {
                if let Some(r) = self.local_reg(&n.id) {
                    let cur = if self.u().is_bound(r) {
                        r
                    } else {
                        let t = self.u().temp();
                        self.u().emit(Instr::LoadFast { dst: t, src: r });
                        t
                    };
                    self.emit_inplace_of(op, r, cur, &a.value)?;
                    self.u().set_bound(r, true);
                } else {
                    let cur = self.u().temp();
                    self.load_name_into(&n.id, cur)?;
                    let res = self.u().temp();
                    self.emit_inplace_of(op, res, cur, &a.value)?;
                    self.store_name(&n.id, res)?;
                }
            }
            ast::Expr::Attribute(at) => {
                let obj = self.expr_fresh(&at.value)?;
                let name = self.mangled(&at.attr.id).into_owned();
                let name = self.u().name(&name);
                let cur = self.u().temp();
                self.u().emit(Instr::LoadAttr {
                    dst: cur,
                    obj,
                    name,
                    site: UNNUMBERED,
                });
                let res = self.u().temp();
                self.emit_inplace_of(op, res, cur, &a.value)?;
                self.u().emit(Instr::StoreAttr {
                    obj,
                    name,
                    src: res,
                    site: UNNUMBERED,
                });
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr_fresh(&s.value)?;
                let key = self.expr_fresh(&s.slice)?;
                let cur = self.u().temp();
                self.u().emit(Instr::GetItem { dst: cur, obj, key });
                let res = self.u().temp();
                self.emit_inplace_of(op, res, cur, &a.value)?;
                self.u().emit(Instr::SetItem { obj, key, src: res });
            }
            t => {
                return Err(self.err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(t)
                    ),
                    t.range(),
                ))
            }
        }
        Ok(())
    }

    /// `dst := a <op>= value`, with a numeric constant `value` as an operand of the
    /// instruction (`InplaceOpK`).
    fn emit_inplace_of(
        &mut self,
        op: BinOp,
        dst: Reg,
        a: Reg,
        value: &'a ast::Expr,
    ) -> CResult<()> {
        if let Some(kc) = super::expr::numeric_const(value) {
            let k = self.u().konst(kc);
            self.u().emit(Instr::InplaceOpK {
                dst,
                a,
                k,
                op: Imm(op as u16),
            });
            return Ok(());
        }
        let b = self.expr(value)?;
        self.u().emit(Instr::InplaceOp {
            dst,
            a,
            b,
            op: Imm(op as u16),
        });
        Ok(())
    }

    pub fn delete(&mut self, t: &'a ast::Expr) -> CResult<()> {
        use ast::Expr as E;
        match t {
            E::Name(n) => {
                if let Some(r) = self.local_reg(&n.id) {
                    self.u().emit(Instr::DeleteFast { reg: r });
                    self.u().set_bound(r, false);
                    Ok(())
                } else {
                    self.delete_name(&n.id)
                }
            }
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.mangled(&a.attr.id).into_owned();
                let name = self.u().name(&name);
                self.u().emit(Instr::DeleteAttr { obj, name });
                Ok(())
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.u().emit(Instr::DeleteItem { obj, key });
                Ok(())
            }
            E::Tuple(ast::ExprTuple { elts, .. }) | E::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.err(format!("cannot delete {}", describe(t)), t.range())),
        }
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub fn describe(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Call(_) => "function call",
        E::NumberLiteral(_) | E::StringLiteral(_) | E::BytesLiteral(_) => "literal",
        E::BooleanLiteral(_) | E::NoneLiteral(_) | E::EllipsisLiteral(_) => "literal",
        E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::BoolOp(_) => "expression",
        E::Compare(_) => "comparison",
        E::Lambda(_) => "lambda",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Generator(_) => "generator expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) => "f-string expression",
        E::Await(_) => "await expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}
