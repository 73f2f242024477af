//! The builder for one code object: register allocation, constant and name pools, labels,
//! exception regions, the compile-time block stack (loops, try/finally, handlers, with) and
//! the definite-assignment set that lets locals be read without a check.

use ruff_python_ast as ast;
use std::collections::HashMap;
use std::rc::Rc;

use super::symtable::{ScopeId, ScopeKind, SymKind, SymbolTable};
use crate::code::{flags, Code, Const, ExcEntry};
use crate::opcodes::{Instr, Label, Reg};
use crate::parse::SourceMap;

/// A forward or backward jump target, resolved when the unit finishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelId(pub u32);

/// A protected region: instructions emitted while it is open jump to `handler` on an
/// exception. It may be split into segments around code it must not cover.
#[derive(Debug)]
pub struct Region {
    pub handler: LabelId,
    pub exc: Reg,
    open_at: Option<u32>,
    /// Lexical nesting depth (1 for an outermost region): the deepest row covering a pc wins.
    pub depth: u16,
}

/// What `return`, `break` and `continue` must clean up on their way out.
#[derive(Clone)]
pub enum Block<'a> {
    Loop {
        brk: LabelId,
        cont: LabelId,
    },
    /// The body of `try ... finally`: leaving it runs the finally body.
    Finally {
        region: usize,
        body: &'a [ast::Stmt],
    },
    /// An except clause or a finally body on the exception path: leaving it restores the
    /// previously handled exception (and unbinds the `as` name).
    Handler {
        region: usize,
        save: Reg,
        name: Option<&'a str>,
    },
    /// The body of a `with`: leaving it calls `__exit__(None, None, None)` (and awaits
    /// the result for `async with`).
    With {
        region: usize,
        exit: Reg,
        is_async: bool,
    },
}

/// Which locals are certainly bound at the current point (for unchecked reads).
#[derive(Clone, Debug)]
pub struct Bound {
    pub set: Vec<bool>,
    /// The current point is unreachable (after return/raise/break/continue).
    pub dead: bool,
}

impl Bound {
    pub fn merge(a: &Bound, b: &Bound) -> Bound {
        if a.dead {
            return b.clone();
        }
        if b.dead {
            return a.clone();
        }
        Bound {
            set: a.set.iter().zip(&b.set).map(|(x, y)| *x && *y).collect(),
            dead: false,
        }
    }
}

/// A hashable identity for constants that are deduplicated (numbers by type and bits,
/// strings, bytes, singletons); containers and code objects are not.
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Big(String),
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Singleton(u8),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::Singleton(0),
        Const::True => ConstKey::Singleton(1),
        Const::False => ConstKey::Singleton(2),
        Const::Ellipsis => ConstKey::Singleton(3),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::Big(b.to_string()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        _ => return None,
    })
}

/// Registers one code object may use (operands are 16-bit).
pub const MAX_REGS: usize = 60_000;

pub struct Unit<'a> {
    /// Set when the code needs more than `MAX_REGS` registers.
    pub overflow: bool,
    pub kind: ScopeKind,
    /// An annotation scope that reads the enclosing class's namespace first (its
    /// `__classdict__` free variable).
    pub can_see_class: bool,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub line: u32,
    consts: Vec<Const>,
    const_idx: HashMap<ConstKey, u16>,
    names: Vec<Rc<str>>,
    name_idx: HashMap<Rc<str>, u16>,
    /// Register of each named variable that lives in a register.
    pub regs: HashMap<String, Reg>,
    /// The class whose name private names are mangled with (see symtable::mangle).
    pub private: Option<Rc<str>>,
    pub kinds: HashMap<String, SymKind>,
    pub varnames: Vec<Rc<str>>,
    pub nlocals: u16,
    pub next_temp: u16,
    pub max_reg: u16,
    /// The highest temporary used since the current statement began (see `Compiler::stmt`).
    pub stmt_high: u16,
    pub freevars: Vec<Reg>,
    pub cellvars: Vec<Reg>,
    label_pos: Vec<Option<u32>>,
    pub regions: Vec<Region>,
    exc_rows: Vec<(u32, u32, LabelId, Reg, u16)>,
    /// Regions lexically open, outermost first.
    active: Vec<usize>,
    pub blocks: Vec<Block<'a>>,
    pub bound: Bound,
    pub doc: Option<Rc<str>>,
    /// Set while compiling a statement containing `:=`: locals are then always copied
    /// before use, since the walrus may rebind one mid-expression.
    pub walrus: bool,
    /// A PEP 695 annotation scope: definitions inside take their qualified name from the
    /// enclosing unit, as if the scope were not there.
    pub transparent: bool,
    /// The registers of each comprehension inlined in this code (PEP 709): its own names
    /// (iteration variables, and how each resolves there), named locals of this frame
    /// that are bound only while its loop runs.
    pub inline_vars: HashMap<ScopeId, Vec<(String, SymKind, Reg)>>,
}

