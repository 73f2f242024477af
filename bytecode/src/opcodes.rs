//! The Molt instruction set, defined once.
//!
//! Molt bytecode is a register machine. A code object has `nregs` registers: its local
//! variables first (parameters in order, then the other locals), then temporaries. An
//! instruction names its operand registers and constants directly, so `x = a + b` is one
//! instruction: `Add r2, r0, r1`.
//!
//! ## Encoding
//! In memory an instruction is the Rust enum [`Instr`] (at most 12 bytes, `Copy`): a one-byte tag
//! followed by its operands. Operand kinds and their widths:
//!
//! ```text
//!   Reg    u16  a register of the current frame            shown as  r7
//!   Konst  u16  an index into the code object's constants  shown as  k3 (repr of the constant)
//!   Name   u16  an index into the code object's names      shown as  n1 (the name)
//!   Label  u32  an instruction index (jump target)         shown as  ->42
//!   Imm    u16  an immediate count or flag                 shown as  5
//! ```
//!
//! In a snapshot file the same instruction is the tag byte followed by each operand in
//! little-endian order (see [`Instr::encode`] / [`Instr::decode`]).
//!
//! ## Naming rules
//! Each line of [`for_each_op!`] carries its meaning in register notation: `R[x]` is a
//! register, `K[k]` a constant, `N[n]` a name, `pc` the instruction index. Operands that
//! name a *run* of consecutive registers are called `start`/`base` with a count.
//!
//! ## Adding an opcode
//! Add one line to the table below. The enum, the operand accessors, the encoder, the
//! decoder and the disassembler follow from it; the interpreter's `match` is exhaustive,
//! so the build fails until the interpreter handles the new instruction.

use std::fmt;

/// A register of the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);
/// An index into the code object's constant pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Konst(pub u16);
/// An index into the code object's name table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Name(pub u16);
/// A jump target: an instruction index in the same code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);
/// An immediate operand: a count, a flag or an operator number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Imm(pub u16);

impl Reg {
    #[inline(always)]
    pub fn idx(self) -> usize {
        self.0 as usize
    }
    pub fn offset(self, n: usize) -> Reg {
        Reg(self.0 + n as u16)
    }
}

/// One operand of an instruction, for the encoder, the decoder and the disassembler.
pub trait Operand: Copy {
    const SIZE: usize;
    fn encode(self, out: &mut Vec<u8>);
    fn decode(bytes: &[u8]) -> Self;
    fn kind(self) -> OperandKind;
}

/// What an operand is, as the disassembler and the verifier see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    Reg(u16),
    Konst(u16),
    Name(u16),
    Label(u32),
    Imm(u16),
}

macro_rules! operand16 {
    ($t:ident) => {
        impl Operand for $t {
            const SIZE: usize = 2;
            fn encode(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.0.to_le_bytes());
            }
            fn decode(b: &[u8]) -> Self {
                $t(u16::from_le_bytes([b[0], b[1]]))
            }
            fn kind(self) -> OperandKind {
                OperandKind::$t(self.0)
            }
        }
    };
}
operand16!(Reg);
operand16!(Konst);
operand16!(Name);
operand16!(Imm);

