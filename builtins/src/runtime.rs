//! The runtime state shared by every tier: builtin type objects, the builtins and module
//! tables, interned strings, the handled-exception stack, recursion accounting, output
//! streams and the hooks through which builtins call back into the interpreter.
//! There is no global state: two `Runtime`s in one process are independent.

use std::cell::{Cell, RefCell};
// hashbrown's default hasher: these maps are keyed by names the runtime chooses, so a fast
// non-keyed hasher is fine (Python-level dicts use their own table).
use hashbrown::HashMap;
use std::hash::BuildHasher;
use std::io::Write;
use std::rc::Rc;

use crate::dict::Dict;
use crate::object::{BaseKind, Builtin, Exc, Kind, NativeFn, Obj, PyResult, PyStr, TypeObj};
use crate::value::Value;

/// The resolution table behind the attribute caches: (type id, name id) -> (the name,
/// the type, the resolution), for one type epoch.
#[derive(Default)]
pub struct AttrResolutions {
    pub epoch: u64,
    /// (hashbrown's hasher: probed on every miss of a polymorphic attribute site.)
    pub map: hashbrown::HashMap<(u64, u64), (Value, Value, Rc<crate::object::AttrResolution>)>,
    /// `super(start, obj).name` for an instance of `type`: (type id, start id, name id) ->
    /// (type, start, name, the function found after `start` in the MRO, if a function).
    pub supers: hashbrown::HashMap<(u64, u64, u64), SuperEntry>,
    /// Names that plain instances of a type (no `__slots__`, exception data or builtin
    /// payload) can only find in their own attributes: no class in the MRO, no builtin
    /// slot and no special attribute has them. (type id, the name's hash) -> (the type,
    /// the name). `getattr(o, "__deepcopy__", None)` and the like then look at the
    /// instance alone (see ops::attr's `getattr_opt`).
    pub class_misses: hashbrown::HashMap<(u64, u64), (Value, Box<str>)>,
}

impl AttrResolutions {
    /// Empties the table when the type epoch moved since it was filled.
    pub fn at_epoch(&mut self, epoch: u64) -> &mut Self {
        if self.epoch != epoch {
            self.map.clear();
            self.supers.clear();
            self.class_misses.clear();
            self.epoch = epoch;
        }
        self
    }

    /// Whether plain instances of `ty` find `name` nowhere but in their own attributes
    /// (recorded by `note_class_miss` at this epoch).
    pub fn is_class_miss(&self, ty: &Value, name: &str) -> bool {
        let h = self.class_misses.hasher().hash_one(name);
        self.class_misses
            .get(&(ty.id(), h))
            .is_some_and(|(t, n)| t.is(ty) && **n == *name)
    }

    /// Records that plain instances of `ty` find `name` nowhere but in their own attributes.
    pub fn note_class_miss(&mut self, ty: &Value, name: &str) {
        // (The entry keeps the type alive, so its id is not reused while it is here; the
        // table starts again when it grows large.)
        if self.class_misses.len() >= 4096 {
            self.class_misses.clear();
        }
        let h = self.class_misses.hasher().hash_one(name);
        self.class_misses
            .insert((ty.id(), h), (ty.clone(), name.into()));
    }
}

/// One `supers` entry: the values its key's ids belong to (kept alive, so the ids are not
/// reused) and the resolution.
pub type SuperEntry = (Value, Value, Value, Option<Value>);