/// Gives every comprehension inlined in scope `id` (directly or through another inlined
/// one) named registers for its own names, after the scope's own locals.
fn reserve_inlined(u: &mut Unit, table: &SymbolTable, id: ScopeId) {
    for &c in &table.scopes[id].children {
        let sc = &table.scopes[c];
        if !sc.inlined {
            continue;
        }
        let mut vars = Vec::new();
        for n in &sc.order {
            let k = sc.kind_of(n);
            if n != ".0" && matches!(k, SymKind::Local | SymKind::Cell) {
                let r = Reg(u.varnames.len() as u16);
                u.varnames.push(Rc::from(n.as_str()));
                vars.push((n.clone(), k, r));
            }
        }
        u.inline_vars.insert(c, vars);
        reserve_inlined(u, table, c);
    }
}

impl<'a> Unit<'a> {
    pub fn new(
        table: &SymbolTable,
        scope: ScopeId,
        name: Rc<str>,
        qualname: Rc<str>,
        line: u32,
    ) -> Unit<'a> {
        let sc = &table.scopes[scope];
        let mut u = Unit {
            kind: sc.kind,
            can_see_class: sc.can_see_class,
            name,
            qualname,
            firstlineno: line,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            instrs: Vec::new(),
            lines: Vec::new(),
            line,
            consts: Vec::new(),
            const_idx: HashMap::new(),
            names: Vec::new(),
            name_idx: HashMap::new(),
            regs: HashMap::new(),
            private: sc.private.as_deref().map(Rc::from),
            kinds: sc.kinds.clone(),
            varnames: Vec::new(),
            nlocals: 0,
            next_temp: 0,
            max_reg: 0,
            stmt_high: 0,
            freevars: Vec::new(),
            cellvars: Vec::new(),
            label_pos: Vec::new(),
            regions: Vec::new(),
            exc_rows: Vec::new(),
            active: Vec::new(),
            blocks: Vec::new(),
            bound: Bound {
                set: Vec::new(),
                dead: false,
            },
            doc: None,
            walrus: false,
            transparent: false,
            overflow: false,
            inline_vars: HashMap::new(),
        };
        match sc.kind {
            ScopeKind::Module => u.flags |= flags::MODULE,
            ScopeKind::Class => u.flags |= flags::CLASS_BODY,
            _ => u.flags |= flags::NESTED,
        }
        u.flags |= match (sc.is_generator, sc.is_coroutine) {
            (true, true) => flags::ASYNC_GENERATOR,
            (false, true) => flags::COROUTINE,
            (true, false) => flags::GENERATOR,
            (false, false) => 0,
        };
        let add = |u: &mut Unit, n: &str| {
            if !u.regs.contains_key(n) {
                let r = Reg(u.varnames.len() as u16);
                u.regs.insert(n.to_string(), r);
                u.varnames.push(Rc::from(n));
            }
        };
        let function_like = sc.is_function_like();
        if function_like {
            for p in &sc.params {
                add(&mut u, p);
            }
        }
        for n in &sc.order {
            match sc.kind_of(n) {
                SymKind::Local if function_like => add(&mut u, n),
                SymKind::Cell | SymKind::Free => add(&mut u, n),
                _ => {}
            }
        }
        for n in &sc.passthrough {
            add(&mut u, n);
            u.kinds.entry(n.clone()).or_insert(SymKind::Free);
        }
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Lambda) {
            reserve_inlined(&mut u, table, scope);
        }
        // Free variables receive the closure in the order of co_freevars (sorted by name,
        // as CPython sorts them, like co_cellvars); cells are made at entry.
        for n in sc.order.iter().chain(&sc.passthrough) {
            let r = u.regs.get(n).copied();
            match (sc.kind_of(n), r) {
                (SymKind::Free, Some(r)) if !u.freevars.contains(&r) => u.freevars.push(r),
                (SymKind::Cell, Some(r)) => u.cellvars.push(r),
                // A class passes its methods' free variables through, even a name the
                // class body itself binds (the body reads that one from its namespace).
                (SymKind::GlobalImplicit | SymKind::Local, Some(r))
                    if sc.passthrough.contains(n) && !u.freevars.contains(&r) =>
                {
                    u.freevars.push(r)
                }
                _ => {}
            }
        }
        {
            let names = &u.varnames;
            u.freevars
                .sort_by(|a, b| names[a.idx()].cmp(&names[b.idx()]));
            u.cellvars
                .sort_by(|a, b| names[a.idx()].cmp(&names[b.idx()]));
        }
        if u.varnames.len() > MAX_REGS {
            // Reported when the unit finishes; compile the rest with a token register file.
            // (Register numbers wrap meanwhile; the code is never emitted.)
            u.overflow = true;
        }
        u.nlocals = u.varnames.len() as u16;
        u.next_temp = u.nlocals;
        u.max_reg = u.nlocals;
        u.bound.set = vec![false; u.nlocals as usize];
        for p in &sc.params {
            if let Some(r) = u.regs.get(p) {
                u.set_bound(*r, true);
            }
        }
        for &r in &u.cellvars.clone() {
            u.emit(Instr::MakeCell { reg: r });
        }
        u
    }

    // ---- emission -------------------------------------------------------------------

    pub fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.lines.push(self.line);
        self.instrs.len() - 1
    }
    pub fn pc(&self) -> u32 {
        self.instrs.len() as u32
    }

    // ---- registers ------------------------------------------------------------------

    pub fn temp(&mut self) -> Reg {
        self.temps(1)
    }
    /// `n` consecutive temporaries; returns the first.
    pub fn temps(&mut self, n: usize) -> Reg {
        let r = Reg(self.next_temp);
        match (self.next_temp as usize)
            .checked_add(n)
            .filter(|&x| x <= MAX_REGS)
        {
            Some(x) => self.next_temp = x as u16,
            // Reported as a compile error when the unit finishes; keep going safely.
            None => self.overflow = true,
        }
        self.max_reg = self.max_reg.max(self.next_temp);
        self.stmt_high = self.stmt_high.max(self.next_temp);
        r
    }
    pub fn mark(&self) -> u16 {
        self.next_temp
    }
    pub fn release(&mut self, mark: u16) {
        self.next_temp = mark;
    }

    // ---- constants and names --------------------------------------------------------

    pub fn konst(&mut self, c: Const) -> crate::opcodes::Konst {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.const_idx.get(k) {
                return crate::opcodes::Konst(i);
            }
        }
        if self.consts.len() >= u16::MAX as usize {
            // Operands are 16-bit: reported as a compile error when the unit finishes.
            self.overflow = true;
            return crate::opcodes::Konst(0);
        }
        self.consts.push(c);
        let i = (self.consts.len() - 1) as u16;
        if let Some(k) = key {
            self.const_idx.insert(k, i);
        }
        crate::opcodes::Konst(i)
    }
    pub fn name(&mut self, n: &str) -> crate::opcodes::Name {
        if let Some(&i) = self.name_idx.get(n) {
            return crate::opcodes::Name(i);
        }
        if self.names.len() >= u16::MAX as usize {
            self.overflow = true;
            return crate::opcodes::Name(0);
        }
        let rc: Rc<str> = Rc::from(n);
        self.names.push(rc.clone());
        let i = (self.names.len() - 1) as u16;
        self.name_idx.insert(rc, i);
        crate::opcodes::Name(i)
    }
    pub fn load_const(&mut self, dst: Reg, c: Const) {
        let k = self.konst(c);
        self.emit(Instr::LoadConst { dst, k });
    }
    pub fn const_reg(&mut self, c: Const) -> Reg {
        let r = self.temp();
        self.load_const(r, c);
        r
    }
    pub fn const_reg_none(&mut self) -> Reg {
        self.const_reg(Const::None)
    }

    /// Returns register `src`. When the instruction just emitted is a `LoadAttr` into
    /// `src` on the same line (`return self.x`), it becomes a `ReturnAttr`, which returns
    /// the attribute at once when the site's cache answers (one instruction dispatched
    /// instead of two, no register written); the `Return` stays after it for the other
    /// loads (a property, `__getattr__`...), and for any jump that lands on it.
    pub fn emit_return(&mut self, src: Reg) {
        let line = self.line;
        if let (
            Some(Instr::LoadAttr {
                dst,
                obj,
                name,
                site,
            }),
            Some(&l),
        ) = (self.instrs.last().copied(), self.lines.last())
        {
            if dst == src && l == line {
                *self.instrs.last_mut().expect("an instruction") = Instr::ReturnAttr {
                    dst,
                    obj,
                    name,
                    site,
                };
            }
        }
        self.emit(Instr::Return { src });
    }

    /// Returns None (`ReturnK`: the constant is read from the constant table).
    pub fn return_none(&mut self) {
        let k = self.konst(Const::None);
        self.emit(Instr::ReturnK { k });
    }

    // ---- labels ---------------------------------------------------------------------

    pub fn label(&mut self) -> LabelId {
        self.label_pos.push(None);
        LabelId(self.label_pos.len() as u32 - 1)
    }
    pub fn bind(&mut self, l: LabelId) {
        self.label_pos[l.0 as usize] = Some(self.pc());
    }
    /// Whether a label is bound at the end of the code so far (a jump may land past the
    /// last instruction, which then cannot be the end of the code).
    pub fn label_at_end(&self) -> bool {
        let end = self.pc();
        self.label_pos.contains(&Some(end))
    }
    pub fn lab(l: LabelId) -> Label {
        Label(l.0)
    }
    pub fn jump(&mut self, l: LabelId) {
        self.emit(Instr::Jump { target: Label(l.0) });
    }

    // ---- exception regions ----------------------------------------------------------

    pub fn open_region(&mut self, handler: LabelId, exc: Reg) -> usize {
        self.regions.push(Region {
            handler,
            exc,
            open_at: Some(self.pc()),
            depth: self.active.len() as u16 + 1,
        });
        let r = self.regions.len() - 1;
        self.active.push(r);
        r
    }
    /// Pauses `r` and every region nested inside it; returns what was paused (to resume).
    pub fn pause_from(&mut self, r: usize) -> Vec<usize> {
        let pos = self
            .active
            .iter()
            .position(|&x| x == r)
            .unwrap_or(self.active.len());
        let inner: Vec<usize> = self.active[pos..].to_vec();
        let mut paused = Vec::new();
        for x in inner.into_iter().rev() {
            if self.regions[x].open_at.is_some() {
                self.pause_region(x);
                paused.push(x);
            }
        }
        paused
    }
    /// Stops covering instructions (temporarily or for good).
    pub fn pause_region(&mut self, r: usize) {
        let pc = self.pc();
        let reg = &mut self.regions[r];
        if let Some(start) = reg.open_at.take() {
            if start < pc {
                self.exc_rows
                    .push((start, pc, reg.handler, reg.exc, reg.depth));
            }
        }
    }
    pub fn resume_region(&mut self, r: usize) {
        let pc = self.pc();
        self.regions[r].open_at = Some(pc);
    }
    pub fn close_region(&mut self, r: usize) {
        self.pause_region(r);
        self.active.retain(|&x| x != r);
    }

    // ---- definite assignment --------------------------------------------------------

    pub fn set_bound(&mut self, r: Reg, yes: bool) {
        if let Some(b) = self.bound.set.get_mut(r.idx()) {
            *b = yes;
        }
    }
    pub fn is_bound(&self, r: Reg) -> bool {
        self.bound.dead || self.bound.set.get(r.idx()).copied().unwrap_or(false)
    }
    pub fn kill(&mut self) {
        self.bound.dead = true;
    }

    // ---- finishing ------------------------------------------------------------------

    pub fn finish(mut self, filename: &Rc<str>, map: &SourceMap) -> super::CResult<Rc<Code>> {
        let pos = |l: Label, label_pos: &[Option<u32>]| -> Label {
            Label(label_pos[l.0 as usize].expect("every label is bound"))
        };
        let lp = std::mem::take(&mut self.label_pos);
        for ins in &mut self.instrs {
            let target = match ins {
                Instr::ForIter { target, .. } | Instr::YieldFrom { target, .. } => Some(target),
                other => branch_target(other),
            };
            if let Some(target) = target {
                *target = pos(*target, &lp);
            }
        }
        thread_jumps(&mut self.instrs, &mut self.lines);
        crate::opcodes::number_attr_sites(&mut self.instrs);
        let exc_table: Vec<ExcEntry> = self
            .exc_rows
            .iter()
            .map(|&(start, end, h, exc, depth)| ExcEntry {
                start,
                end,
                depth,
                target: lp[h.0 as usize].expect("handler label bound"),
                exc,
            })
            .collect();
        if self.overflow || self.varnames.len() > MAX_REGS {
            return Err(super::CompileError::plain(
                format!(
                    "'{}' is too large for Molt (over 65,535 registers, constants or names)",
                    self.qualname
                ),
                map,
            ));
        }
        let code = Code {
            name: self.name,
            qualname: self.qualname,
            filename: filename.clone(),
            firstlineno: self.firstlineno,
            flags: self.flags,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            nlocals: self.nlocals,
            nregs: self.max_reg.max(1),
            varnames: self.varnames.into(),
            freevars: self.freevars.into(),
            cellvars: self.cellvars.into(),
            consts: self.consts.into(),
            names: self.names.into(),
            instrs: self.instrs.into(),
            lines: crate::code::LineTable::from_lines(&self.lines),
            exc_table: exc_table.into(),
            doc: self.doc,
        };
        // (The interpreter relies on these bounds: a compiler bug is an error here, not a
        // read past the registers.)
        if let Err(e) = crate::snapshot::verify(&code) {
            return Err(super::CompileError::plain(
                format!("internal compiler error in '{}': {}", code.qualname, e.0),
                map,
            ));
        }
        Ok(Rc::new(code))
    }
}