impl Operand for Label {
    const SIZE: usize = 4;
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(b: &[u8]) -> Self {
        Label(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn kind(self) -> OperandKind {
        OperandKind::Label(self.0)
    }
}

/// The table of every instruction: `Name { operand: Kind, ... } = "meaning"`.
/// Invoke it with a macro that takes the list and generates code from it.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            Nop {} = "do nothing";
            LoadConst { dst: Reg, k: Konst } = "R[dst] := K[k]";
            Move { dst: Reg, src: Reg } = "R[dst] := R[src]";
            ClearTemps { start: Reg, count: Imm } = "R[start..start+count] := None (module-level temporaries after a statement)";
            Unbind { start: Reg, count: Imm } = "R[start..start+count] := unbound (an inlined comprehension's variables after its loop)";
            LoadFast { dst: Reg, src: Reg } = "R[dst] := R[src]; UnboundLocalError if the local R[src] is unbound";
            DeleteFast { reg: Reg } = "unbind local R[reg]; UnboundLocalError if already unbound";
            LoadGlobal { dst: Reg, name: Name } = "R[dst] := globals[N[name]] or builtins[N[name]]; NameError";
            StoreGlobal { name: Name, src: Reg, take: Imm } = "globals[N[name]] := R[src]; take≠0: R[src] := None (its last use: the temporary does not keep the value alive)";
            DeleteGlobal { name: Name } = "del globals[N[name]]";
            LoadName { dst: Reg, name: Name } = "R[dst] := locals[N] or globals[N] or builtins[N] (class bodies)";
            StoreName { name: Name, src: Reg, take: Imm } = "locals[N[name]] := R[src]; take≠0: R[src] := None";
            DeleteName { name: Name } = "del locals[N[name]]";
            LoadClassDeref { dst: Reg, name: Name, cell: Reg } = "R[dst] := locals[N] if present else cell R[cell]'s content";
            LoadLocals { dst: Reg } = "R[dst] := the frame's namespace (a class body's, or module-level code's with separate locals; else the globals)";
            LoadDictOrGlobal { dst: Reg, dict: Reg, name: Name } = "R[dst] := (mapping in cell R[dict])[N] if present, else global or builtin N (annotation scopes in a class)";
            LoadDictOrDeref { dst: Reg, dict: Reg, name: Name, cell: Reg } = "R[dst] := (mapping in cell R[dict])[N] if present, else cell R[cell]'s content";
            MakeCell { reg: Reg } = "R[reg] := new cell holding R[reg] (or empty if unbound)";
            LoadDeref { dst: Reg, cell: Reg } = "R[dst] := content of cell R[cell]; NameError if empty";
            StoreDeref { cell: Reg, src: Reg } = "content of cell R[cell] := R[src]";
            DeleteDeref { cell: Reg } = "empty cell R[cell]";
            LoadAttr { dst: Reg, obj: Reg, name: Name, site: Imm } = "R[dst] := R[obj].N[name] (site: the attribute site's number, see `number_attr_sites`)";
            StoreAttr { obj: Reg, name: Name, src: Reg, site: Imm } = "R[obj].N[name] := R[src] (site as for LoadAttr)";
            DeleteAttr { obj: Reg, name: Name } = "del R[obj].N[name]";
            LoadMethod { base: Reg, obj: Reg, name: Name, site: Imm } = "R[base], R[base+1] := unbound method and self, or attribute and NULL (site as for LoadAttr)";
            GetItem { dst: Reg, obj: Reg, key: Reg } = "R[dst] := R[obj][R[key]]";
            SetItem { obj: Reg, key: Reg, src: Reg } = "R[obj][R[key]] := R[src]";
            DeleteItem { obj: Reg, key: Reg } = "del R[obj][R[key]]";
            Add { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] + R[b]";
            Sub { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] - R[b]";
            Mul { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] * R[b]";
            AddK { dst: Reg, a: Reg, k: Konst } = "R[dst] := R[a] + K[k] (K[k] an int or float)";
            SubK { dst: Reg, a: Reg, k: Konst } = "R[dst] := R[a] - K[k] (K[k] an int or float)";
            TrueDiv { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] / R[b]";
            FloorDiv { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] // R[b]";
            Mod { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] % R[b]";
            BinaryOp { dst: Reg, a: Reg, b: Reg, op: Imm } = "R[dst] := R[a] <op> R[b] for the other operators (see BinOp)";
            InplaceOp { dst: Reg, a: Reg, b: Reg, op: Imm } = "R[dst] := R[a] <op>= R[b] (__iadd__ and friends, see BinOp)";
            InplaceOpK { dst: Reg, a: Reg, k: Konst, op: Imm } = "R[dst] := R[a] <op>= K[k] (K[k] an int or float)";
            BinaryOpK { dst: Reg, a: Reg, k: Konst, op: Imm } = "R[dst] := R[a] <op> K[k], or K[k] <op> R[a] when op has BinOp::K_LEFT (K[k] an int or float; + and - with K[k] on the right are AddK and SubK)";
            Lt { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] < R[b]";
            Le { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] <= R[b]";
            Eq { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] == R[b]";
            Ne { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] != R[b]";
            Gt { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] > R[b]";
            Ge { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] >= R[b]";
            Is { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] is R[b]";
            IsNot { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] is not R[b]";
            In { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] in R[b]";
            NotIn { dst: Reg, a: Reg, b: Reg } = "R[dst] := R[a] not in R[b]";
            Neg { dst: Reg, src: Reg } = "R[dst] := -R[src]";
            Pos { dst: Reg, src: Reg } = "R[dst] := +R[src]";
            Invert { dst: Reg, src: Reg } = "R[dst] := ~R[src]";
            Not { dst: Reg, src: Reg } = "R[dst] := not R[src]";
            ToBool { dst: Reg, src: Reg } = "R[dst] := bool(R[src])";
            Jump { target: Label } = "pc := target";
            JumpIfFalse { cond: Reg, target: Label } = "if not R[cond]: pc := target";
            JumpIfTrue { cond: Reg, target: Label } = "if R[cond]: pc := target";
            JumpIfNotNone { src: Reg, target: Label } = "if R[src] is not None: pc := target";
            CompareJumpK { a: Reg, k: Konst, op: Imm, target: Label } = "like CompareJump with K[k] (an int or float; None, True or False for `is`) as the right operand";
            CompareJump { a: Reg, b: Reg, op: Imm, target: Label } = "if (R[a] <cmp> R[b]) == jump_if: pc := target; op = cmp (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=, 6 is) | jump_if << 3";
            GetIter { dst: Reg, src: Reg } = "R[dst] := iter(R[src])";
            ForIter { dst: Reg, iter: Reg, target: Label } = "R[dst] := next(R[iter]), or pc := target when exhausted";
            JumpForIter { target: Label } = "pc := target, the ForIter of a for loop, run at once: the loop's back edge";
            BuildList { dst: Reg, start: Reg, count: Imm } = "R[dst] := [R[start], ..., R[start+count-1]]";
            BuildTuple { dst: Reg, start: Reg, count: Imm } = "R[dst] := (R[start], ..., R[start+count-1])";
            BuildSet { dst: Reg, start: Reg, count: Imm } = "R[dst] := {R[start], ..., R[start+count-1]}";
            BuildMap { dst: Reg, start: Reg, count: Imm } = "R[dst] := {R[start]: R[start+1], ...} with count pairs";
            BuildString { dst: Reg, start: Reg, count: Imm } = "R[dst] := ''.join(R[start..start+count])";
            BuildSlice { dst: Reg, start: Reg } = "R[dst] := slice(R[start], R[start+1], R[start+2])";
            ListAppend { list: Reg, src: Reg } = "R[list].append(R[src])";
            ListExtend { list: Reg, src: Reg } = "R[list].extend(R[src])";
            CallArgsExtend { list: Reg, src: Reg, func: Reg } = "R[list].extend(R[src]) for R[func](*x); TypeError naming R[func] if R[src] is not iterable";
            SetAdd { set: Reg, src: Reg } = "R[set].add(R[src])";
            SetUpdate { set: Reg, src: Reg } = "R[set].update(R[src])";
            MapAdd { map: Reg, key: Reg, src: Reg } = "R[map][R[key]] := R[src]";
            DictUpdate { map: Reg, src: Reg } = "R[map].update(R[src]) for {**x}";
            DictMerge { map: Reg, src: Reg, func: Reg } = "R[map].update(R[src]) for R[func](**x); TypeError on a repeated keyword";
            ListToTuple { dst: Reg, src: Reg } = "R[dst] := tuple(R[src])";
            UnpackSequence { start: Reg, src: Reg, count: Imm } = "R[start..start+count] := R[src], exactly count items";
            UnpackEx { start: Reg, src: Reg, before: Imm, after: Imm } = "R[start..] := before items, a list of the rest, after items";
            FormatValue { dst: Reg, src: Reg, conv: Imm } = "R[dst] := format(R[src] converted by conv (0 none, 1 str, 2 repr, 3 ascii), '')";
            FormatWithSpec { dst: Reg, src: Reg, spec: Reg } = "R[dst] := format(R[src], R[spec])";
            Call { dst: Reg, func: Reg, argc: Imm } = "R[dst] := R[func](R[func+1], ..., R[func+argc])";
            CallGlobal { dst: Reg, func: Reg, argc: Imm, name: Name } = "R[func] := global N[name]; then as Call";
            CallMethod { dst: Reg, base: Reg, argc: Imm } = "R[dst] := R[base](R[base+1]?, R[base+2], ...) after LoadMethod";
            CallKw { dst: Reg, func: Reg, argc: Imm, kwnames: Konst } = "like Call; the last len(K[kwnames]) arguments are keywords";
            CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg } = "R[dst] := R[func](*R[args], **R[kwargs]) (kwargs may be None)";
            MakeFunction { dst: Reg, code: Konst, base: Reg } = "R[dst] := function(K[code]) with defaults R[base], kwdefaults R[base+1], closure R[base+2], annotations R[base+3]";
            MakeClass { dst: Reg, base: Reg, argc: Imm, kwnames: Konst } = "R[dst] := __build_class__(R[base], R[base+1..]) keywords as CallKw";
            MakeClassEx { dst: Reg, body: Reg, args: Reg, kwargs: Reg } = "R[dst] := __build_class__(R[body], *R[args], **R[kwargs]) (class bases with * or **; R[kwargs] may be None)";
            Return { src: Reg } = "return R[src]";
            ReturnK { k: Konst } = "return K[k]";
            ReturnAttr { dst: Reg, obj: Reg, name: Name, site: Imm } = "return R[obj].N[name] when the attribute site's cache has it; else R[dst] := R[obj].N[name] (as LoadAttr) and go on to the `Return R[dst]` that follows (site as for LoadAttr)";
            Yield { dst: Reg, src: Reg } = "suspend the generator yielding R[src]; on resume R[dst] := the value sent";
            YieldFrom { dst: Reg, iter: Reg, target: Label } = "delegate to R[iter]: yield what it yields; when it returns, R[dst] := its value and pc := target";
            GetYieldFromIter { dst: Reg, src: Reg } = "R[dst] := iter(R[src]) for yield from (generators pass through)";
            GetAwaitable { dst: Reg, src: Reg, ctx: Imm } = "R[dst] := the iterator `await R[src]` drives (a coroutine itself, or R[src].__await__()); ctx 1/2: the value came from __aenter__/__aexit__ (for the error message)";
            GetAIter { dst: Reg, src: Reg } = "R[dst] := type(R[src]).__aiter__(R[src]) for async for";
            GetANext { dst: Reg, iter: Reg } = "R[dst] := the awaitable of type(R[iter]).__anext__(R[iter]) for async for";
            CheckStopAsync { dst: Reg, exc: Reg } = "R[dst] := whether R[exc] is a StopAsyncIteration (the end of an async for)";
            AsyncGenWrap { dst: Reg, src: Reg } = "R[dst] := R[src] marked as a value yielded by an async generator (not by an await inside it)";
            AsyncWithEnter { exit: Reg, dst: Reg, mgr: Reg } = "R[exit] := bound R[mgr].__aexit__; R[dst] := R[mgr].__aenter__() (an awaitable)";
            Raise { exc: Reg, cause: Reg, kind: Imm } = "kind 0: re-raise the handled exception; 1: raise R[exc]; 2: raise R[exc] from R[cause]";
            Reraise { exc: Reg } = "raise R[exc] again, keeping its traceback (end of finally / unmatched except)";
            PushExcInfo { save: Reg, exc: Reg } = "R[save] := the handled exception; the handled exception := R[exc]";
            PopExcInfo { save: Reg } = "the handled exception := R[save]";
            CheckExcMatch { dst: Reg, exc: Reg, typ: Reg } = "R[dst] := isinstance(R[exc], R[typ]) for except clauses; TypeError if R[typ] is not an exception class";
            LoadAssertionError { dst: Reg } = "R[dst] := the builtin AssertionError";
            PrintExpr { src: Reg } = "interactive mode: show R[src] as sys.displayhook does (repr, unless None; builtins._ := it)";
            WithEnter { exit: Reg, dst: Reg, mgr: Reg } = "R[exit] := bound R[mgr].__exit__; R[dst] := R[mgr].__enter__()";
            WithExit { dst: Reg, exit: Reg, exc: Reg } = "R[dst] := R[exit](type(R[exc]), R[exc], tb) or R[exit](None, None, None) if R[exc] is None";
            ImportName { dst: Reg, name: Name, fromlist: Konst, level: Imm } = "R[dst] := __import__(N[name], fromlist=K[fromlist], level)";
            ImportFrom { dst: Reg, module: Reg, name: Name } = "R[dst] := R[module].N[name]; ImportError if absent";
            ImportStar { module: Reg } = "copy R[module]'s public names into the current namespace";
            SetupAnnotations {} = "ensure __annotations__ exists in the current namespace";
            ExcStarSplit { dst: Reg, rest: Reg, typ: Reg } = "except*: R[dst] := the part of exception R[rest] matching R[typ] (None if none); R[rest] := what is left";
            ExcStarCollect { raised: Reg, exc: Reg, part: Reg } = "except*: a handler for part R[part] raised R[exc]: append (R[exc], whether it is R[part] re-raised) to list R[raised]";
            ExcStarReraise { rest: Reg, orig: Reg, raised: Reg } = "after except* clauses: raise what CPython raises from the unhandled R[rest] and the handlers' exceptions in list R[raised] (R[orig]: the caught exception), if anything";
            MatchSequence { dst: Reg, src: Reg } = "R[dst] := R[src] is a sequence for `match` (not str, bytes, bytearray or a mapping)";
            MatchMapping { dst: Reg, src: Reg } = "R[dst] := R[src] is a mapping for `match`";
            GetLen { dst: Reg, src: Reg } = "R[dst] := len(R[src])";
            DictWithout { dst: Reg, src: Reg, keys: Reg } = "R[dst] := dict(R[src]) without the keys in tuple R[keys] (`**rest`)";
            MatchClass { dst: Reg, src: Reg, cls: Reg, kwnames: Konst, count: Imm } = "R[dst] := tuple of R[src]'s count positional (__match_args__) and K[kwnames] attributes if isinstance(R[src], R[cls]), else None";
            MatchKeys { dst: Reg, src: Reg, keys: Reg } = "R[dst] := tuple of R[src].get(k) for the keys in tuple R[keys] if mapping R[src] has them all, else None (ValueError for a duplicate key)";
        }
    };
}

