//! Heap objects: the payload kinds a `Value` can point to, and the structs behind them
//! (strings, functions, types, instances, exceptions, iterators).
//!
//! Mutable payloads sit in `RefCell`s. The rule that keeps them from panicking: never call
//! back into Python (or anything that may) while holding a borrow — clone what you need
//! out first.

use num_bigint::BigInt;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::Dict;
use crate::set::SetTable;
use crate::value::Value;
use molt_bytecode::Code;

/// The result of anything that may raise: the error is the exception instance.
pub type PyResult<T = Value> = Result<T, Exc>;

/// A raised exception (an instance of a BaseException subclass).
#[derive(Clone, Debug)]
pub struct Exc(pub Value);

/// A tuple's items.
pub type TupleItems = smallvec::SmallVec<[Value; 3]>;

pub struct Obj {
    pub kind: Kind,
}

impl Obj {
    pub fn new(kind: Kind) -> Obj {
        Obj { kind }
    }
}

/// Calls a callable value (the interpreter's entry for Python functions).
pub type NativeFnV = fn(&mut crate::Runtime, &Value, &[Value], &[(Value, Value)]) -> PyResult;

/// A builtin function: positional args, keyword (name, value) pairs.
pub type NativeFn = fn(&mut crate::Runtime, &[Value], &[(Value, Value)]) -> PyResult;

pub enum Kind {
    Str(PyStr),
    /// An int outside the inline range.
    Int(BigInt),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    /// (Up to three items inline, so a pair or a triple is one allocation.)
    Tuple(TupleItems),
    /// (In the object: see `Dict`'s layout.)
    Dict(RefCell<Dict>),
    Set(Box<RefCell<SetTable>>),
    FrozenSet(Box<SetTable>),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    /// A bound method: (function, self).
    Method(Value, Value),
    Cell(RefCell<Value>),
    Code(Rc<CodeObject>),
    Module(Module),
    Type(Box<TypeObj>),
    Instance(Instance),
    Iter(IterObj),
    /// A dict view: the dict and 0 keys, 1 values, 2 items, or 3 a read-only
    /// `mappingproxy` of it (`cls.__dict__`, `view.mapping`).
    DictView(Value, u8),
    Property(Box<PropertyObj>),
    /// A `__slots__` member descriptor (`member_descriptor`).
    Member(Box<MemberDescr>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Value, Value),
    NotImplemented,
    Ellipsis,
    /// An object whose payload the vm defines (generators, frames): its type and data.
    Native(Value, RefCell<Box<dyn Any>>),
}

/// A str: UTF-8 text with its length in code points and a cached hash.
pub struct PyStr {
    /// The text: up to 24 bytes inline (most names, keys and words: one allocation per
    /// str), longer text in a heap buffer (taken over from a built String as it is).
    pub s: crate::text::Text,
    pub chars: usize,
    pub hash: Cell<i64>,
    /// For non-ASCII text: the byte offset of every `INDEX_STRIDE`th character, built on
    /// first need, so indexing, slicing and searching from a position cost O(stride)
    /// instead of a walk from the start.
    // (Boxed so the empty cell costs one word in every str.)
    index: std::cell::OnceCell<Box<StrIndex>>,
}

/// The position index of a non-ASCII str.
struct StrIndex {
    /// The byte offset of every `INDEX_STRIDE`th character.
    stops: Vec<usize>,
    /// The last character position looked up and its byte offset: a scan that indexes
    /// the text character by character (`s[i]`, `s[i + 1]`...) walks on from there.
    cursor: Cell<(usize, usize)>,
}

/// Characters between two entries of a str's position index.
const INDEX_STRIDE: usize = 64;

