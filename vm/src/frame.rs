//! Frames and argument binding. A frame is a window `base..base+nregs` of the register
//! stack owned by one run of the interpreter loop; binding places call arguments straight
//! into the callee's parameter registers with CPython's rules and error messages.

use std::rc::Rc;

use molt_builtins::object::{CodeObject, Function};
use molt_builtins::{Kind, PyResult, Runtime, Value};

pub use molt_builtins::frame_record::Frame;

fn names_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

fn qualname(rt: &mut Runtime, f: &Function) -> String {
    let q = f.qualname.borrow().clone();
    rt.str_string(&q).unwrap_or_default()
}

/// The default of keyword-only parameter `name` in a function's `__kwdefaults__`.
pub(crate) fn kwonly_default(kwdefaults: &Value, name: &str) -> Option<Value> {
    match kwdefaults.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

/// Binds `args` and `kw` into `regs` (the callee's registers, already sized and unbound).
pub fn bind_args(
    rt: &mut Runtime,
    func: &Function,
    regs: &mut [Value],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let code = &func.code.code;
    let argc = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let nvar = argc + kwonly;
    // Positional parameters.
    let npos = args.len().min(argc);
    regs[..npos].clone_from_slice(&args[..npos]);
    let mut reg_i = nvar;
    if code.has_varargs() {
        let extra = if args.len() > argc {
            args[argc..].to_vec()
        } else {
            Vec::new()
        };
        regs[reg_i] = rt.new_tuple(extra);
        reg_i += 1;
    } else if args.len() > argc {
        let name = qualname(rt, func);
        let ndef = match func.defaults.borrow().kind() {
            Some(Kind::Tuple(t)) => t.len(),
            _ => 0,
        };
        let kw_given = kw.len();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argc - ndef, argc)
        } else {
            format!(
                "{} positional argument{}",
                argc,
                if argc == 1 { "" } else { "s" }
            )
        };
        let given = args.len();
        let msg = if kw_given > 0 {
            format!("{name}() takes {takes} but {given} positional argument{} (and {kw_given} keyword-only argument{}) were given", if given == 1 { "" } else { "s" }, if kw_given == 1 { "" } else { "s" })
        } else {
            format!(
                "{name}() takes {takes} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            )
        };
        return Err(rt.type_error(&msg));
    }
    let kwdict = if code.has_varkw() {
        let d = rt.new_dict(molt_builtins::dict::Dict::new());
        regs[reg_i] = d.clone();
        Some(d)
    } else {
        None
    };
    // Keyword arguments.
    let mut posonly_as_kw = Vec::new();
    for (k, v) in kw {
        let Some(Kind::Str(ks)) = k.kind() else {
            return Err(rt.type_error("keywords must be strings"));
        };
        let pos = code.varnames[..nvar].iter().position(|n| **n == *ks.s);
        match pos {
            Some(i) if i >= posonly => {
                if !regs[i].is_unbound() {
                    let name = qualname(rt, func);
                    let msg = format!("{name}() got multiple values for argument '{}'", ks.s);
                    return Err(rt.type_error(&msg));
                }
                regs[i] = v.clone();
            }
            _ => match &kwdict {
                Some(d) => {
                    if let Some(Kind::Dict(dd)) = d.kind() {
                        molt_builtins::dict::set(rt, dd, k.clone(), v.clone())?;
                    }
                }
                None => {
                    if let Some(i) = pos {
                        if i < posonly {
                            posonly_as_kw.push(ks.s.as_str().to_owned());
                            continue;
                        }
                    }
                    let name = qualname(rt, func);
                    let msg = format!("{name}() got an unexpected keyword argument '{}'", ks.s);
                    return Err(rt.type_error(&msg));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        let name = qualname(rt, func);
        let msg = format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        );
        return Err(rt.type_error(&msg));
    }
    // Defaults for missing positionals.
    if npos < argc {
        let defaults = func.defaults.borrow().clone();
        let defs: &[Value] = match defaults.kind() {
            Some(Kind::Tuple(t)) => t,
            _ => &[],
        };
        let first_def = argc - defs.len();
        let mut missing = Vec::new();
        for i in npos..argc {
            if regs[i].is_unbound() {
                if i >= first_def {
                    regs[i] = defs[i - first_def].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            let name = qualname(rt, func);
            let msg = format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                names_list(&missing)
            );
            return Err(rt.type_error(&msg));
        }
    }
    // Keyword-only defaults.
    #[allow(clippy::needless_range_loop)] // indexes both `regs` and `varnames`
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argc..nvar {
            if regs[i].is_unbound() {
                match kwonly_default(&kwdefaults, &code.varnames[i]) {
                    Some(v) => regs[i] = v,
                    None => missing.push(code.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            let name = qualname(rt, func);
            let msg = format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                names_list(&missing)
            );
            return Err(rt.type_error(&msg));
        }
    }
    // Closure cells.
    if let Some(Kind::Tuple(cells)) = func.closure.kind() {
        for (r, c) in code.freevars.iter().zip(cells.iter()) {
            regs[r.idx()] = c.clone();
        }
    }
    Ok(())
}

/// The frames of one run of the interpreter loop. Slots are reused: pushing a call writes
/// the fields of an old slot in place (and skips the reference-count traffic when the code
/// and globals are the same, as in recursion), which measured cheaper than building a new
/// `Frame` and copying it into a `Vec`.
pub struct FrameStack {
    /// (A plain Vec, taken from `Runtime::frame_pool` and given back by `release`: indexing
    /// it is cheaper than a SmallVec's inline-or-heap test, and the pool spares the
    /// allocation.)
    slots: Vec<Frame>,
    n: usize,
}

/// What the interpreter needs from a frame that has just been popped.
pub struct Popped {
    pub base: usize,
    pub ret_dst: usize,
    pub init_self: Option<Value>,
}

impl FrameStack {
    pub fn new(rt: &mut Runtime, entry: Frame) -> FrameStack {
        let mut slots = rt.frame_pool.pop().unwrap_or_default();
        slots.push(entry);
        FrameStack { slots, n: 1 }
    }
    /// Gives the frame stack back to the runtime's pool at the end of a run, its frames
    /// released.
    #[inline(always)]
    pub fn release(mut self, rt: &mut Runtime) {
        self.slots.clear();
        if rt.frame_pool.len() < 16 && self.slots.capacity() <= 256 {
            rt.frame_pool.push(self.slots);
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }
    /// The frames, outermost first.
    pub fn iter(&self) -> std::slice::Iter<'_, Frame> {
        self.slots[..self.n].iter()
    }
    /// How many frames there are.
    pub fn len(&self) -> usize {
        self.n
    }
    /// Frame `i` (0 is the outermost).
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        if i < self.n {
            Some(&mut self.slots[i])
        } else {
            None
        }
    }
    #[inline]
    pub fn last(&self) -> Option<&Frame> {
        self.n.checked_sub(1).map(|i| &self.slots[i])
    }
    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        match self.n.checked_sub(1) {
            Some(i) => Some(&mut self.slots[i]),
            None => None,
        }
    }
    /// Pushes a call frame for `code` with registers at `base`, called from the current
    /// frame's instruction `caller_pc` (recorded in the caller's frame).
    #[inline(always)]
    pub fn push_call(
        &mut self,
        caller_pc: usize,
        code: &Rc<CodeObject>,
        globals: &Value,
        base: usize,
        ret_dst: usize,
        init_self: Option<Value>,
    ) {
        let n = self.n;
        // (A call is made from a running frame: `n >= 1`.)
        if n > 0 && n < self.slots.len() {
            let (callers, free) = self.slots.split_at_mut(n);
            callers[n - 1].pc = caller_pc;
            let f = &mut free[0];
            if !Rc::ptr_eq(&f.code, code) {
                f.code = code.clone();
            }
            if !f.globals.is(globals) {
                f.globals = globals.clone();
            }
            if f.locals.is_some() {
                f.locals = None;
            }
            f.pc = 0;
            f.base = base;
            f.ret_dst = ret_dst;
            if init_self.is_some() || f.init_self.is_some() {
                f.init_self = init_self;
            }
            // (A frame object of the slot's previous frame is let go only now, so that
            // returning from a call does not test for one.)
            if !f.obj.is_none() {
                f.obj = Value::NONE;
            }
        } else {
            if let Some(caller) = self.last_mut() {
                caller.pc = caller_pc;
            }
            self.slots.push(Frame {
                code: code.clone(),
                globals: globals.clone(),
                locals: None,
                pc: 0,
                base,
                ret_dst,
                init_self,
                obj: Value::NONE,
            });
        }
        self.n += 1;
    }
    /// Pops the running frame (there is one): what it was, and the frame it returns to
    /// (None when it was the run's entry frame).
    #[inline(always)]
    pub fn pop_with_caller(&mut self) -> (Popped, Option<&Frame>) {
        let i = self.n - 1;
        self.n = i;
        let (callers, popped) = self.slots.split_at_mut(i);
        let f = &mut popped[0];
        let out = Popped {
            base: f.base,
            ret_dst: f.ret_dst,
            init_self: f.init_self.take(),
        };
        (out, callers.last())
    }
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Popped> {
        let i = self.n.checked_sub(1)?;
        self.n = i;
        let f = &mut self.slots[i];
        Some(Popped {
            base: f.base,
            ret_dst: f.ret_dst,
            init_self: f.init_self.take(),
        })
    }
}
