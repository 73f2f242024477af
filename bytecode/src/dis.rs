//! The disassembler: `molt dis FILE` prints every code object's instructions with their
//! source lines, constants and names resolved, in the manner of `python3 -m dis`.

use std::fmt::Write;

use crate::code::{Code, Const};
use crate::opcodes::OperandKind;

/// A short repr of a constant for listings.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Const::Code(c) => format!("<code object {} line {}>", c.name, c.firstlineno),
    }
}

/// Disassembles `code` and every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in code.nested() {
        out.push('\n');
        out.push_str(&disassemble(c));
    }
    out
}

fn dis_one(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}> (file {}, {} registers, {} locals):",
        code.qualname, code.firstlineno, code.filename, code.nregs, code.nlocals
    );
    let targets: Vec<u32> = code
        .instrs
        .iter()
        .flat_map(|i| i.operands())
        .filter_map(|(_, k)| match k {
            OperandKind::Label(l) => Some(l),
            _ => None,
        })
        .chain(code.exc_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let mut args = Vec::new();
        let mut notes = Vec::new();
        for (name, k) in ins.operands() {
            match k {
                OperandKind::Reg(r) => {
                    args.push(format!("r{r}"));
                    if let Some(n) = code.varnames.get(r as usize) {
                        notes.push(format!("{name}={n}"));
                    }
                }
                OperandKind::Konst(i) => {
                    args.push(format!("k{i}"));
                    if let Some(c) = code.consts.get(i as usize) {
                        notes.push(const_repr(c));
                    }
                }
                OperandKind::Name(i) => {
                    args.push(format!("n{i}"));
                    if let Some(n) = code.names.get(i as usize) {
                        notes.push(n.to_string());
                    }
                }
                OperandKind::Label(l) => args.push(format!("->{l}")),
                OperandKind::Imm(i) => args.push(i.to_string()),
            }
        }
        let note = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        let _ = writeln!(
            out,
            "{line_col} {mark}{pc:>5} {:<18} {}{}",
            ins.name(),
            args.join(", "),
            note
        );
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [exc r{}]",
                e.start, e.end, e.target, e.exc.0
            );
        }
    }
}