/// Length in code points; ASCII text (the common case) is checked in bulk.
#[inline]
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    /// Python's ordering of two strs: by code point. UTF-8 byte order is code point
    /// order except for lone surrogates (see `surrogate`), which only non-ASCII text holds.
    #[inline]
    pub fn py_cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        if self.chars == self.s.len() || other.chars == other.s.len() {
            self.s.as_bytes().cmp(other.s.as_bytes())
        } else {
            crate::surrogate::cmp_str(&self.s, &other.s)
        }
    }

    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: char_len(s),
            s: crate::text::Text::new(s),
            hash: Cell::new(-1),
            index: std::cell::OnceCell::new(),
        }
    }
    pub fn from_text(s: crate::text::Text) -> PyStr {
        PyStr {
            chars: char_len(&s),
            s,
            hash: Cell::new(-1),
            index: std::cell::OnceCell::new(),
        }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: char_len(&s),
            s: crate::text::Text::from_string(s),
            hash: Cell::new(-1),
            index: std::cell::OnceCell::new(),
        }
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The position index of non-ASCII text (built on first use).
    fn index_data(&self) -> &StrIndex {
        self.index.get_or_init(|| {
            let mut stops = Vec::with_capacity(self.chars / INDEX_STRIDE + 1);
            for (i, (b, _)) in self.s.char_indices().enumerate() {
                if i % INDEX_STRIDE == 0 {
                    stops.push(b);
                }
            }
            Box::new(StrIndex {
                stops,
                cursor: Cell::new((0, 0)),
            })
        })
    }

    /// The byte offsets of every `INDEX_STRIDE`th character of non-ASCII text.
    fn index(&self) -> &[usize] {
        &self.index_data().stops
    }

    /// The byte offset of code point `ci` (the end for `ci >= len`).
    pub fn byte_at(&self, ci: usize) -> usize {
        if self.is_ascii() {
            return ci.min(self.s.len());
        }
        if ci >= self.chars {
            return self.s.len();
        }
        if self.chars <= INDEX_STRIDE {
            // (Short text: a walk from the start, no index.)
            return self
                .s
                .char_indices()
                .nth(ci)
                .map_or(self.s.len(), |(b, _)| b);
        }
        let idx = self.index_data();
        // From the nearer of the stop at or before `ci` and the last position looked up
        // (when that is at or before `ci`).
        let (mut base, mut skip) = (idx.stops[ci / INDEX_STRIDE], ci % INDEX_STRIDE);
        let (c0, b0) = idx.cursor.get();
        if c0 <= ci && ci - c0 < skip {
            (base, skip) = (b0, ci - c0);
        }
        let b = self.s[base..]
            .char_indices()
            .nth(skip)
            .map_or(self.s.len(), |(b, _)| base + b);
        idx.cursor.set((ci, b));
        b
    }

    /// The code point index of byte offset `b` (a char boundary).
    pub fn char_at_byte(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b < 4 * INDEX_STRIDE {
            return self.s[..b].chars().count();
        }
        let idx = self.index();
        let k = match idx.binary_search(&b) {
            Ok(k) => return k * INDEX_STRIDE,
            Err(k) => k - 1,
        };
        k * INDEX_STRIDE + self.s[idx[k]..b].chars().count()
    }
}

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A code object as the runtime holds it: the compiled code plus its constants as values.
/// (`repr(C)`: what a call reads, from `code` to `attr_cache`, comes first, in the order
/// read, so that a call touches as few of its lines as may be.)
#[repr(C)]
pub struct CodeObject {
    pub code: Rc<Code>,
    /// What a call of this code needs to know, kept here so that the interpreter's call
    /// path reads it from the code object itself rather than through `code`.
    pub call_shape: CallShape,
    /// Whether the interpreter may run a call of this code before pushing its frame
    /// (molt_vm's leaf_call: 0 not yet known, 1 yes, 2 no).
    pub leaf: Cell<u8>,
    /// Set by `types.coroutine` on a generator function's code (CPython's
    /// CO_ITERABLE_COROUTINE): its generators can be awaited and `yield from` coroutines.
    pub iterable_coroutine: Cell<bool>,
    pub consts: Box<[Value]>,
    /// The caches of the instructions that have one (attribute loads and stores, method
    /// loads, operators that may call a Python dunder), keyed on the type and the
    /// runtime's type epoch (see `SiteCaches`).
    /// (Made when the code first runs: most code loaded with a module never does.)
    pub attr_cache: std::cell::OnceCell<SiteCaches>,
    /// Interned name strings, parallel to `code.names`.
    pub names: Box<[Value]>,
    /// The name and qualified name as str values, made on the first `MakeFunction` and
    /// shared by every function made from this code (a generator expression or a nested
    /// def made in a loop does not build its name strings each time).
    pub name_strs: std::cell::OnceCell<(Value, Value)>,
}

/// The facts about a code object that every call reads (see `CodeObject::call_shape`).
#[derive(Clone, Copy)]
pub struct CallShape {
    /// Registers in all (`Code::nregs`).
    pub nregs: u32,
    /// The number of positional arguments with which a call binds them straight into the
    /// first registers and needs nothing else: `argcount` for a plain function (not a
    /// generator's or coroutine's) without `*args`, `**kwargs`, keyword-only parameters or
    /// free variables; `u32::MAX` (no call matches) for any other.
    pub exact_arity: u32,
}

impl CallShape {
    pub fn of(code: &Code) -> CallShape {
        use molt_bytecode::code::flags;
        let plain = code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::RESUMABLE) == 0
            && code.freevars.is_empty();
        CallShape {
            nregs: code.nregs as u32,
            exact_arity: if plain {
                code.argcount as u32
            } else {
                u32::MAX
            },
        }
    }
}

