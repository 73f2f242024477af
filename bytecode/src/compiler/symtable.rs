//! Symbol tables: which names each scope binds, and whether each name is a local, a cell, a
//! free variable or a global. Built in one walk of the AST before code generation; the code
//! generator finds a scope again by the address of its AST node.
//!
//! The rules are CPython's: a name bound anywhere in a function (assignment, parameter,
//! import, def, class, for/with/except target, walrus) is local unless declared `global` or
//! `nonlocal`; a name only read is free if an enclosing function binds it, else global; a
//! local read by a nested function becomes a cell. Class bodies do not make their names
//! visible to nested functions. Comprehensions get their own scope, except that a walrus
//! inside one binds in the nearest enclosing non-comprehension scope.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

use super::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// How a name is resolved in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymKind {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Default, Clone, Copy, Debug)]
struct Flags {
    assigned: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// Bound by a walrus in a nested comprehension: behaves like nonlocal here.
    comp_walrus: bool,
    /// The target of a simple annotated assignment (`x: int = 1`) in a function.
    annotated: bool,
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// Names in order of first appearance.
    pub order: Vec<String>,
    flags: HashMap<String, Flags>,
    pub params: Vec<String>,
    pub kinds: HashMap<String, SymKind>,
    /// Free variables a class body passes through to its methods without using them.
    pub passthrough: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// The class name private names (`__x`) are mangled with here, if any.
    pub private: Option<String>,
    /// A class body whose methods use `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// A class body with annotation scopes (PEP 695) that read its namespace through a
    /// `__classdict__` cell.
    pub needs_classdict: bool,
    /// An annotation scope (type parameters, a type alias's value, a bound) in a class:
    /// names not bound in it are looked up in the class namespace first.
    pub can_see_class: bool,
    pub children: Vec<ScopeId>,
    /// Where each `nonlocal` name was declared (for the "no binding" error's position).
    nonlocal_at: HashMap<String, ruff_text_size::TextRange>,
    /// A comprehension's iteration variables (an assignment expression may not rebind them).
    pub iter_vars: Vec<String>,
    /// Depth of comprehension iterable expressions being visited in this scope (no
    /// assignment expressions there).
    comp_iter: usize,
    /// A list/set/dict comprehension compiled into the code of its enclosing function
    /// (PEP 709): its own names get registers of that function's frame, and the names
    /// it reads from the function stay plain locals there (no cells).
    pub inlined: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            kinds: HashMap::new(),
            passthrough: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            private: None,
            needs_class_cell: false,
            needs_classdict: false,
            can_see_class: false,
            children: Vec::new(),
            nonlocal_at: HashMap::new(),
            iter_vars: Vec::new(),
            comp_iter: 0,
            inlined: false,
        }
    }
    fn flag(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
    /// How `name` resolves here; names never seen are implicit globals.
    pub fn kind_of(&self, name: &str) -> SymKind {
        self.kinds
            .get(name)
            .copied()
            .unwrap_or(SymKind::GlobalImplicit)
    }
}

/// All scopes of one module, with a map from AST node address to scope.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

pub fn build(
    module: &ast::ModModule,
    source: &crate::parse::SourceMap,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        depth: 1,
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
        source,
    };
    b.by_node.insert(module as *const _ as usize, 0);
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    mark_inlined(&mut table);
    analyze(&mut table, 0, &HashSet::new(), source)?;
    Ok(table)
}

/// Marks the comprehensions inlined into their function (PEP 709): synchronous list, set
/// and dict comprehensions directly in a function or lambda, or in such a comprehension.
/// (Those in class bodies and at module level keep their own code object here.) A scope
/// always comes after its parent in `scopes`, so one pass in order sees parents first.
fn mark_inlined(t: &mut SymbolTable) {
    for id in 0..t.scopes.len() {
        let sc = &t.scopes[id];
        if sc.kind != ScopeKind::Comprehension || sc.is_generator || sc.is_coroutine {
            continue;
        }
        let Some(p) = sc.parent else {
            continue;
        };
        let parent = &t.scopes[p];
        let into = match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => !parent.can_see_class,
            ScopeKind::Comprehension => parent.inlined,
            _ => false,
        };
        t.scopes[id].inlined = into;
    }
}