/// Jump threading: a jump whose target is an unconditional `Jump` goes straight to where
/// that one goes (a branch to the end of an `if` that ends a loop's body goes back to the
/// loop's head: one dispatch less per iteration). Backward conditional jumps check what a
/// loop's backward `Jump` checks (the interpreter's `jump!`). `ForIter` and `YieldFrom`
/// keep their targets. An unconditional `Jump` to a `Return` or `ReturnK` becomes a copy of
/// it, with its line (the end of `return a if c else b`'s first branch: a dispatch less);
/// one back to a `ForIter` becomes a `JumpForIter`, which runs it at once (a `for` loop's
/// back edge and its `continue`s: a dispatch less an iteration).
fn thread_jumps(instrs: &mut [Instr], lines: &mut [u32]) {
    for i in 0..instrs.len() {
        let Some(t) = branch_target(&mut instrs[i]).map(|t| *t) else {
            continue;
        };
        let mut to = t;
        // (A few hops at most; a cycle of jumps, `while True: pass`, stays as it is.)
        for _ in 0..8 {
            match instrs.get(to.0 as usize) {
                Some(Instr::Jump { target }) if *target != to => to = *target,
                _ => break,
            }
        }
        if let Some(target) = branch_target(&mut instrs[i]) {
            *target = to;
        }
        if let Instr::Jump { .. } = instrs[i] {
            let t = to.0 as usize;
            match instrs.get(t) {
                Some(r @ (Instr::Return { .. } | Instr::ReturnK { .. })) => {
                    instrs[i] = *r;
                    lines[i] = lines[t];
                }
                // A `for` loop's back edge (or a `continue`) runs the loop's `ForIter` at
                // once.
                Some(Instr::ForIter { .. }) if t <= i => {
                    instrs[i] = Instr::JumpForIter { target: to };
                }
                _ => {}
            }
        }
    }
}