impl CodeObject {
    /// A code object for `code` with its constants and interned names, caches empty.
    pub fn new(
        code: Rc<Code>,
        consts: Box<[Value]>,
        names: Box<[Value]>,
        iterable_coroutine: bool,
    ) -> CodeObject {
        CodeObject {
            call_shape: CallShape::of(&code),
            attr_cache: Default::default(),
            code,
            consts,
            names,
            iterable_coroutine: Cell::new(iterable_coroutine),
            name_strs: Default::default(),
            leaf: Cell::new(0),
        }
    }

    /// The instruction caches, made on first use.
    #[inline(always)]
    pub fn attr_caches(&self) -> &SiteCaches {
        match self.attr_cache.get() {
            Some(c) => c,
            None => self.make_attr_caches(),
        }
    }

    #[cold]
    #[inline(never)]
    fn make_attr_caches(&self) -> &SiteCaches {
        self.attr_cache
            .get_or_init(|| SiteCaches::new(&self.code.instrs, self.names.len()))
    }
}

/// The caches of one code object's instructions, indexed by instruction: a cell is made
/// when its instruction first needs it (attribute loads and stores, method loads,
/// operators that may call a Python dunder). (A cell for every instruction of code that
/// ever ran, made up front, cost ~190 bytes per instruction: 4 MB for a dozen library
/// imports.) The attribute instructions' shape memos, which their fast paths read, are
/// apart from the cells, all of the code object's in one array indexed by the
/// instructions' site numbers (`SiteMemo`). (`repr(C)`: the memos' address first, where
/// the interpreter reads it, in the code object's first cache line.)
#[repr(C)]
pub struct SiteCaches {
    /// The shape memos of the attribute instructions, indexed by their site numbers
    /// (molt_bytecode::opcodes::number_attr_sites), with one more last, which only the
    /// sites past `MAX_ATTR_SITE` use and nothing writes (its epoch stays 0, which never
    /// matches): `attr_memo_count` of them, so that every site number indexes one (the
    /// interpreter's unchecked access relies on it: vm::code_fetch).
    memos: Box<[SiteMemo]>,
    /// One per instruction of the code object (the interpreter's unchecked access relies
    /// on it: vm::code_fetch).
    cells: Box<[SiteCell]>,
    /// One empty resolution shared by the cells until they resolve.
    empty: Rc<AttrResolution>,
    /// Per-name cache of global/builtin lookups (a code object always runs with the same
    /// globals): valid while both dicts keep the versions recorded. (Here, made when the
    /// code first runs, rather than with the code object: most code loaded with a module
    /// never runs.)
    pub globals: Box<[Cell<GlobalCache>]>,
}

/// An instruction's cache cell: empty until the instruction first needs it.
pub type SiteCell = std::cell::OnceCell<Box<RefCell<AttrCache>>>;

impl SiteCaches {
    fn new(instrs: &[molt_bytecode::opcodes::Instr], nnames: usize) -> SiteCaches {
        let nmemos = molt_bytecode::opcodes::attr_memo_count(instrs);
        SiteCaches {
            cells: (0..instrs.len()).map(|_| Default::default()).collect(),
            memos: (0..nmemos).map(|_| SiteMemo::default()).collect(),
            empty: Rc::new(AttrResolution::default()),
            globals: (0..nnames).map(|_| Cell::new(Default::default())).collect(),
        }
    }

    /// The cells, one per instruction.
    #[inline(always)]
    pub fn cells(&self) -> &[SiteCell] {
        &self.cells
    }

    /// The shape memos, indexed by site number (which the interpreter keeps at hand while
    /// it runs the code).
    #[inline(always)]
    pub fn memos(&self) -> &[SiteMemo] {
        &self.memos
    }

    /// The cache of the instruction at `pc`, made now (its cell is empty).
    #[cold]
    #[inline(never)]
    pub fn make(&self, pc: usize) -> &RefCell<AttrCache> {
        self.cells[pc].get_or_init(|| Box::new(RefCell::new(AttrCache::empty(&self.empty))))
    }
}

