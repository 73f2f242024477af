//! Constant folding as CPython's AST optimizer does it (Python/ast_opt.c): arithmetic on
//! number, string and bytes constants with CPython's size limits (so `2**31` is a
//! constant and `{2**31, 1}` a frozenset constant), and constant iterables: a list or set
//! display of constants iterated by `for` / a comprehension or tested with `in` becomes a
//! tuple or frozenset constant. Folding never raises: an operation that would fail is left
//! to run time.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use ruff_python_ast as ast;

use crate::code::Const;

/// CPython's limits: ints of at most 128 bits, strings/bytes of 4096 items.
const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;

fn big(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some(b.clone()),
        Const::True => Some(BigInt::from(1)),
        Const::False => Some(BigInt::from(0)),
        _ => None,
    }
}

fn float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        c => big(c)?.to_f64(),
    }
}

fn int_const(b: BigInt) -> Option<Const> {
    if b.bits() > MAX_INT_BITS {
        return None;
    }
    Some(match i64::try_from(&b) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(b),
    })
}

/// `l op r` on constants, when CPython's optimizer would fold it.
pub fn binop(op: ast::Operator, l: &Const, r: &Const) -> Option<Const> {
    use ast::Operator as O;
    let is_int = |c: &Const| matches!(c, Const::Int(_) | Const::BigInt(_));
    if is_int(l) && is_int(r) {
        let (a, b) = (big(l)?, big(r)?);
        let v = match op {
            O::Add => a + b,
            O::Sub => a - b,
            O::Mult => {
                if a.bits() + b.bits() > MAX_INT_BITS {
                    return None;
                }
                a * b
            }
            O::FloorDiv if !b.is_zero() => num_integer::Integer::div_floor(&a, &b),
            O::Mod if !b.is_zero() => num_integer::Integer::mod_floor(&a, &b),
            O::Pow => {
                let e = b.to_u64()?;
                if a.bits().saturating_mul(e) > MAX_INT_BITS {
                    return None;
                }
                num_traits::pow(a, e as usize)
            }
            O::LShift => {
                let s = b.to_u64()?;
                if a.bits() + s > MAX_INT_BITS {
                    return None;
                }
                a << s as usize
            }
            O::RShift => a >> b.to_u64()? as usize,
            O::BitAnd => a & b,
            O::BitOr => a | b,
            O::BitXor => a ^ b,
            O::Div if !b.is_zero() => return Some(Const::Float(a.to_f64()? / b.to_f64()?)),
            _ => return None,
        };
        return int_const(v);
    }
    let num = |c: &Const| matches!(c, Const::Int(_) | Const::BigInt(_) | Const::Float(_));
    if num(l) && num(r) && (matches!(l, Const::Float(_)) || matches!(r, Const::Float(_))) {
        let (a, b) = (float(l)?, float(r)?);
        let v = match op {
            O::Add => a + b,
            O::Sub => a - b,
            O::Mult => a * b,
            O::Div if b != 0.0 => a / b,
            _ => return None,
        };
        return v.is_finite().then_some(Const::Float(v));
    }
    match (op, l, r) {
        (O::Add, Const::Str(a), Const::Str(b))
            if a.chars().count() + b.chars().count() <= MAX_STR_SIZE =>
        {
            Some(Const::Str(format!("{a}{b}").into()))
        }
        (O::Add, Const::Bytes(a), Const::Bytes(b)) if a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Const::Bytes([&a[..], &b[..]].concat().into()))
        }
        (O::Mult, Const::Str(s), n) | (O::Mult, n, Const::Str(s)) if is_int(n) => {
            let k = big(n)?.to_i64()?.max(0) as usize;
            (s.chars().count().saturating_mul(k) <= MAX_STR_SIZE)
                .then(|| Const::Str(s.repeat(k).into()))
        }
        (O::Mult, Const::Bytes(s), n) | (O::Mult, n, Const::Bytes(s)) if is_int(n) => {
            let k = big(n)?.to_i64()?.max(0) as usize;
            (s.len().saturating_mul(k) <= MAX_STR_SIZE).then(|| Const::Bytes(s.repeat(k).into()))
        }
        _ => None,
    }
}

/// `+x` and `~x` on constants (`-x` is folded with the literals).
pub fn unary(op: ast::UnaryOp, c: &Const) -> Option<Const> {
    match (op, c) {
        (
            ast::UnaryOp::UAdd,
            Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..),
        ) => Some(c.clone()),
        (ast::UnaryOp::Invert, Const::Int(_) | Const::BigInt(_)) => int_const(-big(c)? - 1),
        _ => None,
    }
}

/// A list or set display of constants used only as an iterable (`for x in [...]`,
/// `x in {...}`): the tuple or frozenset constant CPython replaces it with.
pub fn iterable(e: &ast::Expr) -> Option<Const> {
    match e {
        ast::Expr::List(l) => {
            let items: Option<Vec<Const>> = l.elts.iter().map(super::expr::const_of).collect();
            Some(Const::Tuple(items?.into()))
        }
        ast::Expr::Set(s) => {
            let items: Option<Vec<Const>> = s.elts.iter().map(super::expr::const_of).collect();
            Some(Const::FrozenSet(items?.into()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ast::Operator as O;

    #[test]
    fn folds_within_cpython_limits() {
        let two = Const::Int(2);
        assert!(matches!(
            binop(O::Pow, &two, &Const::Int(31)),
            Some(Const::Int(2147483648))
        ));
        // 2**200 is past the 128-bit limit: left for run time.
        assert!(binop(O::Pow, &two, &Const::Int(200)).is_none());
        assert!(binop(O::FloorDiv, &Const::Int(1), &Const::Int(0)).is_none());
        assert!(matches!(
            binop(O::Mod, &Const::Int(-7), &Const::Int(2)),
            Some(Const::Int(1))
        ));
        assert!(
            matches!(binop(O::Div, &Const::Int(1), &Const::Int(4)), Some(Const::Float(f)) if f == 0.25)
        );
        let s = Const::Str("ab".into());
        assert!(
            matches!(binop(O::Mult, &s, &Const::Int(3)), Some(Const::Str(t)) if &*t == "ababab")
        );
        assert!(binop(O::Mult, &s, &Const::Int(5000)).is_none());
        assert!(matches!(
            unary(ast::UnaryOp::Invert, &Const::Int(5)),
            Some(Const::Int(-6))
        ));
    }
}