macro_rules! define_instr {
    ($($op:ident { $($field:ident : $kind:ident),* } = $doc:literal;)*) => {
        /// One Molt instruction. See the module documentation for the encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $(
                #[doc = $doc]
                $op { $($field: $kind),* },
            )*
        }

        /// The tag of each instruction, in table order: the first byte of its encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Opcode {
            $($op,)*
        }

        impl Opcode {
            /// Every opcode in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$op,)*];
        }

        impl Instr {
            /// The instruction's opcode.
            pub fn opcode(&self) -> Opcode {
                match self {
                    $(Instr::$op { .. } => Opcode::$op,)*
                }
            }

            /// The instruction's mnemonic as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                self.opcode().name()
            }

            /// Operands in table order, for the disassembler and the verifier.
            pub fn operands(&self) -> Vec<(&'static str, OperandKind)> {
                match *self {
                    $(Instr::$op { $($field),* } => vec![$((stringify!($field), $field.kind())),*],)*
                }
            }

            /// Appends the instruction's snapshot encoding to `out`.
            pub fn encode(&self, out: &mut Vec<u8>) {
                out.push(self.opcode() as u8);
                match *self {
                    $(Instr::$op { $($field),* } => { $($field.encode(out);)* })*
                }
            }

            /// Decodes one instruction from the front of `bytes`, returning it and its length,
            /// or `None` if the bytes are not a whole valid instruction.
            pub fn decode(bytes: &[u8]) -> Option<(Instr, usize)> {
                let tag = *bytes.first()?;
                let op = *Opcode::ALL.get(tag as usize)?;
                #[allow(unused_mut, unused_variables)]
                let mut at = 1usize;
                match op {
                    $(Opcode::$op => {
                        $(
                            let need = at + <$kind as Operand>::SIZE;
                            if bytes.len() < need { return None; }
                            let $field = <$kind as Operand>::decode(&bytes[at..need]);
                            at = need;
                        )*
                        Some((Instr::$op { $($field),* }, at))
                    })*
                }
            }
        }

        impl Opcode {
            /// The mnemonic.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$op => stringify!($op),)*
                }
            }
            /// The documentation line of the opcode (its meaning in register notation).
            pub fn doc(self) -> &'static str {
                match self {
                    $(Opcode::$op => $doc,)*
                }
            }
            /// The operand names and kinds, as the table declares them.
            pub fn signature(self) -> &'static str {
                match self {
                    $(Opcode::$op => concat!($(stringify!($field), ":", stringify!($kind), " "),*),)*
                }
            }
        }
    };
}