/// An attribute site's shape memo (vm::attr_cache's fast paths): the instance attribute
/// shape last seen there and where the name is in it, or the class's method. What a hit
/// reads is here, 32 bytes, in an array of the code object's memos (two to a 64-byte
/// cache line), apart from the rest of the site's cache (`AttrCache`), which the slow
/// paths read: the programs that make many objects evicted a line per site.
///
/// The fields are Cells, written by the slow paths through `set` (which makes the memo
/// invalid while it changes, `shape_epoch` 0, and gives back what it replaced, for the
/// caller to drop after); vm's memo_read reads `shape` and `method` in place.
#[repr(C, align(32))]
pub struct SiteMemo {
    /// The type epoch at which the memo was made from a resolution needing no generic
    /// access (0, never an epoch, when there is none). A shape belongs to one class, so
    /// while the epoch is the same an instance with that shape is served from the memo
    /// alone, without checking its class.
    pub shape_epoch: Cell<u64>,
    /// The shape, where the name is in its vector (`AttrCache::ABSENT` when it is not).
    pub shape: Cell<Option<Rc<crate::attrs::Shape>>>,
    /// For a method load, the class's function found when the shape does not hold the
    /// name; with `kind_key`, the builtin type's method. (`Value::UNBOUND` for none: an
    /// `Option<Value>` takes 16 bytes.)
    pub method: Cell<Value>,
    pub slot: Cell<u32>,
    /// For a method load on a value of a builtin type (a str, a list: types that never
    /// change), the value's `builtin_value_key` with `method` its type's method; 0 when
    /// the memo is an instance's.
    pub kind_key: Cell<u16>,
    /// With `kind_key`: the `Builtin::fast` of `method` (0 when it has no form of its own),
    /// so that the interpreter can run `lst.append(x)` in place without reading the method.
    pub method_fast: Cell<u8>,
    /// Answers from `AttrCache::poly` since one was last made this memo (see
    /// vm::attr_cache's `poly_answer`).
    pub poly_hits: Cell<u8>,
}

const _: () = assert!(std::mem::size_of::<SiteMemo>() == 32);

impl Default for SiteMemo {
    fn default() -> SiteMemo {
        SiteMemo {
            shape_epoch: Cell::new(0),
            shape: Cell::new(None),
            method: Cell::new(Value::UNBOUND),
            slot: Cell::new(0),
            kind_key: Cell::new(0),
            method_fast: Cell::new(0),
            poly_hits: Cell::new(0),
        }
    }
}

/// What a `SiteMemo::set` replaced (dropped by the caller once its borrows end).
pub type MemoOwned = (Option<Rc<crate::attrs::Shape>>, Option<Value>);

impl SiteMemo {
    /// Makes the memo say: `shape` with the name at `slot`, the method `method`, builtin
    /// kind `kind_key` with `method_fast`, made at type epoch `epoch` (0 for a memo not
    /// to be used by the fast paths). Returns the shape and method it held.
    pub fn set(
        &self,
        shape: Option<Rc<crate::attrs::Shape>>,
        slot: u32,
        method: Option<Value>,
        kind_key: u16,
        method_fast: u8,
        epoch: u64,
    ) -> MemoOwned {
        self.shape_epoch.set(0);
        let old_method = self.method.replace(method.unwrap_or(Value::UNBOUND));
        let old = (
            self.shape.replace(shape),
            (!old_method.is_unbound()).then_some(old_method),
        );
        self.slot.set(slot);
        self.kind_key.set(kind_key);
        self.method_fast.set(method_fast);
        self.shape_epoch.set(epoch);
        old
    }

    /// The shape, cloned.
    pub fn shape_clone(&self) -> Option<Rc<crate::attrs::Shape>> {
        let s = self.shape.take();
        let c = s.clone();
        self.shape.set(s);
        c
    }

    /// The method, cloned.
    pub fn method_clone(&self) -> Option<Value> {
        let m = self.method.replace(Value::UNBOUND);
        let c = (!m.is_unbound()).then(|| m.clone());
        self.method.set(m);
        c
    }
}

/// Where a global name was found: the dict versions and the entry index.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Entry index + 1 in globals (> 0) or in builtins (< 0); 0 = empty cache.
    pub slot: i64,
}

