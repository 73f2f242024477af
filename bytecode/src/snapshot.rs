//! The snapshot format: compiled modules as bytes, so lib/ ships precompiled inside the
//! binary (and, later, programs ship to WebAssembly without the compiler).
//!
//! ```text
//! header   "MOLTSNAP"  u32 format version  u64 opcode-table hash  u32 module count
//! index    per module: str name, u8 is_package, u32 offset, u32 length, u32 decoded
//!          length, u64 FNV-1a checksum (of the stored bytes)
//! payload  per module: one code object, LZ4-compressed (a block of `length` bytes that
//!          decodes to `decoded length`; offsets are relative to the payload's start)
//! code     str name, qualname, filename; u32 firstlineno, flags; u16 argcount,
//!          posonlyargcount, kwonlyargcount, nlocals, nregs; [str] varnames;
//!          [u16] freevars, cellvars; [const] consts; [str] names; u32 n, n instructions
//!          (Instr::encode); n × u32 lines; [exc entry]; u8 has_doc (+ str doc)
//! const    u8 tag + payload (ints as i64 or signed little-endian bytes, floats as bits,
//!          tuples/frozensets/code objects nested)
//! ```
//! All integers are little-endian; `str` is a u32 length and UTF-8 bytes; `[x]` a u32 count
//! then the items. Modules are compressed because the snapshot is part of the binary's
//! read-only data: every page a run reads of it stays resident (LZ4: a third of the size,
//! decoded at over a gigabyte a second). Nothing read is trusted: a wrong magic, version or
//! opcode-table hash rejects the snapshot; a module whose checksum fails, that does not
//! decode to its stated length, is larger than `MAX_MODULE`, is truncated, malformed or
//! nested too deeply, or whose instructions name a register, constant, name or jump target
//! out of range, is rejected with an error, never a panic.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::{Code, Const, ExcEntry};
use crate::opcodes::{table_hash, Instr, OperandKind, Reg};

const MAGIC: &[u8; 8] = b"MOLTSNAP";
const VERSION: u32 = 4;
/// The largest decoded module accepted (lib/'s largest is under 200 KB).
const MAX_MODULE: usize = 64 << 20;
/// Deepest nesting of constants and code objects accepted.
const MAX_DEPTH: usize = 64;

/// Why a snapshot or one of its modules was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotError(pub String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid snapshot: {}", self.0)
    }
}

type R<T> = Result<T, SnapshotError>;

fn bad<T>(what: &str) -> R<T> {
    Err(SnapshotError(what.to_string()))
}

/// FNV-1a over bytes (stable across builds and platforms).
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

// ---- writing --------------------------------------------------------------------------

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_u32(out, b.len() as u32);
    out.extend_from_slice(b);
}
fn put_str(out: &mut Vec<u8>, s: &str) {
    put_bytes(out, s.as_bytes());
}

fn put_const(out: &mut Vec<u8>, c: &Const) {
    match c {
        Const::None => out.push(0),
        Const::True => out.push(1),
        Const::False => out.push(2),
        Const::Ellipsis => out.push(3),
        Const::Int(i) => {
            out.push(4);
            put_u64(out, *i as u64);
        }
        Const::BigInt(b) => {
            out.push(5);
            put_bytes(out, &b.to_signed_bytes_le());
        }
        Const::Float(f) => {
            out.push(6);
            put_u64(out, f.to_bits());
        }
        Const::Complex(re, im) => {
            out.push(7);
            put_u64(out, re.to_bits());
            put_u64(out, im.to_bits());
        }
        Const::Str(s) => {
            out.push(8);
            put_str(out, s);
        }
        Const::Bytes(b) => {
            out.push(9);
            put_bytes(out, b);
        }
        Const::Tuple(items) | Const::FrozenSet(items) => {
            out.push(if matches!(c, Const::Tuple(_)) { 10 } else { 11 });
            put_u32(out, items.len() as u32);
            for it in items.iter() {
                put_const(out, it);
            }
        }
        Const::Code(code) => {
            out.push(12);
            put_code(out, code);
        }
    }
}

