//! Code objects: what the compiler produces for a module, class body, function, lambda or
//! comprehension, and what the interpreter runs.
//!
//! Register layout of a frame (see docs/architecture.md): registers `0..nlocals` are the named
//! locals — parameters in CPython's order (positional, keyword-only, `*args`, `**kwargs`), then
//! the other locals, cell variables and free variables — and `nlocals..nregs` are temporaries.
//! Cell and free variables hold cell objects in their registers; `freevars` lists the
//! registers that receive the function's closure cells when a frame starts.

use num_bigint::BigInt;
use std::rc::Rc;

use crate::opcodes::{Instr, Reg};

/// Code flags (a subset of CPython's `co_flags`, with CPython's values where they exist).
pub mod flags {
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Calling the function makes a generator, coroutine or async generator object.
    pub const RESUMABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
    /// Molt: the frame is left out of tracebacks (inlined comprehensions, as in 3.12).
    pub const HIDDEN: u32 = 0x1000_0000;
    /// Molt: a class body; names resolve through the frame's namespace dict.
    pub const CLASS_BODY: u32 = 0x2000_0000;
    /// Molt: module-level code.
    pub const MODULE: u32 = 0x4000_0000;
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    /// A frozenset of constants, items in source order (set displays of 3+ constants).
    FrozenSet(Rc<[Const]>),
    Code(Rc<Code>),
}

impl PartialEq for Const {
    /// Constants are deduplicated by identity of value *and type*: `1`, `1.0` and `True`
    /// stay distinct, as do `0.0` and `-0.0`.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Const::None, Const::None)
            | (Const::True, Const::True)
            | (Const::False, Const::False)
            | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::BigInt(a), Const::BigInt(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex(a, b), Const::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) => a == b,
            (Const::FrozenSet(a), Const::FrozenSet(b)) => a == b,
            (Const::Code(a), Const::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` jumps to `target` with the exception in register `exc`.
/// When rows overlap, the one with the greatest lexical `depth` (the innermost) wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub depth: u16,
    pub target: u32,
    pub exc: Reg,
}

/// The source line of each instruction of a code object, kept as runs (the first
/// instruction of each run of instructions on one line, and the line): a code object's
/// instructions mostly come several to a line, and one `u32` per instruction was a tenth
/// of the memory a program's loaded code took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTable {
    /// (first pc, line), pcs increasing, the first at 0.
    runs: Box<[(u32, u32)]>,
    /// How many instructions it covers.
    len: u32,
}

impl LineTable {
    /// The table of `lines`, one per instruction.
    pub fn from_lines(lines: &[u32]) -> LineTable {
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for (pc, &l) in lines.iter().enumerate() {
            if runs.last().is_none_or(|&(_, last)| last != l) {
                runs.push((pc as u32, l));
            }
        }
        LineTable {
            runs: runs.into_boxed_slice(),
            len: lines.len() as u32,
        }
    }

    /// The line of the instruction at `pc`; None past the last instruction.
    pub fn get(&self, pc: usize) -> Option<u32> {
        if pc >= self.len as usize {
            return None;
        }
        let k = self
            .runs
            .partition_point(|&(start, _)| start as usize <= pc);
        Some(self.runs[k - 1].1)
    }

    /// How many instructions the table covers.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len as usize
    }

    /// The line of each instruction in turn.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.runs
            .iter()
            .enumerate()
            .flat_map(move |(k, &(start, line))| {
                let end = self.runs.get(k + 1).map_or(self.len, |r| r.0);
                (start..end).map(move |_| line)
            })
    }
}

/// A compiled code object.
#[derive(Clone, Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub flags: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    /// Registers holding named locals (parameters, locals, cells, frees).
    pub nlocals: u16,
    /// Registers in all.
    pub nregs: u16,
    /// Names of registers `0..nlocals`.
    pub varnames: Box<[Rc<str>]>,
    /// Registers that receive the closure's cells, in closure order.
    pub freevars: Box<[Reg]>,
    /// Registers holding this code's own cells (for `MakeCell` at entry and introspection).
    pub cellvars: Box<[Reg]>,
    pub consts: Box<[Const]>,
    pub names: Box<[Rc<str>]>,
    pub instrs: Box<[Instr]>,
    /// Source line of each instruction (as many as `instrs`).
    pub lines: LineTable,
    pub exc_table: Box<[ExcEntry]>,
    /// Docstring, when the body starts with one.
    pub doc: Option<Rc<str>>,
}

impl Code {
    /// Code objects compare by value, as CPython's do: everything but the file name.
    pub fn same_as(&self, other: &Code) -> bool {
        self.name == other.name
            && self.qualname == other.qualname
            && self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.flags == other.flags
            && self.firstlineno == other.firstlineno
            && self.instrs == other.instrs
            && self.lines == other.lines
            && self.varnames == other.varnames
            && self.names == other.names
            && self.freevars == other.freevars
            && self.cellvars == other.cellvars
            && self.exc_table == other.exc_table
            && self.consts.len() == other.consts.len()
            && self
                .consts
                .iter()
                .zip(&other.consts)
                .all(|(a, b)| match (a, b) {
                    (Const::Code(x), Const::Code(y)) => x.same_as(y),
                    _ => a == b,
                })
    }

    /// Calling it returns a generator, coroutine or async generator instead of running it.
    pub fn is_resumable(&self) -> bool {
        self.flags & flags::RESUMABLE != 0
    }
    pub fn has_varargs(&self) -> bool {
        self.flags & flags::VARARGS != 0
    }
    pub fn has_varkw(&self) -> bool {
        self.flags & flags::VARKEYWORDS != 0
    }
    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).unwrap_or(self.firstlineno)
    }
    /// The innermost exception-table row covering `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .filter(|e| e.start <= pc && pc < e.end)
            .max_by_key(|e| e.depth)
            .copied()
    }
    /// Every code object nested in this one's constants, depth first.
    pub fn nested(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Const::Code(c) => Some(c),
            _ => None,
        })
    }
}