/// One attribute instruction's cache: the type last seen there, the epoch it was valid
/// for, and what the MRO holds for the name (shared with the runtime's resolution table).
/// (The shape memo its fast paths read is apart: `SiteMemo`.)
pub struct AttrCache {
    /// For a store that added the name to the shape of the site's memo (`SiteMemo`), the
    /// shape after.
    pub grown: Option<Rc<crate::attrs::Shape>>,
    /// Shape memos of other shapes seen here (a polymorphic site: a base class's method
    /// run on instances of several subclasses, each with shapes of its own), kept when
    /// the site's memo moved to another shape; the fast paths look here when it does not
    /// match. At most `AttrCache::POLY`, replaced in turn.
    pub poly: Vec<ShapeMemo>,
    /// The type (kept alive so its address cannot be reused) and the epoch seen.
    pub ty: Option<Value>,
    pub epoch: u64,
    pub res: Rc<AttrResolution>,
    /// Where the name was last found in an instance dict: instances of one class usually
    /// have their attributes in the same order, so this index usually hits.
    pub hint: Cell<usize>,
    /// The type seen before the current one, with its epoch and resolution: a site that
    /// sees two classes in turn swaps the two instead of resolving again.
    pub ty2: Option<Value>,
    pub epoch2: u64,
    pub res2: Rc<AttrResolution>,
    /// Which entry of `poly` or `poly_types` a full list replaces next (one turn counter
    /// for both).
    pub poly_next: u8,
    /// Types seen before those two, with their epochs and resolutions (at most
    /// `AttrCache::POLY`, replaced in turn), so that a site seeing several classes swaps
    /// instead of resolving again.
    pub poly_types: Vec<(Value, u64, Rc<AttrResolution>)>,
    /// For a load from a class object (`Cls.attr`, `Cls.method(x)`): what the last one
    /// gave (see `ClassMemo`).
    pub class_memo: Option<Box<ClassMemo>>,
}

/// `cls.name` remembered for a class object `cls` (`Runtime::class_attr_memo` says when it
/// may be): valid while the type epoch is the one recorded (any change to a class
/// attribute that is not plain data, and any new one, moves it) and the class the name
/// was found in has the version recorded (an assignment of plain data over plain data
/// moves only that). `value` None: the name is not one to remember (a class method, a
/// property, `__name__`...), and the generic lookup answers without trying again.
/// `binds_class`: `value` is a class method's function, which binds to `cls`.
pub struct ClassMemo {
    pub cls: Value,
    pub epoch: u64,
    pub owner: Value,
    pub owner_version: u64,
    pub value: Option<Value>,
    pub binds_class: bool,
}

/// A shape memo kept beside an attribute site's current one (`AttrCache::poly`): the
/// memo's fields as they were, and the type epoch it was made at (valid while it holds).
pub struct ShapeMemo {
    pub shape: Rc<crate::attrs::Shape>,
    pub slot: u32,
    pub grown: Option<Rc<crate::attrs::Shape>>,
    pub method: Option<Value>,
    pub epoch: u64,
}

impl AttrCache {
    /// `slot` when the shape does not hold the name.
    pub const ABSENT: u32 = u32::MAX;
    /// How many shape memos `poly` keeps.
    pub const POLY: usize = 4;

    /// A cell that has seen nothing, holding `empty` as both resolutions.
    pub fn empty(empty: &Rc<AttrResolution>) -> AttrCache {
        AttrCache {
            ty: None,
            epoch: 0,
            res: empty.clone(),
            hint: Cell::new(0),
            grown: None,
            ty2: None,
            epoch2: 0,
            res2: empty.clone(),
            poly: Vec::new(),
            poly_next: 0,
            poly_types: Vec::new(),
            class_memo: None,
        }
    }
}

/// What a type's MRO holds for one attribute name, as the attribute caches use it.
#[derive(Default)]
pub struct AttrResolution {
    /// The class attribute found, if any (a plain function for methods).
    pub class_attr: Option<Value>,
    /// The class attribute is a data descriptor, or the type overrides attribute access:
    /// reads take the generic path (unless `fast` handles it).
    pub generic: bool,
    /// Writes take the generic path (`__setattr__`, data descriptor, `__slots__`).
    pub generic_set: bool,
    /// A data descriptor the generic path would only call, read directly (None when the
    /// class overrides `__getattribute__`), or plain class data.
    pub fast: FastAttr,
    /// The same for writes (None when the class overrides `__setattr__`).
    pub fast_set: FastAttr,
}

/// The data descriptors attribute caches handle without the generic lookup.
#[derive(Default, Clone)]
pub enum FastAttr {
    #[default]
    None,
    /// A `__slots__` member of the class (its index in `Instance::slots`).
    Slot(usize),
    /// A property: its getter and setter (None when it has none).
    Property(Value, Value),
    /// Plain data in the dict of class `owner`, with the value seen at the owner's
    /// `version`: rebinding plain data moves only that version (not the type epoch), so a
    /// read checks it and rereads the dict when it moved (see `typeobj::is_plain_data`).
    ClassData {
        owner: Value,
        version: Cell<u64>,
        value: RefCell<Value>,
    },
}

/// (`repr(C)`: what a call reads, the code and the globals, first, in the object's first
/// line.)
#[repr(C)]
pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    pub closure: Value,
    pub dict: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods of builtin types: the owning type's name, for messages.
    pub owner: Option<&'static str>,
    /// A value bound as the first argument (builtin methods of modules/objects).
    pub bound: Option<Value>,
    pub doc: Option<&'static str>,
    /// Set on methods taken unbound from their type (`list.append`): the first argument
    /// must be an instance of the owner type.
    pub check_self: bool,
    /// Which of the few builtins the interpreter calls in a form of its own this is
    /// (`fast_builtin`), 0 for the others.
    pub fast: u8,
}

