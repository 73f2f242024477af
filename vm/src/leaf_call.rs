//! Calls of small leaf functions run before their frame is pushed.
//!
//! Much object-oriented Python calls methods whose body reads an attribute or two,
//! compares and returns (`def output(self): return self.b if self.direction == FORWARD
//! else self.a`, `def is_satisfied(self): return self.satisfied`). For such a call the
//! frame record's push and pop, and the switches of the loop's code, instructions and
//! caches to the callee and back, cost more than the body.
//!
//! So a call of a *leaf* code object (`is_leaf`: every instruction one this module
//! knows, every jump forward) has its registers set up on the stack as for any call, and
//! then `run` executes its instructions there, without a frame record, as long as each one
//! completes on its fast path: a cached attribute load or store, a cached global, a
//! comparison or arithmetic of plain numbers, an item of a list, a jump. None of these runs
//! Python code, raises, or reads the frame stack (no traceback, `sys._getframe` or
//! collection can happen in between: collections and finalisers wait for call
//! boundaries), so executing them here is executing them in the loop. When the body
//! returns, the call is over. When an instruction needs more than its fast path, `run`
//! stops before it and the caller pushes the frame record and continues the frame at that
//! instruction in the loop, with the registers as they are: nothing is done twice.
//!
//! The instructions' fast paths are the loop's own helpers (attr_cache's, the globals'
//! cache, `fast_compare`...), so each instruction still means one thing.

use std::cell::Cell;

use molt_builtins::object::CodeObject;
use molt_builtins::ops::cmp::CmpOp;
use molt_builtins::ops::num::small_int_op;
use molt_builtins::{Runtime, Value};
use molt_bytecode::opcodes::{BinOp, Imm, Instr};

use crate::interp_support::{
    cached_global, compare_jump_op, fast_compare, getitem_fast, inplace_fast, numeric_fast,
};
use crate::regs::{get, get_mut};

/// How a leaf body run by `run` ended.
pub(crate) enum Leaf {
    /// It returned this value.
    Returned(Value),
    /// It stopped before the instruction at this pc, which the loop is to execute with the
    /// frame pushed.
    Stopped(usize),
}

/// `CodeObject::leaf`: not yet known; a leaf; not a leaf.
const UNKNOWN: u8 = 0;
const LEAF: u8 = 1;
const NOT_LEAF: u8 = 2;

/// Whether `code` is a leaf for `run` (worked out at its first call, and kept in the code
/// object): every instruction one `run` executes, every jump forward. (Only worth it for a
/// body `run` can finish: one that calls pushes a frame for its callee anyway.)
#[inline(always)]
pub(crate) fn is_leaf(code: &CodeObject) -> bool {
    match code.leaf.get() {
        UNKNOWN => classify(&code.code.instrs, &code.leaf),
        l => l == LEAF,
    }
}

