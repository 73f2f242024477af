//! `repr()`, `str()` and `format()` of every value, with CPython's formats (string quoting
//! and escapes, float repr, container reprs with `...` for recursion).

use crate::format::{float_repr, parse_format_spec};
use crate::object::{Kind, PyResult};
use crate::typeobj::{lookup_with_owner, type_name};
use crate::value::Value;
use crate::Runtime;

/// Python's repr of a str: single quotes unless the text has ' and no ", with escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = crate::surrogate::code_point(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's str.isprintable for one character (repr escapes the others).
pub fn is_printable(c: char) -> bool {
    crate::types::str_unicode::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_with(b, false)
}

/// `bytes_repr`; `bytearray`: CPython's bytearray repr, which escapes `'` even inside
/// double quotes.
pub fn bytes_repr_with(b: &[u8], bytearray: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (bytearray && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Runtime {
    /// CPython's limit on converting huge ints to decimal text (sys.set_int_max_str_digits).
    pub fn check_int_str_digits(&mut self, b: &num_bigint::BigInt) -> PyResult<()> {
        let limit = self.max_str_digits;
        // 3.33 bits per digit: only numbers this long can exceed the limit.
        if limit == 0 || (b.bits() as f64) < (limit as f64) * 3.32 {
            return Ok(());
        }
        let digits = b.to_string().trim_start_matches('-').len();
        if digits > limit {
            let msg = format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            );
            return Err(self.value_error(&msg));
        }
        Ok(())
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let t = self.type_of(v);
        let module = crate::typeobj::as_type(&t)
            .and_then(|tt| tt.dict.borrow().get_str("__module__").cloned())
            .and_then(|m| match m.kind() {
                Some(Kind::Str(s)) => Some(s.s.as_str().to_owned()),
                _ => None,
            });
        let q = crate::typeobj::as_type(&t)
            .map(|tt| tt.qualname.borrow().clone())
            .unwrap_or_default();
        match module {
            Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, q, v.id()),
            _ => format!("<{} object at {:#x}>", q, v.id()),
        }
    }

    pub fn repr(&mut self, v: &Value) -> PyResult {
        // A user __repr__'s result is returned as it is (a str subclass stays one).
        if let Some(Kind::Instance(_)) = v.kind() {
            let t = self.type_of(v);
            if let Some((f, owner)) = lookup_with_owner(&t, "__repr__") {
                if !owner.is(&self.types.object) {
                    return self.call_text_dunder(&f, v, "__repr__");
                }
            }
        }
        let s = self.repr_string(v)?;
        Ok(self.new_string(s))
    }

    /// Calls `__repr__`/`__str__` (`what`) on `v`: a str or str subclass, else CPython's
    /// TypeError.
    pub fn call_text_dunder(&mut self, f: &Value, v: &Value, what: &str) -> PyResult {
        let r = self.call(f, std::slice::from_ref(v), &[])?;
        let is_str = match r.kind() {
            Some(Kind::Str(_)) => true,
            _ => matches!(
                crate::typeobj::builtin_payload(&r).and_then(|p| p.kind()),
                Some(Kind::Str(_))
            ),
        };
        if !is_str {
            let msg = format!("{what} returned non-string (type {})", self.type_name(&r));
            return Err(self.type_error(&msg));
        }
        Ok(r)
    }

    /// The text of a str or str-subclass value.
    fn text_of(v: &Value) -> String {
        match v.kind() {
            Some(Kind::Str(s)) => s.s.as_str().to_owned(),
            _ => match crate::typeobj::builtin_payload(v).and_then(|p| p.kind()) {
                Some(Kind::Str(s)) => s.s.as_str().to_owned(),
                _ => String::new(),
            },
        }
    }

    pub fn str(&mut self, v: &Value) -> PyResult {
        if let Some(Kind::Str(_)) = v.kind() {
            return Ok(v.clone());
        }
        if let Some(i) = v.as_small_int() {
            return Ok(self.new_string(i.to_string()));
        }
        let s = self.str_string(v)?;
        Ok(self.new_string(s))
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        match v.kind() {
            Some(Kind::Str(s)) => Ok(s.s.as_str().to_owned()),
            // str() of a mappingproxy is str() of its mapping.
            Some(Kind::DictView(d, 3)) => {
                let d = d.clone();
                self.str_string(&d)
            }
            Some(Kind::Instance(_)) | Some(Kind::Type(_)) => {
                let t = self.type_of(v);
                if let Some((f, owner)) = lookup_with_owner(&t, "__str__") {
                    if !owner.is(&self.types.object) {
                        let r = self.call_text_dunder(&f, v, "__str__")?;
                        return Ok(Self::text_of(&r));
                    }
                }
                if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
                    if let Some(Kind::Str(ps)) = p.kind() {
                        return Ok(ps.s.as_str().to_owned());
                    }
                }
                // object.__str__ calls the type's __repr__; str() checks what it returned.
                if matches!(v.kind(), Some(Kind::Instance(_))) {
                    if let Some((f, owner)) = lookup_with_owner(&t, "__repr__") {
                        if !owner.is(&self.types.object) {
                            let r = self.call_text_dunder(&f, v, "__str__")?;
                            return Ok(Self::text_of(&r));
                        }
                    }
                }
                self.repr_string(v)
            }
            _ => self.repr_string(v),
        }
    }

    /// Guards container reprs against recursion: `f` runs unless `v` is already being shown.
    fn guarded(
        &mut self,
        v: &Value,
        inner: &str,
        f: impl FnOnce(&mut Runtime) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok(inner.to_string());
        }
        if self.repr_stack.len() > self.recursion_limit {
            return Err(self.new_exc(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(x)?);
        }
        Ok(out)
    }

    /// CPython's module repr: `<module 'name' from 'file'>`, namespace packages, built-ins.
    pub fn module_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(Kind::Module(m)) = v.kind() else {
            return Err(self.type_error("expected a module"));
        };
        // (The name is the spec's when there is one, else the namespace's __name__.)
        let (spec, dname) = match m.dict.kind() {
            Some(Kind::Dict(d)) => {
                let d = d.borrow();
                (
                    d.get_str("__spec__").cloned(),
                    d.get_str("__name__").cloned(),
                )
            }
            _ => (None, None),
        };
        let from_spec = match spec.filter(|s| !s.is_none()) {
            Some(s) => self.getattr(&s, "name").ok(),
            None => None,
        };
        let n = from_spec.or(dname).unwrap_or_else(|| self.new_str("?"));
        let name = self.repr_string(&n)?;
        let d = match m.dict.kind() {
            Some(Kind::Dict(d)) => d.borrow().clone(),
            _ => crate::dict::Dict::new(),
        };
        let r = match (d.get_str("__file__"), d.get_str("__path__")) {
            (Some(f), _) if !f.is_none() => {
                format!("<module {name} from {}>", self.repr_string(&f.clone())?)
            }
            (_, Some(p)) => {
                // The search locations as a list (the _NamespacePath's items).
                let items = self.to_vec(&p.clone())?;
                let l = self.new_list(items);
                format!("<module {name} (namespace) from {}>", self.repr_string(&l)?)
            }
            _ => {
                // Built-in: no spec yet, or a spec whose origin is 'built-in'.
                let builtin = match d.get_str("__spec__").cloned() {
                    None => true,
                    Some(spec) if spec.is_none() => false,
                    Some(spec) => self
                        .getattr(&spec, "origin")
                        .ok()
                        .and_then(|o| match o.kind() {
                            Some(Kind::Str(s)) => Some(&*s.s == "built-in"),
                            _ => None,
                        })
                        .unwrap_or(false),
                };
                if builtin {
                    format!("<module {name} (built-in)>")
                } else {
                    format!("<module {name}>")
                }
            }
        };
        Ok(r)
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_float() {
            return Ok(float_repr(f));
        }
        if v.is_none() {
            return Ok("None".into());
        }
        if let Some(b) = v.as_bool() {
            return Ok(if b { "True" } else { "False" }.into());
        }
        let Some(k) = v.kind() else {
            return Ok("<unbound>".into());
        };
        Ok(match k {
            Kind::Str(s) => str_repr(&s.s),
            Kind::Int(b) => {
                let s = b.to_string();
                if s.trim_start_matches('-').len() > self.max_str_digits && self.max_str_digits > 0
                {
                    let msg = format!(
                        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        self.max_str_digits
                    );
                    return Err(self.value_error(&msg));
                }
                s
            }
            Kind::Complex(r, i) => crate::types::complex::complex_repr(*r, *i),
            Kind::Bytes(b) => bytes_repr(b),
            Kind::ByteArray(b) => format!("bytearray({})", bytes_repr_with(&b.borrow(), true)),
            Kind::List(l) => {
                let items = l.borrow().clone();
                self.guarded(v, "[...]", |rt| Ok(format!("[{}]", rt.join_reprs(&items)?)))?
            }
            Kind::Tuple(t) => {
                let items = t.to_vec();
                self.guarded(v, "(...)", |rt| {
                    let inner = rt.join_reprs(&items)?;
                    Ok(if items.len() == 1 {
                        format!("({inner},)")
                    } else {
                        format!("({inner})")
                    })
                })?
            }
            Kind::Dict(d) => {
                let items = d.borrow().items();
                self.guarded(v, "{...}", |rt| {
                    let mut out = String::from("{");
                    for (i, (k, x)) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&rt.repr_string(k)?);
                        out.push_str(": ");
                        out.push_str(&rt.repr_string(x)?);
                    }
                    out.push('}');
                    Ok(out)
                })?
            }
            Kind::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    self.guarded(v, "{...}", |rt| {
                        Ok(format!("{{{}}}", rt.join_reprs(&items)?))
                    })?
                }
            }
            Kind::FrozenSet(s) => {
                let items = s.keys();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Kind::DictView(d, 3) => {
                let d = d.clone();
                return Ok(format!("mappingproxy({})", self.repr_string(&d)?));
            }
            Kind::DictView(d, which) => {
                let items = match d.kind() {
                    Some(Kind::Dict(dd)) => match which {
                        0 => dd.borrow().keys(),
                        1 => dd.borrow().values(),
                        _ => {
                            let its = dd.borrow().items();
                            its.into_iter()
                                .map(|(k, x)| self.new_tuple(vec![k, x]))
                                .collect()
                        }
                    },
                    _ => Vec::new(),
                };
                let name = ["dict_keys", "dict_values", "dict_items"][(*which as usize).min(2)];
                let v2 = v.clone();
                return self.guarded(&v2, "...", |rt| {
                    Ok(format!("{name}([{}])", rt.join_reprs(&items)?))
                });
            }
            Kind::Range(r) => {
                let step_one = r.step.as_small_int() == Some(1);
                let (a, b) = (
                    self.repr_string(&r.start.clone())?,
                    self.repr_string(&r.stop.clone())?,
                );
                if step_one {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {})", self.repr_string(&r.step.clone())?)
                }
            }
            Kind::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&s[0])?,
                    self.repr_string(&s[1])?,
                    self.repr_string(&s[2])?
                )
            }
            Kind::Function(f) => {
                let q = f.qualname.borrow().clone();
                format!("<function {} at {:#x}>", self.str_string(&q)?, v.id())
            }
            Kind::Builtin(b) => match (&b.bound, b.owner) {
                (Some(obj), _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(obj),
                    obj.id()
                ),
                (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner),
                (None, None) => format!("<built-in function {}>", b.name),
            },
            Kind::Method(f, s) => {
                let (f, s) = (f.clone(), s.clone());
                let fname = match f.kind() {
                    Some(Kind::Function(func)) => {
                        let q = func.qualname.borrow().clone();
                        self.str_string(&q)?
                    }
                    Some(Kind::Builtin(b)) => {
                        return Ok(format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            self.type_name(&s),
                            s.id()
                        ));
                    }
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", fname, self.repr_string(&s)?)
            }
            Kind::Cell(_) => format!("<cell at {:#x}>", v.id()),
            Kind::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.id(),
                c.code.filename,
                c.code.firstlineno
            ),
            Kind::Module(m) => {
                // A ModuleType subclass's own __repr__.
                if let Some(cls) = m.subclass() {
                    if let Some((f, owner)) = lookup_with_owner(&cls, "__repr__") {
                        if !owner.is(&self.types.module) && !owner.is(&self.types.object) {
                            let r = self.call(&f, std::slice::from_ref(v), &[])?;
                            return match r.kind() {
                                Some(Kind::Str(s)) => Ok(s.s.as_str().to_owned()),
                                _ => {
                                    let msg = format!(
                                        "__repr__ returned non-string (type {})",
                                        self.type_name(&r)
                                    );
                                    Err(self.type_error(&msg))
                                }
                            };
                        }
                    }
                }
                self.module_repr(v)?
            }
            Kind::Type(t) => {
                // A metaclass may define __repr__ for its classes (e.g. enums).
                let meta = self.type_of(v);
                if !meta.is(&self.types.type_) {
                    if let Some((f, owner)) = lookup_with_owner(&meta, "__repr__") {
                        if !owner.is(&self.types.type_) && !owner.is(&self.types.object) {
                            let r = self.call(&f, std::slice::from_ref(v), &[])?;
                            return match r.kind() {
                                Some(Kind::Str(s)) => Ok(s.s.as_str().to_owned()),
                                _ => {
                                    let msg = format!(
                                        "__repr__ returned non-string (type {})",
                                        self.type_name(&r)
                                    );
                                    Err(self.type_error(&msg))
                                }
                            };
                        }
                    }
                }
                let module = match t.dict.borrow().get_str("__module__") {
                    Some(m) => match m.kind() {
                        Some(Kind::Str(s)) => Some(s.s.as_str().to_owned()),
                        _ => None,
                    },
                    None => None,
                };
                match module {
                    Some(m) if m != "builtins" => {
                        format!("<class '{}.{}'>", m, t.qualname.borrow())
                    }
                    _ => format!("<class '{}'>", t.name.borrow()),
                }
            }
            Kind::Instance(_) => {
                let t = self.type_of(v);
                if let Some((f, owner)) = lookup_with_owner(&t, "__repr__") {
                    // A user __repr__ is not guarded (CPython recurses until
                    // RecursionError; reprlib-style guards are the program's own).
                    if !owner.is(&self.types.object) {
                        let r = self.call_text_dunder(&f, v, "__repr__")?;
                        return Ok(Self::text_of(&r));
                    }
                }
                if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
                    let inner = self.repr_string(&p)?;
                    // Set, frozenset and bytearray reprs name the subclass: S({1}), BA(b'x').
                    let wrapped = match p.kind() {
                        Some(Kind::Set(_)) => Some(inner.as_str()),
                        Some(Kind::FrozenSet(_)) => inner
                            .strip_prefix("frozenset(")
                            .and_then(|s| s.strip_suffix(')'))
                            .or(Some("")),
                        Some(Kind::ByteArray(_)) => inner
                            .strip_prefix("bytearray(")
                            .and_then(|s| s.strip_suffix(')')),
                        _ => None,
                    };
                    return Ok(match wrapped {
                        Some("set()") | Some("") => format!("{}()", type_name(&t)),
                        Some(body) => format!("{}({body})", type_name(&t)),
                        None => inner,
                    });
                }
                self.default_repr(v)
            }
            Kind::Iter(_) => format!("<{} object at {:#x}>", type_name(&self.type_of(v)), v.id()),
            Kind::Property(_) => format!("<property object at {:#x}>", v.id()),
            Kind::Member(m) if m.is_getset() => {
                format!("<attribute '{}' of '{}' objects>", m.name, m.owner)
            }
            Kind::Member(m) => format!("<member '{}' of '{}' objects>", m.name, m.owner),
            Kind::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
            Kind::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
            Kind::Super(..) => "<super object>".into(),
            Kind::NotImplemented => "NotImplemented".into(),
            Kind::Ellipsis => "Ellipsis".into(),
            Kind::Native(..) => {
                if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
                    return self.str_of(&r).map(|s| s.to_string());
                }
                format!("<{} object at {:#x}>", type_name(&self.type_of(v)), v.id())
            }
        })
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult {
        let ty = self.type_of(v);
        if matches!(v.kind(), Some(Kind::Instance(_))) {
            if let Some((f, owner)) = lookup_with_owner(&ty, "__format__") {
                if !owner.is(&self.types.object) {
                    let s = self.new_str(spec);
                    let r = self.call(&f, &[v.clone(), s], &[])?;
                    if !matches!(r.kind(), Some(Kind::Str(_))) {
                        let msg =
                            format!("__format__ must return a str, not {}", self.type_name(&r));
                        return Err(self.type_error(&msg));
                    }
                    return Ok(r);
                }
            }
        }
        if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
            if !spec.is_empty() {
                return self.format(&p, spec);
            }
        }
        if spec.is_empty() {
            return self.str(v);
        }
        let tname = type_name(&ty);
        let spec_parsed = parse_format_spec(spec, &tname).map_err(|m| self.fmt_err(&m))?;
        if spec_parsed
            .width
            .is_some_and(|w| w as i64 > crate::types::str::MAX_TEXT)
        {
            return Err(self.new_exc("MemoryError", ""));
        }
        let out = if let Some(b) = super::num::to_big(v) {
            if matches!(spec_parsed.ty, None | Some('d' | 'n')) {
                self.check_int_str_digits(&b)?;
            }
            crate::format::format_int_for(&b, &spec_parsed, &tname)
        } else if let Some(f) = v.as_float() {
            crate::format::format_float_for(f, &spec_parsed, &tname)
        } else if let Some(Kind::Str(s)) = v.kind() {
            crate::format::format_str_for(&s.s, &spec_parsed, &tname)
        } else if let Some(Kind::Complex(r, i)) = v.kind() {
            crate::format::spec::format_complex(*r, *i, &spec_parsed)
        } else {
            let msg = format!("unsupported format string passed to {}.__format__", tname);
            return Err(self.type_error(&msg));
        };
        match out {
            Ok(s) => Ok(self.new_string(s)),
            Err(m) => Err(self.fmt_err(&m)),
        }
    }

    fn fmt_err(&mut self, m: &str) -> crate::object::Exc {
        let kind = crate::format::error_kind(m);
        self.new_exc(kind, m)
    }
}
