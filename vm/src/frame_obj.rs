//! Frame objects: what `sys._getframe()`, `tb_frame`, `f_back` and `gi_frame`/`cr_frame`
//! give Python code. An interpreter frame keeps its state in registers, so its frame object
//! is made on request and kept on the frame (asking again gives the same object). The
//! interpreter refreshes `f_lineno` / `f_locals` of a running frame's object when Python
//! code reads them, and leaves the final locals in it when the frame ends by an exception.
//! The frame object of a generator or coroutine reads the suspended generator instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use molt_builtins::objrc::WeakObj;

use molt_builtins::object::CodeObject;
use molt_builtins::{Kind, Obj, Runtime, Value};

pub struct FrameData {
    /// The code (`f_code` is its code object).
    pub code: Rc<CodeObject>,
    pub globals: Value,
    /// The calling frame's object (`f_back`), or None.
    pub back: Value,
    /// `f_lineno` as last refreshed.
    pub line: Cell<u32>,
    /// `f_locals` as last refreshed (None until then).
    pub locals: RefCell<Value>,
    /// The registers of a frame that ended by an exception, made into `f_locals` when
    /// read.
    pub final_regs: RefCell<Option<Vec<Value>>>,
    /// For the frame of a generator/coroutine: the generator, read when asked.
    pub gen: Option<WeakObj>,
}

/// A new frame object.
pub fn new(
    rt: &Runtime,
    code: Rc<CodeObject>,
    globals: Value,
    back: Value,
    line: u32,
    locals: Value,
    gen: Option<WeakObj>,
) -> Value {
    let d = FrameData {
        code,
        globals,
        back,
        line: Cell::new(line),
        locals: RefCell::new(locals),
        final_regs: RefCell::new(None),
        gen,
    };
    let b: Box<dyn std::any::Any> = Box::new(d);
    Value::from_obj(Obj::new(Kind::Native(
        rt.types.frame.clone(),
        RefCell::new(b),
    )))
}

/// Runs `f` on the data of frame object `v` (None when `v` is not one).
pub fn with<R>(v: &Value, f: impl FnOnce(&FrameData) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow().downcast_ref::<FrameData>().map(f),
        _ => None,
    }
}

/// Whether `v` is a frame object.
pub fn is_frame(rt: &Runtime, v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Native(t, _)) if t.is(&rt.types.frame))
}

/// Sets the line a frame object reports.
pub fn set_line(v: &Value, line: u32) {
    with(v, |f| f.line.set(line));
}

/// Sets the locals a frame object reports.
pub fn set_locals(v: &Value, locals: Value) {
    with(v, |f| {
        *f.locals.borrow_mut() = locals;
        *f.final_regs.borrow_mut() = None;
    });
}

/// Keeps the registers of a frame that ended by an exception (its final locals).
pub fn set_final_regs(v: &Value, regs: Vec<Value>) {
    with(v, |f| *f.final_regs.borrow_mut() = Some(regs));
}

/// The local variables in registers `regs` of `code`, as a dict.
fn locals_dict(rt: &mut Runtime, code: &CodeObject, regs: &[Value]) -> Value {
    let mut d = molt_builtins::dict::Dict::new();
    rt.add_register_locals(&code.code, regs, &mut d, false);
    rt.new_dict(d)
}

/// The attributes of frame object `v` (None for another object or an unknown name).
pub fn attr(rt: &mut Runtime, v: &Value, name: &str) -> Option<Value> {
    let (code, globals, back, line, locals, gen) = with(v, |f| {
        (
            f.code.clone(),
            f.globals.clone(),
            f.back.clone(),
            f.line.get(),
            f.locals.borrow().clone(),
            f.gen.clone(),
        )
    })?;
    // A generator's frame: its current line and locals, while it exists.
    if let Some(g) = gen.as_ref().and_then(Value::from_weak) {
        if let Some((line, locals)) = crate::generator::frame_state(rt, &g) {
            set_line(v, line);
            set_locals(v, locals);
        }
        return attr_of(rt, v, name, code, globals, back);
    }
    let final_regs = with(v, |f| f.final_regs.borrow_mut().take()).flatten();
    if let Some(regs) = final_regs {
        let d = locals_dict(rt, &code, &regs);
        set_locals(v, d);
    }
    let locals = with(v, |f| f.locals.borrow().clone()).unwrap_or(locals);
    Some(match name {
        "f_lineno" => Value::small_int(line as i64),
        "f_locals" => {
            if locals.is_none() {
                let d = rt.new_dict(molt_builtins::dict::Dict::new());
                set_locals(v, d.clone());
                d
            } else {
                locals
            }
        }
        _ => return attr_of(rt, v, name, code, globals, back),
    })
}

fn attr_of(
    rt: &mut Runtime,
    v: &Value,
    name: &str,
    code: Rc<CodeObject>,
    globals: Value,
    back: Value,
) -> Option<Value> {
    Some(match name {
        "f_code" => rt.code_value(&code),
        "f_globals" => globals,
        "f_back" => back,
        "f_lineno" => Value::small_int(with(v, |f| f.line.get())? as i64),
        "f_locals" => with(v, |f| f.locals.borrow().clone())?,
        "f_lasti" => Value::small_int(-1),
        "f_trace" => Value::NONE,
        "f_trace_lines" => Value::TRUE,
        "f_trace_opcodes" => Value::FALSE,
        "f_builtins" => rt.builtins.clone(),
        _ => return None,
    })
}

/// `frame.__repr__`: `<frame at 0x..., file '...', line N, code name>`.
fn frame_repr(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> molt_builtins::PyResult {
    let v = &args[0];
    let Some((code, line)) = with(v, |f| (f.code.clone(), f.line.get())) else {
        return Err(rt.type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    let (file, name) = (code.code.filename.to_string(), code.code.name.to_string());
    Ok(rt.new_string(format!(
        "<frame at {:#x}, file '{file}', line {line}, code {name}>",
        v.id()
    )))
}

pub fn init(rt: &mut Runtime) {
    let t = rt.types.frame.clone();
    let m = rt.new_method("frame", "__repr__", frame_repr);
    molt_builtins::exceptions::set_type_attr(rt, &t, "__repr__", m);
}