/// Appends the encoding of a code object (and the code objects among its constants).
pub fn put_code(out: &mut Vec<u8>, c: &Code) {
    put_str(out, &c.name);
    put_str(out, &c.qualname);
    put_str(out, &c.filename);
    put_u32(out, c.firstlineno);
    put_u32(out, c.flags);
    for v in [
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.nlocals,
        c.nregs,
    ] {
        put_u16(out, v);
    }
    put_u32(out, c.varnames.len() as u32);
    for v in &c.varnames {
        put_str(out, v);
    }
    for regs in [&c.freevars, &c.cellvars] {
        put_u32(out, regs.len() as u32);
        for r in regs.iter() {
            put_u16(out, r.0);
        }
    }
    put_u32(out, c.consts.len() as u32);
    for k in &c.consts {
        put_const(out, k);
    }
    put_u32(out, c.names.len() as u32);
    for n in &c.names {
        put_str(out, n);
    }
    put_u32(out, c.instrs.len() as u32);
    for i in &c.instrs {
        i.encode(out);
    }
    for l in c.lines.iter() {
        put_u32(out, l);
    }
    put_u32(out, c.exc_table.len() as u32);
    for e in &c.exc_table {
        put_u32(out, e.start);
        put_u32(out, e.end);
        put_u16(out, e.depth);
        put_u32(out, e.target);
        put_u16(out, e.exc.0);
    }
    match &c.doc {
        Some(d) => {
            out.push(1);
            put_str(out, d);
        }
        None => out.push(0),
    }
}

/// A whole snapshot of modules: (name, is_package, code).
pub fn build(modules: &[(String, bool, Rc<Code>)]) -> Vec<u8> {
    let mut payload = Vec::new();
    let mut index = Vec::new();
    for (name, pkg, code) in modules {
        let mut raw = Vec::new();
        put_code(&mut raw, code);
        let body = lz4_flex::block::compress(&raw);
        index.push((
            name.clone(),
            *pkg,
            payload.len() as u32,
            body.len() as u32,
            raw.len() as u32,
            checksum(&body),
        ));
        payload.extend_from_slice(&body);
    }
    let mut out = Vec::with_capacity(payload.len() + 64 * modules.len() + 32);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, VERSION);
    put_u64(&mut out, table_hash());
    put_u32(&mut out, index.len() as u32);
    for (name, pkg, off, len, raw_len, sum) in &index {
        put_str(&mut out, name);
        out.push(*pkg as u8);
        put_u32(&mut out, *off);
        put_u32(&mut out, *len);
        put_u32(&mut out, *raw_len);
        put_u64(&mut out, *sum);
    }
    out.extend_from_slice(&payload);
    out
}

// ---- reading --------------------------------------------------------------------------

