//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the method lookup used
//! by `LoadMethod` that avoids creating bound-method objects.

use crate::object::{Kind, PyResult};
use crate::typeobj::{as_type, lookup};
use crate::value::Value;
use crate::Runtime;

/// Whether a class attribute is a data descriptor (takes precedence over the instance dict).
fn is_data_descriptor(rt: &Runtime, v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Property(_)) | Some(Kind::Member(_)) => true,
        Some(Kind::Instance(_)) => {
            let t = rt.type_of(v);
            lookup(&t, "__set__").is_some() || lookup(&t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// `'name' ` of a property (from its getter's `__name__`), for error messages.
pub(crate) fn prop_name(rt: &mut Runtime, prop: &Value) -> String {
    let Some(Kind::Property(p)) = prop.kind() else {
        return String::new();
    };
    let set = p.name.borrow().clone();
    if !set.is_none() {
        return match rt.repr_string(&set) {
            Ok(r) => format!("{r} "),
            Err(_) => String::new(),
        };
    }
    let f = p[0].clone();
    if f.is_none() {
        return String::new();
    }
    match rt
        .getattr(&f, "__name__")
        .ok()
        .and_then(|n| rt.str_of(&n).ok())
    {
        Some(n) => format!("'{n}' "),
        None => String::new(),
    }
}

/// An object's `__dict__` (an instance's made from its inline attributes if need be).
fn instance_dict(v: &Value) -> Option<Value> {
    match v.kind() {
        Some(Kind::Instance(i)) => i.dict_value(),
        Some(Kind::Function(f)) => f.dict.borrow().clone(),
        _ => None,
    }
}

/// Attribute `name` in the object's own storage (an instance's attributes, a function's
/// dict), without making a dict.
fn own_attr(v: &Value, name: &str) -> Option<Value> {
    match v.kind() {
        Some(Kind::Instance(i)) => i.attr_get_str(name),
        Some(Kind::Function(f)) => match f.dict.borrow().as_ref().map(|d| d.kind()) {
            Some(Some(Kind::Dict(d))) => d.borrow().get_str(name).cloned(),
            _ => None,
        },
        _ => None,
    }
}

impl Runtime {
    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult {
        let r = self.getattr_inner(obj, name);
        if let Err(e) = &r {
            self.attribute_error_context(e, obj, name);
        }
        r
    }

    /// As CPython does after a failed attribute lookup: an AttributeError without
    /// `name`/`obj` (one a `__getattr__` raised itself) gets them.
    fn attribute_error_context(&mut self, e: &crate::object::Exc, obj: &Value, name: &str) {
        if !self.exc_matches(e, "AttributeError") {
            return;
        }
        let unset = |k: &str| crate::exceptions::get_attr_raw(&e.0, k).is_none_or(|v| v.is_none());
        if unset("name") && unset("obj") {
            let n = self.new_str(name);
            crate::exceptions::set_attr_raw(&e.0, "name", n);
            crate::exceptions::set_attr_raw(&e.0, "obj", obj.clone());
        }
    }

    fn getattr_inner(&mut self, obj: &Value, name: &str) -> PyResult {
        match self.getattr_or_absent(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// `obj.name`, or `None` where the lookup found nothing and no `__getattr__` or
    /// `__getattribute__` of the type's own raised: `getattr(o, n, default)` and
    /// `hasattr` then need no AttributeError built (its message, its suggestions).
    pub fn getattr_or_absent(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let hooks = crate::typeobj::attr_hooks(self, &t);
        // A user __getattribute__ overrides everything.
        if hooks & crate::typeobj::HOOK_GETATTRIBUTE != 0
            && matches!(obj.kind(), Some(Kind::Instance(_)))
        {
            if let Some((ga, owner)) = crate::typeobj::lookup_with_owner(&t, "__getattribute__") {
                if !owner.is(&self.types.object) && matches!(ga.kind(), Some(Kind::Function(_))) {
                    let n = self.new_str(name);
                    return match self.call(&ga, &[obj.clone(), n.clone()], &[]) {
                        Err(e) if self.exc_matches(&e, "AttributeError") => {
                            match lookup(&t, "__getattr__") {
                                Some(g) => self.call(&g, &[obj.clone(), n], &[]).map(Some),
                                None => Err(e),
                            }
                        }
                        r => r.map(Some),
                    };
                }
            }
        }
        let r = self.getattr_opt(obj, &t, name);
        if hooks & crate::typeobj::HOOK_GETATTR == 0 {
            return r;
        }
        match r {
            Ok(Some(v)) => Ok(Some(v)),
            // An AttributeError from a property or descriptor also falls back to
            // __getattr__, as CPython's slot_tp_getattr_hook does.
            Ok(None) => match lookup(&t, "__getattr__") {
                Some(g) => {
                    let n = self.new_str(name);
                    self.call(&g, &[obj.clone(), n], &[]).map(Some)
                }
                None => Ok(None),
            },
            Err(e) if self.exc_matches(&e, "AttributeError") => match lookup(&t, "__getattr__") {
                Some(g) => {
                    let n = self.new_str(name);
                    self.call(&g, &[obj.clone(), n], &[]).map(Some)
                }
                None => Err(e),
            },
            Err(e) => Err(e),
        }
    }

    /// Generic attribute lookup without `__getattr__`; `None` when absent.
    pub fn getattr_opt(&mut self, obj: &Value, t: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(Kind::Super(start, this)) = obj.kind() {
            let (start, this) = (start.clone(), this.clone());
            if let Some(v) = self.super_getattr(&start, &this, name)? {
                return Ok(Some(v));
            }
            match name {
                "__class__" => return Ok(Some(self.types.super_.clone())),
                "__thisclass__" => return Ok(Some(start)),
                "__self__" => return Ok(Some(this)),
                "__self_class__" => {
                    let is_type = matches!(this.kind(), Some(Kind::Type(_)))
                        && crate::typeobj::is_subtype(&this, &start);
                    return Ok(Some(if is_type {
                        this
                    } else if this.is_none() {
                        Value::NONE
                    } else {
                        self.type_of(&this)
                    }));
                }
                _ => {}
            }
            return Ok(None);
        }
        if let Some(Kind::Type(_)) = obj.kind() {
            return self.type_getattr(obj, name);
        }
        if let Some(Kind::Module(m)) = obj.kind() {
            // A ModuleType subclass's data descriptors (properties) come before the dict.
            if m.subclass().is_some() {
                if let Some(d) = lookup(t, name) {
                    if is_data_descriptor(self, &d) {
                        return self.bind_descriptor(&d, Some(obj), t).map(Some);
                    }
                }
            }
            let dict = m.dict.clone();
            if let Some(Kind::Dict(d)) = dict.kind() {
                if let Some(v) = d.borrow().get_str(name) {
                    return Ok(Some(v.clone()));
                }
            }
            match name {
                "__dict__" => return Ok(Some(dict)),
                "__class__" => return Ok(Some(t.clone())),
                _ => {}
            }
            // The module type's attributes (__repr__, __dir__, object's methods).
            if let Some(d) = lookup(t, name) {
                return self.bind_descriptor(&d, Some(obj), t).map(Some);
            }
            match crate::types::slots::lookup_slot(self, t, name) {
                Some(f) if !f.is_none() => {
                    return self.bind_descriptor(&f, Some(obj), t).map(Some);
                }
                _ => {}
            }
            // PEP 562: a module-level __getattr__ answers for missing names.
            let ga = match dict.kind() {
                Some(Kind::Dict(d)) => d.borrow().get_str("__getattr__").cloned(),
                _ => None,
            };
            if let Some(ga) = ga {
                let n = self.new_str(name);
                return self.call(&ga, &[n], &[]).map(Some);
            }
            return Ok(None);
        }
        // A plain instance (no slots, exception data or builtin payload) of a type whose
        // class side was seen to have nothing for `name`: only its own attributes can.
        let plain = matches!(obj.kind(), Some(Kind::Instance(i)) if i.extra.is_none());
        if plain
            && self
                .attr_resolutions
                .borrow_mut()
                .at_epoch(self.type_epoch)
                .is_class_miss(t, name)
        {
            return Ok(own_attr(obj, name));
        }
        let descr = lookup(t, name);
        if let Some(d) = &descr {
            // A data descriptor without __get__ leaves the instance dict in charge.
            let has_get = !matches!(d.kind(), Some(Kind::Instance(_)))
                || lookup(&self.type_of(d), "__get__").is_some();
            if has_get && is_data_descriptor(self, d) {
                return self.bind_descriptor(d, Some(obj), t).map(Some);
            }
        }
        if let Some(v) = own_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(&d, Some(obj), t).map(Some);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        match crate::types::slots::lookup_slot(self, t, name) {
            Some(f) if f.is_none() => Ok(None),
            Some(f) => self.bind_descriptor(&f, Some(obj), t).map(Some),
            None => {
                if plain {
                    self.attr_resolutions
                        .borrow_mut()
                        .at_epoch(self.type_epoch)
                        .note_class_miss(t, name);
                }
                Ok(None)
            }
        }
    }

    /// `super(start, this).name`: the MRO of `this` (or of its type) after `start`.
    fn super_getattr(
        &mut self,
        start: &Value,
        this: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        // An unbound super (`super(B)`) finds nothing through the MRO.
        if this.is_none() {
            return Ok(None);
        }
        let this_is_type =
            matches!(this.kind(), Some(Kind::Type(_))) && crate::typeobj::is_subtype(this, start);
        let owner = if this_is_type {
            this.clone()
        } else {
            self.type_of(this)
        };
        let mro = as_type(&owner)
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        let pos = mro
            .iter()
            .position(|m| m.is(start))
            .map_or(mro.len(), |p| p + 1);
        for m in &mro[pos..] {
            let found = as_type(m)
                .and_then(|mt| mt.dict.borrow().get_str(name).cloned())
                .or_else(|| {
                    let mt = as_type(m)?;
                    if !mt.builtin {
                        return None;
                    }
                    crate::types::slots::lookup_slot(self, m, name).filter(|f| !f.is_none())
                });
            if let Some(v) = found {
                if name == "__new__" {
                    return Ok(Some(match v.kind() {
                        Some(Kind::StaticMethod(f)) => f.clone(),
                        _ => v,
                    }));
                }
                let inst = if this_is_type { None } else { Some(this) };
                return self.bind_descriptor(&v, inst, &owner).map(Some);
            }
        }
        Ok(None)
    }

    /// `cls.name` for class object `cls` with the class it was found in, when the answer
    /// may be remembered (vm::attr_cache): found in the class's MRO, not overridden by a
    /// data descriptor of the metaclass, and one of the kinds whose binding to a class
    /// gives the same object every time (a function, a builtin, a static method's
    /// function, a class, plain data, an instance that is not a descriptor). For a class
    /// method, its function and `true`: the function binds to `cls` (a method call passes
    /// `cls` first). None otherwise, and when the lookup raises (the caller then takes the
    /// generic path, which raises it again).
    pub fn class_attr_memo(&mut self, cls: &Value, name: &str) -> Option<(Value, Value, bool)> {
        // (As `type_getattr`, which this follows step by step.)
        if name == "__dict__" {
            return None;
        }
        let meta = self.type_of(cls);
        if let Some(m) = lookup(&meta, name) {
            if is_data_descriptor(self, &m) {
                return None;
            }
        }
        let (v, owner) = crate::typeobj::lookup_with_owner(cls, name)?;
        if let Some(Kind::ClassMethod(f)) = v.kind() {
            return Some((f.clone(), owner, true));
        }
        let stable = crate::typeobj::is_plain_data(&v)
            || matches!(
                v.kind(),
                Some(Kind::Function(_) | Kind::Builtin(_) | Kind::StaticMethod(_) | Kind::Type(_))
            )
            // (An instance whose class has no `__get__`, an enum member: as it is.)
            || (matches!(v.kind(), Some(Kind::Instance(_)))
                && lookup(&self.type_of(&v), "__get__").is_none());
        if !stable {
            return None;
        }
        let r = self.bind_descriptor(&v, None, cls).ok()?;
        Some((r, owner, false))
    }

    /// `cls.__mro__`: one tuple while the MRO stays the same (`C.__mro__ is C.__mro__`, as
    /// in CPython), kept in `slot_cache` and checked item by item against `mro` (a few
    /// identity comparisons) rather than invalidated where MROs change.
    fn mro_tuple(&mut self, cls: &Value, mro: &[Value]) -> Value {
        let key = (cls.id(), "__mro__");
        if let Some(t) = self.slot_cache.get(&key) {
            if let Some(Kind::Tuple(items)) = t.kind() {
                if items.len() == mro.len() && items.iter().zip(mro).all(|(a, b)| a.is(b)) {
                    return t.clone();
                }
            }
        }
        let t = self.new_tuple(mro.to_vec());
        self.slot_cache.insert(key, t.clone());
        t
    }

    /// Attribute lookup on a type object: its MRO (and its metaclass's).
    fn type_getattr(&mut self, cls: &Value, name: &str) -> PyResult<Option<Value>> {
        let meta = self.type_of(cls);
        let meta_attr = lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if is_data_descriptor(self, m) {
                return self.bind_descriptor(m, Some(cls), &meta).map(Some);
            }
        }
        // type's own `__dict__` descriptor wins over the `__dict__` entry a class holds
        // for its instances.
        if name == "__dict__" {
            if let Some(tt) = as_type(cls) {
                let d = tt.dict.borrow().clone();
                let d = self.new_dict(d);
                return Ok(Some(crate::types::dict::mappingproxy(d)));
            }
        }
        if let Some(v) = lookup(cls, name) {
            return self.bind_descriptor(&v, None, cls).map(Some);
        }
        if let Some(tt) = as_type(cls) {
            let v = match name {
                "__name__" => Some(self.new_str(&tt.name.borrow())),
                "__qualname__" => Some(self.new_str(&tt.qualname.borrow())),
                "__mro__" => Some(self.mro_tuple(cls, &tt.mro.borrow())),
                "__bases__" => Some(self.new_tuple(tt.bases.borrow().clone())),
                "__base__" => Some(tt.bases.borrow().first().cloned().unwrap_or(Value::NONE)),
                "__dict__" => {
                    // A read-only view (of a snapshot of the class namespace).
                    let d = tt.dict.borrow().clone();
                    let d = self.new_dict(d);
                    Some(crate::types::dict::mappingproxy(d))
                }
                "__module__" if tt.builtin => Some(
                    tt.dict
                        .borrow()
                        .get_str("__module__")
                        .cloned()
                        .unwrap_or_else(|| self.new_str("builtins")),
                ),
                "__doc__" => Some(
                    crate::builtin_docs::builtin_type_doc(&tt.name.borrow())
                        .filter(|_| tt.builtin)
                        .map_or(Value::NONE, |d| self.new_str(d)),
                ),
                "__class__" => Some(meta.clone()),
                _ => None,
            };
            if v.is_some() {
                return Ok(v);
            }
        }
        if let Some(m) = meta_attr {
            return self.bind_descriptor(&m, Some(cls), &meta).map(Some);
        }
        // A builtin slot (`int.__add__`, `list.__hash__` is None) reached through the MRO.
        Ok(crate::types::slots::lookup_slot(self, cls, name))
    }

    /// Attributes that builtin objects expose without a type-dict entry.
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if let Some(v) = self.exc_attr(obj, name) {
            return Ok(Some(v));
        }
        // OSError's characters_written getset: unset unless a BlockingIOError got it.
        if name == "characters_written" && crate::exceptions::data(obj).is_some() {
            let os = self.exc_type("OSError");
            if self.isinstance_type(obj, &os) {
                return Err(self.attr_error("characters_written"));
            }
        }
        Ok(match (obj.kind(), name) {
            (Some(Kind::Instance(_)), "__dict__") => {
                let t = self.type_of(obj);
                if crate::typeobj::has_instance_dict(&t) || crate::exceptions::data(obj).is_some() {
                    instance_dict(obj)
                } else {
                    None
                }
            }
            (Some(Kind::Function(f)), _) => match name {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__defaults__" => Some(f.defaults.borrow().clone()),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.clone()),
                "__globals__" => Some(f.globals.clone()),
                "__closure__" => Some(f.closure.clone()),
                "__type_params__" => Some(self.empty_tuple.clone()),
                "__code__" => {
                    let c = f.code.clone();
                    Some(self.code_value(&c))
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    if d.is_none() {
                        *d = Some(self.new_dict(crate::dict::Dict::new()));
                    }
                    d.clone()
                }
                "__annotations__" => {
                    let ann = self.new_dict(crate::dict::Dict::new());
                    let mut d = f.dict.borrow_mut();
                    if d.is_none() {
                        *d = Some(self.new_dict(crate::dict::Dict::new()));
                    }
                    if let Some(Kind::Dict(dd)) = d.as_ref().and_then(|d| d.kind()) {
                        let k = self.intern("__annotations__");
                        dd.borrow_mut().set_str(k, ann.clone());
                    }
                    Some(ann)
                }
                _ => None,
            },
            (Some(Kind::Builtin(b)), "__name__" | "__qualname__") => Some(self.new_str(b.name)),
            (Some(Kind::Builtin(b)), "__doc__") => {
                Some(b.doc.map_or(Value::NONE, |d| self.new_str(d)))
            }
            (Some(Kind::Builtin(b)), "__self__") => Some(b.bound.clone().unwrap_or(Value::NONE)),
            (Some(Kind::Method(_, s)), "__self__") => Some(s.clone()),
            (Some(Kind::Method(f, _)), "__func__") => Some(f.clone()),
            (Some(Kind::Method(f, _)), _) => {
                let f = f.clone();
                let t = self.type_of(&f);
                return self.getattr_opt(&f, &t, name);
            }
            (Some(Kind::Code(c)), _) => match name {
                "co_name" => Some(self.new_str(&c.code.name)),
                "co_qualname" => Some(self.new_str(&c.code.qualname)),
                "co_filename" => Some(self.new_str(&c.code.filename)),
                "co_firstlineno" => Some(Value::small_int(c.code.firstlineno as i64)),
                "co_argcount" => Some(Value::small_int(c.code.argcount as i64)),
                "co_posonlyargcount" => Some(Value::small_int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::small_int(c.code.kwonlyargcount as i64)),
                "co_flags" => Some(Value::small_int(
                    (c.code.flags & 0xffff) as i64
                        | if c.iterable_coroutine.get() { 0x100 } else { 0 },
                )),
                "co_freevars" | "co_cellvars" => {
                    let regs = if name == "co_freevars" {
                        &c.code.freevars
                    } else {
                        &c.code.cellvars
                    };
                    let names: Vec<Value> = regs
                        .iter()
                        .map(|r| self.new_str(&c.code.varnames[r.idx()]))
                        .collect();
                    Some(self.new_tuple(names))
                }
                "co_names" => {
                    let names: Vec<Value> = c.code.names.iter().map(|n| self.new_str(n)).collect();
                    Some(self.new_tuple(names))
                }
                "co_nlocals" => Some(Value::small_int(c.code.nlocals as i64)),
                "co_consts" => Some(self.new_tuple(c.consts.to_vec())),
                "co_varnames" => {
                    let names: Vec<Value> =
                        c.code.varnames.iter().map(|n| self.new_str(n)).collect();
                    Some(self.new_tuple(names))
                }
                _ => None,
            },
            (Some(Kind::Cell(c)), "cell_contents") => {
                let v = c.borrow().clone();
                if v.is_unbound() {
                    return Err(self.value_error("Cell is empty"));
                }
                Some(v)
            }
            (Some(Kind::Range(r)), "start") => Some(r.start.clone()),
            (Some(Kind::Range(r)), "stop") => Some(r.stop.clone()),
            (Some(Kind::Range(r)), "step") => Some(r.step.clone()),
            (Some(Kind::Slice(s)), "start") => Some(s[0].clone()),
            (Some(Kind::Slice(s)), "stop") => Some(s[1].clone()),
            (Some(Kind::Slice(s)), "step") => Some(s[2].clone()),
            (Some(Kind::Complex(r, _)), "real") => Some(Value::float(*r)),
            (Some(Kind::Complex(_, i)), "imag") => Some(Value::float(*i)),
            (Some(Kind::Member(m)), "__name__") => Some(self.new_str(&m.name)),
            (Some(Kind::Member(m)), "__qualname__") => {
                Some(self.new_string(format!("{}.{}", m.owner, m.name)))
            }
            (Some(Kind::Member(_)), "__doc__") => Some(Value::NONE),
            (Some(Kind::Property(p)), "fget") => Some(p[0].clone()),
            (Some(Kind::Property(p)), "fset") => Some(p[1].clone()),
            (Some(Kind::Property(p)), "fdel") => Some(p[2].clone()),
            (Some(Kind::Property(p)), "__doc__") => Some(p[3].clone()),
            (Some(Kind::Property(p)), "__isabstractmethod__") => {
                let fs = [p[0].clone(), p[1].clone(), p[2].clone()];
                let mut abstract_ = false;
                for f in fs.iter().filter(|f| !f.is_none()) {
                    if let Some(v) =
                        self.getattr_opt(f, &self.type_of(f), "__isabstractmethod__")?
                    {
                        if self.truthy(&v)? {
                            abstract_ = true;
                            break;
                        }
                    }
                }
                Some(Value::bool(abstract_))
            }
            (Some(Kind::Property(p)), "__name__") => {
                let n = p.name.borrow().clone();
                if n.is_none() {
                    let f = p[0].clone();
                    if f.is_none() {
                        None
                    } else {
                        Some(self.getattr(&f, "__name__")?)
                    }
                } else {
                    Some(n)
                }
            }
            (
                Some(Kind::StaticMethod(f)) | Some(Kind::ClassMethod(f)),
                "__func__" | "__wrapped__",
            ) => Some(f.clone()),
            // Like functools.wraps, staticmethod/classmethod show their function's names
            // (3.10+).
            (
                Some(Kind::StaticMethod(f)) | Some(Kind::ClassMethod(f)),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__",
            ) => {
                let f = f.clone();
                return self.getattr(&f, name).map(Some);
            }
            (Some(Kind::StaticMethod(f)) | Some(Kind::ClassMethod(f)), "__isabstractmethod__") => {
                let f = f.clone();
                let v = match self.getattr(&f, "__isabstractmethod__") {
                    Ok(v) => Value::bool(self.truthy(&v)?),
                    Err(_) => Value::FALSE,
                };
                Some(v)
            }
            (Some(Kind::Native(..)), _) => (self.hooks.native_attr)(self, obj, name),
            (Some(Kind::Module(m)), "__name__") => Some(m.name.clone()),
            _ => {
                // Subclasses of int/float/complex: the attributes of the number inside.
                let target = crate::typeobj::builtin_payload(obj)
                    .cloned()
                    .unwrap_or_else(|| obj.clone());
                if let Some(v) = crate::types::number_attr(self, &target, name) {
                    return Ok(Some(v));
                }
                None
            }
        })
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: &Value) -> PyResult<()> {
        self.setattr_impl(obj, name, v, true)
    }

    /// `object.__setattr__`: attribute assignment that skips a class's own `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, v: &Value) -> PyResult<()> {
        self.setattr_impl(obj, name, v, false)
    }

    fn setattr_impl(&mut self, obj: &Value, name: &str, v: &Value, hook: bool) -> PyResult<()> {
        let t = self.type_of(obj);
        match obj.kind() {
            Some(Kind::Instance(inst)) => {
                if let Some((sa, owner)) =
                    crate::typeobj::lookup_with_owner(&t, "__setattr__").filter(|_| hook)
                {
                    if !owner.is(&self.types.object) {
                        let n = self.new_str(name);
                        self.call(&sa, &[obj.clone(), n, v.clone()], &[])?;
                        return Ok(());
                    }
                }
                if name == "__class__" {
                    return self.set_class(obj, inst, v);
                }
                if name == "__dict__" && crate::typeobj::has_instance_dict(&t) {
                    if !matches!(v.kind(), Some(Kind::Dict(_))) {
                        let msg = format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(v)
                        );
                        return Err(self.type_error(&msg));
                    }
                    let old = inst.set_dict(v.clone());
                    drop(old);
                    return Ok(());
                }
                if let Some(d) = lookup(&t, name) {
                    if self.set_descriptor(&d, obj, v)? {
                        return Ok(());
                    }
                }
                if self.set_exc_attr(obj, name, v)? {
                    return Ok(());
                }
                let k = self.intern(name);
                match inst.attr_set(k, v.clone()) {
                    Ok(old) => {
                        drop(old);
                        Ok(())
                    }
                    // No __dict__ (__slots__ without one): a class attribute of that
                    // name is read-only through instances.
                    Err(_) if lookup(&t, name).is_some() => {
                        let msg = format!(
                            "'{}' object attribute '{name}' is read-only",
                            self.type_name(obj)
                        );
                        Err(self.attr_error(&msg))
                    }
                    Err(_) => Err(self.no_attr(obj, name)),
                }
            }
            Some(Kind::Type(tt)) => {
                // A metaclass's own __setattr__ handles assignment on its classes.
                if hook && !t.is(&self.types.type_) {
                    if let Some((sa, owner)) = crate::typeobj::lookup_with_owner(&t, "__setattr__")
                    {
                        if !owner.is(&self.types.object) && !owner.is(&self.types.type_) {
                            let n = self.new_str(name);
                            self.call(&sa, &[obj.clone(), n, v.clone()], &[])?;
                            return Ok(());
                        }
                    }
                }
                if tt.builtin {
                    let msg = format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name,
                        tt.name.borrow()
                    );
                    return Err(self.type_error(&msg));
                }
                if name == "__class__" {
                    return Err(self.set_class_of_class(&t, v));
                }
                if name == "__name__" || name == "__qualname__" {
                    // Stored on the type itself, not in its namespace.
                    let Some(Kind::Str(sv)) = v.kind() else {
                        let msg = format!(
                            "can only assign string to {}.{name}, not '{}'",
                            tt.name.borrow(),
                            self.type_name(v)
                        );
                        return Err(self.type_error(&msg));
                    };
                    let text = sv.s.as_str().to_owned();
                    if name == "__name__" {
                        *tt.name.borrow_mut() = text;
                    } else {
                        *tt.qualname.borrow_mut() = text;
                    }
                    return Ok(());
                }
                let k = self.intern(name);
                // Rebinding plain data to plain data (a class counter) changes no cached
                // resolution: the attribute caches read such attributes live.
                let plain_update = !name.starts_with("__")
                    && crate::typeobj::is_plain_data(v)
                    && tt
                        .dict
                        .borrow()
                        .get_str(name)
                        .is_some_and(crate::typeobj::is_plain_data);
                tt.dict.borrow_mut().set_str(k, v.clone());
                // (The class's own version always moves: caches of its plain data check it.)
                tt.version.set(tt.version.get() + 1);
                if !plain_update {
                    self.type_epoch += 1;
                }
                if name == "__del__" {
                    crate::finalize::note_del(self, obj);
                }
                Ok(())
            }
            Some(Kind::Function(f)) => {
                // The typed function attributes refuse other types, as CPython's setters do.
                let ok = match name {
                    "__name__" | "__qualname__" => matches!(v.kind(), Some(Kind::Str(_))),
                    "__defaults__" => v.is_none() || matches!(v.kind(), Some(Kind::Tuple(_))),
                    "__kwdefaults__" | "__annotations__" => {
                        v.is_none() || matches!(v.kind(), Some(Kind::Dict(_)))
                    }
                    _ => true,
                };
                if !ok {
                    let what = match name {
                        "__name__" | "__qualname__" => "a string",
                        "__defaults__" => "a tuple",
                        _ => "a dict",
                    };
                    return Err(self.type_error(&format!("{name} must be set to {what} object")));
                }
                if name == "__type_params__" && !matches!(v.kind(), Some(Kind::Tuple(_))) {
                    return Err(self.type_error("__type_params__ must be set to a tuple"));
                }
                if name == "__annotations__" && v.is_none() {
                    let fresh = self.new_dict(crate::dict::Dict::new());
                    return self.setattr_impl(obj, name, &fresh, hook);
                }
                match name {
                    "__name__" => *f.name.borrow_mut() = v.clone(),
                    "__qualname__" => *f.qualname.borrow_mut() = v.clone(),
                    "__doc__" => *f.doc.borrow_mut() = v.clone(),
                    "__defaults__" => *f.defaults.borrow_mut() = v.clone(),
                    "__kwdefaults__" => *f.kwdefaults.borrow_mut() = v.clone(),
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        if d.is_none() {
                            *d = Some(self.new_dict(crate::dict::Dict::new()));
                        }
                        if let Some(Kind::Dict(dd)) = d.as_ref().and_then(|d| d.kind()) {
                            let k = self.intern(name);
                            dd.borrow_mut().set_str(k, v.clone());
                        }
                    }
                }
                Ok(())
            }
            Some(Kind::Module(m)) => {
                if let Some(cls) = m.subclass() {
                    // A ModuleType subclass's own __setattr__, then its data descriptors.
                    if let Some((sa, owner)) =
                        crate::typeobj::lookup_with_owner(&cls, "__setattr__").filter(|_| hook)
                    {
                        if !owner.is(&self.types.module) && !owner.is(&self.types.object) {
                            let n = self.new_str(name);
                            self.call(&sa, &[obj.clone(), n, v.clone()], &[])?;
                            return Ok(());
                        }
                    }
                    if name != "__class__" && name != "__dict__" {
                        if let Some(d) = lookup(&cls, name) {
                            if self.set_descriptor(&d, obj, v)? {
                                return Ok(());
                            }
                        }
                    }
                }
                match name {
                    "__class__" => {
                        // Between module and its subclasses only, as CPython allows.
                        let ok = as_type(v).is_some()
                            && crate::typeobj::is_subtype(v, &self.types.module);
                        if !ok {
                            if as_type(v).is_none() {
                                let msg = format!(
                                    "__class__ must be set to a class, not '{}' object",
                                    self.type_name(v)
                                );
                                return Err(self.type_error(&msg));
                            }
                            return Err(self.type_error(
                                "__class__ assignment only supported for mutable types or ModuleType subclasses",
                            ));
                        }
                        *m.cls.borrow_mut() = if v.is(&self.types.module) {
                            Value::NONE
                        } else {
                            v.clone()
                        };
                        return Ok(());
                    }
                    "__dict__" => return Err(self.attr_error("readonly attribute")),
                    _ => {}
                }
                if let Some(Kind::Dict(d)) = m.dict.kind() {
                    let k = self.intern(name);
                    d.borrow_mut().set_str(k, v.clone());
                }
                Ok(())
            }
            _ => {
                if let Some(Kind::Native(..)) = obj.kind() {
                    if let Some(r) = (self.hooks.native_setattr)(self, obj, name, v) {
                        return r;
                    }
                }
                if let (Some(Kind::Cell(c)), "cell_contents") = (obj.kind(), name) {
                    *c.borrow_mut() = v.clone();
                    return Ok(());
                }
                if name == "__class__" {
                    if as_type(v).is_none() {
                        let msg = format!(
                            "__class__ must be set to a class, not '{}' object",
                            self.type_name(v)
                        );
                        return Err(self.type_error(&msg));
                    }
                    return Err(self.type_error(
                        "__class__ assignment only supported for mutable types or ModuleType subclasses",
                    ));
                }
                if let Some(d) = lookup(&t, name) {
                    if self.set_descriptor(&d, obj, v)? {
                        return Ok(());
                    }
                    let msg = format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        name
                    );
                    return Err(self.attr_error(&msg));
                }
                // A data attribute of a builtin value (slice.start, int.real...).
                if self.special_attr(obj, name)?.is_some() {
                    let msg = match obj.kind() {
                        // int's getset descriptors (bool inherits them).
                        _ if obj.is_bool() => {
                            format!("attribute '{name}' of 'int' objects is not writable")
                        }
                        Some(Kind::Int(_)) | None if !obj.is_none() => format!(
                            "attribute '{name}' of '{}' objects is not writable",
                            self.type_name(obj)
                        ),
                        _ => "readonly attribute".to_string(),
                    };
                    return Err(self.attr_error(&msg));
                }
                let msg = format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    name
                );
                Err(self.attr_error(&msg))
            }
        }
    }

    /// `cls.__class__ = meta` on class object `cls` of metaclass `t`: CPython's errors;
    /// between two user metaclasses (which CPython allows for compatible layouts) not
    /// supported yet.
    fn set_class_of_class(&mut self, t: &Value, v: &Value) -> crate::object::Exc {
        let Some(new) = as_type(v) else {
            let msg = format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(v)
            );
            return self.type_error(&msg);
        };
        if new.builtin || as_type(t).is_none_or(|old| old.builtin) {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        self.new_exc(
            "NotImplementedError",
            "assigning __class__ of a class (changing its metaclass) is not supported",
        )
    }

    /// `obj.__class__ = cls` for instances of user classes with the same layout.
    fn set_class(
        &mut self,
        obj: &Value,
        inst: &crate::object::Instance,
        v: &Value,
    ) -> PyResult<()> {
        let Some(new) = as_type(v) else {
            let msg = format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(v)
            );
            return Err(self.type_error(&msg));
        };
        let old_t = self.type_of(obj);
        let Some(old) = as_type(&old_t) else {
            return Err(self.type_error("__class__ assignment failed"));
        };
        if new.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_layout = new.base_kind == old.base_kind
            && crate::typeobj::slot_layout_names(v) == crate::typeobj::slot_layout_names(&old_t)
            && crate::typeobj::has_instance_dict(v) == crate::typeobj::has_instance_dict(&old_t);
        if !same_layout {
            let msg = format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name.borrow(),
                old.name.borrow()
            );
            return Err(self.type_error(&msg));
        }
        // The attributes move to a dict: an inline shape belongs to the old class's tree
        // (attribute caches take a shape to mean its class). Slots kept as inline values
        // take the new class's slot shape (the layouts are the same).
        drop(inst.dict_value());
        if let crate::attrs::Attrs::Slots { shape, .. } = &mut *inst.attrs.borrow_mut() {
            *shape = new.slot_shape().clone();
        }
        inst.cls.set(v.clone());
        self.type_epoch += 1;
        Ok(())
    }

    fn set_descriptor(&mut self, d: &Value, obj: &Value, v: &Value) -> PyResult<bool> {
        match d.kind() {
            Some(Kind::Member(m)) => {
                self.member_set(m, obj, Some(v.clone()))?;
                Ok(true)
            }
            Some(Kind::Property(p)) => {
                if p[1].is_none() {
                    let msg = format!(
                        "property {}of '{}' object has no setter",
                        prop_name(self, d),
                        self.type_name(obj)
                    );
                    return Err(self.attr_error(&msg));
                }
                let f = p[1].clone();
                self.call(&f, &[obj.clone(), v.clone()], &[])?;
                Ok(true)
            }
            Some(Kind::Instance(_)) => {
                let dt = self.type_of(d);
                match lookup(&dt, "__set__") {
                    Some(set) => {
                        self.call(&set, &[d.clone(), obj.clone(), v.clone()], &[])?;
                        Ok(true)
                    }
                    // A data descriptor with only __delete__ refuses assignment.
                    None if lookup(&dt, "__delete__").is_some() => Err(self.attr_error("__set__")),
                    None => Ok(false),
                }
            }
            _ => Ok(false),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        self.delattr_impl(obj, name, true)
    }

    /// `object.__delattr__`: deletion that skips a class's own `__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        self.delattr_impl(obj, name, false)
    }

    fn delattr_impl(&mut self, obj: &Value, name: &str, hook: bool) -> PyResult<()> {
        if let (Some(Kind::Cell(c)), "cell_contents") = (obj.kind(), name) {
            *c.borrow_mut() = Value::UNBOUND;
            return Ok(());
        }
        let t = self.type_of(obj);
        // A class whose metaclass defines __delattr__ (an enum refusing `del E.MEMBER`).
        if let (Some(Kind::Type(_)), true) = (obj.kind(), hook) {
            if let Some((da, owner)) = crate::typeobj::lookup_with_owner(&t, "__delattr__") {
                if !owner.is(&self.types.type_) && !owner.is(&self.types.object) {
                    let n = self.new_str(name);
                    self.call(&da, &[obj.clone(), n], &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(Kind::Instance(_)) = obj.kind() {
            if let Some((da, owner)) =
                crate::typeobj::lookup_with_owner(&t, "__delattr__").filter(|_| hook)
            {
                if !owner.is(&self.types.object) {
                    let n = self.new_str(name);
                    self.call(&da, &[obj.clone(), n], &[])?;
                    return Ok(());
                }
            }
            if let Some(d) = lookup(&t, name) {
                if let Some(Kind::Instance(_)) = d.kind() {
                    let dt = self.type_of(&d);
                    if let Some(del) = lookup(&dt, "__delete__") {
                        self.call(&del, &[d.clone(), obj.clone()], &[])?;
                        return Ok(());
                    }
                    if lookup(&dt, "__set__").is_some() {
                        return Err(self.attr_error("__delete__"));
                    }
                }
                if let Some(Kind::Member(m)) = d.kind() {
                    return self.member_set(m, obj, None);
                }
                if let Some(Kind::Property(p)) = d.kind() {
                    if p[2].is_none() {
                        let msg = format!(
                            "property {}of '{}' object has no deleter",
                            prop_name(self, &d),
                            self.type_name(obj)
                        );
                        return Err(self.attr_error(&msg));
                    }
                    let f = p[2].clone();
                    self.call(&f, std::slice::from_ref(obj), &[])?;
                    return Ok(());
                }
            }
        }
        // A native object's property with a deleter (`del f.name` of a FileIO).
        if let Some(Kind::Native(..)) = obj.kind() {
            if let Some(d) = lookup(&t, name) {
                if let Some(Kind::Property(p)) = d.kind() {
                    if !p[2].is_none() {
                        let f = p[2].clone();
                        self.call(&f, std::slice::from_ref(obj), &[])?;
                        return Ok(());
                    }
                }
            }
        }
        let dict = match obj.kind() {
            // (Deleting makes the instance's dict: its shape only ever grows.)
            Some(Kind::Instance(i)) if i.attr_get_str(name).is_some() => i.dict_value(),
            Some(Kind::Instance(_)) => None,
            Some(Kind::Function(f)) => f.dict.borrow().clone(),
            Some(Kind::Module(m)) => Some(m.dict.clone()),
            Some(Kind::Type(tt)) if !tt.builtin => {
                let removed = tt.dict.borrow_mut().del_str(name);
                tt.version.set(tt.version.get() + 1);
                self.type_epoch += 1;
                if name == "__del__" {
                    crate::finalize::note_del(self, obj);
                }
                if removed.is_some() {
                    return Ok(());
                }
                None
            }
            _ => None,
        };
        if let Some(d) = dict {
            if let Some(Kind::Dict(dd)) = d.kind() {
                if dd.borrow_mut().del_str(name).is_some() {
                    return Ok(());
                }
            }
        }
        if matches!(obj.kind(), Some(Kind::Module(_))) {
            let e = self.attr_error(&format!("'module' object has no attribute '{name}'"));
            return Err(e);
        }
        Err(self.no_attr(obj, name))
    }

    /// For `LoadMethod`: `(function, true)` when `obj.name` is a plain method found on the
    /// type (call it with `obj` prepended), else `(attribute, false)`.
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, bool)> {
        let t = self.type_of(obj);
        if !matches!(
            obj.kind(),
            Some(Kind::Type(_)) | Some(Kind::Module(_)) | Some(Kind::Super(..))
        ) {
            if let Some(f) = lookup(&t, name) {
                if binds_as_method(&f) {
                    let shadowed = own_attr(obj, name).is_some();
                    let custom_ga = matches!(obj.kind(), Some(Kind::Instance(_)))
                        && crate::typeobj::lookup_with_owner(&t, "__getattribute__")
                            .is_some_and(|(_, o)| !o.is(&self.types.object));
                    if !shadowed && !custom_ga {
                        return Ok((f, true));
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }
}

/// Whether class attribute `f` is called as a method of the instance it is looked up on:
/// a Python function, or a builtin type's method (a builtin with an owner type, unbound).
pub fn binds_as_method(f: &Value) -> bool {
    match f.kind() {
        Some(Kind::Function(_)) => true,
        Some(Kind::Builtin(b)) => b.owner.is_some() && b.bound.is_none(),
        _ => false,
    }
}