/// The builtins the interpreter calls in a form of its own (`Builtin::fast`): the most
/// frequent calls of Python code, as CPython specialises them.
pub mod fast_builtin {
    pub const LEN: u8 = 1;
    pub const ISINSTANCE: u8 = 2;
    pub const LIST_APPEND: u8 = 3;
    pub const DICT_GET: u8 = 4;
    pub const SET_ADD: u8 = 5;
    pub const LIST_POP: u8 = 6;

    /// The `Builtin::fast` of builtin `name` (of type `owner` for a method).
    pub fn of(owner: Option<&str>, name: &str) -> u8 {
        match (owner, name) {
            (None, "len") => LEN,
            (None, "isinstance") => ISINSTANCE,
            (Some("list"), "append") => LIST_APPEND,
            (Some("list"), "pop") => LIST_POP,
            (Some("dict"), "get") => DICT_GET,
            (Some("set"), "add") => SET_ADD,
            _ => 0,
        }
    }
}

pub struct Module {
    pub name: Value,
    pub dict: Value,
    /// The module's class when it is an instance of a `types.ModuleType` subclass (made
    /// so, or given by `__class__` assignment); None for a plain module.
    pub cls: RefCell<Value>,
}

impl Module {
    /// A plain module named `name` with namespace `dict`.
    pub fn new(name: Value, dict: Value) -> Module {
        Module {
            name,
            dict,
            cls: RefCell::new(Value::NONE),
        }
    }

    /// The module's ModuleType subclass, if it has one.
    pub fn subclass(&self) -> Option<Value> {
        let c = self.cls.borrow();
        (!c.is_none()).then(|| c.clone())
    }
}

/// The payload kind that instances of a type carry (what `object.__new__` builds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Exception,
}

pub struct TypeObj {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Value>>,
    pub mro: RefCell<Vec<Value>>,
    pub dict: RefCell<Dict>,
    pub base_kind: BaseKind,
    /// Builtin types are immutable and know their instances' payload kinds.
    pub builtin: bool,
    /// Bumped on every change to this type's or a base's namespace (for caches).
    pub version: Cell<u64>,
    pub metaclass: RefCell<Value>,
    /// Names in `__slots__`, if the class declared them.
    pub slots: RefCell<Option<Vec<String>>>,
    /// Direct subclasses, weakly held (`__subclasses__()`).
    pub subclasses: RefCell<Vec<crate::objrc::WeakObj>>,
    /// What calling the type does, cached per type epoch (see typeobj::ctor_info).
    pub ctor: RefCell<Option<Rc<CtorInfo>>>,
    /// Instance layout, cached per type epoch: (type epoch, `__slots__` entries, whether
    /// instances get a `__dict__`).
    pub layout: Cell<(u64, usize, bool)>,
    /// Set when instances need work at death: the class has `__del__`, or an instance has
    /// a weak reference with a callback (see crate::finalize).
    pub finalize: RefCell<Option<Rc<crate::finalize::Hooks>>>,
    /// The empty attribute shape of this class's instances (crate::attrs): each class has
    /// its own shape tree, so an instance's shape also says what its class is.
    pub shape_root: std::cell::OnceCell<Rc<crate::attrs::Shape>>,
    /// The shape of instances without a `__dict__` that keep `__slots__` (`slot_shape`).
    pub shape_slots: std::cell::OnceCell<Rc<crate::attrs::Shape>>,
    /// Which attribute hooks the class has (typeobj::attr_hooks), cached per type epoch.
    pub hooks: Cell<(u64, u8)>,
}

impl TypeObj {
    /// The shape a new instance of this class starts with.
    pub fn root_shape(&self) -> &Rc<crate::attrs::Shape> {
        self.shape_root.get_or_init(crate::attrs::Shape::root)
    }

    /// The shape of this class's instances that keep only `__slots__` (`Attrs::Slots`):
    /// no names, distinct from `root_shape`; it tells the attribute caches the class.
    pub fn slot_shape(&self) -> &Rc<crate::attrs::Shape> {
        self.shape_slots.get_or_init(crate::attrs::Shape::root)
    }
}

/// How `cls(...)` constructs: the metaclass `__call__` override, `__new__` and `__init__`.
#[derive(Clone)]
pub struct CtorInfo {
    pub epoch: u64,
    pub meta_call: Option<Value>,
    /// `__new__` (staticmethod unwrapped) and whether it is `object.__new__`.
    pub new: Option<Value>,
    pub new_is_object: bool,
    /// `__init__` and whether it is `object.__init__`.
    pub init: Option<Value>,
    pub init_is_object: bool,
}