/// Entry points the interpreter provides to the object model.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// Calls a Python function object.
    pub call_function: crate::object::NativeFnV,
    /// Imports a module by absolute name (for `__import__` and `importlib`).
    pub import: fn(&mut Runtime, &str) -> PyResult,
    /// Attributes of interpreter-defined objects (generators): `None` when absent.
    pub native_attr: fn(&mut Runtime, &Value, &str) -> Option<Value>,
    /// Attribute assignment on interpreter-defined objects: `None` when not handled.
    pub native_setattr: fn(&mut Runtime, &Value, &str, &Value) -> Option<PyResult<()>>,
    /// `next()` of an interpreter-defined iterator (a generator) without looking up
    /// `__next__`: `None` when `v` is not one.
    pub native_next: fn(&mut Runtime, &Value) -> Option<PyResult<Option<Value>>>,
    /// `next(v)` of an interpreter-defined iterator as its `__next__` gives it (the end
    /// raises StopIteration carrying the return value): `None` when `v` is not one.
    pub native_next_value: fn(&mut Runtime, &Value) -> Option<PyResult>,
    /// Offers the items of an interpreter-defined iterator (a generator) to a consumer in
    /// one run of its frame, until the consumer gives one back (declines it) or the
    /// iterator ends: the declined item, or None at the end. `None` when `v` is not one.
    /// The consumer must not run Python code (see `Runtime::feed`).
    pub native_feed: NativeFeed,
    /// Whether `v` is an interpreter-defined object that is its own iterator (a
    /// generator), so `iter(v)` is `v` without looking up `__iter__`.
    pub native_self_iter: fn(&Value) -> bool,
}

fn no_call(rt: &mut Runtime, _: &Value, _: &[Value], _: &[(Value, Value)]) -> PyResult {
    Err(rt.new_exc("RuntimeError", "no interpreter attached"))
}
fn no_native_attr(_: &mut Runtime, _: &Value, _: &str) -> Option<Value> {
    None
}
fn no_native_setattr(_: &mut Runtime, _: &Value, _: &str, _: &Value) -> Option<PyResult<()>> {
    None
}
fn no_native_next(_: &mut Runtime, _: &Value) -> Option<PyResult<Option<Value>>> {
    None
}
fn no_native_next_value(_: &mut Runtime, _: &Value) -> Option<PyResult> {
    None
}
/// The consumer `native_feed` offers items to: None when it took the item, else the item
/// back.
pub type Consumer<'a> = &'a mut dyn FnMut(Value) -> Option<Value>;
/// The type of the `native_feed` hook.
pub type NativeFeed = fn(&mut Runtime, &Value, Consumer) -> Option<PyResult<Option<Value>>>;

fn no_native_feed(_: &mut Runtime, _: &Value, _: Consumer) -> Option<PyResult<Option<Value>>> {
    None
}
fn no_native_self_iter(_: &Value) -> bool {
    false
}
fn no_import(rt: &mut Runtime, name: &str) -> PyResult {
    Err(rt.new_exc("ModuleNotFoundError", &format!("No module named '{name}'")))
}

