//! Expressions. `expr` returns a register holding the value (a local's own register when
//! it is certainly bound and nothing in the statement can rebind it); `expr_into` computes
//! into a given register; `cond_jump` compiles a test straight into branches.

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::target::binop_of;
use super::{CResult, Compiler, UNNUMBERED};
use crate::code::Const;
use crate::opcodes::{BinOp, Imm, Instr, Reg};

/// The value of a literal, if the expression is a constant (with `-literal` and tuples of
/// constants folded).
pub fn const_of(e: &ast::Expr) -> Option<Const> {
    use ast::Expr as E;
    Some(match e {
        E::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_const(&i.to_string()),
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        E::StringLiteral(s) => Const::Str(s.value.to_str().into()),
        E::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        E::BooleanLiteral(b) => {
            if b.value {
                Const::True
            } else {
                Const::False
            }
        }
        E::NoneLiteral(_) => Const::None,
        E::EllipsisLiteral(_) => Const::Ellipsis,
        E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Const::Int(i) => match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => Const::BigInt(-BigInt::from(i)),
            },
            Const::BigInt(b) => {
                let n = -b;
                match i64::try_from(&n) {
                    Ok(i) => Const::Int(i),
                    Err(_) => Const::BigInt(n),
                }
            }
            Const::Float(f) => Const::Float(-f),
            Const::Complex(r, i) => Const::Complex(-r, -i),
            _ => return None,
        },
        E::Tuple(t) if !t.elts.is_empty() => {
            let items: Option<Vec<Const>> = t.elts.iter().map(const_of).collect();
            Const::Tuple(items?.into())
        }
        E::BinOp(b) => super::fold::binop(b.op, &const_of(&b.left)?, &const_of(&b.right)?)?,
        E::UnaryOp(u) => super::fold::unary(u.op, &const_of(&u.operand)?)?,
        _ => return None,
    })
}

/// An integer literal's value (decimal, hex, octal or binary, with underscores).
pub fn int_const(text: &str) -> Const {
    let t: String = text
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = t.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (t.clone(), 10)
    };
    match i64::from_str_radix(&digits, radix) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(BigInt::from_str_radix(&digits, radix).unwrap_or_default()),
    }
}

impl<'a> Compiler<'a> {
    /// A fresh register holding the iterable of a `for` or comprehension (a list or set
    /// display of constants becomes a tuple or frozenset constant, as in CPython).
    pub fn iterable_fresh(&mut self, e: &'a ast::Expr) -> CResult<Reg> {
        match super::fold::iterable(e) {
            Some(k) => Ok(self.u().const_reg(k)),
            None => self.expr_fresh(e),
        }
    }

    /// Compiles `e`, returning a register that holds its value.
    pub fn expr(&mut self, e: &'a ast::Expr) -> CResult<Reg> {
        if let ast::Expr::Name(n) = e {
            if !self.u().walrus {
                if let Some(r) = self.local_reg(&n.id) {
                    if self.u().is_bound(r) {
                        return Ok(r);
                    }
                }
            }
        }
        self.expr_fresh(e)
    }

    /// Compiles `e` into a new temporary (never a local's register).
    pub fn expr_fresh(&mut self, e: &'a ast::Expr) -> CResult<Reg> {
        let r = self.u().temp();
        self.expr_into(e, r)?;
        Ok(r)
    }