/// A property: fget, fset, fdel and doc (indexable as `p[0..4]`), and the name
/// `__set_name__` gave it (None until then), which error messages show.
pub struct PropertyObj {
    pub slots: [Value; 4],
    pub name: RefCell<Value>,
}

impl PropertyObj {
    pub fn new(slots: [Value; 4]) -> PropertyObj {
        PropertyObj {
            slots,
            name: RefCell::new(Value::NONE),
        }
    }
}

impl std::ops::Deref for PropertyObj {
    type Target = [Value; 4];
    fn deref(&self) -> &[Value; 4] {
        &self.slots
    }
}

/// A `__slots__` entry of a class: reads and writes slot `index` of its instances.
pub struct MemberDescr {
    pub name: String,
    /// The slot's index in `Instance::slots`, or `DICT_SLOT` / `WEAKREF_SLOT` for the
    /// `__dict__` / `__weakref__` getset descriptors a class gets when it adds them.
    pub index: usize,
    /// The name of the class that declared the slot (for its repr and messages).
    pub owner: String,
    /// That class's identity (`Value::id`): the member applies to its instances.
    pub owner_id: u64,
}

impl MemberDescr {
    pub const DICT_SLOT: usize = usize::MAX;
    pub const WEAKREF_SLOT: usize = usize::MAX - 1;

    /// Whether this is a `__dict__`/`__weakref__` getset descriptor, not a slot member.
    pub fn is_getset(&self) -> bool {
        self.index >= Self::WEAKREF_SLOT
    }
}

pub struct Instance {
    pub cls: crate::class_cell::ClassCell,
    /// The attributes (see crate::attrs: inline values laid out by a shape, or a dict).
    pub attrs: RefCell<crate::attrs::Attrs>,
    /// What only some instances have (boxed, so that every object stays small: an object
    /// is as large as its largest kind, and instances are the largest).
    pub extra: Option<Box<InstanceExtra>>,
}

/// The parts of an instance most instances do not have.
#[derive(Default)]
pub struct InstanceExtra {
    /// `__slots__` storage: one entry per slot of the class's layout, None while unset.
    pub slots: Option<Box<[RefCell<Option<Value>>]>>,
    /// (Boxed: exception data is large, and `__slots__` instances, which also need an
    /// `InstanceExtra`, would carry its size.)
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For instances of subclasses of builtin types (`class D(dict)`): the builtin value
    /// that builtin methods and operators act on.
    pub builtin: Option<Value>,
}

impl Instance {
    /// A new instance of `cls` with attribute storage `attrs` and extra parts (none when
    /// all are None).
    pub fn new(cls: Value, attrs: crate::attrs::Attrs, extra: InstanceExtra) -> Instance {
        let none = extra.slots.is_none() && extra.exc.is_none() && extra.builtin.is_none();
        Instance {
            cls: crate::class_cell::ClassCell::new(cls),
            attrs: RefCell::new(attrs),
            extra: (!none).then(|| Box::new(extra)),
        }
    }
    /// The `__slots__` storage of an instance that also has a `__dict__` (one without
    /// keeps its slots in `Attrs::Slots`: see `slot_get`/`slot_replace`).
    #[inline]
    pub fn extra_slots(&self) -> Option<&[RefCell<Option<Value>>]> {
        self.extra.as_ref()?.slots.as_deref()
    }
    /// The exception data of an exception instance.
    #[inline]
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        self.extra.as_ref()?.exc.as_deref()
    }
    /// The builtin value inside an instance of a builtin type's subclass.
    #[inline]
    pub fn builtin(&self) -> Option<&Value> {
        self.extra.as_ref()?.builtin.as_ref()
    }
}

/// Where an exception passed: the code and line of each frame, innermost first.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The instruction index (`tb_lasti` reports twice it, like CPython's byte offsets).
    pub pc: u32,
    /// The code object and globals of the frame (for `tb_frame`).
    pub code_obj: Rc<CodeObject>,
    pub globals: Value,
    /// The frame's frame object when it has one (a frame that handled the exception,
    /// or whose object Python code asked for); else `tb_frame` is made when asked for.
    pub frame: Value,
    /// The registers of a frame the exception ended (its final locals); inline for small
    /// frames, so that most exceptions allocate nothing for them.
    pub regs: Option<smallvec::SmallVec<[Value; 4]>>,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Option<Value>,
    /// A traceback object assigned with `with_traceback` / `__traceback__ = ...`.
    pub traceback_set: Option<Value>,
    /// The traceback objects last made from `traceback` (and how many entries it had), so
    /// `e.__traceback__` is the same object until the exception travels further.
    pub traceback_cache: Option<(usize, Value)>,
    /// The "Did you mean: ...?" hint the traceback printer appends (NameError).
    pub hint: Option<String>,
}