/// Every builtin type object.
pub struct Types {
    pub object: Value,
    pub type_: Value,
    pub int: Value,
    pub bool_: Value,
    pub float: Value,
    pub complex: Value,
    pub str_: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub list: Value,
    pub tuple: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub slice: Value,
    pub none: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub function: Value,
    pub builtin_function: Value,
    /// `list.append` (method_descriptor), `int.__add__` (wrapper_descriptor) and
    /// `(1).__add__` (method-wrapper): the types of builtin methods by how they are reached.
    pub method_descriptor: Value,
    pub wrapper_descriptor: Value,
    pub method_wrapper: Value,
    pub method: Value,
    pub cell: Value,
    pub code: Value,
    pub module: Value,
    pub property: Value,
    pub member_descriptor: Value,
    pub getset_descriptor: Value,
    pub staticmethod: Value,
    pub classmethod: Value,
    pub super_: Value,
    pub iterator: Value,
    pub dict_keys: Value,
    pub dict_values: Value,
    pub dict_items: Value,
    pub mappingproxy: Value,
    pub generator: Value,
    pub coroutine: Value,
    pub async_generator: Value,
    /// What `coroutine.__await__()` returns.
    pub coroutine_wrapper: Value,
    /// The awaitables of `async_generator.asend()` / `__anext__()` and `athrow()` / `aclose()`.
    pub async_gen_asend: Value,
    pub async_gen_athrow: Value,
    /// What `anext(it, default)` returns.
    pub anext_awaitable: Value,
    pub traceback: Value,
    pub frame: Value,
    pub memoryview: Value,
    /// File objects returned by `open()`.
    pub file_io: Value,
    pub text_io: Value,
    pub buffered_reader: Value,
    pub buffered_writer: Value,
    pub buffered_random: Value,
    /// Builtin iterator types by name (list_iterator, range_iterator, ...).
    pub iterators: Vec<(&'static str, Value)>,
}

pub struct Runtime {
    pub types: Types,
    /// Exception classes by name (BaseException, ValueError, ...).
    /// (hashbrown's hasher: looked up by name on every exception made.)
    pub exc_types: hashbrown::HashMap<&'static str, Value>,
    /// `BaseException` (also in `exc_types`), kept apart for `except` clause checks.
    pub base_exception: Value,
    /// UnicodeError and OSError, whose constructors take extra arguments.
    pub unicode_error: Value,
    pub os_error: Value,
    /// `SyntaxError`, checked for on every exception's `__init__`.
    pub syntax_error: Value,
    /// The `builtins` module's namespace dict.
    pub builtins: Value,
    pub builtins_module: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// The interned strs, found by their text (each str's own: no copy of the text as a
    /// key).
    interned: hashbrown::HashTable<Value>,
    intern_hasher: hashbrown::DefaultHashBuilder,
    pub hooks: Hooks,
    pub recursion_limit: usize,
    /// Entering a Python frame past this depth takes the slow path that checks the
    /// recursion limit: the limit itself, or 0 while an embedder's limits are active (so
    /// each call is charged without a test of its own in the fast path).
    pub call_check_depth: usize,
    /// Backward jumps left before the next one looks for work between instructions
    /// (signals, an interrupt, a due collection, finalisers): one in `LOOP_CHECK_EVERY`
    /// does, or every one while an embedder's limits are active (each is charged). Calls
    /// look for that work at each call.
    pub loop_ticks: u32,
    /// Python frames currently active (for RecursionError).
    pub depth: usize,
    /// Rust-level nesting of interpreter entries (builtins calling back into Python).
    pub native_depth: usize,
    /// The exception being handled (`sys.exception()`), None when none is.
    pub handled: Value,
    /// What each running generator's caller was handling (CPython links a generator's
    /// exception state to its caller's): seen through when `handled` is None.
    pub handled_base: Vec<Value>,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// Where `sys.stdin` reads from when an embedder redirected it (None: fd 0).
    pub stdin: Option<Box<dyn std::io::Read>>,
    /// Limits and capabilities for untrusted code (see crate::sandbox).
    pub sandbox: crate::sandbox::Sandbox,
    pub argv: Vec<String>,
    /// Small ints' repr cache etc. could live here; scratch buffers for formatting.
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// The one-character strs of the Latin-1 range, made on first use and shared (as
    /// CPython shares its Latin-1 singletons): `s[i]`, `chr(c)` and iterating over a str
    /// then allocate nothing.
    latin1_chars: std::cell::RefCell<Vec<Value>>,
    /// Register stacks of finished interpreter runs, kept for the next run (a builtin
    /// calling back into Python, a property, a dunder method) so that it allocates none.
    pub stack_pool: Vec<Vec<Value>>,
    /// Frame stacks of finished interpreter runs, empty, kept for the next run likewise.
    pub frame_pool: Vec<Vec<crate::frame_record::Frame>>,
    /// Set by `sys.exit` paths and the like: objects kept alive for `repr` recursion checks.
    pub repr_stack: Vec<u64>,
    /// A flag the interpreter polls: KeyboardInterrupt requested.
    pub interrupt: Rc<std::sync::atomic::AtomicBool>,
    pub max_str_digits: usize,
    /// (globals, locals) of the calling frame, set by the interpreter just before it calls a
    /// builtin that needs them (globals, locals, vars, dir, exec, eval).
    pub frame_scope: Option<(Value, Value)>,
    /// Objects whose finalisation must run Python code (suspended generators inside
    /// try/with), queued when their last reference went; the interpreter drains it.
    pub finalizers: Rc<crate::finalize::FinalizerQueue>,
    /// `weakref.ReferenceType`, made when `_weakref` is first used (vm/src/weakref.rs).
    pub weakref_type: Option<Value>,
    /// Python-level signal handlers by signal number (see modules::signals).
    pub signal_handlers: HashMap<i32, Value>,
    /// Names of the modules whose code is running for their first import (for CPython's
    /// "partially initialized module" messages).
    pub initializing_modules: Vec<String>,
    /// The cycle collector's generations and settings (see crate::gc).
    pub gc: crate::gc::GcState,
    /// Weak references with callbacks by referent (see crate::finalize).
    pub weak_callbacks: Rc<RefCell<HashMap<usize, Vec<crate::objrc::WeakObj>>>>,
    /// Bumped whenever any class's namespace changes: attribute caches check it.
    pub type_epoch: u64,
    /// What each (type, attribute name) resolves to for the attribute caches (see
    /// vm/src/attr_cache.rs), valid while `type_epoch` equals the epoch stored with it:
    /// a site whose one-entry cache misses (several classes meeting at one `obj.x`) finds
    /// the answer here instead of walking the MRO again.
    pub attr_resolutions: RefCell<AttrResolutions>,
    /// Builtin slot wrappers already made (`int.__add__` is the same object every time),
    /// by (builtin type id, name).
    pub slot_cache: HashMap<(u64, &'static str), Value>,
    /// Types a native module makes on first use (the deque iterators), by name.
    pub native_types: HashMap<&'static str, Value>,
    /// Buffer exports of bytearrays (by object id): how many memoryview buffers are
    /// alive over each; a bytearray with exports refuses to change size.
    pub buffer_exports: HashMap<u64, Rc<Cell<usize>>>,
    /// The `sys.stdout` object sys starts with: print() writes to the process's stdout
    /// directly while `sys.stdout` is still this object.
    pub sys_stdout: Value,
    /// The Python code object for each compiled code (weakly held), so that
    /// `f.__code__ is f.__code__` and a generator's gi_code is its function's.
    pub code_values: HashMap<usize, crate::objrc::WeakObj>,
    /// The frames of the running interpreter loop, innermost first, recorded right before
    /// it calls `sys._getframe`.
    pub pending_frames: Vec<Value>,
    /// The globals of the frame that last called a type object (for `type(name, bases,
    /// ns)`'s `__module__`).
    pub call_globals: Value,
    /// The first instant `time.perf_counter()` saw (its origin).
    pub clock_origin: Option<std::time::Instant>,
}

/// The names of the builtin iterator types.
pub const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
];

fn bare_type(name: &str, meta: &Value, base_kind: BaseKind) -> Value {
    Value::from_obj(Obj::new(Kind::Type(Box::new(TypeObj {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        base_kind,
        builtin: true,
        version: std::cell::Cell::new(1),
        metaclass: RefCell::new(meta.clone()),
        slots: RefCell::new(None),
        subclasses: RefCell::new(Vec::new()),
        ctor: RefCell::new(None),
        layout: Cell::new((u64::MAX, 0, false)),
        finalize: RefCell::new(None),
        shape_root: std::cell::OnceCell::new(),
        shape_slots: std::cell::OnceCell::new(),
        hooks: Cell::new((u64::MAX, 0)),
    }))))
}

/// The process's stdout as CPython buffers it: by line on a terminal or with
/// PYTHONUNBUFFERED, else in 8 KiB blocks (flushed at exit, before stderr output and before
/// reading input).
fn default_stdout() -> Box<dyn Write> {
    use std::io::IsTerminal;
    let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    if unbuffered || std::io::stdout().is_terminal() {
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::BufWriter::with_capacity(8192, std::io::stdout()))
    }
}