for_each_op!(define_instr);

/// Binary operators that go through `BinaryOp` / `InplaceOp`, numbered as the `op` immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];
    /// Set in `BinaryOpK`'s `op` when the constant is the left operand.
    pub const K_LEFT: u16 = 0x100;
    pub fn from_imm(i: Imm) -> Option<BinOp> {
        BinOp::ALL.get(i.0 as usize).copied()
    }
    /// The operator as Python writes it (`+`), for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
    /// The dunder names: (forward, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name())?;
        for (i, (_, k)) in self.operands().iter().enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            match k {
                OperandKind::Reg(r) => write!(f, "r{r}")?,
                OperandKind::Konst(k) => write!(f, "k{k}")?,
                OperandKind::Name(n) => write!(f, "n{n}")?,
                OperandKind::Label(l) => write!(f, "->{l}")?,
                OperandKind::Imm(i) => write!(f, "{i}")?,
            }
        }
        Ok(())
    }
}

/// A hash of the opcode table (names and operand signatures, in order). Snapshots carry it,
/// so a snapshot written by a build with a different instruction set is rejected, not misread.
pub fn table_hash() -> u64 {
    // FNV-1a: stable across builds and platforms, unlike std's randomised hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for op in Opcode::ALL {
        for b in op.name().bytes().chain(op.signature().bytes()).chain([0u8]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The attribute site number of an attribute instruction (LoadAttr, StoreAttr, LoadMethod,
/// ReturnAttr), whose cache keeps a shape memo; None for any other instruction.
#[inline(always)]
pub fn attr_site(i: &Instr) -> Option<u16> {
    match i {
        Instr::LoadAttr { site, .. }
        | Instr::StoreAttr { site, .. }
        | Instr::LoadMethod { site, .. }
        | Instr::ReturnAttr { site, .. } => Some(site.0),
        _ => None,
    }
}

/// The largest attribute site number; the sites past it in a code object share it, and
/// the interpreter keeps no shape memo for them.
pub const MAX_ATTR_SITE: u16 = u16::MAX;

/// Numbers the attribute instructions of a code object in order (0, 1, 2...; those past
/// `MAX_ATTR_SITE` all get it), as `snapshot::verify` requires: the interpreter keeps each
/// site's shape memo at that index in an array of the code object's.
pub fn number_attr_sites(instrs: &mut [Instr]) {
    let mut n: u16 = 0;
    for i in instrs {
        if let Instr::LoadAttr { site, .. }
        | Instr::StoreAttr { site, .. }
        | Instr::LoadMethod { site, .. }
        | Instr::ReturnAttr { site, .. } = i
        {
            *site = Imm(n);
            n = n.saturating_add(1);
        }
    }
}

/// The number of shape memos a code object needs: one per attribute site numbered below
/// `MAX_ATTR_SITE`, and one more, which no site but those past the limit uses.
pub fn attr_memo_count(instrs: &[Instr]) -> usize {
    let sites = instrs.iter().filter(|i| attr_site(i).is_some()).count();
    sites.min(MAX_ATTR_SITE as usize) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_stays_small() {
        // A tag plus at most four u16 operands (or a u32 label): 12 bytes with alignment.
        // Packing to 8 bytes is tracked in docs/status.md.
        assert!(std::mem::size_of::<Instr>() <= 12);
    }

    #[test]
    fn encode_decode_round_trip() {
        let samples = [
            Instr::Nop {},
            Instr::LoadConst {
                dst: Reg(3),
                k: Konst(700),
            },
            Instr::Jump {
                target: Label(123_456),
            },
            Instr::CallKw {
                dst: Reg(1),
                func: Reg(2),
                argc: Imm(3),
                kwnames: Konst(4),
            },
            Instr::UnpackEx {
                start: Reg(9),
                src: Reg(1),
                before: Imm(2),
                after: Imm(1),
            },
        ];
        for ins in samples {
            let mut buf = Vec::new();
            ins.encode(&mut buf);
            let (back, n) = Instr::decode(&buf).unwrap();
            assert_eq!(back, ins);
            assert_eq!(n, buf.len());
            // Truncated encodings are rejected, not misread.
            if buf.len() > 1 {
                assert!(Instr::decode(&buf[..buf.len() - 1]).is_none());
            }
        }
        assert!(Instr::decode(&[255]).is_none());
    }

    #[test]
    fn opcode_tags_are_table_order() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
        }
    }
}