/// The state of a builtin iterator.
/// A builtin iterator: its state, and the name of its type, fixed at creation (an
/// exhausted list iterator is still a `list_iterator`).
pub struct IterObj {
    pub state: RefCell<IterState>,
    /// (A reference to the static name: one word, which keeps every object smaller.)
    pub type_name: &'static &'static str,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            type_name: state.type_name(),
            state: RefCell::new(state),
        }
    }
}

impl IterState {
    /// The Python type name of an iterator in this state.
    pub fn type_name(&self) -> &'static &'static str {
        use IterState as S;
        match self {
            S::Seq { seq, .. } => {
                if matches!(seq.kind(), Some(Kind::List(_))) {
                    &"list_iterator"
                } else {
                    &"tuple_iterator"
                }
            }
            S::Range { .. } => &"range_iterator",
            S::BigRange(..) => &"longrange_iterator",
            S::Str { s, .. } => match s.kind() {
                Some(Kind::Str(p)) if !p.is_ascii() => &"str_iterator",
                _ => &"str_ascii_iterator",
            },
            S::Bytes { b, .. } => {
                if matches!(b.kind(), Some(Kind::ByteArray(_))) {
                    &"bytearray_iterator"
                } else {
                    &"bytes_iterator"
                }
            }
            S::DictKeys { .. } => &"dict_keyiterator",
            S::DictValues { .. } => &"dict_valueiterator",
            S::DictItems { .. } => &"dict_itemiterator",
            S::Set { .. } => &"set_iterator",
            S::DictRev { src, .. } => match src.kind() {
                Some(Kind::DictView(_, 1)) => &"dict_reversevalueiterator",
                Some(Kind::DictView(_, 2)) => &"dict_reverseitemiterator",
                _ => &"dict_reversekeyiterator",
            },
            S::Reversed { seq, .. } => {
                if matches!(seq.kind(), Some(Kind::List(_))) {
                    &"list_reverseiterator"
                } else {
                    &"reversed"
                }
            }
            S::Enumerate { .. } => &"enumerate",
            S::Zip { .. } => &"zip",
            S::Map { .. } => &"map",
            S::Filter { .. } => &"filter",
            S::Callable { .. } => &"callable_iterator",
            S::GetItem { .. } | S::Exhausted => &"iterator",
        }
    }
}

impl std::ops::Deref for IterObj {
    type Target = RefCell<IterState>;
    fn deref(&self) -> &RefCell<IterState> {
        &self.state
    }
}

pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// (cur, stop, step), boxed: the iterator is then small enough to sit in its object.
    BigRange(Box<[BigInt; 3]>),
    Str {
        s: Value,
        pos: usize,
    },
    Bytes {
        b: Value,
        idx: usize,
    },
    DictKeys {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictValues {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        idx: usize,
        len: usize,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    /// `reversed(d)` / `reversed(d.values())` / `reversed(d.items())`: `src` is the dict
    /// (keys) or the values or items view; `idx` is one past the next entry slot to look
    /// at, walking down.
    DictRev {
        src: Value,
        idx: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    // (Boxed slices rather than vectors: every state then fits in 24 bytes.)
    Zip {
        its: Box<[Value]>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Box<[Value]>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    GetItem {
        obj: Value,
        idx: usize,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    Exhausted,
}

// Every heap object is as large as the largest `Kind` (plus its 8-byte count header, see
// objrc), so large payloads stay boxed (see docs/architecture.md, "Object size"); checked
// when building. (56 bytes: with the header an object is 64, one mimalloc size class; the
// next is 80.)
const _: () = assert!(std::mem::size_of::<Kind>() <= 56);
const _: () = assert!(std::mem::size_of::<RefCell<Dict>>() <= 48);
const _: () = assert!(std::mem::size_of::<Instance>() <= 48);
// (Inline attributes and inline slots share 24 bytes: see crate::attrs::Attrs.)
const _: () = assert!(std::mem::size_of::<crate::attrs::Attrs>() <= 24);
const _: () = assert!(std::mem::size_of::<IterObj>() <= 48);
// (A str's text up to 24 bytes is inside the object.)
const _: () = assert!(std::mem::size_of::<PyStr>() <= 48);
const _: () = assert!(std::mem::size_of::<TupleItems>() <= 40);
