//! Lowering of `await`, `async for` and `async with` helpers: an `await` is a
//! `GetAwaitable` followed by the same `YieldFrom` delegation generators use, and one step
//! of an `async for` awaits `__anext__()` inside a region that turns StopAsyncIteration
//! into the end of the loop.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::unit::{Block, LabelId, Unit};
use super::{CResult, Compiler};
use crate::code::Const;
use crate::opcodes::{Imm, Instr, Reg};

impl<'a> Compiler<'a> {
    /// R[dst] := await R[src] (`src` and `dst` may be the same register).
    pub(super) fn await_into(&mut self, src: Reg, dst: Reg) {
        self.await_from(src, dst, 0);
    }

    /// `await_into` for what `async with` got from __aenter__ (`ctx` 1) or __aexit__ (2).
    pub(super) fn await_from(&mut self, src: Reg, dst: Reg, ctx: u16) {
        let it = self.u().temp();
        self.u().emit(Instr::GetAwaitable {
            dst: it,
            src,
            ctx: Imm(ctx),
        });
        let done = self.u().label();
        self.u().load_const(dst, Const::None);
        self.u().emit(Instr::YieldFrom {
            dst,
            iter: it,
            target: Unit::lab(done),
        });
        self.u().bind(done);
        // Drop the finished awaitable now rather than when the frame ends.
        self.u().load_const(it, Const::None);
    }

    /// R[v] := await anext(R[it]); a StopAsyncIteration jumps to `exhausted` instead.
    pub(super) fn async_next(&mut self, it: Reg, v: Reg, exhausted: LabelId) {
        let state = self.u().bound.clone();
        let handler = self.u().label();
        let after = self.u().label();
        let exc = self.u().temp();
        let region = self.u().open_region(handler, exc);
        self.u().emit(Instr::GetANext { dst: v, iter: it });
        self.await_into(v, v);
        self.u().close_region(region);
        self.u().jump(after);
        self.u().bind(handler);
        let m = self.u().temp();
        self.u().emit(Instr::CheckStopAsync { dst: m, exc });
        self.u().emit(Instr::JumpIfTrue {
            cond: m,
            target: Unit::lab(exhausted),
        });
        self.u().emit(Instr::Reraise { exc });
        self.u().bind(after);
        self.u().load_const(exc, Const::None);
        self.u().bound = state;
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let it = self.expr_fresh(&f.iter)?;
        self.u().line = self.line_of(f.iter.range());
        self.u().emit(Instr::GetAIter { dst: it, src: it });
        let top = self.u().label();
        let orelse = self.u().label();
        let end = self.u().label();
        let entry = self.u().bound.clone();
        let head = self.state_minus_deleted(&entry, &[&f.body]);
        self.u().bound = head.clone();
        self.u().bind(top);
        let mark = self.u().mark();
        let v = self.u().temp();
        self.async_next(it, v, orelse);
        self.u().line = self.line_of(f.target.range());
        self.assign(&f.target, v)?;
        self.u().release(mark);
        self.u().blocks.push(Block::Loop {
            brk: end,
            cont: top,
        });
        self.stmts(&f.body)?;
        self.u().blocks.pop();
        self.u().jump(top);
        self.u().bind(orelse);
        self.u().bound = head.clone();
        self.stmts(&f.orelse)?;
        self.u().bind(end);
        self.u().load_const(it, Const::None);
        let st = super::unit::Bound::merge(&head, &self.u().bound.clone());
        self.u().bound = super::unit::Bound {
            set: st.set,
            dead: false,
        };
        Ok(())
    }
}