/// What analysing a scope reports to its parent.
struct Needs {
    /// The names it, or scopes nested in it, read from enclosing function scopes.
    free: HashSet<String>,
    /// Of those, the names only an inlined comprehension's own code uses: that code runs
    /// in the enclosing function's frame, so they need no cell there.
    direct: HashSet<String>,
}

/// Nesting depth of statements and expressions beyond which compilation fails.
const MAX_DEPTH: usize = 3001;

struct Builder<'a> {
    depth: usize,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    source: &'a crate::parse::SourceMap,
}

/// The names a comprehension's `for` target binds (`x`, `(a, [b, *c])`...).
fn target_names(t: &ast::Expr, out: &mut Vec<String>) {
    match t {
        ast::Expr::Name(n) => out.push(n.id.to_string()),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// CPython's private name mangling: inside class `private`, `__x` (not ending in `__`,
/// without a dot) becomes `_Private__x`, the class name stripped of leading underscores.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(p) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let p = p.trim_start_matches('_');
    if p.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{p}{name}"))
}

impl Builder<'_> {
    fn push<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> ScopeId {
        let id = self.scopes.len();
        let mut sc = Scope::new(kind, name, Some(self.cur));
        sc.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scopes[self.cur].private.clone()
        };
        self.scopes.push(sc);
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.cur = id;
        id
    }
    fn pop(&mut self) {
        self.cur = self.scopes[self.cur].parent.unwrap_or(0);
    }
    /// `name` as stored in the current scope (private names mangled).
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.scopes[self.cur].private.as_deref(), name)
    }
    fn bind(&mut self, name: &str) {
        let name = self.mangled(name);
        self.scopes[self.cur].flag(&name).assigned = true;
    }
    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name);
        self.scopes[self.cur].flag(&name).used = true;
    }
    fn err(&self, msg: String, node: &impl Ranged) -> CompileError {
        CompileError::at(msg, node.range(), self.source)
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, p: &ast::Parameters) -> Result<(), CompileError> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann)?;
            }
        }
        for a in p.vararg.iter().chain(&p.kwarg) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &ast::Parameters) -> Result<(), CompileError> {
        let private = self.scopes[self.cur].private.clone();
        let mut seen = HashSet::new();
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter.name)
            .chain(p.vararg.iter().map(|a| &a.name))
            .chain(p.kwarg.iter().map(|a| &a.name));
        for n in names {
            if !seen.insert(n.id.as_str().to_string()) {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", n.id),
                    n,
                ));
            }
        }
        // CPython's varnames order: positional, keyword-only, *args, **kwargs.
        let ordered: Vec<String> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| a.parameter.name.id.as_str())
            .chain(p.vararg.iter().map(|a| a.name.id.as_str()))
            .chain(p.kwarg.iter().map(|a| a.name.id.as_str()))
            .map(|n| mangle(private.as_deref(), n).into_owned())
            .collect();
        for n in &ordered {
            let f = self.scopes[self.cur].flag(n);
            f.param = true;
            f.assigned = true;
        }
        self.scopes[self.cur].params = ordered;
        Ok(())
    }

    /// CPython limits the depth of the syntax tree it compiles (about 3000 nested nodes).
    fn enter(&mut self, node: &impl Ranged) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e = self.err(
                "maximum recursion depth exceeded during compilation".into(),
                node,
            );
            e.0.kind = "RecursionError";
            return Err(e);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        self.enter(s)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(tps) = &f.type_params {
                    self.enter_type_params(tps, &f.name.id)?;
                }
                self.params(&f.parameters)?;
                self.annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                if f.type_params.is_none() {
                    self.bind(&f.name.id);
                }
                self.push(f, ScopeKind::Function, &f.name.id);
                self.scopes[self.cur].is_coroutine = f.is_async;
                self.declare_params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.pop();
                if f.type_params.is_some() {
                    self.pop();
                    self.bind(&f.name.id);
                }
            }
            S::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(tps) = &c.type_params {
                    self.enter_type_params(tps, &c.name.id)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                if c.type_params.is_none() {
                    self.bind(&c.name.id);
                }
                self.push(c, ScopeKind::Class, &c.name.id);
                self.stmts(&c.body)?;
                self.pop();
                if c.type_params.is_some() {
                    self.pop();
                    self.bind(&c.name.id);
                }
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            S::AugAssign(a) => {
                self.expr(&a.value)?;
                self.target(&a.target)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if let (true, ast::Expr::Name(n)) = (a.simple, &*a.target) {
                    if self.scopes[self.cur].kind != ScopeKind::Module {
                        let name = self.mangled(&n.id).into_owned();
                        let f = self.scopes[self.cur].flag(&name);
                        let what = if f.global {
                            "global"
                        } else if f.nonlocal {
                            "nonlocal"
                        } else {
                            ""
                        };
                        f.annotated = true;
                        if !what.is_empty() {
                            return Err(self.err(
                                format!("annotated name '{}' can't be {what}", n.id),
                                &*a.target,
                            ));
                        }
                    }
                }
                if self.scopes[self.cur].kind != ScopeKind::Function || !a.simple {
                    self.expr(&a.annotation)?;
                }
                if a.value.is_some() || !a.simple {
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = &*a.target {
                    // A bare annotation still makes the name local in a function.
                    self.bind(&n.id);
                }
            }
            S::For(f) => {
                if f.is_async {
                    self.check_async_stmt("'async for'", s)?;
                }
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            S::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            S::With(w) => {
                if w.is_async {
                    self.check_async_stmt("'async with'", s)?;
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            S::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            S::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            S::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound);
                }
            }
            S::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level".into(), s));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(&bound.id);
                }
            }
            S::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(&n.id).into_owned();
                    let sc = &mut self.scopes[self.cur];
                    let f = sc.flags.get(name.as_str()).copied().unwrap_or_default();
                    if f.nonlocal {
                        return Err(self.err(format!("name '{}' is nonlocal and global", n.id), s));
                    }
                    if f.param {
                        return Err(self.err(format!("name '{}' is parameter and global", n.id), s));
                    }
                    if f.annotated {
                        return Err(
                            self.err(format!("annotated name '{}' can't be global", n.id), s)
                        );
                    }
                    if f.used || f.assigned {
                        let what = if f.used {
                            "used prior to"
                        } else {
                            "assigned to before"
                        };
                        return Err(
                            self.err(format!("name '{}' is {what} global declaration", n.id), s)
                        );
                    }
                    sc.flag(&name).global = true;
                }
            }
            S::Nonlocal(g) => {
                for n in &g.names {
                    let name = self.mangled(&n.id).into_owned();
                    let sc = &mut self.scopes[self.cur];
                    let f = sc.flags.get(name.as_str()).copied().unwrap_or_default();
                    if f.global {
                        return Err(self.err(format!("name '{}' is nonlocal and global", n.id), s));
                    }
                    if f.param {
                        return Err(
                            self.err(format!("name '{}' is parameter and nonlocal", n.id), s)
                        );
                    }
                    if f.annotated {
                        return Err(
                            self.err(format!("annotated name '{}' can't be nonlocal", n.id), s)
                        );
                    }
                    if f.used || f.assigned {
                        let what = if f.used {
                            "used prior to"
                        } else {
                            "assigned to before"
                        };
                        return Err(
                            self.err(format!("name '{}' is {what} nonlocal declaration", n.id), s)
                        );
                    }
                    sc.flag(&name).nonlocal = true;
                    sc.nonlocal_at.insert(name.clone(), s.range());
                }
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(
                        self.err("nonlocal declaration not allowed at module level".into(), s)
                    );
                }
            }
            S::Expr(e) => self.expr(&e.value)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            S::TypeAlias(t) => {
                let ast::Expr::Name(n) = &*t.name else {
                    return Err(self.err("invalid syntax".into(), s));
                };
                self.bind(&n.id);
                if let Some(tps) = &t.type_params {
                    self.enter_type_params(tps, &n.id)?;
                }
                // The value is evaluated lazily, by a function of its own.
                self.push(&*t.value, ScopeKind::Lambda, &n.id);
                self.annotation_scope();
                self.expr(&t.value)?;
                self.pop();
                if t.type_params.is_some() {
                    self.pop();
                }
            }
            S::IpyEscapeCommand(_) => return Err(self.err("invalid syntax".into(), s)),
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(&r.id);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(&n.id);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(&n.id);
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match t {
            E::Name(n) => self.bind(&n.id),
            E::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            E::List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            E::Starred(s) => self.target(&s.value)?,
            E::Attribute(a) => self.expr(&a.value)?,
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension<T: Ranged>(
        &mut self,
        node: &T,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&ast::Expr],
        is_generator: bool,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.scopes[self.cur].comp_iter += 1;
        let first = self.expr(&gens[0].iter);
        self.scopes[self.cur].comp_iter -= 1;
        first?;
        self.push(node, ScopeKind::Comprehension, name);
        self.scopes[self.cur].is_generator = is_generator;
        let mut vars = Vec::new();
        for g in gens {
            target_names(&g.target, &mut vars);
        }
        self.scopes[self.cur].iter_vars = vars;
        {
            let f = self.scopes[self.cur].flag(".0");
            f.param = true;
            f.assigned = true;
        }
        self.scopes[self.cur].params = vec![".0".into()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.scopes[self.cur].comp_iter += 1;
                let r = self.expr(&g.iter);
                self.scopes[self.cur].comp_iter -= 1;
                r?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.scopes[self.cur].is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let is_async = self.scopes[self.cur].is_coroutine;
        self.pop();
        if is_async && !is_generator {
            // Calling an asynchronous list/set/dict comprehension is awaited by the
            // enclosing scope, which must therefore be asynchronous itself.
            let sc = &mut self.scopes[self.cur];
            match sc.kind {
                ScopeKind::Comprehension => sc.is_coroutine = true,
                ScopeKind::Function if sc.is_coroutine => {}
                _ => {
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function".into(),
                        node,
                    ))
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        self.enter(e)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match e {
            E::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.use_name(&n.id);
                    if n.id.as_str() == "super" || n.id.as_str() == "__class__" {
                        self.mark_class_cell_use();
                    }
                    if n.id.as_str() == "super" {
                        self.comprehension_super_self();
                    }
                }
                _ => self.bind(&n.id),
            },
            E::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            E::Named(n) => {
                self.expr(&n.value)?;
                self.walrus_target(&n.target)?;
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            E::UnaryOp(u) => self.expr(&u.operand)?,
            E::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.push(l, ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.declare_params(p)?;
                }
                self.expr(&l.body)?;
                self.pop();
            }
            E::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            E::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
            }
            E::Set(s) => {
                for x in &s.elts {
                    self.expr(x)?;
                }
            }
            E::ListComp(c) => {
                self.comprehension(c, "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            E::SetComp(c) => self.comprehension(c, "<setcomp>", &c.generators, &[&c.elt], false)?,
            E::DictComp(c) => {
                let mut elts: Vec<&ast::Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c, "<dictcomp>", &c.generators, &elts, false)?
            }
            E::Generator(g) => {
                self.comprehension(g, "<genexpr>", &g.generators, &[&g.elt], true)?
            }
            E::Await(a) => {
                let sc = &mut self.scopes[self.cur];
                match sc.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.err("'await' outside function".into(), e))
                    }
                    ScopeKind::Function | ScopeKind::Lambda if !sc.is_coroutine => {
                        return Err(self.err("'await' outside async function".into(), e))
                    }
                    _ => sc.is_coroutine = true,
                }
                self.expr(&a.value)?
            }
            E::Yield(y) => {
                self.mark_generator(e)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            E::YieldFrom(y) => {
                self.mark_generator(e)?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(self.err("'yield from' inside async function".into(), e));
                }
                self.expr(&y.value)?;
            }
            E::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            E::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            E::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el)?;
                }
            }
            E::Attribute(a) => self.expr(&a.value)?,
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            E::Starred(s) => self.expr(&s.value)?,
            E::List(l) => {
                for x in &l.elts {
                    if matches!(l.ctx, ast::ExprContext::Load) {
                        self.expr(x)?;
                    } else {
                        self.target(x)?;
                    }
                }
            }
            E::Tuple(l) => {
                for x in &l.elts {
                    if matches!(l.ctx, ast::ExprContext::Load) {
                        self.expr(x)?;
                    } else {
                        self.target(x)?;
                    }
                }
            }
            E::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_) => {}
            E::TString(_) | E::IpyEscapeCommand(_) => {
                return Err(self.err("invalid syntax".into(), e));
            }
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> Result<(), CompileError> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        let sc = &mut self.scopes[self.cur];
        match sc.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function".into(), e))
            }
            ScopeKind::Comprehension => {
                let what = match sc.name.as_str() {
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    "<genexpr>" => "generator expression",
                    _ => "list comprehension",
                };
                Err(self.err(format!("'yield' inside {what}"), e))
            }
            _ => {
                sc.is_generator = true;
                Ok(())
            }
        }
    }

    /// Opens the annotation scope of PEP 695 type parameters (`def f[T]`, `class C[T]`,
    /// `type A[T] = ...`): a hidden function binding the parameters, in which the
    /// bounds, the definition's annotations, bases and body are resolved.
    fn enter_type_params(&mut self, tps: &ast::TypeParams, name: &str) -> Result<(), CompileError> {
        self.push(
            tps,
            ScopeKind::Function,
            &format!("<generic parameters of {name}>"),
        );
        self.annotation_scope();
        let mut seen = HashSet::new();
        for tp in tps.iter() {
            let n = tp.name();
            if !seen.insert(n.id.as_str().to_string()) {
                return Err(self.err(format!("duplicate type parameter '{}'", n.id), n));
            }
            let f = self.scopes[self.cur].flag(n.id.as_str());
            f.assigned = true;
        }
        // A bound (or constraints) is evaluated lazily, by a function of its own.
        for tp in tps.iter() {
            if let ast::TypeParam::TypeVar(v) = tp {
                if let Some(b) = &v.bound {
                    self.push(&**b, ScopeKind::Lambda, v.name.id.as_str());
                    self.annotation_scope();
                    self.expr(b)?;
                    self.pop();
                }
            }
        }
        Ok(())
    }

    /// `async for` / `async with` belong directly in an `async def`.
    fn check_async_stmt(&self, what: &str, s: &ast::Stmt) -> Result<(), CompileError> {
        let sc = &self.scopes[self.cur];
        if sc.kind == ScopeKind::Function && sc.is_coroutine {
            Ok(())
        } else {
            Err(self.err(format!("{what} outside async function"), s))
        }
    }

    /// `super()` in a list/set/dict comprehension (inlined in CPython 3.12) uses the
    /// enclosing method's first argument: make it a free variable of the comprehension.
    fn comprehension_super_self(&mut self) {
        let sc = &self.scopes[self.cur];
        if sc.kind != ScopeKind::Comprehension || sc.is_generator {
            return;
        }
        let mut id = self.cur;
        while self.scopes[id].kind == ScopeKind::Comprehension {
            if self.scopes[id].is_generator {
                return;
            }
            let Some(p) = self.scopes[id].parent else {
                return;
            };
            id = p;
        }
        if self.scopes[id].kind != ScopeKind::Function {
            return;
        }
        if let Some(first) = self.scopes[id].params.first().cloned() {
            self.scopes[self.cur].flag(&first).used = true;
        }
    }

    /// Called on entering an annotation scope: directly in a class (or in an annotation
    /// scope that is), it reads the class namespace through `__classdict__`.
    fn annotation_scope(&mut self) {
        let Some(p) = self.scopes[self.cur].parent else {
            return;
        };
        let parent = &self.scopes[p];
        if parent.kind == ScopeKind::Class {
            self.scopes[p].needs_classdict = true;
        } else if !parent.can_see_class {
            return;
        }
        self.scopes[self.cur].can_see_class = true;
        self.scopes[self.cur].flag("__classdict__").used = true;
    }

    fn mark_class_cell_use(&mut self) {
        // `super` / `__class__` inside a function nested directly in a class body: that
        // class must provide a `__class__` cell, and the function uses it as a free var.
        let mut id = self.cur;
        if !self.scopes[id].is_function_like() {
            return;
        }
        while let Some(p) = self.scopes[id].parent {
            if self.scopes[p].kind == ScopeKind::Class {
                self.scopes[p].needs_class_cell = true;
                self.scopes[self.cur].flag("__class__").used = true;
                return;
            }
            if !self.scopes[p].is_function_like() {
                return;
            }
            id = p;
        }
    }

    fn walrus_target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        let ast::Expr::Name(n) = t else {
            return Err(self.err(
                "cannot use assignment expressions with this target".into(),
                t,
            ));
        };
        if self.scopes[self.cur].comp_iter > 0 {
            return Err(self.err(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                t,
            ));
        }
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.bind(&n.id);
            return Ok(());
        }
        // Bind in the nearest enclosing non-comprehension scope.
        let mut id = self.cur;
        let mut comps = Vec::new();
        while self.scopes[id].kind == ScopeKind::Comprehension {
            if self.scopes[id].iter_vars.iter().any(|v| v == n.id.as_str()) {
                return Err(self.err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        n.id
                    ),
                    t,
                ));
            }
            comps.push(id);
            id = self.scopes[id].parent.unwrap_or(0);
        }
        if self.scopes[id].kind == ScopeKind::Class {
            return Err(self.err(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                t,
            ));
        }
        let target_is_module = self.scopes[id].kind == ScopeKind::Module;
        let name = self.mangled(&n.id).into_owned();
        self.scopes[id].flag(&name).assigned = true;
        for c in comps {
            let f = self.scopes[c].flag(&name);
            if target_is_module {
                f.global = true;
            } else {
                f.comp_walrus = true;
            }
        }
        Ok(())
    }
}