/// A bounds-checked reader over untrusted bytes.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    /// The strings read so far: a name, a file name or a constant that recurs (every
    /// code object of a module names its file; `self` is in most methods' locals) is one
    /// shared `Rc<str>`, as marshal shares them in a .pyc.
    strs: hashbrown::HashMap<&'a [u8], Rc<str>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len());
        match end {
            Some(e) => {
                let s = &self.b[self.at..e];
                self.at = e;
                Ok(s)
            }
            None => bad("truncated"),
        }
    }
    fn u8(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> R<u16> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> R<u32> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self) -> R<u64> {
        let s = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
    /// A count of items each at least `min_size` bytes long (so a huge count in a short
    /// input is rejected before anything is allocated for it).
    fn count(&mut self, min_size: usize) -> R<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size.max(1)) > self.b.len() - self.at {
            return bad("count larger than the data");
        }
        Ok(n)
    }
    fn bytes(&mut self) -> R<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn str(&mut self) -> R<Rc<str>> {
        let b = self.bytes()?;
        if let Some(s) = self.strs.get(b) {
            return Ok(s.clone());
        }
        match std::str::from_utf8(b) {
            Ok(s) => {
                let s: Rc<str> = Rc::from(s);
                self.strs.insert(b, s.clone());
                Ok(s)
            }
            Err(_) => bad("string is not UTF-8"),
        }
    }

    fn konst(&mut self, depth: usize) -> R<Const> {
        if depth > MAX_DEPTH {
            return bad("constants nested too deeply");
        }
        Ok(match self.u8()? {
            0 => Const::None,
            1 => Const::True,
            2 => Const::False,
            3 => Const::Ellipsis,
            4 => Const::Int(self.u64()? as i64),
            5 => Const::BigInt(BigInt::from_signed_bytes_le(self.bytes()?)),
            6 => Const::Float(f64::from_bits(self.u64()?)),
            7 => Const::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            8 => Const::Str(self.str()?),
            9 => Const::Bytes(Rc::from(self.bytes()?)),
            t @ (10 | 11) => {
                let n = self.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.konst(depth + 1)?);
                }
                let items: Rc<[Const]> = Rc::from(items);
                if t == 10 {
                    Const::Tuple(items)
                } else {
                    Const::FrozenSet(items)
                }
            }
            12 => Const::Code(Rc::new(self.code(depth + 1)?)),
            _ => return bad("unknown constant tag"),
        })
    }

    fn code(&mut self, depth: usize) -> R<Code> {
        if depth > MAX_DEPTH {
            return bad("code objects nested too deeply");
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let firstlineno = self.u32()?;
        let flags = self.u32()?;
        let argcount = self.u16()?;
        let posonlyargcount = self.u16()?;
        let kwonlyargcount = self.u16()?;
        let nlocals = self.u16()?;
        let nregs = self.u16()?;
        let n = self.count(4)?;
        let mut varnames = Vec::with_capacity(n);
        for _ in 0..n {
            varnames.push(self.str()?);
        }
        let mut regs = [Vec::new(), Vec::new()];
        for r in regs.iter_mut() {
            let n = self.count(2)?;
            for _ in 0..n {
                r.push(Reg(self.u16()?));
            }
        }
        let [freevars, cellvars] = regs;
        let n = self.count(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.konst(depth)?);
        }
        let n = self.count(4)?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            names.push(self.str()?);
        }
        let n = self.count(1)?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            match Instr::decode(&self.b[self.at..]) {
                Some((i, len)) => {
                    instrs.push(i);
                    self.at += len;
                }
                None => return bad("malformed instruction"),
            }
        }
        let mut lines = Vec::with_capacity(n);
        for _ in 0..n {
            lines.push(self.u32()?);
        }
        let m = self.count(16)?;
        let mut exc_table = Vec::with_capacity(m);
        for _ in 0..m {
            exc_table.push(ExcEntry {
                start: self.u32()?,
                end: self.u32()?,
                depth: self.u16()?,
                target: self.u32()?,
                exc: Reg(self.u16()?),
            });
        }
        let doc = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return bad("bad docstring flag"),
        };
        let code = Code {
            name,
            qualname,
            filename,
            firstlineno,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            nlocals,
            nregs,
            varnames: varnames.into(),
            freevars: freevars.into(),
            cellvars: cellvars.into(),
            consts: consts.into(),
            names: names.into(),
            instrs: instrs.into(),
            lines: crate::code::LineTable::from_lines(&lines),
            exc_table: exc_table.into(),
            doc,
        };
        verify(&code)?;
        Ok(code)
    }
}

/// Operand and table bounds: every register, constant, name and jump target an
/// instruction names exists, and the frame layout fields are consistent. Run on every code
/// object, loaded or compiled: the interpreter reads registers without bounds checks on
/// the strength of it (vm/src/regs.rs).
pub fn verify(c: &Code) -> R<()> {
    let nregs = c.nregs as u32;
    let ninstr = c.instrs.len() as u32;
    if c.nlocals > c.nregs || c.varnames.len() != c.nlocals as usize {
        return bad("inconsistent register counts");
    }
    if c.argcount as u32 + c.kwonlyargcount as u32 > c.nlocals as u32
        || c.posonlyargcount > c.argcount
    {
        return bad("inconsistent argument counts");
    }
    if c.freevars
        .iter()
        .chain(&c.cellvars)
        .any(|r| r.0 as u32 >= nregs)
    {
        return bad("cell register out of range");
    }
    if ninstr == 0 {
        return bad("empty code");
    }
    // The last instruction never goes on to the next one, so that every pc the interpreter
    // reaches (a jump target, or one past an instruction that goes on) is an instruction.
    if !matches!(
        c.instrs[c.instrs.len() - 1],
        Instr::Return { .. }
            | Instr::ReturnK { .. }
            | Instr::Jump { .. }
            | Instr::JumpForIter { .. }
            | Instr::Raise { .. }
            | Instr::Reraise { .. }
    ) {
        return bad("code does not end in a return, jump or raise");
    }
    for i in &c.instrs {
        for (_, k) in i.operands() {
            let ok = match k {
                // (A run of registers may be empty and start just past the last one.)
                OperandKind::Reg(r) => (r as u32) <= nregs,
                OperandKind::Konst(k) => (k as usize) < c.consts.len(),
                OperandKind::Name(n) => (n as usize) < c.names.len(),
                OperandKind::Label(l) => l < ninstr,
                OperandKind::Imm(_) => true,
            };
            if !ok {
                return Err(SnapshotError(format!(
                    "instruction operand out of range: {} in {:?} (nregs {}, {} constants, {} names, {} instructions)",
                    i.opcode().name(),
                    k,
                    c.nregs,
                    c.consts.len(),
                    c.names.len(),
                    ninstr
                )));
            }
        }
    }
    // Attribute sites are numbered in order (the interpreter indexes its array of shape
    // memos with the number, unchecked, and two sites sharing one would be served each
    // other's memos).
    let mut n: u16 = 0;
    for i in &c.instrs {
        if let Some(site) = crate::opcodes::attr_site(i) {
            if site != n {
                return bad("attribute sites out of order");
            }
            n = n.saturating_add(1);
        }
    }
    for e in &c.exc_table {
        if e.start > e.end || e.end > ninstr || e.target >= ninstr || e.exc.0 as u32 >= nregs {
            return bad("exception table entry out of range");
        }
    }
    Ok(())
}