/// The target of a branch: every jump but `ForIter`'s, `YieldFrom`'s and `JumpForIter`'s
/// (which `thread_jumps` leaves as they are: the last must land on its `ForIter`).
fn branch_target(ins: &mut Instr) -> Option<&mut Label> {
    match ins {
        Instr::Jump { target }
        | Instr::JumpIfFalse { target, .. }
        | Instr::JumpIfTrue { target, .. }
        | Instr::JumpIfNotNone { target, .. }
        | Instr::CompareJump { target, .. }
        | Instr::CompareJumpK { target, .. } => Some(target),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::opcodes::Instr;

    /// A `for` loop's back edge and its `continue` run the loop's `ForIter` at once.
    #[test]
    fn a_for_loops_back_edges_become_jump_for_iter() {
        let src = "for x in y:\n    if x:\n        continue\n    z = x\nwhile w:\n    w -= 1\n";
        let code = crate::compile_module(src, "m.py").expect("compiles");
        let for_iter = code
            .instrs
            .iter()
            .position(|i| matches!(i, Instr::ForIter { .. }))
            .expect("a ForIter");
        let backs: Vec<usize> = code
            .instrs
            .iter()
            .filter_map(|i| match i {
                Instr::JumpForIter { target } => Some(target.0 as usize),
                _ => None,
            })
            .collect();
        // (The `while` loop's back edge is not one.)
        assert_eq!(backs, vec![for_iter, for_iter]);
    }
}