#[cold]
#[inline(never)]
fn classify(instrs: &[Instr], flag: &Cell<u8>) -> bool {
    let leaf = instrs.len() <= 64
        && instrs.iter().enumerate().all(|(pc, ins)| match *ins {
            Instr::Jump { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfNotNone { target, .. }
            | Instr::CompareJump { target, .. }
            | Instr::CompareJumpK { target, .. } => target.0 as usize > pc,
            _ => known(ins),
        });
    flag.set(if leaf { LEAF } else { NOT_LEAF });
    leaf
}

/// Whether `run` executes `ins` (on its fast path).
fn known(ins: &Instr) -> bool {
    matches!(
        ins,
        Instr::Nop {}
            | Instr::LoadConst { .. }
            | Instr::Move { .. }
            | Instr::LoadFast { .. }
            | Instr::LoadGlobal { .. }
            | Instr::LoadAttr { .. }
            | Instr::StoreAttr { .. }
            | Instr::Add { .. }
            | Instr::Sub { .. }
            | Instr::AddK { .. }
            | Instr::SubK { .. }
            | Instr::Mul { .. }
            | Instr::FloorDiv { .. }
            | Instr::Mod { .. }
            | Instr::BinaryOp { .. }
            | Instr::BinaryOpK { .. }
            | Instr::InplaceOp { .. }
            | Instr::InplaceOpK { .. }
            | Instr::GetItem { .. }
            | Instr::Lt { .. }
            | Instr::Le { .. }
            | Instr::Eq { .. }
            | Instr::Ne { .. }
            | Instr::Gt { .. }
            | Instr::Ge { .. }
            | Instr::Is { .. }
            | Instr::IsNot { .. }
            | Instr::Return { .. }
            | Instr::ReturnK { .. }
            | Instr::ReturnAttr { .. }
    )
}

/// Runs leaf `code` (with `globals`) in the registers from `base` of `stack`, set up as
/// for a frame of it (crate::regs' invariant holds for them), from its first instruction:
/// until it returns, or up to the first instruction that needs more than its fast path
/// (see the module comment).
#[inline(never)]
pub(crate) fn run(
    rt: &Runtime,
    code: &CodeObject,
    globals: &Value,
    stack: &mut [Value],
    base: usize,
) -> Leaf {
    let instrs = &code.code.instrs[..];
    let caches = code.attr_caches();
    let mut pc = 0;
    // (The frame's registers from `base` on, indexed by register: one pointer live in the
    // loop rather than the stack's and the base. `base + r` is below the stack's length for
    // every register `r` of the code, crate::regs's invariant, so `r` is below this
    // slice's.)
    let regs = &mut stack[base..];
    macro_rules! reg {
        ($r:expr) => {
            get(regs, $r.idx())
        };
    }
    macro_rules! set {
        ($r:expr, $v:expr) => {{
            let v: Value = $v;
            *get_mut(regs, $r.idx()) = v;
        }};
    }
    // (The fast path's answer; None stops before the instruction.)
    macro_rules! fast {
        ($e:expr) => {
            match $e {
                Some(v) => v,
                None => return Leaf::Stopped(pc),
            }
        };
    }
    macro_rules! cmp_into {
        ($dst:expr, $a:expr, $b:expr, $op:expr) => {
            set!(
                $dst,
                Value::bool(fast!(fast_compare(reg!($a), reg!($b), $op)))
            )
        };
    }
    macro_rules! jump {
        ($target:expr) => {{
            pc = $target.0 as usize;
            continue;
        }};
    }
    loop {
        // (`pc` is an instruction's: the code's last instruction is a return or a jump,
        // and jumps go to instructions; see crate::code_fetch.)
        match *crate::code_fetch::at(instrs, pc) {
            Instr::Nop {} => {}
            Instr::LoadConst { dst, k } => set!(dst, code.consts[k.0 as usize].clone()),
            Instr::Move { dst, src } => set!(dst, reg!(src).clone()),
            Instr::LoadFast { dst, src } => set!(dst, fast!(reg!(src).clone_bound())),
            Instr::LoadGlobal { dst, name } => {
                set!(
                    dst,
                    fast!(cached_global(rt, code, caches, name.0 as usize, globals))
                )
            }
            Instr::LoadAttr { dst, obj, site, .. } => {
                let at = crate::code_fetch::site_at(caches, pc, site);
                set!(dst, fast!(crate::attr_cache::fast_load(rt, at, reg!(obj))))
            }
            Instr::StoreAttr { obj, src, site, .. } => {
                let at = crate::code_fetch::site_at(caches, pc, site);
                if !crate::attr_cache::fast_store(rt, at, reg!(obj), reg!(src)) {
                    return Leaf::Stopped(pc);
                }
            }
            Instr::Add { dst, a, b } => set!(dst, fast!(arith(BinOp::Add, reg!(a), reg!(b)))),
            Instr::Sub { dst, a, b } => set!(dst, fast!(arith(BinOp::Sub, reg!(a), reg!(b)))),
            Instr::AddK { dst, a, k } => {
                set!(
                    dst,
                    fast!(arith(BinOp::Add, reg!(a), &code.consts[k.0 as usize]))
                )
            }
            Instr::SubK { dst, a, k } => {
                set!(
                    dst,
                    fast!(arith(BinOp::Sub, reg!(a), &code.consts[k.0 as usize]))
                )
            }
            Instr::GetItem { .. }
            | Instr::Mul { .. }
            | Instr::FloorDiv { .. }
            | Instr::Mod { .. }
            | Instr::BinaryOp { .. }
            | Instr::BinaryOpK { .. }
            | Instr::InplaceOp { .. }
            | Instr::InplaceOpK { .. } => {
                if !other_op(rt, code, pc, regs) {
                    return Leaf::Stopped(pc);
                }
            }
            Instr::Lt { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Lt),
            Instr::Le { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Le),
            Instr::Eq { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Eq),
            Instr::Ne { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Ne),
            Instr::Gt { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Gt),
            Instr::Ge { dst, a, b } => cmp_into!(dst, a, b, CmpOp::Ge),
            Instr::Is { dst, a, b } => set!(dst, Value::bool(reg!(a).is(reg!(b)))),
            Instr::IsNot { dst, a, b } => set!(dst, Value::bool(!reg!(a).is(reg!(b)))),
            // (Jumps go forward: `is_leaf`.)
            Instr::Jump { target } => jump!(target),
            Instr::JumpIfFalse { cond, target } => {
                if !fast!(reg!(cond).as_bool()) {
                    jump!(target)
                }
            }
            Instr::JumpIfTrue { cond, target } => {
                if fast!(reg!(cond).as_bool()) {
                    jump!(target)
                }
            }
            Instr::JumpIfNotNone { src, target } => {
                if !reg!(src).is_none() {
                    jump!(target)
                }
            }
            Instr::CompareJump { a, b, op, target } => {
                let (x, y) = (reg!(a), reg!(b));
                match compare_jumps(x, y, op) {
                    Some(true) => jump!(target),
                    Some(false) => {}
                    None => return Leaf::Stopped(pc),
                }
            }
            Instr::CompareJumpK { a, k, op, target } => {
                let (x, y) = (reg!(a), &code.consts[k.0 as usize]);
                match compare_jumps(x, y, op) {
                    Some(true) => jump!(target),
                    Some(false) => {}
                    None => return Leaf::Stopped(pc),
                }
            }
            Instr::Return { src } => {
                return Leaf::Returned(std::mem::replace(get_mut(regs, src.idx()), Value::NONE))
            }
            Instr::ReturnK { k } => return Leaf::Returned(code.consts[k.0 as usize].clone()),
            Instr::ReturnAttr { obj, site, .. } => {
                let at = crate::code_fetch::site_at(caches, pc, site);
                return Leaf::Returned(fast!(crate::attr_cache::fast_load(rt, at, reg!(obj))));
            }
            _ => return Leaf::Stopped(pc),
        }
        pc += 1;
    }
}

/// The rarer instructions of `run`'s on their fast paths (arithmetic past `+` and `-`, an
/// item of a list, tuple, str or dict), kept out of its loop, on the frame's registers
/// `regs` (as `run`'s): whether the instruction at `pc` was executed (false: nothing
/// done).
#[inline(never)]
fn other_op(rt: &Runtime, code: &CodeObject, pc: usize, regs: &mut [Value]) -> bool {
    macro_rules! reg {
        ($r:expr) => {
            get(regs, $r.idx())
        };
    }
    macro_rules! set {
        ($r:expr, $v:expr) => {{
            let v: Value = $v;
            *get_mut(regs, $r.idx()) = v;
        }};
    }
    macro_rules! fast {
        ($e:expr) => {
            match $e {
                Some(v) => v,
                None => return false,
            }
        };
    }
    match *crate::code_fetch::at(&code.code.instrs, pc) {
        Instr::GetItem { dst, obj, key } => {
            set!(dst, fast!(getitem_fast(rt, reg!(obj), reg!(key))))
        }
        Instr::Mul { dst, a, b } => set!(dst, fast!(arith(BinOp::Mul, reg!(a), reg!(b)))),
        Instr::FloorDiv { dst, a, b } => {
            set!(dst, fast!(small_int_op(BinOp::FloorDiv, reg!(a), reg!(b))))
        }
        Instr::Mod { dst, a, b } => {
            set!(dst, fast!(small_int_op(BinOp::Mod, reg!(a), reg!(b))))
        }
        Instr::BinaryOp { dst, a, b, op } => {
            let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
            set!(dst, fast!(small_int_op(op, reg!(a), reg!(b))))
        }
        Instr::BinaryOpK { dst, a, k, op } => {
            let (r, kv) = (reg!(a), &code.consts[k.0 as usize]);
            let (x, y) = if op.0 & BinOp::K_LEFT != 0 {
                (kv, r)
            } else {
                (r, kv)
            };
            set!(dst, fast!(numeric_fast(op.0 & !BinOp::K_LEFT, x, y)))
        }
        Instr::InplaceOp { dst, a, b, op } => {
            let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
            set!(dst, fast!(inplace_fast(reg!(a), reg!(b), op)))
        }
        Instr::InplaceOpK { dst, a, k, op } => {
            let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
            set!(
                dst,
                fast!(inplace_fast(reg!(a), &code.consts[k.0 as usize], op))
            )
        }
        _ => return false,
    }
    true
}

/// `x <op> y` on the loop's fast path for `+`, `-` and `*` of plain numbers (`numeric_fast`).
#[inline(always)]
fn arith(op: BinOp, x: &Value, y: &Value) -> Option<Value> {
    numeric_fast(op as u16, x, y)
}

/// Whether a CompareJump(K) with operands `x` and `y` and operand `op` jumps, when its fast
/// path knows (an identity test, or a comparison `fast_compare` makes).
#[inline(always)]
fn compare_jumps(x: &Value, y: &Value, op: Imm) -> Option<bool> {
    if op.0 & 7 == 6 {
        return Some(x.is(y) == (op.0 & 8 != 0));
    }
    let (cmp, jump_if) = compare_jump_op(op);
    fast_compare(x, y, cmp).map(|t| t == jump_if)
}

#[cfg(test)]
mod tests {
    use crate::{PyObject, Python, Vm};
    use molt_builtins::Kind;

    fn leaf(vm: &mut Vm, name: &str) -> bool {
        let f: PyObject = vm.get(name).unwrap();
        match f.value().kind() {
            Some(Kind::Function(fo)) => super::is_leaf(&fo.code),
            _ => panic!("{name} is not a function"),
        }
    }

    /// Bodies of reads, comparisons and forward jumps are leaves; one that calls, loops
    /// or builds a container is not.
    #[test]
    fn classifies_bodies() {
        let mut vm = Vm::new();
        vm.exec(concat!(
            "K = 1\n",
            "def get(o):\n    return o.x\n",
            "def pick(o):\n    return o.a if o.d == K else o.b\n",
            "def put(o, v):\n    o.x = v + 1\n",
            "def calls(o):\n    return len(o)\n",
            "def loops(n):\n    while n:\n        n -= 1\n",
            "def builds(o):\n    return [o]\n",
        ))
        .unwrap();
        for name in ["get", "pick", "put"] {
            assert!(leaf(&mut vm, name), "{name}");
        }
        for name in ["calls", "loops", "builds"] {
            assert!(!leaf(&mut vm, name), "{name}");
        }
    }

    /// A leaf whose fast path falls short part-way goes on in its frame from there: the
    /// store before the comparison is made once, the comparison's `__eq__` runs once.
    #[test]
    fn stops_and_goes_on() {
        let mut vm = Vm::new();
        vm.exec(concat!(
            "log = []\n",
            "class Eq:\n    def __eq__(self, o):\n        log.append('eq')\n        return True\n",
            "class C:\n    pass\n",
            "def f(o, v):\n    o.n = o.n + 1\n    return o.a if o.d == v else o.b\n",
            "c = C()\nc.n = 0\nc.a = 'a'\nc.b = 'b'\nc.d = 1\n",
            "r1 = f(c, 1)\nc.d = Eq()\nr2 = f(c, 2)\n",
        ))
        .unwrap();
        let got: String = vm.eval("repr((r1, r2, c.n, log))").unwrap();
        assert_eq!(got, "('a', 'a', 2, ['eq'])");
    }
}
