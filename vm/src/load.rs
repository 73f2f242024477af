//! Turning compiled code (`molt_bytecode::Code`) into runtime code objects: constants become
//! values (nested code objects included), names become interned strings.

use std::rc::Rc;

use molt_builtins::object::CodeObject;
use molt_builtins::ops::num::{int_from_big, int_from_i64};
use molt_builtins::{Kind, Obj, Runtime, Value};
use molt_bytecode::{Code, Const};

pub fn const_value(rt: &mut Runtime, c: &Const) -> Value {
    match c {
        Const::None => Value::NONE,
        Const::True => Value::TRUE,
        Const::False => Value::FALSE,
        Const::Ellipsis => rt.ellipsis.clone(),
        Const::Int(i) => int_from_i64(*i),
        Const::BigInt(b) => int_from_big(b.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Complex(r, i) => Value::from_obj(Obj::new(Kind::Complex(*r, *i))),
        Const::Str(s) => rt.intern(s),
        Const::Bytes(b) => rt.new_bytes(b.to_vec()),
        Const::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(|c| const_value(rt, c)).collect();
            rt.new_tuple(v)
        }
        Const::FrozenSet(items) => {
            let v: Vec<Value> = items.iter().map(|c| const_value(rt, c)).collect();
            match molt_builtins::set::frozenset_constant(rt, v) {
                Ok(t) => Value::from_obj(Obj::new(Kind::FrozenSet(Box::new(t)))),
                Err(_) => Value::NONE,
            }
        }
        Const::Code(code) => Value::from_obj(Obj::new(Kind::Code(code_object(rt, code)))),
    }
}

pub fn code_object(rt: &mut Runtime, code: &Rc<Code>) -> Rc<CodeObject> {
    let consts: Vec<Value> = code.consts.iter().map(|c| const_value(rt, c)).collect();
    let names: Vec<Value> = code.names.iter().map(|n| rt.intern(n)).collect();
    Rc::new(CodeObject::new(
        code.clone(),
        consts.into(),
        names.into(),
        false,
    ))
}