/// One module in a snapshot's index.
pub struct Entry<'a> {
    pub name: &'a str,
    pub is_package: bool,
    /// The stored (compressed) bytes.
    body: &'a [u8],
    /// Their length decoded.
    raw_len: usize,
    sum: u64,
}

impl Entry<'_> {
    /// Decodes and verifies the module's code object.
    pub fn load(&self) -> Result<Rc<Code>, SnapshotError> {
        if checksum(self.body) != self.sum {
            return bad("module checksum mismatch");
        }
        // (An LZ4 block decodes to at most 255 bytes a byte: a larger claim is corrupt, and
        // is refused before any memory is set aside for it.)
        if self.raw_len > MAX_MODULE || self.raw_len > self.body.len().saturating_mul(255) {
            return bad("module larger than its stored bytes can hold");
        }
        let raw = match lz4_flex::block::decompress(self.body, self.raw_len) {
            Ok(raw) if raw.len() == self.raw_len => raw,
            _ => return bad("module does not decompress"),
        };
        let mut r = Reader {
            b: &raw,
            at: 0,
            strs: Default::default(),
        };
        let code = r.code(0)?;
        if r.at != raw.len() {
            return bad("trailing bytes after module");
        }
        Ok(Rc::new(code))
    }
}

/// A parsed snapshot: its header checked and its index read.
pub struct Snapshot<'a> {
    pub entries: Vec<Entry<'a>>,
}