impl Runtime {
    pub fn new() -> Runtime {
        // `type` is its own metaclass; create it with a placeholder and patch.
        let type_ = bare_type("type", &Value::NONE, BaseKind::Object);
        if let Some(Kind::Type(t)) = type_.kind() {
            *t.metaclass.borrow_mut() = type_.clone();
        }
        let object = bare_type("object", &type_, BaseKind::Object);
        let mk = |n: &str| bare_type(n, &type_, BaseKind::Object);
        let types = Types {
            int: mk("int"),
            bool_: mk("bool"),
            float: mk("float"),
            complex: mk("complex"),
            str_: mk("str"),
            bytes: mk("bytes"),
            bytearray: mk("bytearray"),
            list: mk("list"),
            tuple: mk("tuple"),
            dict: mk("dict"),
            set: mk("set"),
            frozenset: mk("frozenset"),
            range: mk("range"),
            slice: mk("slice"),
            none: mk("NoneType"),
            not_implemented: mk("NotImplementedType"),
            ellipsis: mk("ellipsis"),
            function: mk("function"),
            builtin_function: mk("builtin_function_or_method"),
            method_descriptor: mk("method_descriptor"),
            wrapper_descriptor: mk("wrapper_descriptor"),
            method_wrapper: mk("method-wrapper"),
            method: mk("method"),
            cell: mk("cell"),
            code: mk("code"),
            module: mk("module"),
            property: mk("property"),
            member_descriptor: mk("member_descriptor"),
            getset_descriptor: mk("getset_descriptor"),
            staticmethod: mk("staticmethod"),
            classmethod: mk("classmethod"),
            super_: mk("super"),
            iterator: mk("iterator"),
            dict_keys: mk("dict_keys"),
            dict_values: mk("dict_values"),
            dict_items: mk("dict_items"),
            mappingproxy: mk("mappingproxy"),
            generator: mk("generator"),
            coroutine: mk("coroutine"),
            async_generator: mk("async_generator"),
            coroutine_wrapper: mk("coroutine_wrapper"),
            async_gen_asend: mk("async_generator_asend"),
            async_gen_athrow: mk("async_generator_athrow"),
            anext_awaitable: mk("anext_awaitable"),
            traceback: mk("traceback"),
            frame: mk("frame"),
            memoryview: mk("memoryview"),
            file_io: mk("FileIO"),
            text_io: mk("TextIOWrapper"),
            buffered_reader: mk("BufferedReader"),
            buffered_writer: mk("BufferedWriter"),
            buffered_random: mk("BufferedRandom"),
            iterators: ITERATOR_TYPES.iter().map(|n| (*n, mk(n))).collect(),
            object,
            type_,
        };
        let empty_tuple = Value::from_obj(Obj::new(Kind::Tuple(Default::default())));
        let empty_str = Value::from_obj(Obj::new(Kind::Str(PyStr::new(""))));
        let mut rt = Runtime {
            types,
            exc_types: hashbrown::HashMap::new(),
            base_exception: Value::NONE,
            unicode_error: Value::NONE,
            os_error: Value::NONE,
            syntax_error: Value::NONE,
            builtins: Value::NONE,
            builtins_module: Value::NONE,
            modules: Value::NONE,
            not_implemented: Value::from_obj(Obj::new(Kind::NotImplemented)),
            ellipsis: Value::from_obj(Obj::new(Kind::Ellipsis)),
            interned: hashbrown::HashTable::new(),
            intern_hasher: hashbrown::DefaultHashBuilder::default(),
            hooks: Hooks {
                call_function: no_call,
                import: no_import,
                native_attr: no_native_attr,
                native_setattr: no_native_setattr,
                native_next: no_native_next,
                native_next_value: no_native_next_value,
                native_feed: no_native_feed,
                native_self_iter: no_native_self_iter,
            },
            recursion_limit: 1000,
            call_check_depth: 1000,
            loop_ticks: 1,
            depth: 0,
            native_depth: 0,
            handled: Value::NONE,
            handled_base: Vec::new(),
            stdout: default_stdout(),
            stderr: Box::new(std::io::stderr()),
            stdin: None,
            sandbox: Default::default(),
            argv: Vec::new(),
            empty_tuple,
            stack_pool: Vec::new(),
            frame_pool: Vec::new(),
            empty_str,
            latin1_chars: std::cell::RefCell::new(Vec::new()),
            repr_stack: Vec::new(),
            interrupt: Rc::new(std::sync::atomic::AtomicBool::new(false)),
            max_str_digits: 4300,
            frame_scope: None,
            finalizers: Rc::new(crate::finalize::FinalizerQueue::default()),
            weak_callbacks: Rc::new(RefCell::new(HashMap::new())),
            gc: Default::default(),
            initializing_modules: Vec::new(),
            signal_handlers: HashMap::new(),
            weakref_type: None,
            type_epoch: 1,
            attr_resolutions: RefCell::new(AttrResolutions::default()),
            clock_origin: None,
            slot_cache: HashMap::new(),
            native_types: HashMap::new(),
            buffer_exports: HashMap::new(),
            sys_stdout: Value::NONE,
            code_values: HashMap::new(),
            pending_frames: Vec::new(),
            call_globals: Value::NONE,
        };
        rt.builtins = rt.new_dict(Dict::new());
        rt.modules = rt.new_dict(Dict::new());
        crate::typeobj::init_builtin_types(&mut rt);
        crate::exceptions::init(&mut rt);
        crate::exc_group::init(&mut rt);
        crate::types::init(&mut rt);
        crate::builtin_fns::init(&mut rt);
        rt
    }

