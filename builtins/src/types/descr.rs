//! Methods of the descriptor and helper types: property (getter/setter/deleter), slice
//! (indices).

use crate::object::{Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

fn with_slot(rt: &mut Runtime, args: &[Value], slot: usize, name: &str) -> PyResult {
    let Some(Kind::Property(p)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor requires a 'property' object"));
    };
    let Some(f) = args.get(1) else {
        let msg = format!("property.{name}() takes exactly one argument (0 given)");
        return Err(rt.type_error(&msg));
    };
    let mut q = p.slots.clone();
    q[slot] = f.clone();
    // A getter's docstring becomes the property's doc when none was given.
    if slot == 0 && q[3].is_none() {
        if let Ok(d) = rt.getattr(f, "__doc__") {
            q[3] = d;
        }
    }
    let np = crate::object::PropertyObj::new(q);
    *np.name.borrow_mut() = p.name.borrow().clone();
    Ok(Value::from_obj(Obj::new(Kind::Property(Box::new(np)))))
}

fn getter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    with_slot(rt, args, 0, "getter")
}
fn setter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    with_slot(rt, args, 1, "setter")
}
fn deleter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    with_slot(rt, args, 2, "deleter")
}

/// `property.__set__(obj, value)` and `__delete__(obj)`: call fset / fdel.
fn prop_call_slot(rt: &mut Runtime, args: &[Value], slot: usize, what: &str) -> PyResult {
    let name = if slot == 1 { "__set__" } else { "__delete__" };
    let Some(Kind::Property(p)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error(&format!("descriptor '{name}' requires a 'property' object")));
    };
    let want = if slot == 1 { 3 } else { 2 };
    if args.len() != want {
        return Err(rt.type_error(&format!(
            "expected {} argument{}, got {}",
            want - 1,
            if want == 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    let f = p[slot].clone();
    if f.is_none() {
        let msg = format!(
            "property {}of '{}' object has no {what}",
            crate::ops::attr::prop_name(rt, &args[0]),
            rt.type_name(&args[1])
        );
        return Err(rt.attr_error(&msg));
    }
    rt.call(&f, &args[1..], &[])?;
    Ok(Value::NONE)
}

fn prop_set(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    prop_call_slot(rt, args, 1, "setter")
}

fn prop_delete(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    prop_call_slot(rt, args, 2, "deleter")
}

/// `code.replace(**changes)`: a copy with some of co_name, co_qualname, co_filename and
/// co_firstlineno changed (other fields raise NotImplementedError).
fn code_replace(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(Kind::Code(co)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.len() > 1 {
        return Err(rt.type_error(&format!(
            "replace() takes exactly 0 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut code = (*co.code).clone();
    for (k, v) in kw {
        let k = rt.str_string(k)?;
        match k.as_str() {
            "co_name" | "co_qualname" | "co_filename" => {
                let Some(s) = super::as_str(v) else {
                    let tn = rt.type_name(v);
                    return Err(
                        rt.type_error(&format!("replace() argument '{k}' must be str, not {tn}"))
                    );
                };
                let s: std::rc::Rc<str> = std::rc::Rc::from(s);
                match k.as_str() {
                    "co_name" => code.name = s,
                    "co_qualname" => code.qualname = s,
                    _ => code.filename = s,
                }
            }
            "co_firstlineno" => {
                let n = rt.index_of(v)?;
                code.firstlineno = u32::try_from(n).map_err(|_| {
                    rt.new_exc("OverflowError", "Python int too large to convert to C int")
                })?;
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_flags" | "co_code" | "co_consts" | "co_names"
            | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable"
            | "co_exceptiontable" => {
                return Err(rt.not_implemented_error(&format!("code.replace({k}=...)")));
            }
            _ => {
                return Err(rt.type_error(&format!(
                    "replace() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let new = crate::object::CodeObject::new(
        std::rc::Rc::new(code),
        co.consts.clone(),
        co.names.clone(),
        co.iterable_coroutine.get(),
    );
    Ok(rt.code_value(&std::rc::Rc::new(new)))
}

fn prop_get(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(Kind::Property(p)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__get__' requires a 'property' object"));
    };
    let inst = args.get(1).cloned().unwrap_or(Value::NONE);
    if inst.is_none() {
        return Ok(args[0].clone());
    }
    if p[0].is_none() {
        let msg = format!(
            "property {}of '{}' object has no getter",
            crate::ops::attr::prop_name(rt, &args[0]),
            rt.type_name(&inst)
        );
        return Err(rt.attr_error(&msg));
    }
    let f = p[0].clone();
    rt.call(&f, &[inst], &[])
}

/// The member descriptor `args[0]` and the instance `args[1]` of its methods.
fn member_args<'a>(
    rt: &mut Runtime,
    args: &'a [Value],
    name: &str,
    n: usize,
) -> PyResult<&'a crate::object::MemberDescr> {
    let Some(Kind::Member(m)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error(&format!(
            "descriptor '{name}' requires a 'member_descriptor' object"
        )));
    };
    if args.len() != n + 1 {
        return Err(rt.type_error(&format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len() - 1
        )));
    }
    Ok(m)
}

fn member_get(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = args.len().clamp(2, 3) - 1;
    let m = member_args(rt, args, "__get__", n)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    rt.member_get(m, &args[1])
}

fn member_set(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = member_args(rt, args, "__set__", 2)?;
    rt.member_set(m, &args[1], Some(args[2].clone()))?;
    Ok(Value::NONE)
}

fn member_delete(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = member_args(rt, args, "__delete__", 1)?;
    rt.member_set(m, &args[1], None)?;
    Ok(Value::NONE)
}

/// `property.__set_name__(owner, name)`: remembers the name for error messages.
fn prop_set_name(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(Kind::Property(p)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__set_name__' requires a 'property' object"));
    };
    if args.len() != 3 {
        return Err(rt.type_error(&format!(
            "__set_name__ expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    *p.name.borrow_mut() = args[2].clone();
    Ok(Value::NONE)
}

fn slice_indices(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        let msg = format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(rt.type_error(&msg));
    }
    let n = rt.index_of(&args[1])?;
    if n < 0 {
        return Err(rt.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::ops::item::slice_indices(rt, &args[0], n)?;
    Ok(rt.new_tuple(vec![
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    ]))
}

fn name_arg(rt: &mut Runtime, args: &[Value], n: usize, what: &str) -> PyResult<std::rc::Rc<str>> {
    if args.len() != n {
        let msg = format!(
            "expected {} arguments, got {}",
            n - 1,
            args.len().saturating_sub(1)
        );
        return Err(rt.type_error(&msg));
    }
    match args[1].kind() {
        Some(Kind::Str(_)) => rt.str_of(&args[1]),
        _ => {
            let msg = format!(
                "attribute name must be string, not '{}'",
                rt.type_name(&args[1])
            );
            let _ = what;
            Err(rt.type_error(&msg))
        }
    }
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, skipping any metaclass
/// `__call__` (what `super().__call__(...)` in a metaclass reaches).
fn type_dunder_call(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    match args.first() {
        Some(cls) if crate::typeobj::as_type(cls).is_some() => {
            crate::typeobj::type_call_default(rt, cls, &args[1..], kw)
        }
        Some(v) => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor '__call__' requires a 'type' object but received a '{tn}'"
            )))
        }
        None => Err(rt.type_error("descriptor '__call__' of 'type' object needs an argument")),
    }
}

pub(crate) fn object_setattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = name_arg(rt, args, 3, "__setattr__")?;
    rt.generic_setattr(&args[0], &n, &args[2])?;
    Ok(Value::NONE)
}

pub(crate) fn object_delattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = name_arg(rt, args, 2, "__delattr__")?;
    rt.generic_delattr(&args[0], &n)?;
    Ok(Value::NONE)
}

pub(crate) fn object_getattribute(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = name_arg(rt, args, 2, "__getattribute__")?;
    let t = rt.type_of(&args[0]);
    match rt.getattr_opt(&args[0], &t, &n)? {
        Some(v) => Ok(v),
        None => Err(rt.no_attr(&args[0], &n)),
    }
}

fn type_subclasses(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(Kind::Type(t)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let live: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(Value::from_weak)
        .collect();
    Ok(rt.new_list(live))
}

/// `X | Y` for types (and None): a types.UnionType, made by lib/types.py.
fn union(rt: &mut Runtime, a: &Value, b: &Value) -> PyResult {
    let ok = |v: &Value| v.is_none() || matches!(v.kind(), Some(Kind::Type(_) | Kind::Instance(_)));
    if !ok(a) || !ok(b) {
        return Ok(rt.not_implemented.clone());
    }
    let types = (rt.hooks.import)(rt, "types")?;
    let unionable = rt.getattr(&types, "_unionable")?;
    for v in [a, b] {
        let r = rt.call(&unionable, std::slice::from_ref(v), &[])?;
        if !rt.truthy(&r)? {
            return Ok(rt.not_implemented.clone());
        }
    }
    let ut = rt.getattr(&types, "UnionType")?;
    let make = rt.getattr(&ut, "_make")?;
    let items = rt.new_tuple(vec![a.clone(), b.clone()]);
    rt.call(&make, &[items], &[])
}

fn type_or(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error("expected 1 argument"));
    }
    union(rt, &args[0], &args[1])
}

fn type_ror(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error("expected 1 argument"));
    }
    union(rt, &args[1], &args[0])
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(tt) = args.first().and_then(crate::typeobj::as_type) else {
        return Err(rt.type_error("descriptor 'mro' of 'type' object needs an argument"));
    };
    let mro = tt.mro.borrow().clone();
    Ok(rt.new_list(mro))
}

/// `type.__prepare__(name, bases, **kwds)`: a fresh namespace dict.
fn type_prepare(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(rt.new_dict(crate::dict::Dict::new()))
}

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.type_.clone();
    super::reg(
        rt,
        &ty,
        "type",
        &[
            ("__subclasses__", type_subclasses),
            ("__call__", type_dunder_call),
            ("__or__", type_or),
            ("__ror__", type_ror),
            ("mro", type_mro),
        ],
    );
    super::reg_classmethod(rt, &ty, "type", "__prepare__", type_prepare);
    let o = rt.types.object.clone();
    super::reg(
        rt,
        &o,
        "object",
        &[
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
        ],
    );
    let p = rt.types.property.clone();
    super::reg(
        rt,
        &p,
        "property",
        &[
            ("getter", getter),
            ("setter", setter),
            ("deleter", deleter),
            ("__get__", prop_get),
            ("__set__", prop_set),
            ("__delete__", prop_delete),
            ("__set_name__", prop_set_name),
        ],
    );
    let s = rt.types.slice.clone();
    super::reg(rt, &s, "slice", &[("indices", slice_indices)]);
    let m = rt.types.member_descriptor.clone();
    super::reg(
        rt,
        &m,
        "member_descriptor",
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
        ],
    );
    let c = rt.types.code.clone();
    super::reg(rt, &c, "code", &[("replace", code_replace)]);
    let g = rt.types.getset_descriptor.clone();
    super::reg(
        rt,
        &g,
        "getset_descriptor",
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
        ],
    );
}