/// Whether the nearest enclosing function scope of `id` that binds `name` is a PEP 695
/// type-parameter scope.
fn binds_type_param(t: &SymbolTable, id: ScopeId, name: &str) -> bool {
    let mut cur = t.scopes[id].parent;
    while let Some(p) = cur {
        let sc = &t.scopes[p];
        if sc.kind != ScopeKind::Class {
            if let Some(f) = sc.flags.get(name) {
                if (f.assigned || f.param) && !f.nonlocal && !f.global {
                    return sc.name.starts_with("<generic parameters of ");
                }
            }
        }
        cur = sc.parent;
    }
    false
}

/// Resolves every name of scope `id` given the names bound by enclosing functions, and
/// returns the free names it (or its children) need from outside.
fn analyze(
    t: &mut SymbolTable,
    id: ScopeId,
    enclosing: &HashSet<String>,
    source: &crate::parse::SourceMap,
) -> Result<Needs, CompileError> {
    let kind = t.scopes[id].kind;
    let order = t.scopes[id].order.clone();
    let mut free = HashSet::new();
    let mut locals = HashSet::new();
    for name in &order {
        let f = t.scopes[id].flags[name];
        let k = if f.global {
            SymKind::GlobalExplicit
        } else if f.nonlocal || f.comp_walrus {
            if !enclosing.contains(name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(match t.scopes[id].nonlocal_at.get(name) {
                    Some(r) => CompileError::at(msg, *r, source),
                    None => CompileError::plain(msg, source),
                });
            }
            if f.nonlocal && binds_type_param(t, id, name) {
                return Err(CompileError::plain(
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                    source,
                ));
            }
            free.insert(name.clone());
            SymKind::Free
        } else if f.assigned || f.param {
            locals.insert(name.clone());
            SymKind::Local
        } else if kind != ScopeKind::Module && enclosing.contains(name) {
            free.insert(name.clone());
            SymKind::Free
        } else {
            SymKind::GlobalImplicit
        };
        // At module level every binding is a global.
        let k = if kind == ScopeKind::Module && k == SymKind::Local {
            SymKind::GlobalImplicit
        } else {
            k
        };
        t.scopes[id].kinds.insert(name.clone(), k);
    }
    let mut child_enclosing = enclosing.clone();
    match kind {
        ScopeKind::Module => child_enclosing.clear(),
        ScopeKind::Class => {
            if t.scopes[id].needs_class_cell {
                child_enclosing.insert("__class__".into());
            }
            if t.scopes[id].needs_classdict {
                child_enclosing.insert("__classdict__".into());
            }
        }
        _ => {
            for l in &locals {
                child_enclosing.insert(l.clone());
            }
            for (n, k) in &t.scopes[id].kinds {
                if *k == SymKind::GlobalExplicit {
                    child_enclosing.remove(n);
                }
            }
        }
    }
    let children = t.scopes[id].children.clone();
    let mut needed = HashSet::new();
    // Names some child needs as a cell of this scope (not only an inlined child's code).
    let mut needed_cell = HashSet::new();
    for c in children {
        let n = analyze(t, c, &child_enclosing, source)?;
        for name in &n.free {
            if !n.direct.contains(name) {
                needed_cell.insert(name.clone());
            }
        }
        needed.extend(n.free);
    }
    let mut needed: Vec<String> = needed.into_iter().collect();
    needed.sort();
    for name in needed {
        let sc = &mut t.scopes[id];
        // An inlined comprehension reading one of this function's locals reads the
        // register itself.
        if !needed_cell.contains(&name) && sc.kinds.get(&name) == Some(&SymKind::Local) {
            continue;
        }
        match kind {
            ScopeKind::Class
                if (name == "__class__" && sc.needs_class_cell)
                    || (name == "__classdict__" && sc.needs_classdict) =>
            {
                sc.kinds.insert(name.clone(), SymKind::Cell);
                if !sc.order.contains(&name) {
                    sc.order.push(name.clone());
                }
            }
            ScopeKind::Class => {
                if sc.kinds.get(&name) == Some(&SymKind::Free) {
                    continue;
                }
                if !sc.passthrough.contains(&name) {
                    sc.passthrough.push(name.clone());
                }
                free.insert(name);
            }
            _ => match sc.kinds.get(&name).copied() {
                Some(SymKind::Local) => {
                    sc.kinds.insert(name.clone(), SymKind::Cell);
                }
                Some(SymKind::Cell) | Some(SymKind::Free) => {
                    if sc.kinds[&name] == SymKind::Free {
                        free.insert(name);
                    }
                }
                _ => {
                    sc.kinds.insert(name.clone(), SymKind::Free);
                    sc.order.push(name.clone());
                    free.insert(name);
                }
            },
        }
    }
    let direct = if t.scopes[id].inlined {
        free.iter()
            .filter(|n| !needed_cell.contains(*n))
            .cloned()
            .collect()
    } else {
        HashSet::new()
    };
    Ok(Needs { free, direct })
}
