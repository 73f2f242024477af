//! The compiler from the parser's AST to Molt register bytecode.
//!
//! Split by construct: `symtable` resolves names, `unit` holds the per-code-object builder
//! (registers, constants, labels, exception regions, definite assignment), `stmt` compiles
//! statements, `expr` expressions, `call` calls and function/class creation, `compr`
//! comprehensions, `asyncs` await / async for / async with, and `target` assignment
//! targets.

mod asyncs;
mod call;
mod compr;
mod expr;
mod fold;
mod generics;
mod pattern;
mod pattern_check;
mod stmt;
pub mod symtable;
mod target;
mod unit;

use ruff_python_ast as ast;
use ruff_text_size::TextRange;
use std::rc::Rc;

use crate::code::Code;
use crate::parse::{SourceMap, SyntaxErrorInfo};
use symtable::SymbolTable;
use unit::Unit;

/// The site number an attribute instruction is emitted with: `Unit::finish` numbers the
/// sites (crate::opcodes::number_attr_sites).
const UNNUMBERED: crate::opcodes::Imm = crate::opcodes::Imm(0);

/// A compile-time error: always a `SyntaxError` (or subclass) as CPython reports it.
#[derive(Debug, Clone)]
pub struct CompileError(pub SyntaxErrorInfo);

impl CompileError {
    pub fn at(msg: String, range: TextRange, map: &SourceMap) -> CompileError {
        CompileError(SyntaxErrorInfo::at("SyntaxError", msg, range, map))
    }
    pub fn plain(msg: String, map: &SourceMap) -> CompileError {
        CompileError(SyntaxErrorInfo {
            kind: "SyntaxError",
            msg,
            filename: map.filename.clone(),
            lineno: 1,
            offset: 0,
            end_lineno: 1,
            end_offset: 0,
            text: None,
        })
    }
}

pub type CResult<T> = Result<T, CompileError>;

/// Source text with `\r\n` and lone `\r` line ends made `\n`, as CPython's tokenizer
/// reads them (so a triple-quoted string spanning a CRLF line end holds `\n`).
pub fn universal_newlines(source: &str) -> std::borrow::Cow<'_, str> {
    if !source.contains('\r') {
        return std::borrow::Cow::Borrowed(source);
    }
    std::borrow::Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Compiles module source text (already decoded) into a module code object.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, SyntaxErrorInfo> {
    let source = &*universal_newlines(source);
    let map = SourceMap::new(filename, source);
    let module = crate::parse::parse_module(source, &map)?;
    compile_ast(&module, &map).map_err(|e| e.0)
}

/// How `exec` / `eval` / `compile()` code treats its module-level names.
#[derive(Clone, Copy, Default)]
pub struct Mode {
    /// Module-level names live in the frame's locals mapping (LoadName/StoreName), as
    /// CPython's do: `exec(code, globals, locals)` stores into `locals`.
    pub namespace: bool,
    /// `compile(..., 'single')`: expression statements print their value (displayhook).
    pub interactive: bool,
}

/// Compiles source for `exec` / `compile(..., 'exec' | 'single')`.
pub fn compile_exec(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, SyntaxErrorInfo> {
    let source = &*universal_newlines(source);
    let map = SourceMap::new(filename, source);
    let module = crate::parse::parse_module(source, &map)?;
    compile_ast_inner(&module, &map, false, mode).map_err(|e| e.0)
}

/// Compiles a single expression for `eval` mode: the code returns the expression's value.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<Code>, SyntaxErrorInfo> {
    compile_eval_mode(source, filename, Mode::default())
}

/// Compiles an expression for `eval`, with module-level names per `mode`.
pub fn compile_eval_mode(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxErrorInfo> {
    let source = &*universal_newlines(source);
    let source = source.trim_start_matches([' ', '\t']);
    let map = SourceMap::new(filename, source);
    let expr = crate::parse::parse_expression(source).ok_or_else(|| {
        // Re-parse as a module to get CPython-shaped messages.
        match crate::parse::parse_module(source, &map) {
            Err(e) => e,
            Ok(_) => SyntaxErrorInfo::at(
                "SyntaxError",
                "invalid syntax".into(),
                TextRange::default(),
                &map,
            ),
        }
    })?;
    // Wrap as a module `return <expr>` by compiling the expression statement specially.
    let stmt = ast::Stmt::Return(ast::StmtReturn {
        node_index: Default::default(),
        range: expr.range,
        value: Some(expr.body),
    });
    let module = ast::ModModule {
        node_index: Default::default(),
        range: expr.range,
        body: std::iter::once(stmt).collect(),
    };
    compile_ast_inner(&module, &map, true, mode).map_err(|e| e.0)
}

fn compile_ast(module: &ast::ModModule, map: &SourceMap) -> CResult<Rc<Code>> {
    compile_ast_inner(module, map, false, Mode::default())
}

fn compile_ast_inner(
    module: &ast::ModModule,
    map: &SourceMap,
    eval: bool,
    mode: Mode,
) -> CResult<Rc<Code>> {
    let table = symtable::build(module, map)?;
    let mut c = Compiler {
        map,
        table: &table,
        filename: Rc::from(map.filename.as_str()),
        units: Vec::new(),
        allow_module_return: eval,
        mode,
        future_annotations: module.body.iter().any(|s| {
            matches!(s, ast::Stmt::ImportFrom(i)
            if i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.id.as_str() == "annotations"))
        }),
        decorated_first_line: None,
    };
    let root = table.scope_of(module);
    c.units.push(Unit::new(
        &table,
        root,
        "<module>".into(),
        "<module>".into(),
        1,
    ));
    c.module_body(&module.body)?;
    let unit = c.units.pop().expect("module unit");
    unit.finish(&c.filename, map)
}

/// Compiler state: the stack of code objects being built, innermost last.
pub(crate) struct Compiler<'a> {
    pub map: &'a SourceMap,
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    pub units: Vec<Unit<'a>>,
    pub allow_module_return: bool,
    pub mode: Mode,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
    /// The first decorator's line, for the next function's `co_firstlineno`.
    pub decorated_first_line: Option<u32>,
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }
    pub fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::at(msg.into(), range, self.map)
    }
    pub fn line_of(&self, range: TextRange) -> u32 {
        self.map.line_of(usize::from(range.start()))
    }
    fn module_body(&mut self, body: &'a [ast::Stmt]) -> CResult<()> {
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(Rc::from(doc.as_str()));
            let t = self.u().temp();
            self.u()
                .load_const(t, crate::code::Const::Str(doc.as_str().into()));
            let d = self.u().name("__doc__");
            self.u().emit(crate::opcodes::Instr::StoreName {
                name: d,
                src: t,
                take: crate::opcodes::Imm(0),
            });
            self.u().release(t.0);
        }
        if find_ann(body) {
            self.u().emit(crate::opcodes::Instr::SetupAnnotations {});
        }
        self.stmts(body)?;
        self.u().return_none();
        Ok(())
    }
}

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<String> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// Whether a module or class body has an annotated assignment anywhere in its own scope
/// (inside if/for/while/with/try/match blocks too, not in nested functions or classes):
/// CPython then creates `__annotations__` before the body runs.
pub(crate) fn find_ann(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => {
            find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body))
        }
        ast::Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        ast::Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        ast::Stmt::With(w) => find_ann(&w.body),
        ast::Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => find_ann(&h.body),
                })
        }
        ast::Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}