    // ---- constructors -----------------------------------------------------------------

    pub fn new_str(&self, s: &str) -> Value {
        match s.len() {
            0 => self.empty_str.clone(),
            1 => self.latin1_char(s.as_bytes()[0]),
            _ => Value::from_obj(Obj::new(Kind::Str(PyStr::new(s)))),
        }
    }
    pub fn new_string(&self, s: String) -> Value {
        match s.len() {
            0 => self.empty_str.clone(),
            1 => self.latin1_char(s.as_bytes()[0]),
            _ => Value::from_obj(Obj::new(Kind::Str(PyStr::from_string(s)))),
        }
    }
    /// A str of text built in place (see crate::text::Text::build), with the shared
    /// empty and one-byte strs as `new_string` gives them.
    pub fn new_text(&self, s: crate::text::Text) -> Value {
        match s.len() {
            0 => self.empty_str.clone(),
            1 => self.latin1_char(s.as_bytes()[0]),
            _ => Value::from_obj(Obj::new(Kind::Str(PyStr::from_text(s)))),
        }
    }
    /// The str of one character `c`, shared for Latin-1 characters as in CPython.
    #[inline]
    pub fn char_str(&self, c: char) -> Value {
        if (c as u32) < 256 {
            return self.latin1_char(c as u32 as u8);
        }
        let mut b = [0u8; 4];
        Value::from_obj(Obj::new(Kind::Str(PyStr::new(c.encode_utf8(&mut b)))))
    }
    /// The shared str of the character U+00XX (`b` is its code point; a one-byte UTF-8
    /// text is ASCII, its byte the code point).
    fn latin1_char(&self, b: u8) -> Value {
        let mut cache = self.latin1_chars.borrow_mut();
        if cache.is_empty() {
            *cache = (0..=255u8)
                .map(|c| Value::from_obj(Obj::new(Kind::Str(PyStr::new(&(c as char).to_string())))))
                .collect();
        }
        cache[b as usize].clone()
    }
    /// An interned str: the same object for every request of the same text.
    pub fn intern(&mut self, s: &str) -> Value {
        // (The empty str and one-byte ones are the shared singletons, as in CPython:
        // `"" is str()`, `"a" is chr(97)`.)
        if s.len() <= 1 {
            return self.new_str(s);
        }
        use std::hash::BuildHasher;
        fn text(v: &Value) -> Option<&str> {
            match v.kind() {
                Some(Kind::Str(p)) => Some(&p.s),
                _ => None,
            }
        }
        let hasher = &self.intern_hasher;
        let h = hasher.hash_one(s);
        if let Some(v) = self.interned.find(h, |v| text(v) == Some(s)) {
            return v.clone();
        }
        let v = Value::from_obj(Obj::new(Kind::Str(PyStr::new(s))));
        self.interned
            .insert_unique(h, v.clone(), |v| hasher.hash_one(text(v).unwrap_or("")));
        v
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        let v = Value::from_obj(Obj::new(Kind::List(RefCell::new(items))));
        self.gc.track(&v);
        v
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        self.new_tuple_items(items.into())
    }
    /// A tuple of `items` (a `smallvec!` of up to three needs no allocation of its own).
    pub fn new_tuple_items(&self, mut items: crate::object::TupleItems) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        if items.spilled() && items.len() <= items.inline_size() {
            // (From a Vec with spare capacity: the items move inline, the buffer goes.)
            items.shrink_to_fit();
        }
        Value::from_obj(Obj::new(Kind::Tuple(items)))
    }
    pub fn new_dict(&self, d: Dict) -> Value {
        let v = Value::from_obj(Obj::new(Kind::Dict(RefCell::new(d))));
        self.gc.track(&v);
        v
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::from_obj(Obj::new(Kind::Bytes(b.into_boxed_slice())))
    }
    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        Value::from_obj(Obj::new(Kind::Builtin(Box::new(Builtin {
            name,
            func,
            owner: None,
            bound: None,
            doc: None,
            check_self: false,
            fast: 0,
        }))))
    }
    pub fn new_method(&self, owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        Value::from_obj(Obj::new(Kind::Builtin(Box::new(Builtin {
            name,
            func,
            owner: Some(owner),
            bound: None,
            doc: None,
            check_self: false,
            fast: crate::object::fast_builtin::of(Some(owner), name),
        }))))
    }

    // ---- exceptions -------------------------------------------------------------------

    pub fn exc_type(&self, name: &str) -> Value {
        self.exc_types
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exc_types["Exception"].clone())
    }

    /// A new exception instance of the named builtin class with a message.
    pub fn new_exc(&mut self, name: &str, msg: &str) -> Exc {
        let cls = self.exc_type(name);
        let arg = self.new_str(msg);
        Exc(crate::exceptions::new_instance(self, &cls, vec![arg]))
    }
    pub fn exc_with_args(&mut self, name: &str, args: Vec<Value>) -> Exc {
        let cls = self.exc_type(name);
        Exc(crate::exceptions::new_instance(self, &cls, args))
    }
    pub fn type_error(&mut self, msg: &str) -> Exc {
        self.new_exc("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: &str) -> Exc {
        self.new_exc("ValueError", msg)
    }
    pub fn index_error(&mut self, msg: &str) -> Exc {
        self.new_exc("IndexError", msg)
    }
    pub fn overflow_error(&mut self, msg: &str) -> Exc {
        self.new_exc("OverflowError", msg)
    }
    pub fn zero_div(&mut self, msg: &str) -> Exc {
        self.new_exc("ZeroDivisionError", msg)
    }
    pub fn key_error(&mut self, key: Value) -> Exc {
        self.exc_with_args("KeyError", vec![key])
    }
    pub fn attr_error(&mut self, msg: &str) -> Exc {
        self.new_exc("AttributeError", msg)
    }
    pub fn not_implemented_error(&mut self, what: &str) -> Exc {
        self.new_exc(
            "NotImplementedError",
            &format!("{what} is not supported by Molt yet"),
        )
    }

    /// Whether `exc` is an instance of the named builtin exception class (or a subclass).
    pub fn exc_matches(&self, exc: &Exc, name: &str) -> bool {
        let cls = self.type_of(&exc.0);
        crate::typeobj::is_subtype(&cls, &self.exc_type(name))
    }

    // ---- misc -------------------------------------------------------------------------

    /// The exception being handled as `sys.exception()` sees it.
    pub fn current_exception(&self) -> Value {
        if self.handled.is_none() {
            if let Some(b) = self.handled_base.last() {
                return b.clone();
            }
        }
        self.handled.clone()
    }

    pub fn type_name(&self, v: &Value) -> String {
        crate::typeobj::type_name(&self.type_of(v))
    }

    /// The type name CPython's argument-clinic messages show for a bad argument
    /// ("must be str, not None": None is named, not typed).
    pub fn arg_type_name(&self, v: &Value) -> String {
        if v.is_none() {
            "None".to_string()
        } else {
            self.type_name(v)
        }
    }

    /// Registers a builtin function in the builtins namespace.
    pub fn add_builtin(&mut self, name: &'static str, func: NativeFn) {
        let f = Value::from_obj(Obj::new(Kind::Builtin(Box::new(Builtin {
            name,
            func,
            owner: None,
            bound: None,
            doc: crate::builtin_docs::builtin_fn_doc(name),
            check_self: false,
            fast: crate::object::fast_builtin::of(None, name),
        }))));
        let k = self.intern(name);
        if let Some(Kind::Dict(d)) = self.builtins.kind() {
            d.borrow_mut().set_str(k, f);
        }
    }
    pub fn set_builtin_value(&mut self, name: &str, v: Value) {
        let k = self.intern(name);
        if let Some(Kind::Dict(d)) = self.builtins.kind() {
            d.borrow_mut().set_str(k, v);
        }
    }

    /// The one code object value for compiled code `c`.
    pub fn code_value(&mut self, c: &Rc<crate::object::CodeObject>) -> Value {
        let key = Rc::as_ptr(c) as usize;
        if let Some(v) = self.code_values.get(&key).and_then(Value::from_weak) {
            if matches!(v.kind(), Some(Kind::Code(x)) if Rc::ptr_eq(x, c)) {
                return v;
            }
        }
        if self.code_values.len() > 4096 {
            self.code_values.retain(|_, w| w.strong_count() > 0);
        }
        let v = Value::from_obj(Obj::new(Kind::Code(c.clone())));
        if let Some(w) = v.downgrade() {
            self.code_values.insert(key, w);
        }
        v
    }

    /// Attribute `name` of the `sys` module, when sys is imported and has it.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        let Some(Kind::Dict(mods)) = self.modules.kind() else {
            return None;
        };
        let sys = mods.borrow().get_str("sys").cloned()?;
        let Some(Kind::Module(m)) = sys.kind() else {
            return None;
        };
        let Some(Kind::Dict(d)) = m.dict.kind() else {
            return None;
        };
        let v = d.borrow().get_str(name).cloned();
        v
    }

    /// The current `sys.stdout` when a program has replaced it (None otherwise).
    pub fn redirected_stdout(&self) -> Option<Value> {
        let out = self.sys_attr("stdout")?;
        (!out.is(&self.sys_stdout)).then_some(out)
    }

    /// Writes to stdout, mapping I/O errors to OSError.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        if !s.is_ascii() && crate::surrogate::has_surrogates(s) {
            // stdout is strict UTF-8: this raises CPython's UnicodeEncodeError.
            crate::types::codecs::encode_str(self, s, "utf-8", "strict")?;
        }
        match self.stdout.write_all(s.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                Err(self.new_exc("BrokenPipeError", "[Errno 32] Broken pipe"))
            }
            Err(e) => Err(self.new_exc("OSError", &e.to_string())),
        }
    }
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}