    /// Compiles `e` so that its value ends up in `dst`.
    pub fn expr_into(&mut self, e: &'a ast::Expr, dst: Reg) -> CResult<()> {
        use ast::Expr as E;
        let saved_line = self.u().line;
        let line = self.line_of(e.range());
        self.u().line = line;
        if let Some(c) = const_of(e) {
            self.u().load_const(dst, c);
            self.u().line = saved_line;
            return Ok(());
        }
        let mark = self.u().mark();
        match e {
            E::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.u().load_const(dst, Const::True);
                } else {
                    self.load_name_into(&n.id, dst)?;
                }
            }
            E::BinOp(b)
                if matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                    && numeric_const(&b.right).is_some() =>
            {
                let a = self.expr(&b.left)?;
                let k = self.u().konst(numeric_const(&b.right).expect("checked"));
                self.u().line = line;
                self.u().emit(match b.op {
                    ast::Operator::Add => Instr::AddK { dst, a, k },
                    _ => Instr::SubK { dst, a, k },
                });
            }
            // An operator with a number constant on one side: the constant is read from
            // the constant table, not loaded into a register first.
            E::BinOp(b)
                if numeric_const(&b.right).is_some() || numeric_const(&b.left).is_some() =>
            {
                let (operand, c, k_left) = match numeric_const(&b.right) {
                    Some(c) => (&*b.left, c, 0),
                    None => (
                        &*b.right,
                        numeric_const(&b.left).expect("checked"),
                        BinOp::K_LEFT,
                    ),
                };
                let a = self.expr(operand)?;
                let k = self.u().konst(c);
                self.u().line = line;
                let op = Imm(binop_of(b.op) as u16 | k_left);
                self.u().emit(Instr::BinaryOpK { dst, a, k, op });
            }
            E::BinOp(b) => {
                let a = self.expr(&b.left)?;
                let c = self.expr(&b.right)?;
                self.u().line = line;
                let op = binop_of(b.op);
                let ins = match op {
                    BinOp::Add => Instr::Add { dst, a, b: c },
                    BinOp::Sub => Instr::Sub { dst, a, b: c },
                    BinOp::Mul => Instr::Mul { dst, a, b: c },
                    BinOp::TrueDiv => Instr::TrueDiv { dst, a, b: c },
                    BinOp::FloorDiv => Instr::FloorDiv { dst, a, b: c },
                    BinOp::Mod => Instr::Mod { dst, a, b: c },
                    _ => Instr::BinaryOp {
                        dst,
                        a,
                        b: c,
                        op: Imm(op as u16),
                    },
                };
                self.u().emit(ins);
            }
            E::UnaryOp(u) => {
                let src = self.expr(&u.operand)?;
                self.u().line = line;
                let ins = match u.op {
                    ast::UnaryOp::Not => Instr::Not { dst, src },
                    ast::UnaryOp::USub => Instr::Neg { dst, src },
                    ast::UnaryOp::UAdd => Instr::Pos { dst, src },
                    ast::UnaryOp::Invert => Instr::Invert { dst, src },
                };
                self.u().emit(ins);
            }
            E::BoolOp(b) => {
                let end = self.u().label();
                let st = self.u().bound.clone();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_into(v, dst)?;
                    if i + 1 < b.values.len() {
                        let target = super::unit::Unit::lab(end);
                        match b.op {
                            ast::BoolOp::And => {
                                self.u().emit(Instr::JumpIfFalse { cond: dst, target })
                            }
                            ast::BoolOp::Or => {
                                self.u().emit(Instr::JumpIfTrue { cond: dst, target })
                            }
                        };
                    }
                }
                self.u().bind(end);
                // Only the first operand certainly ran.
                let now = self.u().bound.clone();
                self.u().bound = super::unit::Bound::merge(&st, &now);
            }
            E::If(i) => {
                let orelse = self.u().label();
                let end = self.u().label();
                self.cond_jump(&i.test, false, orelse)?;
                let st = self.u().bound.clone();
                self.expr_into(&i.body, dst)?;
                let s1 = self.u().bound.clone();
                self.u().jump(end);
                self.u().bind(orelse);
                self.u().bound = st;
                self.expr_into(&i.orelse, dst)?;
                self.u().bind(end);
                let s2 = self.u().bound.clone();
                self.u().bound = super::unit::Bound::merge(&s1, &s2);
            }
            E::Compare(c) => self.compare(c, dst)?,
            E::Call(c) => self.call(c, dst)?,
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                self.u().line = line;
                let name = self.mangled(&a.attr.id).into_owned();
                let name = self.u().name(&name);
                self.u().emit(Instr::LoadAttr {
                    dst,
                    obj,
                    name,
                    site: UNNUMBERED,
                });
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.u().line = line;
                self.u().emit(Instr::GetItem { dst, obj, key });
            }
            E::Slice(s) => {
                let base = self.u().temps(3);
                for (i, part) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.expr_into(p, base.offset(i))?,
                        None => self.u().load_const(base.offset(i), Const::None),
                    }
                }
                self.u().emit(Instr::BuildSlice { dst, start: base });
            }
            E::Tuple(t) => self.sequence(&t.elts, dst, Seq::Tuple)?,
            E::List(l) => self.sequence(&l.elts, dst, Seq::List)?,
            E::Set(s) => self.sequence(&s.elts, dst, Seq::Set)?,
            E::Dict(d) => self.dict(d, dst)?,
            E::FString(f) => self.fstring(f, dst)?,
            E::Named(n) => {
                self.expr_into(&n.value, dst)?;
                if let ast::Expr::Name(name) = &*n.target {
                    self.store_name(&name.id, dst)?;
                }
            }
            E::Lambda(l) => self.lambda(l, dst)?,
            E::ListComp(_) | E::SetComp(_) | E::DictComp(_) | E::Generator(_) => {
                self.comprehension(e, dst)?
            }
            E::Yield(y) => {
                let src = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.u().const_reg_none(),
                };
                if self.u().flags & crate::code::flags::ASYNC_GENERATOR != 0 {
                    let w = self.u().temp();
                    self.u().emit(Instr::AsyncGenWrap { dst: w, src });
                    self.u().emit(Instr::Yield { dst, src: w });
                } else {
                    self.u().emit(Instr::Yield { dst, src });
                }
            }
            E::YieldFrom(y) => {
                let src = self.expr(&y.value)?;
                let it = self.u().temp();
                self.u().emit(Instr::GetYieldFromIter { dst: it, src });
                let done = self.u().label();
                self.u().load_const(dst, Const::None);
                self.u().emit(Instr::YieldFrom {
                    dst,
                    iter: it,
                    target: super::unit::Unit::lab(done),
                });
                self.u().bind(done);
            }
            E::Await(a) => {
                let src = self.expr(&a.value)?;
                self.await_into(src, dst);
            }
            E::Starred(s) => {
                return Err(self.err("can't use starred expression here", s.range()));
            }
            E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_) => unreachable!("constants are handled above"),
            E::TString(t) => {
                return Err(self.err("t-strings are not supported in Python 3.12", t.range()))
            }
            E::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range())),
        }
        self.u().release(mark);
        self.u().line = saved_line;
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> CResult<()> {
        let mut left = self.expr(&c.left)?;
        let end = self.u().label();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let folded = match op {
                ast::CmpOp::In | ast::CmpOp::NotIn if i + 1 == n => super::fold::iterable(right),
                _ => None,
            };
            let r = if let Some(k) = folded {
                self.u().const_reg(k)
            } else if i + 1 < n {
                self.expr_fresh(right)?
            } else {
                self.expr(right)?
            };
            self.u().line = self.line_of(c.range);
            let ins = cmp_instr(*op, dst, left, r);
            self.u().emit(ins);
            if i + 1 < n {
                self.u().emit(Instr::JumpIfFalse {
                    cond: dst,
                    target: super::unit::Unit::lab(end),
                });
            }
            left = r;
        }
        self.u().bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `e` equals `jump_if`; falls through otherwise.
    pub fn cond_jump(
        &mut self,
        e: &'a ast::Expr,
        jump_if: bool,
        target: super::unit::LabelId,
    ) -> CResult<()> {
        use ast::Expr as E;
        let mark = self.u().mark();
        match e {
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.cond_jump(&u.operand, !jump_if, target)?;
            }
            E::BoolOp(b) => {
                let st = self.u().bound.clone();
                let is_and = b.op == ast::BoolOp::And;
                if is_and != jump_if {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in &b.values {
                        self.cond_jump(v, jump_if, target)?;
                    }
                } else {
                    let skip = self.u().label();
                    let last = b.values.len() - 1;
                    for (i, v) in b.values.iter().enumerate() {
                        if i < last {
                            self.cond_jump(v, !jump_if, skip)?;
                        } else {
                            self.cond_jump(v, jump_if, target)?;
                        }
                    }
                    self.u().bind(skip);
                }
                let now = self.u().bound.clone();
                self.u().bound = super::unit::Bound::merge(&st, &now);
            }
            E::BooleanLiteral(b) => {
                if b.value == jump_if {
                    self.u().jump(target);
                }
            }
            // `if a < b:` compares and branches in one instruction.
            E::Compare(c)
                if c.ops.len() == 1
                    && !matches!(
                        c.ops[0],
                        ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn
                    ) =>
            {
                let a = self.expr(&c.left)?;
                let konst = numeric_const(&c.comparators[0]);
                let b = match konst {
                    Some(_) => Reg(0),
                    None => self.expr(&c.comparators[0])?,
                };
                self.u().line = self.line_of(c.range);
                let cmp = match c.ops[0] {
                    ast::CmpOp::Lt => 0,
                    ast::CmpOp::LtE => 1,
                    ast::CmpOp::Eq => 2,
                    ast::CmpOp::NotEq => 3,
                    ast::CmpOp::Gt => 4,
                    _ => 5,
                };
                let op = Imm(cmp | (jump_if as u16) << 3);
                let target = super::unit::Unit::lab(target);
                match konst {
                    Some(kc) => {
                        let k = self.u().konst(kc);
                        self.u().emit(Instr::CompareJumpK { a, k, op, target });
                    }
                    None => {
                        self.u().emit(Instr::CompareJump { a, b, op, target });
                    }
                }
            }
            // `if x is None:` / `while node is not None:`: an identity test and a branch in
            // one instruction (cmp 6), with None, True and False as constants.
            E::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) =>
            {
                let a = self.expr(&c.left)?;
                let singleton = match const_of(&c.comparators[0]) {
                    Some(k @ (Const::None | Const::True | Const::False)) => Some(k),
                    _ => None,
                };
                let b = match singleton {
                    Some(_) => Reg(0),
                    None => self.expr(&c.comparators[0])?,
                };
                self.u().line = self.line_of(c.range);
                // Jump when the identity holds, for `is` jumping if true.
                let on_identity = jump_if != (c.ops[0] == ast::CmpOp::IsNot);
                let op = Imm(6 | (on_identity as u16) << 3);
                let target = super::unit::Unit::lab(target);
                match singleton {
                    Some(kc) => {
                        let k = self.u().konst(kc);
                        self.u().emit(Instr::CompareJumpK { a, k, op, target });
                    }
                    None => {
                        self.u().emit(Instr::CompareJump { a, b, op, target });
                    }
                }
            }
            _ => {
                let r = self.expr(e)?;
                let t = super::unit::Unit::lab(target);
                if jump_if {
                    self.u().emit(Instr::JumpIfTrue { cond: r, target: t });
                } else {
                    self.u().emit(Instr::JumpIfFalse { cond: r, target: t });
                }
            }
        }
        self.u().release(mark);
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [ast::Expr], dst: Reg, kind: Seq) -> CResult<()> {
        // Like CPython: a set display of 3+ constants is BUILD_SET + a frozenset constant.
        if matches!(kind, Seq::Set) && elts.len() > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(const_of).collect();
            if let Some(items) = consts {
                let k = self.u().const_reg(Const::FrozenSet(items.into()));
                self.u().emit(Instr::BuildSet {
                    dst,
                    start: dst,
                    count: Imm(0),
                });
                self.u().emit(Instr::SetUpdate { set: dst, src: k });
                return Ok(());
            }
        }
        // A list display of 3+ constants extends an empty list with one tuple constant
        // (as CPython does); this also keeps huge literal tables to one constant.
        if matches!(kind, Seq::List) && elts.len() > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(const_of).collect();
            if let Some(items) = consts {
                let k = self.u().const_reg(Const::Tuple(items.into()));
                self.u().emit(Instr::BuildList {
                    dst,
                    start: dst,
                    count: Imm(0),
                });
                self.u().emit(Instr::ListExtend { list: dst, src: k });
                return Ok(());
            }
        }
        // Long displays are built item by item so they need few registers.
        let has_star = elts.iter().any(|e| e.is_starred_expr()) || elts.len() > 64;
        if !has_star {
            let start = self.u().temps(elts.len());
            for (i, e) in elts.iter().enumerate() {
                self.expr_into(e, start.offset(i))?;
            }
            let count = Imm(elts.len() as u16);
            self.u().emit(match kind {
                Seq::Tuple => Instr::BuildTuple { dst, start, count },
                Seq::List => Instr::BuildList { dst, start, count },
                Seq::Set => Instr::BuildSet { dst, start, count },
            });
            return Ok(());
        }
        // With starred items: build a list (or set) incrementally.
        let acc = self.u().temp();
        let empty = Imm(0);
        self.u().emit(match kind {
            Seq::Set => Instr::BuildSet {
                dst: acc,
                start: acc,
                count: empty,
            },
            _ => Instr::BuildList {
                dst: acc,
                start: acc,
                count: empty,
            },
        });
        for e in elts {
            let mark = self.u().mark();
            match e {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.u().emit(match kind {
                        Seq::Set => Instr::SetUpdate { set: acc, src: v },
                        _ => Instr::ListExtend { list: acc, src: v },
                    });
                }
                _ => {
                    let v = self.expr(e)?;
                    self.u().emit(match kind {
                        Seq::Set => Instr::SetAdd { set: acc, src: v },
                        _ => Instr::ListAppend { list: acc, src: v },
                    });
                }
            }
            self.u().release(mark);
        }
        match kind {
            Seq::Tuple => self.u().emit(Instr::ListToTuple { dst, src: acc }),
            _ => self.u().emit(Instr::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict, dst: Reg) -> CResult<()> {
        if d.items.len() <= 64 && d.items.iter().all(|it| it.key.is_some()) {
            let start = self.u().temps(d.items.len() * 2);
            for (i, it) in d.items.iter().enumerate() {
                self.expr_into(it.key.as_ref().expect("checked"), start.offset(2 * i))?;
                self.expr_into(&it.value, start.offset(2 * i + 1))?;
            }
            self.u().emit(Instr::BuildMap {
                dst,
                start,
                count: Imm(d.items.len() as u16),
            });
            return Ok(());
        }
        let acc = self.u().temp();
        self.u().emit(Instr::BuildMap {
            dst: acc,
            start: acc,
            count: Imm(0),
        });
        for it in &d.items {
            let mark = self.u().mark();
            match &it.key {
                Some(k) => {
                    let kr = self.expr(k)?;
                    let vr = self.expr(&it.value)?;
                    self.u().emit(Instr::MapAdd {
                        map: acc,
                        key: kr,
                        src: vr,
                    });
                }
                None => {
                    let vr = self.expr(&it.value)?;
                    self.u().emit(Instr::DictUpdate { map: acc, src: vr });
                }
            }
            self.u().release(mark);
        }
        self.u().emit(Instr::Move { dst, src: acc });
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString, dst: Reg) -> CResult<()> {
        let mut parts: Vec<Part<'a>> = Vec::new();
        for p in f.value.iter() {
            match p {
                ast::FStringPart::Literal(l) => parts.push(Part::Lit(l.value.to_string())),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.fstring_part(el, &mut parts);
                    }
                }
            }
        }
        self.build_string(&parts, dst)
    }

    fn fstring_part(&mut self, el: &'a ast::InterpolatedStringElement, parts: &mut Vec<Part<'a>>) {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                parts.push(Part::Lit(l.value.to_string()))
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    parts.push(Part::Lit(format!(
                        "{}{}{}",
                        d.leading(),
                        d.expression(),
                        d.trailing()
                    )));
                }
                parts.push(Part::Expr(i));
            }
        }
    }

    fn build_string(&mut self, parts: &[Part<'a>], dst: Reg) -> CResult<()> {
        // Merge adjacent literals; drop empty ones.
        let mut merged: Vec<Part<'a>> = Vec::new();
        for p in parts {
            match (merged.last_mut(), p) {
                (Some(Part::Lit(a)), Part::Lit(b)) => a.push_str(b),
                (_, Part::Lit(b)) if b.is_empty() => {}
                (_, p) => merged.push(p.clone()),
            }
        }
        if merged.is_empty() {
            self.u().load_const(dst, Const::Str("".into()));
            return Ok(());
        }
        if let [Part::Lit(s)] = merged.as_slice() {
            self.u().load_const(dst, Const::Str(s.as_str().into()));
            return Ok(());
        }
        let start = self.u().temps(merged.len());
        for (i, p) in merged.iter().enumerate() {
            let r = start.offset(i);
            match p {
                Part::Lit(s) => self.u().load_const(r, Const::Str(s.as_str().into())),
                Part::Expr(el) => {
                    let v = self.expr(&el.expression)?;
                    let conv = match el.conversion {
                        ast::ConversionFlag::None => {
                            if el.debug_text.is_some() && el.format_spec.is_none() {
                                2
                            } else {
                                0
                            }
                        }
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    match &el.format_spec {
                        None => {
                            self.u().emit(Instr::FormatValue {
                                dst: r,
                                src: v,
                                conv: Imm(conv),
                            });
                        }
                        Some(spec) => {
                            let conv_r = if conv != 0 {
                                let t = self.u().temp();
                                self.u().emit(Instr::FormatValue {
                                    dst: t,
                                    src: v,
                                    conv: Imm(conv | 0x100),
                                });
                                t
                            } else {
                                v
                            };
                            let mut sp = Vec::new();
                            for e in spec.elements.iter() {
                                self.fstring_part(e, &mut sp);
                            }
                            let spec_r = self.u().temp();
                            self.build_string(&sp, spec_r)?;
                            self.u().emit(Instr::FormatWithSpec {
                                dst: r,
                                src: conv_r,
                                spec: spec_r,
                            });
                        }
                    }
                }
            }
        }
        self.u().emit(Instr::BuildString {
            dst,
            start,
            count: Imm(merged.len() as u16),
        });
        Ok(())
    }
}

#[derive(Clone)]
enum Part<'a> {
    Lit(String),
    Expr(&'a ast::InterpolatedElement),
}

#[derive(Clone, Copy)]
enum Seq {
    Tuple,
    List,
    Set,
}

/// An int (that fits in i64) or float literal: an operand the `...K` instructions take
/// straight from the constant pool.
pub fn numeric_const(e: &ast::Expr) -> Option<Const> {
    match const_of(e)? {
        c @ (Const::Int(_) | Const::Float(_)) => Some(c),
        _ => None,
    }
}

pub fn cmp_instr(op: ast::CmpOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::Eq { dst, a, b },
        C::NotEq => Instr::Ne { dst, a, b },
        C::Lt => Instr::Lt { dst, a, b },
        C::LtE => Instr::Le { dst, a, b },
        C::Gt => Instr::Gt { dst, a, b },
        C::GtE => Instr::Ge { dst, a, b },
        C::Is => Instr::Is { dst, a, b },
        C::IsNot => Instr::IsNot { dst, a, b },
        C::In => Instr::In { dst, a, b },
        C::NotIn => Instr::NotIn { dst, a, b },
    }
}