impl<'a> Snapshot<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Snapshot<'a>, SnapshotError> {
        let mut r = Reader {
            b: bytes,
            at: 0,
            strs: Default::default(),
        };
        if r.take(8)? != MAGIC {
            return bad("not a Molt snapshot");
        }
        if r.u32()? != VERSION {
            return bad("unsupported snapshot version");
        }
        if r.u64()? != table_hash() {
            return bad("made for a different instruction set (opcode table hash differs)");
        }
        let n = r.count(25)?;
        let mut raw = Vec::with_capacity(n);
        for _ in 0..n {
            let name = match std::str::from_utf8(r.bytes()?) {
                Ok(s) => s,
                Err(_) => return bad("module name is not UTF-8"),
            };
            let pkg = match r.u8()? {
                0 => false,
                1 => true,
                _ => return bad("bad package flag"),
            };
            let (off, len) = (r.u32()? as usize, r.u32()? as usize);
            raw.push((name, pkg, off, len, r.u32()? as usize, r.u64()?));
        }
        let payload = &bytes[r.at..];
        let mut entries = Vec::with_capacity(n);
        for (name, is_package, off, len, raw_len, sum) in raw {
            let Some(body) = off.checked_add(len).and_then(|end| payload.get(off..end)) else {
                return bad("module outside the payload");
            };
            entries.push(Entry {
                name,
                is_package,
                body,
                raw_len,
                sum,
            });
        }
        Ok(Snapshot { entries })
    }

    pub fn find(&self, name: &str) -> Option<&Entry<'a>> {
        self.entries.iter().find(|e| e.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let src = "import sys\nX = (1, 2.5, 'a', b'b', 10**30, -3j, frozenset({1, 2, 3}))\n\
                   def f(a, /, b=2, *c, d, **e):\n    '''doc'''\n    try:\n        return [x * a for x in c]\n    except Exception as err:\n        raise ValueError(d) from err\n\
                   class C:\n    def g(self):\n        yield from range(3)\n";
        let code = crate::compile_module(src, "<molt>/lib/sample.py").expect("compiles");
        build(&[("sample".into(), false, code)])
    }

    #[test]
    fn round_trip_is_the_same_code() {
        let src = "def f(x):\n    return x + 1\nY = f(2)\n";
        let code = crate::compile_module(src, "m.py").expect("compiles");
        let bytes = build(&[("m".into(), true, code.clone())]);
        let snap = Snapshot::parse(&bytes).expect("parses");
        let e = snap.find("m").expect("entry");
        assert!(e.is_package);
        let back = e.load().expect("loads");
        assert!(back.same_as(&code));
        assert_eq!(back.filename, code.filename);
        let all = sample();
        let snap = Snapshot::parse(&all).expect("parses");
        snap.find("sample").expect("entry").load().expect("loads");
    }

    #[test]
    fn rejects_foreign_and_corrupt_input_without_panicking() {
        let good = sample();
        assert!(Snapshot::parse(b"").is_err());
        assert!(Snapshot::parse(b"NOTASNAPxxxxxxxxxxxxxxxxxxxx").is_err());
        let mut wrong_hash = good.clone();
        wrong_hash[12] ^= 1;
        assert!(Snapshot::parse(&wrong_hash).is_err());
        // Every truncation and every single-bit flip is either rejected or loads a
        // verified module; none panics.
        for cut in 0..good.len() {
            if let Ok(s) = Snapshot::parse(&good[..cut]) {
                for e in &s.entries {
                    let _ = e.load();
                }
            }
        }
        for i in (0..good.len()).step_by(3) {
            let mut b = good.clone();
            b[i] ^= 0x40;
            if let Ok(s) = Snapshot::parse(&b) {
                for e in &s.entries {
                    let _ = e.load();
                }
            }
        }
    }

    #[test]
    fn code_must_end_in_an_instruction_that_does_not_go_on() {
        let code =
            crate::compile_module("x = 1\nwhile x:\n    x -= 1\n", "m.py").expect("compiles");
        assert!(verify(&code).is_ok());
        let mut cut = (*code).clone();
        let mut instrs = cut.instrs.to_vec();
        // Without its final return, the code would run on past its end.
        assert!(matches!(
            instrs.pop(),
            Some(Instr::Return { .. } | Instr::ReturnK { .. })
        ));
        cut.instrs = instrs.clone().into();
        assert!(verify(&cut).is_err());
        instrs.push(Instr::Nop {});
        cut.instrs = instrs.into();
        assert!(verify(&cut).is_err());
    }

    #[test]
    fn a_line_table_gives_each_instruction_its_line() {
        let lines = [3, 3, 3, 4, 4, 3, 7, 7];
        let t = crate::code::LineTable::from_lines(&lines);
        assert_eq!(t.len(), lines.len());
        for (pc, &l) in lines.iter().enumerate() {
            assert_eq!(t.get(pc), Some(l));
        }
        assert_eq!(t.get(lines.len()), None);
        assert_eq!(t.iter().collect::<Vec<_>>(), lines);
        let empty = crate::code::LineTable::from_lines(&[]);
        assert_eq!(empty.len(), 0);
        assert_eq!(empty.get(0), None);
        assert_eq!(empty.iter().count(), 0);
    }

    #[test]
    fn attribute_sites_must_be_numbered_in_order() {
        let code = crate::compile_module("o.a = o.b\no.c()\n", "m.py").expect("compiles");
        let sites: Vec<u16> = code
            .instrs
            .iter()
            .filter_map(crate::opcodes::attr_site)
            .collect();
        assert_eq!(sites, [0, 1, 2]);
        assert_eq!(crate::opcodes::attr_memo_count(&code.instrs), 4);
        assert!(verify(&code).is_ok());
        // Two sites with one number would be served one memo (another name's slot).
        let mut dup = (*code).clone();
        for i in dup.instrs.iter_mut() {
            if let Instr::StoreAttr { site, .. } = i {
                *site = crate::opcodes::Imm(0);
            }
        }
        assert!(verify(&dup).is_err());
    }

    #[test]
    fn a_body_edited_behind_the_checksum_is_rejected() {
        let good = sample();
        let snap = Snapshot::parse(&good).expect("parses");
        let body_len = snap.entries[0].body.len();
        let mut b = good.clone();
        let last = b.len() - body_len / 2;
        b[last] ^= 1;
        let snap = Snapshot::parse(&b).expect("header intact");
        assert!(snap.entries[0].load().is_err());
    }
}
