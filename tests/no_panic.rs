//! No input panics: a few thousand random and mutated programs go through parse, compile and
//! run in the `molt` binary, and each must end in output or a Python exception.
//!
//! The programs are generated deterministically from a fixed seed (our own PRNG, no
//! dependencies):
//! - mutations of the differential cases in tests/cases (line deletion/duplication/swaps,
//!   byte flips, inserted tokens, spliced snippets, deep nesting, cross-overs);
//! - random token soups;
//! - programs from a small random grammar (these mostly parse and run);
//! - tricky snippets (reentrancy, native recursion, huge/deep/wide programs) run alone;
//! - probes that call every method of the builtin types and every builtin function with
//!   odd arguments, and apply every operator to every pair of a value zoo.
//!
//! Each program runs in its own `molt` process (stdin null, output captured and capped,
//! address space limited with `ulimit -v`, killed after a wall-clock timeout). A run FAILS
//! if the process dies from a signal, exits with 101 (a Rust panic), or its stderr mentions
//! "panicked at", "RUST_BACKTRACE" or "stack overflow", or it aborts on one allocation larger
//! than the memory limit (CPython raises MemoryError there). A timeout is not a failure
//! (programs may loop forever), nor is running out of memory while growing (the limit is a
//! resource limit like the timeout); both are counted and reported.
//!
//! Failing inputs are saved, with their stderr and an automatically minimised version, under
//! `<target dir>/no_panic_failures/`. Environment knobs: `MOLT_NO_PANIC_SEED` (another
//! seed), `MOLT_NO_PANIC_SCALE` (multiply the number of random programs),
//! `MOLT_NO_PANIC_TIMEOUT` (seconds, default 5), `MOLT_NO_PANIC_ONLY` (run only programs whose
//! name contains this string), `MOLT_NO_PANIC_DUMP=DIR` (write the programs to DIR and run
//! nothing).

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// PRNG (splitmix64)

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// True with probability `num / den`.
    fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/// Tokens inserted by mutations and used by the token soups.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "&",
    "|",
    "^",
    "~",
    "<<",
    ">>",
    "+=",
    "-=",
    "*=",
    "**=",
    "//=",
    "%=",
    "@=",
    "|=",
    ">>=",
    ":=",
    "->",
    "\\",
    "\\\n",
    "\n",
    "\n    ",
    "\n        ",
    "\t",
    "#",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "f\"",
    "f'{",
    "f\"{x!r:>{w}}\"",
    "}",
    "rb'",
    "b'",
    "r'\\",
    "u'",
    "'\\N{",
    "'\\x",
    "'\\u12",
    "'\\777'",
    "0",
    "1",
    "-1",
    "0x",
    "0xff",
    "0b1",
    "0o7",
    "1_000",
    "1__0",
    "08",
    "1e308",
    "1e-400",
    "1e",
    "1j",
    "0.5",
    ".5",
    "1.",
    "123456789012345678901234567890",
    "2**47",
    "2**63",
    "-2**63",
    "10**100",
    "10**10**6",
    "float('nan')",
    "float('inf')",
    "if",
    "else",
    "elif",
    "while",
    "for",
    "in",
    "not",
    "is",
    "and",
    "or",
    "def",
    "class",
    "return",
    "yield",
    "yield from",
    "lambda",
    "lambda x:",
    "lambda *a, **k:",
    "try",
    "except",
    "except*",
    "finally",
    "raise",
    "from",
    "with",
    "as",
    "assert",
    "del",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "import",
    "async",
    "await",
    "match",
    "case",
    "type",
    "_",
    "None",
    "True",
    "False",
    "print",
    "x",
    "y",
    "self",
    "__class__",
    "super()",
    "__init__",
    "*args",
    "**kw",
    "*",
    "**",
    "@staticmethod",
    "@property",
    "f(",
    "x.y",
    "[x for x in y]",
    "(yield)",
    "(x := 1)",
    "*x,",
    "print(x)",
    "é",
    "𝔘",
    "\u{200b}",
    "\u{2028}",
    "\u{feff}",
    "\0",
    "\r",
    "\x0c",
    "$",
    "?",
    "!",
    "`",
    "# -*- coding: latin-1 -*-\n",
    "# coding: bogus\n",
];

/// Odd bytes for flips and insertions.
const BYTES: &[u8] = &[
    0, b'\t', b'\n', b'\r', 0x0c, b' ', b'(', b')', b'[', b']', b'{', b'}', b':', b'\\', b'"',
    b'\'', b'#', b'@', b'*', b'.', b',', b'=', b'0', b'9', b'x', b'_', 0x80, 0xc3, 0xe2, 0xf0,
    0xff, 0xfe, 0xef, 0xbb, 0xbf,
];

/// Snippets that stress reentrancy, native recursion and odd runtime paths. Each runs alone
/// and is spliced into mutated programs.
const SNIPPETS: &[&str] = &[
    // Self-referential containers.
    "a = []; a.append(a); print(a, repr(a), str(a), a == a, len(str(a)))",
    "d = {}; d[1] = d; print(d, d == d)",
    "a = [1]; b = [a]; a.append(b); print(a == b, a < b)",
    "t = ([],); t[0].append(t); print(t)",
    "s = set(); print({1: s}, [s])",
    // Deep structures built iteratively.
    "a = None\nfor i in range(100000): a = [a]\nprint(len(repr(a)) if False else 1)\ntry:\n    print(repr(a)[:10])\nexcept RecursionError as e: print('RE')",
    "a = []\nfor i in range(100000): a = [a]\ntry:\n    print(a == a)\nexcept RecursionError: print('RE')",
    "a = ()\nfor i in range(100000): a = (a,)\ntry:\n    print(hash(a))\nexcept RecursionError: print('RE')",
    "d = {}\nfor i in range(100000): d = {1: d}\ntry:\n    print(str(d)[:5])\nexcept RecursionError: print('RE')",
    "a = None\nfor i in range(1000000): a = [a]\ndel a\nprint('ok')",
    "a = None\nfor i in range(1000000): a = (a, a)\nprint('ok')",
    "a = None\nfor i in range(300000): a = {'k': a}\nprint('ok')",
    "class N:\n    pass\nn = N()\nfor i in range(300000):\n    m = N(); m.next = n; n = m\nprint('ok')",
    "def g(x):\n    yield x\nit = iter([])\nfor i in range(50000): it = map(abs, it)\nprint(list(it))",
    "it = iter([1])\nfor i in range(100000): it = zip(it)\ntry:\n    print(next(it) is not None)\nexcept RecursionError: print('RE')",
    "it = iter([1])\nfor i in range(100000): it = filter(None, it)\ntry:\n    print(list(it))\nexcept RecursionError: print('RE')",
    "g = (x for x in [1])\nfor i in range(100000): g = (x for x in g)\ntry:\n    print(list(g))\nexcept RecursionError: print('RE')",
    "def f():\n    pass\nfor i in range(100000): f = staticmethod(f)\nprint('ok')",
    "e = Exception()\nfor i in range(100000):\n    e2 = Exception(); e2.__context__ = e; e = e2\nprint('ok')",
    "try:\n    e = ValueError()\n    for i in range(10000):\n        try:\n            raise e\n        except ValueError as x:\n            e = ValueError(i)\n    raise e\nexcept ValueError:\n    print('ok')",
    // Infinite recursion through dunders and builtin callbacks.
    "class A:\n    def __eq__(s, o): return s == o\ntry:\n    A() == A()\nexcept RecursionError: print('RE')",
    "class A:\n    def __repr__(s): return repr(s)\ntry:\n    print(A())\nexcept RecursionError: print('RE')",
    "class A:\n    def __hash__(s): return hash(s)\ntry:\n    {A(): 1}\nexcept RecursionError: print('RE')",
    "class A:\n    def __getattr__(s, n): return getattr(s, n)\ntry:\n    A().x\nexcept RecursionError: print('RE')",
    "class A:\n    def __getattribute__(s, n): return s.x\ntry:\n    A().x\nexcept RecursionError: print('RE')",
    "class A:\n    def __len__(s): return len(s)\ntry:\n    len(A())\nexcept RecursionError: print('RE')",
    "class A:\n    def __bool__(s): return bool(s)\ntry:\n    print(not A())\nexcept RecursionError: print('RE')",
    "class A:\n    def __iter__(s): return iter(s)\ntry:\n    list(A())\nexcept RecursionError: print('RE')",
    "class A:\n    def __index__(s): return [0][s]\ntry:\n    [1][A()]\nexcept RecursionError: print('RE')",
    "class A:\n    def __lt__(s, o): return sorted([s, o])\ntry:\n    sorted([A(), A()])\nexcept RecursionError: print('RE')",
    "class A:\n    def __str__(s): return f'{s}'\ntry:\n    str(A())\nexcept RecursionError: print('RE')",
    "class A:\n    def __format__(s, sp): return format(s, sp)\ntry:\n    format(A(), 'x')\nexcept RecursionError: print('RE')",
    "class A:\n    @property\n    def p(s): return s.p\ntry:\n    A().p\nexcept RecursionError: print('RE')",
    "class A:\n    def __init__(s): A()\ntry:\n    A()\nexcept RecursionError: print('RE')",
    "class A:\n    def __new__(c): return A()\ntry:\n    A()\nexcept RecursionError: print('RE')",
    "class A:\n    def __getitem__(s, i): return s[i]\ntry:\n    A()[0]\nexcept RecursionError: print('RE')",
    "class A:\n    def __contains__(s, i): return i in s\ntry:\n    1 in A()\nexcept RecursionError: print('RE')",
    "class A:\n    def __add__(s, o): return s + o\ntry:\n    A() + 1\nexcept RecursionError: print('RE')",
    "class A:\n    def __radd__(s, o): return o + s\ntry:\n    1 + A()\nexcept RecursionError: print('RE')",
    "class A:\n    def __call__(s): return s()\ntry:\n    A()()\nexcept RecursionError: print('RE')",
    "class A:\n    def __setattr__(s, n, v): setattr(s, n, v)\ntry:\n    A().x = 1\nexcept RecursionError: print('RE')",
    "class A:\n    def __enter__(s):\n        with s: pass\n    def __exit__(s, *a): pass\ntry:\n    with A(): pass\nexcept RecursionError: print('RE')",
    "def f(x): return list(map(f, [x]))\ntry:\n    f(1)\nexcept RecursionError: print('RE')",
    "def f(x): return sorted([1, 2], key=f)\ntry:\n    f(1)\nexcept RecursionError: print('RE')",
    "def f(x): return max([1, 2], key=f)\ntry:\n    f(1)\nexcept RecursionError: print('RE')",
    "def f(x=None): return list(filter(f, [1]))\ntry:\n    f()\nexcept RecursionError: print('RE')",
    "def g():\n    yield from g()\ntry:\n    list(g())\nexcept RecursionError: print('RE')",
    "def g():\n    for x in g(): yield x\ntry:\n    next(g())\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(100000)\ndef f(x): return list(map(f, [x]))\ntry:\n    f(1)\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(100000)\nclass A:\n    def __repr__(s): return repr(s)\ntry:\n    repr(A())\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(100000)\nclass A:\n    def __eq__(s, o): return s == o\ntry:\n    A() == A()\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(1000000)\ndef f(n): return f(n + 1) if n < 500000 else n\ntry:\n    print(f(0))\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(100000)\ndef g(n):\n    if n: yield from g(n - 1)\n    else: yield 1\ntry:\n    print(list(g(50000)))\nexcept RecursionError: print('RE')",
    "import sys\nsys.setrecursionlimit(100000)\na = None\nfor i in range(200000): a = [a]\ntry:\n    print(len(repr(a)))\nexcept RecursionError: print('RE')",
    "import sys\nfor v in (0, -1, 1, 2**31, 2**63, 10**100, 'x', None, 1.5):\n    try: sys.setrecursionlimit(v)\n    except Exception as e: print(type(e).__name__)",
    // Mutation during iteration / callbacks.
    "d = {1: 1}\ntry:\n    for k in d: d[k + 1] = 1\nexcept RuntimeError as e: print(e)",
    "s = {1}\ntry:\n    for k in s: s.add(k + 1)\nexcept RuntimeError as e: print(e)",
    "l = [1, 2, 3]\nfor x in l:\n    if len(l) < 50: l.append(x)\nprint(len(l))",
    "l = [3, 2, 1]\ntry:\n    l.sort(key=lambda x: l.append(x))\nexcept Exception as e: print(type(e).__name__)\nprint(l)",
    "l = [3, 2, 1]\ntry:\n    l.sort(key=lambda x: l.clear() or x)\nexcept Exception as e: print(type(e).__name__)\nprint(l)",
    "l = [3, 2, 1]\nclass K:\n    def __init__(s, v): s.v = v\n    def __lt__(s, o):\n        l.append(0); l.pop(); l.clear(); return s.v < o.v\ntry:\n    l.sort(key=K)\nexcept Exception as e: print(type(e).__name__)\nprint(l)",
    "l = [3, 2, 1]\nclass K:\n    def __lt__(s, o):\n        l.sort(); return True\nl = [K(), K(), K()]\ntry:\n    l.sort()\nexcept Exception as e: print(type(e).__name__)",
    "d = {}\nclass K:\n    def __hash__(s): return 1\n    def __eq__(s, o):\n        d.clear(); return True\nd[K()] = 1\nd[K()] = 2\nprint(len(d))",
    "d = {}\nclass K:\n    def __hash__(s): return 1\n    def __eq__(s, o):\n        d[len(d) + 100] = 1; return False\nd[K()] = 1\nfor i in range(5): d[K()] = i\nprint(len(d))",
    "s = set()\nclass K:\n    def __hash__(s): return 1\n    def __eq__(self, o):\n        s.clear(); return True\ns.add(K()); s.add(K())\nprint(len(s))",
    "l = [1, 2, 3]\nclass E:\n    def __eq__(s, o):\n        l.clear(); return False\nprint(E() in l, l.count(E()), l)\nl = [1, 2]\ntry: l.index(E())\nexcept ValueError as e: print(e)\nl = [1, 2]\ntry: l.remove(E())\nexcept ValueError as e: print(e)",
    "l = [1, 2, 3]\nclass E:\n    def __eq__(s, o):\n        if len(l) < 100: l.append(1)\n        return False\ntry:\n    print(E() in l)\nexcept Exception as e: print(type(e).__name__)",
    "a = [1, 2, 3]\nclass E:\n    def __eq__(s, o):\n        a.clear(); return True\nb = [E(), E(), E()]\nprint(a == b, b == a)",
    "a = [1, 2]\nclass E:\n    def __lt__(s, o):\n        a.clear(); return True\nb = [E(), E()]\nprint(a < b, b < a)",
    "d = {1: 2}\nclass E:\n    def __eq__(s, o):\n        d.clear(); return True\nprint(d == {1: E()}, {1: E()} == d)",
    "l = [1, 2, 3]\nit = iter(l)\nnext(it)\nl.clear()\nprint(list(it))\nl.extend(range(5))\nprint(list(it))",
    "l = list(range(10))\ndef k(x):\n    del l[:]\n    return x\nprint(max(l, key=k), l)",
    "l = list(range(10))\nprint([l.pop() for x in l])",
    "l = [1, 2, 3]\nl.extend(l); l += l; l *= 2; l[1:2] = l; l[::2] = l[::2]; print(len(l))",
    "l = [1, 2, 3]\ntry:\n    l[::2] = l\nexcept ValueError as e: print(e)\nl[:] = l; l[1:] = l\nprint(l)",
    "d = dict.fromkeys(range(10))\ntry:\n    for k, v in d.items(): del d[k]\nexcept RuntimeError as e: print(e)",
    "d = {1: 1}\nclass K:\n    def __hash__(s):\n        d.clear(); return 1\nd[K()] = 1\nprint(len(d))",
    "d = {1: 1}\nclass K:\n    def __hash__(s): return hash(1)\n    def __eq__(s, o):\n        global d\n        d = None; return True\ntry: print(d[K()])\nexcept Exception as e: print(type(e).__name__)",
    "b = bytearray(b'abc')\ntry:\n    for x in b: b.append(x) if len(b) < 10 else None\nexcept Exception as e: print(e)\nprint(b)",
    "b = bytearray(b'abc')\nclass I:\n    def __index__(s):\n        b.clear(); return 1\nb[I()] = I()\nprint(b)",
    "l = [1, 2, 3]\nclass I:\n    def __index__(s):\n        l.clear(); return 1\ntry:\n    print(l[I()])\nexcept IndexError as e: print(e)\nl = [1, 2, 3]\ntry:\n    l[I()] = 5\nexcept IndexError as e: print(e)\nl = [1, 2, 3]\ntry:\n    del l[I()]\nexcept IndexError as e: print(e)\nl = [1, 2, 3]\nprint(l[I():I()], l)",
    "l = [1, 2, 3]\nclass I:\n    def __index__(s):\n        l.clear(); return 2\ntry:\n    l.insert(I(), 0); l.pop(I())\nexcept IndexError as e: print(e)\nprint(l)",
    "l = [5, 4]\nclass I:\n    def __index__(s):\n        l.extend(range(100)); return 1\nl[0:I():1] = []\nprint(len(l))",
    "s = 'abc'\nclass I:\n    def __index__(s): return 10**30\nfor f in (lambda: s[I()], lambda: s[I():], lambda: s * I(), lambda: [0][:I()]):\n    try: print(f())\n    except Exception as e: print(type(e).__name__)",
    "def gen():\n    yield g.send(None)\ng = gen()\ntry:\n    next(g)\nexcept ValueError as e: print(e)",
    "def gen():\n    yield next(g)\ng = gen()\ntry:\n    next(g)\nexcept ValueError as e: print(e)",
    "def gen():\n    g.close()\n    yield 1\ng = gen()\ntry:\n    next(g)\nexcept ValueError as e: print(e)",
    "def gen():\n    try:\n        yield 1\n    finally:\n        g.throw(ValueError)\ng = gen(); next(g)\ntry:\n    g.close()\nexcept ValueError as e: print(type(e).__name__)",
    "def gen():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\ng = gen(); next(g)\ntry:\n    g.close()\nexcept RuntimeError as e: print(e)",
    "def gen():\n    yield 1\ng = gen()\nprint(g.send(None), list(g), list(g))\ntry: g.send(1)\nexcept StopIteration: print('SI')",
    "def gen():\n    x = yield 1\n    return x\ng = gen()\ntry: g.send(5)\nexcept TypeError as e: print(e)\nnext(g)\ntry: g.send(7)\nexcept StopIteration as e: print(e.value)",
    "def gen():\n    yield 1\ng = gen()\nfor exc in (ValueError, ValueError('x'), 1, None, StopIteration, GeneratorExit, type, BaseException):\n    try: g.throw(exc)\n    except BaseException as e: print(type(e).__name__)",
    "def gen():\n    yield 1\ng = gen()\nnext(g)\ng.close(); g.close()\nprint(list(g))\ndef h():\n    return (yield from g)\nprint(list(h()))",
    "def inner():\n    yield 1\n    return 2\ndef outer():\n    r = yield from inner()\n    yield r\n    r = yield from outer2\n    yield r\nouter2 = iter([7])\nprint(list(outer()))",
    "def gen():\n    yield from gen2\ngen2 = (x for x in [1])\ng = gen()\nprint(next(g))\ntry:\n    g.throw(ValueError('x'))\nexcept ValueError as e: print(e)",
    "def gen():\n    yield 1\n    raise StopIteration\ntry:\n    print(list(gen()))\nexcept RuntimeError as e: print(e)",
    "g = (i for i in range(3))\nprint(list(zip(g, g, g)), list(g))",
    "def gen():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            return\ng = gen(); next(g); del g\nprint('ok')",
    // Class machinery.
    "class A: pass\nclass B(A): pass\ntry:\n    class C(A, B): pass\nexcept TypeError as e: print(e)",
    "try:\n    class A(1): pass\nexcept TypeError as e: print(e)",
    "try:\n    class A(int, str): pass\nexcept TypeError as e: print(e)",
    "class A: pass\ntry:\n    class B(A, A): pass\nexcept TypeError as e: print(e)",
    "class M(type):\n    def __call__(c, *a): return 42\nclass A(metaclass=M): pass\nprint(A())",
    "class M(type):\n    def __new__(m, n, b, d): return 5\nclass A(metaclass=M): pass\nprint(A)",
    "try:\n    class A(metaclass=1): pass\nexcept TypeError as e: print(type(e).__name__)",
    "try:\n    class A(metaclass=lambda *a: None): pass\n    print(A)\nexcept TypeError as e: print(e)",
    "class A:\n    def __init_subclass__(c, **kw): print(kw)\nclass B(A, x=1): pass",
    "class D:\n    def __set_name__(s, o, n): raise ValueError(n)\ntry:\n    class A:\n        x = D()\nexcept Exception as e: print(type(e).__name__, e)",
    "class A:\n    __slots__ = ('x',)\na = A()\ntry:\n    a.y = 1\nexcept AttributeError as e: print(type(e).__name__)",
    "class A: pass\nclass B: pass\na = A()\ntry:\n    a.__class__ = B; print(type(a).__name__)\nexcept TypeError as e: print(e)\ntry:\n    a.__class__ = 1\nexcept TypeError as e: print(e)\ntry:\n    (1).__class__ = B\nexcept TypeError as e: print(e)",
    "class A: pass\nfor v in (1, (), 'x', None, (object,), (int, 1), (A, A)):\n    try:\n        A.__bases__ = v\n    except Exception as e: print(type(e).__name__)",
    "class A: pass\nfor n, v in (('__dict__', 1), ('__name__', 1), ('__qualname__', 5), ('__module__', None), ('__doc__', 3), ('__mro__', ())):\n    try: setattr(A, n, v)\n    except Exception as e: print(type(e).__name__)\n    try: delattr(A, n)\n    except Exception as e: print(type(e).__name__)",
    "def f(): pass\nfor n, v in (('__code__', 1), ('__defaults__', 1), ('__defaults__', (1,)), ('__kwdefaults__', 1), ('__name__', 1), ('__qualname__', 2), ('__dict__', 3), ('__closure__', ()), ('__globals__', {})):\n    try: setattr(f, n, v); f(); f(1)\n    except Exception as e: print(type(e).__name__)",
    "def f(a, b=2, *c, d, e=5, **g): return a, b, c, d, e, g\nf.__defaults__ = (1, 2, 3, 4, 5)\nf.__kwdefaults__ = {'d': 0, 'zz': 1}\ntry: print(f(1, d=1))\nexcept TypeError as e: print(e)\nf.__defaults__ = ()\ntry: print(f(1, d=1))\nexcept TypeError as e: print(e)\nf.__kwdefaults__ = None\ntry: print(f(1, 2))\nexcept TypeError as e: print(e)",
    "def f(x): return x\ng = lambda: 0\ntry:\n    g.__code__ = f.__code__\n    print(g(1))\nexcept Exception as e: print(type(e).__name__)",
    "def outer():\n    x = 1\n    def inner(): return x\n    return inner\ndef plain(): return 0\ntry:\n    plain.__code__ = outer().__code__\n    print(plain())\nexcept Exception as e: print(type(e).__name__)",
    "class A:\n    def f(self): return super().f()\ntry:\n    A().f()\nexcept AttributeError as e: print(e)\ntry:\n    super()\nexcept RuntimeError as e: print(e)",
    "def f():\n    return super()\ntry: f()\nexcept RuntimeError as e: print(e)\nclass A:\n    def g(): return super()\ntry: A.g()\nexcept RuntimeError as e: print(e)",
    "class A:\n    def f(self):\n        del self\n        return super().f\ntry: A().f()\nexcept Exception as e: print(type(e).__name__)\nclass B:\n    def f(*a): return super().x\ntry: B().f()\nexcept Exception as e: print(type(e).__name__)",
    "for a in ((), (int,), (int, 1), (int, int), (1, 2), (str, 'x'), (type, int), (object, None), (1,), (int, 2**70)):\n    try: print(super(*a))\n    except Exception as e: print(type(e).__name__)",
    "for a in ((), (1,), ('X',), ('X', (), {}), ('X', (int,), {}), ('X', (1,), {}), ('X', (), {'__slots__': 1}), ('X', (), 1), (b'X', (), {}), ('X', (bool,), {}), ('X', (type,), {})):\n    try: print(type(*a))\n    except Exception as e: print(type(e).__name__)",
    "for t in (int, str, list, dict, tuple, bytes, float, complex, set, frozenset, object, type, range, slice, BaseException, bool, bytearray, property, staticmethod, classmethod, super, memoryview if 'memoryview' in dir(__builtins__) else int):\n    for a in ((), (1,), ('a',), (None,), ([],), (int,), (t,), (1, 2), ('a', 'b', 'c')):\n        try: t.__new__(*a)\n        except Exception as e: pass\n        try: t.__new__(t, *a)\n        except Exception as e: pass\n        try: t.__init__(*a)\n        except Exception as e: pass\n        try: object.__new__(t, *a)\n        except Exception as e: pass\nprint('ok')",
    "class A(int): pass\nclass B(str): pass\nclass C(list): pass\nclass D(dict): pass\nclass E(tuple): pass\nclass F(Exception): pass\nclass G(float): pass\nfor c in (A, B, C, D, E, F, G):\n    try:\n        x = c(); print(type(x).__name__, x, repr(x), x == x, hash(x) if c not in (C, D) else 0)\n    except Exception as e: print(type(e).__name__)",
    "class A(dict):\n    def __missing__(s, k): return s[k]\ntry: A()[1]\nexcept RecursionError: print('RE')\nclass B(dict):\n    def __getitem__(s, k): return 1\nprint(B(a=2)['x'], dict(B(a=2)))",
    "class L(list):\n    def __iter__(s): return iter([9])\n    def __len__(s): return 100\nprint(list(L([1, 2])), len(L()), sorted(L([3, 1])), [*L([1])])",
    "class S(str):\n    def __eq__(s, o): return True\n    def __hash__(s): return hash('x')\nd = {'x': 1}\nprint(d.get(S('y')), S('a') in {'b'})",
    "class I(int):\n    def __index__(s): return 2**70\nfor f in (lambda: [1][I(0)], lambda: 'ab' * I(1), lambda: range(I(3)), lambda: hex(I(5))):\n    try: print(f())\n    except Exception as e: print(type(e).__name__)",
    "class E(Exception):\n    def __str__(s): raise ValueError('in str')\ntry:\n    raise E()\nexcept E as e:\n    try: print(str(e))\n    except ValueError as v: print(v)\nraise E()",
    "class E(Exception):\n    def __repr__(s): return 1\n    def __str__(s): return 2\nraise E()",
    "class E(BaseException):\n    def __init__(s): pass\ntry: raise E\nexcept E as e: print(e.args)\nraise E",
    "class Meta(type):\n    def __instancecheck__(c, o): raise ValueError\n    def __subclasscheck__(c, o): raise KeyError\nclass A(metaclass=Meta): pass\nfor f in (lambda: isinstance(1, A), lambda: issubclass(int, A)):\n    try: f()\n    except Exception as e: print(type(e).__name__)\ntry:\n    try: raise ValueError\n    except A: pass\nexcept Exception as e: print(type(e).__name__)",
    "for v in (1, 'x', None, int, object, type, [ValueError], (ValueError, 1)):\n    try:\n        try: raise ValueError\n        except v: pass\n    except BaseException as e: print(type(e).__name__)",
    "for v in (1, 'x', None, int, object, type, ValueError(), StopIteration, GeneratorExit, KeyboardInterrupt(), SystemExit(3)):\n    try: raise v\n    except BaseException as e: print(type(e).__name__)\n    try: raise ValueError from v\n    except BaseException as e: print(type(e).__name__)",
    "try:\n    raise\nexcept RuntimeError as e: print(e)\ndef f(): raise\ntry: f()\nexcept RuntimeError as e: print(e)",
    "e = ValueError()\ne.__cause__ = e\ne.__context__ = e\ntry: raise e\nexcept ValueError: print('ok')\nfor v in (1, None, e, 'x'):\n    try: e.__cause__ = v; e.__context__ = v; e.__traceback__ = v\n    except TypeError as x: print(x)",
    "e1 = ValueError('a'); e2 = KeyError('b')\ne1.__context__ = e2; e2.__context__ = e1\nraise e1",
    "e1 = ValueError('a'); e2 = KeyError('b')\ne1.__cause__ = e2; e2.__cause__ = e1\nraise e1",
    "try:\n    try: 1 / 0\n    finally: raise KeyError\nexcept KeyError as e: print(repr(e.__context__))\ntry:\n    try: 1 / 0\n    except ZeroDivisionError as e: raise e from e\nexcept ZeroDivisionError: print('ok')",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\ndef g():\n    for i in range(3):\n        try:\n            continue\n        finally:\n            break\n    return i\ndef h():\n    try:\n        raise ValueError\n    finally:\n        return 3\nprint(f(), g(), h())",
    "def f():\n    while True:\n        try:\n            try: return 1\n            finally: break\n        finally: pass\n    return 2\nprint(f())",
    "def f():\n    try:\n        yield 1\n    finally:\n        return 5\ng = f(); next(g)\nprint(g.throw(ValueError) if 0 else 'x')\ntry: g.throw(ValueError)\nexcept StopIteration as e: print(e.value)",
    "x = 0\ndef f():\n    global x\n    x += 1\n    del x\n    x = 2\nf(); print(x)\ndel x\ntry: print(x)\nexcept NameError as e: print(e)",
    "def f():\n    x = 1\n    del x\n    return x\ntry: f()\nexcept UnboundLocalError as e: print(e)\ndef g():\n    x = 1\n    def h(): return x\n    del x\n    return h()\ntry: g()\nexcept NameError as e: print(e)",
    "def f():\n    class A:\n        x = y\n        y = 1\n    return A\ny = 2\nprint(f().x)",
    "def f():\n    x = 1\n    class A:\n        nonlocal x\n        x = 2\n        def g(self): return x\n    return A().g(), x\nprint(f())",
    "class A:\n    x = 1\n    print([x for _ in range(1)] if False else 0)\n    try: print([x for _ in range(1)])\n    except NameError as e: print(e)",
    "print([(lambda: i)() for i in range(3)], [j for i in range(3) for j in range(i) if j])\nprint({i: [i for i in range(i)] for i in range(3)})",
    "x = [y := 5, y ** 2]\nprint(x, y, [z := i for i in range(3)], z)\ndef f(): return [w := 1 for _ in range(2)], w\nprint(f())",
    // Strings, formatting and numbers.
    "for s in ('', 'x', '>', '^10', '=10', '010', '+', ' ', '#x', '#o', '#b', ',', '_', ',.2f', '.0e', '.1000f', '.100g', 'n', '%', 'c', 'd', 's', 'r', '10.5s', '\\x00>5', '\\x00^5', '>+#010,.3f', '.-1f', '9999999999999999999', '.9999999999999999999f', 'z', 'zf', 'x,', ',x', '_x', '=^', 'b,', '.3', '.3d', 'X'):\n    for v in (0, -1, 2**70, -2**70, 1.5, -0.0, float('nan'), float('-inf'), 1e300, 1j, 'ab', True, None, [], 255):\n        try: format(v, s)\n        except Exception as e: pass\n        try: f'{v:{s}}'\n        except Exception as e: pass\nprint('ok')",
    "for fmt in ('%s', '%d', '%i', '%x', '%X', '%o', '%e', '%f', '%g', '%c', '%r', '%a', '%%', '%5.2f', '%-5d', '%+d', '% d', '%#x', '%05d', '%.0f', '%(a)s', '%*d', '%.*f', '%', '%z', '%c%c', '%s %s', '%.1000f', '%c'):\n    for v in (0, -1, 2**70, 1.5, float('nan'), 'ab', (), (1,), (1, 2), [], {'a': 1}, None, 0x110000, -1, 1e300):\n        try: print(fmt % v)\n        except Exception as e: print(type(e).__name__)",
    "for t in ('{}', '{0}', '{1}', '{a}', '{0[0]}', '{0.x}', '{!r}', '{!s:>5}', '{!a}', '{!z}', '{:{}}', '{{', '}}', '{', '}', '{0[}', '{0]', '{:>{}}', '{0:{1:{2}}}', '{:{:{:{}}}}', '{:d}', '{0!r:^{1}}', '{-1}', '{99999999999999999999}', '{0[99999999999999999999]}', '{.__class__}', '{[x]}'):\n    try: print(t.format(1, 2, 3, 4, a=5))\n    except Exception as e: print(type(e).__name__)\n    try: print(t.format_map({'a': 1}))\n    except Exception as e: print(type(e).__name__)",
    "for v in ('0', '-0', '1_0', '_1', '1_', '0x10', '0b2', '  7  ', '١٢', '1e5', '', '-', '+', 'inf', 'nan', '9' * 5000, '1' * 4300, '0' * 10000 + '1', 'z', 'Z'):\n    for b in (0, 2, 8, 10, 16, 36, 37, 1, -1):\n        try: print(int(v, b))\n        except Exception as e: print(type(e).__name__)\n    try: print(float(v))\n    except Exception as e: print(type(e).__name__)\n    try: print(complex(v))\n    except Exception as e: print(type(e).__name__)",
    "for v in (0, 1, -1, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**48, 2**53, 2**63 - 1, 2**63, -2**63, 2**64, 10**30, -10**30):\n    for w in (0, 1, -1, 2, -2, 3, 2**47, -2**47 - 1, 2**63, -2**63, 10**30):\n        for f in (lambda: v + w, lambda: v - w, lambda: v * w, lambda: v // w, lambda: v % w, lambda: divmod(v, w), lambda: v / w, lambda: v ** (w % 5), lambda: pow(v, w % 7, w), lambda: pow(v, -1, w), lambda: v << (w % 70), lambda: v >> w, lambda: v & w, lambda: v | w, lambda: v ^ w, lambda: -v, lambda: ~v, lambda: abs(v), lambda: v < w, lambda: v == w, lambda: hash(v), lambda: v.bit_length(), lambda: v.to_bytes(20, 'little', signed=True), lambda: round(v, w % 40 - 20), lambda: float(v), lambda: v.as_integer_ratio(), lambda: int.from_bytes(v.to_bytes(20, 'big', signed=True), 'big')):\n            try: f()\n            except Exception as e: pass\nprint('ok')",
    "for v in (0.0, -0.0, 1.5, 1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0**53, 1e16, 0.1):\n    for w in (0.0, -0.0, 1.0, -1.5, 1e308, 5e-324, float('inf'), float('nan'), 0, 2**70, -3, 10**400 if False else 3):\n        for f in (lambda: v + w, lambda: v - w, lambda: v * w, lambda: v / w, lambda: v // w, lambda: v % w, lambda: divmod(v, w), lambda: v ** w, lambda: pow(v, w), lambda: round(v, int(w) if w == w and abs(w) < 1e6 else 2), lambda: int(v), lambda: v.as_integer_ratio(), lambda: v.hex(), lambda: float.fromhex(v.hex()), lambda: repr(v), lambda: hash(v), lambda: v.is_integer(), lambda: complex(v, w) ** 2, lambda: complex(v, w) / complex(w, v), lambda: abs(complex(v, w)), lambda: round(v), lambda: '%.20g' % v, lambda: f'{v:.30e}'):\n            try: f()\n            except Exception as e: pass\nprint('ok')",
    "for v in (10**4299, 10**4300, -10**5000, 2**100000):\n    try: print(len(str(v)))\n    except ValueError as e: print(e)\n    try: print(len(repr(v)), len(f'{v}'), len(f'{v:,}'), len('%d' % v))\n    except ValueError as e: print(e)\n    print(len(hex(v)), len(bin(v)), v.bit_length())",
    "x = 10**10**6\nprint(x.bit_length(), x % 7, len(hex(x)))\ntry: print(str(x))\nexcept ValueError as e: print(e)\nprint(x // 10**999999, float(x) if False else 0)\ntry: print(float(x))\nexcept OverflowError as e: print(e)",
    "for v in ('abc', '', 'é', '\\U0010ffff', '\\ud800', 'a\\x00b'):\n    for f in (lambda: v.encode(), lambda: v.encode('ascii'), lambda: v.encode('latin-1'), lambda: v.encode('utf-16'), lambda: v.encode('x'), lambda: v.encode('utf-8', 'surrogatepass'), lambda: v.encode('ascii', 'ignore'), lambda: v.encode('ascii', 'replace'), lambda: v.encode('ascii', 'xmlcharrefreplace'), lambda: v.encode('ascii', 'backslashreplace'), lambda: v.encode('ascii', 'bogus'), lambda: v[::-1], lambda: v[10**20:], lambda: v[-10**20:10**20:10**20], lambda: v * 3, lambda: v.center(9, 'é'), lambda: v.expandtabs(-5), lambda: v.splitlines(True), lambda: v.casefold(), lambda: v.swapcase(), lambda: v.title(), lambda: v.upper(), lambda: ascii(v), lambda: repr(v), lambda: v.isidentifier(), lambda: v.translate({97: None, 98: 'zz', 99: 0x110000}), lambda: str.maketrans({'a': 'b'}), lambda: v.partition(''), lambda: v.split(''), lambda: v.replace('', 'x'), lambda: v.count(''), lambda: v.find('', 10**20), lambda: v.index('x', -10**20)):\n        try: f()\n        except Exception as e: pass\nfor b in (b'\\xff', b'\\xc3', b'\\xed\\xa0\\x80', b'abc', b''):\n    for enc in ('utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32', 'x'):\n        for err in ('strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace', 'x'):\n            try: b.decode(enc, err)\n            except Exception as e: pass\nprint('ok')",
    "for c in (-1, 0, 0xd800, 0x10ffff, 0x110000, 2**31, 2**63, 2**70, 1.5, 'a', None):\n    try: print(repr(chr(c)), ascii(chr(c)))\n    except Exception as e: print(type(e).__name__)\nfor s in ('', 'ab', 'é', '\\udc80', b'a', b'', bytearray(b'z'), 1):\n    try: print(ord(s))\n    except Exception as e: print(type(e).__name__)",
    "import sys\nfor v in (0, -1, 640, 4300, 10**30, 'x'):\n    try: sys.set_int_max_str_digits(v); print(len(str(10**5000)))\n    except Exception as e: print(type(e).__name__)",
    // Sequences, slices and sizes.
    "print(list(range(2**64))[:1])",
    "r = range(-2**70, 2**70, 3)\nfor f in (lambda: len(r), lambda: r[2**69], lambda: r[-1], lambda: r[::-1][0], lambda: r[::2**80], lambda: 5 in r, lambda: r.index(2), lambda: r.count(2), lambda: reversed(r), lambda: list(r[:3]), lambda: range(0, 1, 0), lambda: range(2**63, 2**64)[2**62], lambda: len(range(2**63)), lambda: range(10)[::-2**70], lambda: hash(r), lambda: r == r):\n    try: print(f())\n    except Exception as e: print(type(e).__name__)",
    "for s in (slice(None), slice(1, None, -1), slice(2**70, -2**70, -2**70), slice(0, 0, 0), slice('a', 'b'), slice(None, None, -2**63), slice(-2**63, 2**63)):\n    for seq in ([1, 2, 3], (1, 2, 3), 'abc', b'abc', bytearray(b'abc'), range(3)):\n        try: print(seq[s])\n        except Exception as e: print(type(e).__name__)\n    l = [1, 2, 3]\n    for v in ([], [9], [9, 9, 9, 9], l, 'xy', 5):\n        try: l[s] = v; print(l)\n        except Exception as e: print(type(e).__name__)\n    try: del l[s]; print(l)\n    except Exception as e: print(type(e).__name__)",
    "a, *b, c = range(5)\nprint(a, b, c)\nfor v in ([], [1], 'ab', range(10**6), iter([1, 2]), 5, None, {1: 2}):\n    try:\n        x, y = v\n    except Exception as e: print(type(e).__name__, e)\n    try:\n        x, *y, z, w = v\n    except Exception as e: print(type(e).__name__, e)",
    "print(*[], **{})\nfor kw in ({1: 2}, {'a': 1, 'sep': 1}, {'end': None, 'file': None}, {'sep': 'x' * 3, 'flush': 0}, {'file': 1}, {'a': 1}, [], 1):\n    try: print(1, 2, **kw)\n    except Exception as e: print(type(e).__name__)\ndef f(*a, **k): return a, k\nfor kw in ({'a': 1}, {1: 1}, {'': 1}, {'é': 1}):\n    try: print(f(**kw), f(*'ab', **kw))\n    except Exception as e: print(type(e).__name__)\ntry: f(**{'a': 1}, **{'a': 2})\nexcept TypeError as e: print(e)\ntry: f(*1)\nexcept TypeError as e: print(e)\ntry: f(**1)\nexcept TypeError as e: print(e)",
    "def f(a, /, b, *, c): return a, b, c\nfor call in (lambda: f(1, 2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1, 2, 3), lambda: f(), lambda: f(1, 2, c=3, d=4), lambda: f(1, 2, c=3, b=2), lambda: f(*range(10)), lambda: f(**{'c': 1}), lambda: f(1, *[2], **{'c': 3})):\n    try: print(call())\n    except TypeError as e: print(e)",
    "def f(*, a): pass\ndef g(**k): return k\nprint(g(**{'x': 1}, y=2), g(**g(a=1)))\nfor c in (lambda: f(1), lambda: f(b=1), lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: (lambda x, y=2: 0)(1, 2, 3), lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: int(x=1), lambda: print(sep=1), lambda: sorted([], 1), lambda: sorted(key=1), lambda: max(), lambda: max([]), lambda: max(1), lambda: max(1, 2, key=None, default=1), lambda: min([], default=5), lambda: sum([], start=[]), lambda: iter(), lambda: iter(1, 2), lambda: next(1), lambda: getattr(), lambda: getattr(1, 2), lambda: setattr(1, 'x'), lambda: isinstance(1, (int, (str, (1,)))), lambda: issubclass(1, int), lambda: issubclass(int, 1)):\n    try: print(c())\n    except Exception as e: print(type(e).__name__, e)",
    "d = {}\nfor k in (1, 1.0, True, 2**70, -1, float('nan'), float('nan'), (1, 2), '', b'', frozenset(), None, ..., int, len, 2**47, -2**47 - 1, 1j, 0.0, -0.0):\n    d[k] = repr(k)\nprint(len(d))\nfor k in ([], {}, set(), ([],), bytearray()):\n    try: d[k] = 1\n    except TypeError as e: print(e)\nd2 = dict(d); d2.update(d); d2 |= {1: 2}; print(len(d2), d2 == d, list(d2)[:3], d.popitem(), d.setdefault(5), d.pop(77, 0))\nfor i in range(10000): d[i] = i\nfor i in range(0, 10000, 2): del d[i]\nprint(len(d), sum(d), list(d)[-1])",
    "s = set(range(100))\nfor i in range(0, 100, 3): s.discard(i)\nprint(len(s), s & {1, 2}, s ^ {1, 200}, s - s, s <= s | {5}, s.isdisjoint([1]), frozenset(s) == s, hash(frozenset()))\nfor op in ('__and__', '__or__', '__sub__', '__xor__', '__le__', '__lt__', '__iand__', '__ior__', '__isub__', '__ixor__', 'issubset', 'issuperset', 'union', 'intersection', 'difference', 'symmetric_difference', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):\n    for o in (s, [1], 1, None, 'ab', {1: 2}, frozenset([1])):\n        try: getattr(s.copy(), op)(o)\n        except Exception as e: pass\nprint('ok')",
    "for s in ([3, 1, 2], [1, 'a'], [None, None], [float('nan'), 1, float('nan'), 0], [[1], [1, 0], []], [(1, 'a'), (1, 2)], [{1}, {2}, {1, 2}], [1j, 2j], list(range(1000, 0, -1))):\n    for kw in ({}, {'reverse': True}, {'key': str}, {'key': lambda x: -1}, {'key': 1}, {'reverse': 'x'}, {'key': None, 'reverse': None}):\n        try: print(sorted(s, **kw)[:5])\n        except Exception as e: print(type(e).__name__, e)\n    try: print(max(s), min(s))\n    except Exception as e: print(type(e).__name__, e)",
    "for v in ([1, 2], (1,), 'ab', b'x', {1: 2}, {3}, range(2), iter([1]), (x for x in [1]), reversed([1, 2]), enumerate('ab'), zip('a', 'b'), map(str, [1]), filter(None, [0, 1]), 5, None, 1.5):\n    for f in (list, tuple, set, frozenset, sorted, sum, any, all, len, iter, reversed, enumerate, dict, str, repr, hash, bool, bytes, bytearray, min, max, next, id, type, callable, abs, int, float, complex, hex, round, divmod, vars, dir, format, ascii):\n        try: f(v)\n        except Exception as e: pass\nprint('ok')",
    "it = iter([1, 2, 3])\nprint(next(it), list(it), next(it, 'end'))\nfor f in (lambda: iter(lambda: 1, 1), lambda: list(iter(iter([1, 2, 3]).__next__, 3)), lambda: next(iter(int, 0)), lambda: list(zip(*[[1, 2]] * 3)), lambda: list(zip('ab', 'c', strict=True)), lambda: list(map(pow, [2], [3], [5])), lambda: list(enumerate('ab', 2**70)), lambda: list(enumerate('ab', -1)), lambda: list(reversed(range(3))), lambda: list(reversed({1: 2})), lambda: next(reversed([])), lambda: list(filter(lambda x: 1 / x, [1, 0]))):\n    try: print(f())\n    except Exception as e: print(type(e).__name__, e)",
    // Bytes and bytearray.
    "for v in (b'', b'abc', bytearray(b'abc'), b'\\x00\\xff'):\n    for f in (lambda: v.hex(), lambda: v.hex(':'), lambda: v.hex('ab'), lambda: v.hex(':', -2**70), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex(' 0a 0B '), lambda: v.split(b''), lambda: v.replace(b'', b'x'), lambda: v.center(5, b'xy'), lambda: v.translate(None, b'a'), lambda: v.translate(b'x'), lambda: v.join([b'a', 'b']), lambda: v % (), lambda: v % 1, lambda: b'%s %d %x %c' % (v, 1, 255, 256), lambda: v.decode('utf-8', 'ignore'), lambda: v[::-2], lambda: v + 'x', lambda: v * -1, lambda: v.count(256), lambda: v.find(-1), lambda: 97 in v, lambda: 256 in v, lambda: 'a' in v, lambda: v.startswith(('a', b'a')), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('é', 'ascii'), lambda: bytes(iter([1, 2])), lambda: bytearray(v).extend([1, 300]), lambda: bytearray(v).extend('ab'), lambda: bytearray(v).insert(10**20, 1), lambda: bytearray(v).pop(), lambda: bytearray(v).remove(256), lambda: bytearray(v).__setitem__(slice(0, 1), b'xyz')):\n        try: f()\n        except Exception as e: pass\nprint('ok')",
    // Compile-time oddities that parse.
    "print(__debug__, __name__, __doc__, __builtins__ is not None, __spec__ if '__spec__' in dir() else 0)\ntry: print(__file__)\nexcept NameError as e: print(e)\ntry: print(__class__)\nexcept NameError as e: print(e)",
    "def f():\n    __class__ = 1\n    return __class__\nclass A:\n    def g(self): return __class__\n    def h(self): return [__class__ for _ in '1']\nprint(f(), A().g().__name__, A().h()[0].__name__)",
    "def f(): return locals(), globals() is globals(), vars() if False else 0\nprint(f()[1:])\nx = 1\nprint(sorted(k for k in globals() if not k.startswith('__')))",
    "for src in ('1+', 'x = 1', '1', 'def f(): pass', 'yield', 'return 1', '\\x00', 'print(1)'):\n    for f in ('eval', 'exec', 'compile'):\n        if f in dir(__builtins__):\n            try: print(getattr(__builtins__, f)(src, 'x', 'exec') if f == 'compile' else getattr(__builtins__, f)(src))\n            except Exception as e: print(type(e).__name__)",
    "import sys\nfor n in ('argv', 'path', 'modules', 'maxsize', 'version', 'version_info', 'platform', 'byteorder', 'stdout', 'stderr', 'stdin', 'exc_info', 'exception', 'getrecursionlimit', 'intern', 'getsizeof', 'float_info', 'int_info', 'hash_info', 'implementation', 'flags', 'executable'):\n    try:\n        v = getattr(sys, n); print(n, type(v).__name__)\n        if callable(v): v()\n    except Exception as e: print(n, type(e).__name__)\nfor n in ('stdout', 'stderr', 'path', 'modules', 'argv'):\n    try: setattr(sys, n, None); print(1)\n    except Exception as e: pass\nprint('after')\nraise ValueError",
    "import sys\nsys.stdout = None\nprint('x')\nsys.stderr = None\nraise ValueError('hidden')",
    "import sys\nclass W:\n    def write(s, x): raise ValueError\nsys.stdout = W()\ntry: print('x')\nexcept ValueError: pass\nsys.stderr = W()\n1 / 0",
    "import sys\nsys.stdout.write('a'); sys.stdout.flush(); sys.stderr.write('b\\n')\nfor v in (1, None, b'x', 'é\\udc80'):\n    try: sys.stdout.write(v)\n    except Exception as e: print(type(e).__name__)\nprint('\\udc80')",
    "import sys\nfor v in (None, 0, 1, 255, 256, -1, 2**70, 'msg', [1], 1.5, True):\n    try: sys.exit(v)\n    except SystemExit as e: print(repr(e.code))\nsys.exit(2**70)",
    "raise SystemExit('bye\\udc80')",
    "raise SystemExit(-1)",
    "raise KeyboardInterrupt",
    "raise GeneratorExit",
    "class E(SystemExit):\n    @property\n    def code(self): raise ValueError\nraise E",
    "exit(3)",
    "quit()",
    "for m in ('os', 'math', 'x', '', '.', '..x', 'sys.x', 'builtins', '__main__', 'sys'):\n    try: __import__(m); print(m, 'ok')\n    except Exception as e: print(m, type(e).__name__)\ntry:\n    from sys import nothing\nexcept ImportError as e: print(e)\ntry:\n    from . import x\nexcept ImportError as e: print(type(e).__name__)\nimport __main__\nprint(__main__.__name__)",
    "import sys\nsys.modules['fake'] = 5\nimport fake\nprint(fake)\nsys.modules['fake2'] = None\ntry: import fake2\nexcept ImportError as e: print(e)\nsys.path.insert(0, 5)\ntry: import nothere\nexcept Exception as e: print(type(e).__name__)",
    "import builtins\nbuiltins.len = None\ntry: print(len([]))\nexcept TypeError as e: print(e)\ndel builtins.print\ntry: print(1)\nexcept NameError: pass\nbuiltins.__dict__.clear()\ntry: x\nexcept BaseException as e: pass\nraise ValueError",
    "__builtins__ = None\ntry: print(1)\nexcept Exception as e: pass\nraise ValueError",
    "del __builtins__\nraise ValueError",
    "globals().clear()\nprint(1)",
    "globals()['__name__'] = 5\nclass A: pass\ndef f(): pass\nprint(A.__module__, f.__module__)\ndel __name__\nclass B: pass\nraise ValueError",
];

/// Size-like arguments at the edges of machine integers, one program per value.
const SIZE_VALUES: &[&str] = &[
    "-1",
    "0",
    "2**47 - 1",
    "2**47",
    "-2**47",
    "-2**47 - 1",
    "2**62",
    "2**63 - 1",
    "2**63",
    "2**64",
    "2**70",
    "-2**63",
    "-2**70",
    "1.5",
    "None",
    "'2'",
    "True",
];

/// Expressions taking a size-like `n`; each runs alone with each of `SIZE_VALUES`.
const SIZE_EXPRS: &[&str] = &[
    "'ab' * n",
    "[1] * n",
    "(1,) * n",
    "b'a' * n",
    "bytearray(b'a') * n",
    "bytes(n)",
    "bytearray(n)",
    "range(n)[-1]",
    "len(range(n))",
    "'x'.ljust(n)",
    "'x'.zfill(n)",
    "'x'.center(n)",
    "[1, 2][n]",
    "[1, 2][n:]",
    "[1, 2][::n]",
    "'ab'[n]",
    "[1].pop(n)",
    "[1].insert(n, 0)",
    "'ab'.expandtabs(n)",
    "'a\\tb'.expandtabs(n)",
    "(1, 2).index(1, n)",
    "'ab'.split('a', n)",
    "round(1.5, n)",
    "round(15, n) if not (type(n) is int and n < -1000) else 0",
    "[0, 1].__imul__(n)",
    "'abc'.__mul__(n)",
    "[1, 2].__getitem__(slice(None, None, n))",
    "slice(n, n, n).indices(n)",
    "'ab'.encode()[n]",
    "memoryview(b'ab')[n] if 'memoryview' in dir(__builtins__) else 0",
    "b'x'.ljust(n)",
    "b'x'.center(n)",
    "b'x'.zfill(n)",
    "b'a\\tb'.expandtabs(n)",
    "(1).to_bytes(n, 'big')",
    "'%*d' % (n, 1)",
    "b'%*d' % (n, 1)",
    "'%.*f' % (n, 1.5)",
    "format(1, str(n))",
    "f'{1:{n}}'",
    "'{:>{}}'.format(1, n)",
    "format(1.5, '.' + str(n))",
    "format(2**70, str(n) + ',')",
    "'x'.encode().ljust(n)",
];

fn size_program(n: &str, e: &str) -> Vec<u8> {
    format!("n = {n}\ntry:\n    print(repr({e})[:50])\nexcept Exception as e:\n    print(type(e).__name__, e)\n").into_bytes()
}

/// Constructs to nest very deeply: (prefix, inner, suffix) repeated `n` times around `inner`.
const NESTS: &[(&str, &str, &str)] = &[
    ("(", "1", ")"),
    ("[", "1", "]"),
    ("{", "1", "}"),
    ("{1: ", "1", "}"),
    ("(", "", ",)"),
    ("-", "1", ""),
    ("not ", "1", ""),
    ("~", "1", ""),
    ("+", "1", ""),
    ("await ", "1", ""),
    ("lambda: ", "1", ""),
    ("1 if 1 else ", "1", ""),
    ("f(", "1", ")"),
    ("[x for x in ", "[1]", "]"),
    ("(x for x in ", "[1]", ")"),
    ("f'{", "1", "}'"),
    ("f\"{", "1", "}\""),
    ("*", "a", ""),
    ("(yield ", "1", ")"),
    ("x[", "0", "]"),
    ("1 + (", "1", ")"),
    ("(1, ", "2", ")"),
];

/// A program that nests a construct `n` deep.
fn deep_program(rng: &mut Rng, n: usize) -> Vec<u8> {
    let (p, i, s) = *rng.pick(NESTS);
    let expr = format!("{}{}{}", p.repeat(n), i, s.repeat(n));
    let wrap = rng.below(5);
    let src = match wrap {
        0 => format!("x = {expr}\nprint(x)\n"),
        1 => format!("def f(x):\n    return {expr}\nprint(f(1))\n"),
        2 => format!("print({expr})\n"),
        3 => format!("def g():\n    yield {expr}\nprint(list(g()))\n"),
        _ => format!("{expr}\n"),
    };
    src.into_bytes()
}

/// Long flat chains (left-deep ASTs) and very wide programs.
fn wide_program(kind: usize, n: usize) -> Vec<u8> {
    let mut s = String::new();
    match kind % 24 {
        0 => s = format!("x = 1{}\nprint(x)\n", "+1".repeat(n)),
        1 => s = format!("x = 1{}\nprint(x)\n", " < 2".repeat(n)),
        2 => s = format!("x = 1{}\nprint(x)\n", " and 1".repeat(n)),
        3 => s = format!("x = 1{}\nprint(x)\n", " if 1 else 1".repeat(n)),
        4 => {
            s = format!(
                "class A: pass\nA.y = A\nx = A{}\nprint(x)\n",
                ".y".repeat(n)
            )
        }
        5 => s = format!("f = lambda: f\nx = f{}\nprint(x)\n", "()".repeat(n)),
        6 => s = format!("x = [{}]\nprint(len(x))\n", "1,".repeat(n)),
        7 => {
            s = "x = [".to_string();
            for i in 0..n {
                s.push_str(&format!("{i},"));
            }
            s.push_str("]\nprint(sum(x))\n");
        }
        8 => {
            s = "print(len((".to_string();
            for i in 0..n {
                s.push_str(&format!("{}.5, 'k{i}', ", i));
            }
            s.push_str(")))\n");
        }
        9 => s = format!("def f(*a): return len(a)\nprint(f({}))\n", "1, ".repeat(n)),
        10 => {
            s = "def f(**k): return len(k)\nprint(f(".to_string();
            for i in 0..n {
                s.push_str(&format!("k{i}=1, "));
            }
            s.push_str("))\n");
        }
        11 => {
            s = "def f():\n".to_string();
            for i in 0..n {
                s.push_str(&format!("    v{i} = {i}\n"));
            }
            s.push_str("    return v0 + v1\nprint(f())\n");
        }
        12 => {
            for i in 0..n {
                s.push_str(&format!("g{i} = {i}\n"));
            }
            s.push_str("print(g0 + g1)\n");
        }
        13 => {
            s = "def f(".to_string();
            for i in 0..n {
                s.push_str(&format!("p{i}=0, "));
            }
            s.push_str("): return p0 + p1\nprint(f(), f(1, 2))\n");
        }
        14 => {
            s = "x = {".to_string();
            for i in 0..n {
                s.push_str(&format!("'k{i}': {i}, "));
            }
            s.push_str("}\nprint(len(x))\n");
        }
        15 => {
            s = "if 0:\n".to_string();
            for _ in 0..n {
                s.push_str("    x = 1\n");
            }
            s.push_str("print('jump')\n");
        }
        16 => {
            s = "for i in range(2):\n".to_string();
            for _ in 0..n {
                s.push_str("    if i: continue\n");
            }
            s.push_str("print('loop')\n");
        }
        17 => {
            s = "def f():\n    try:\n".to_string();
            for _ in 0..n {
                s.push_str("        x = 1\n");
            }
            s.push_str("    finally:\n        return 1\nprint(f())\n");
        }
        18 => {
            s = "(".to_string();
            for i in 0..n {
                s.push_str(&format!("a{i}, "));
            }
            s.push_str(&format!(") = range({n})\nprint(a0, a1)\n"));
        }
        19 => s = format!("x = '{}'\nprint(len(x))\n", "a".repeat(n * 100)),
        20 => s = format!("x = {}\nprint(x % 7)\n", "9".repeat(n)),
        21 => s = format!("x = 0.{}1\nprint(x)\nprint(1e{})\n", "0".repeat(n), n),
        22 => {
            s = "def f():\n".to_string();
            for i in 0..n.min(3000) {
                s.push_str(&format!("    c{i} = {i}\n"));
            }
            s.push_str("    def g():\n        return c0");
            for i in 1..n.min(3000) {
                s.push_str(&format!(" + c{i}"));
            }
            s.push_str("\n    return g()\nprint(f())\n");
        }
        _ => {
            s = "print(".to_string();
            for i in 0..n {
                s.push_str(&format!("{}, ", (i as u64) * 1_000_003));
            }
            s.push_str(")\n");
        }
    }
    s.into_bytes()
}

/// Nested statements (indentation levels).
fn nested_statements(kind: usize, n: usize) -> Vec<u8> {
    let mut s = String::new();
    let ind = |d: usize| " ".repeat(d);
    for d in 0..n {
        let line = match kind % 9 {
            0 => "if 1:".to_string(),
            1 => "for _ in range(1):".to_string(),
            2 => "while True:".to_string(),
            3 => format!("def f{d}():"),
            4 => format!("class C{d}:"),
            5 => "try:".to_string(),
            6 => "with open if False else range(1) as _w:".to_string(),
            7 => format!("def f{d}(x{d}=0):\n{}y{d} = x{d}", ind(d + 1)),
            _ => format!("def f{d}():\n{}yield 1", ind(d + 1)),
        };
        s.push_str(&ind(d));
        s.push_str(&line);
        s.push('\n');
    }
    s.push_str(&ind(n));
    s.push_str("print('deep')\n");
    if kind % 9 == 2 {
        for d in (0..n).rev() {
            s.push_str(&ind(d + 1));
            s.push_str("break\n");
        }
    }
    if kind % 9 == 5 {
        for d in (0..n).rev() {
            s.push_str(&ind(d));
            s.push_str(if d % 2 == 0 {
                "finally:\n"
            } else {
                "except:\n"
            });
            s.push_str(&ind(d + 1));
            s.push_str("pass\n");
        }
    }
    s.into_bytes()
}

// ---------------------------------------------------------------------------------------------
// Mutations

fn lines_of(src: &[u8]) -> Vec<Vec<u8>> {
    src.split(|&b| b == b'\n').map(|l| l.to_vec()).collect()
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(l);
    }
    out
}

fn indent_of(line: &[u8]) -> Vec<u8> {
    line.iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .copied()
        .collect()
}

/// Byte offsets where an identifier, number or operator token starts/ends (rough lexer).
fn token_spans(src: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        if c.is_ascii_alphanumeric() || c == b'_' {
            let s = i;
            while i < src.len() && (src[i].is_ascii_alphanumeric() || src[i] == b'_') {
                i += 1;
            }
            spans.push((s, i));
        } else if b"()[]{}:,.=+-*/%<>!&|^~@".contains(&c) {
            let s = i;
            i += 1;
            while i < src.len() && i - s < 3 && b"=*/<>".contains(&src[i]) {
                i += 1;
            }
            spans.push((s, i));
        } else {
            i += 1;
        }
    }
    spans
}

fn mutate_once(rng: &mut Rng, src: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let op = rng.below(20);
    match op {
        // Line operations.
        0..=3 => {
            let mut lines = lines_of(src);
            if lines.is_empty() {
                return;
            }
            let a = rng.below(lines.len());
            let b = rng.below(lines.len());
            match op {
                0 => {
                    lines.remove(a);
                }
                1 => {
                    let l = lines[a].clone();
                    lines.insert(b, l);
                }
                2 => lines.swap(a, b),
                _ => {
                    // Re-indent a line.
                    let l = &mut lines[a];
                    let ws = indent_of(l).len();
                    l.drain(..ws);
                    let new = rng.below(13);
                    for _ in 0..new {
                        l.insert(0, b' ');
                    }
                }
            }
            *src = join_lines(&lines);
        }
        // Byte operations.
        4 => {
            if !src.is_empty() {
                let i = rng.below(src.len());
                src[i] ^= 1 << rng.below(8);
            }
        }
        5 => {
            let i = rng.below(src.len() + 1);
            let b = *rng.pick(BYTES);
            src.insert(i, b);
        }
        6 => {
            if !src.is_empty() {
                let i = rng.below(src.len());
                let n = rng.range(1, 12).min(src.len() - i);
                src.drain(i..i + n);
            }
        }
        7 => {
            if !src.is_empty() {
                let i = rng.below(src.len());
                src[i] = *rng.pick(BYTES);
            }
        }
        // Token operations.
        8..=10 => {
            let t = rng.pick(TOKENS).as_bytes();
            let spans = token_spans(src);
            let at = if spans.is_empty() || rng.chance(1, 4) {
                rng.below(src.len() + 1)
            } else {
                let sp = spans[rng.below(spans.len())];
                if rng.chance(1, 2) {
                    sp.0
                } else {
                    sp.1
                }
            };
            let mut ins = t.to_vec();
            if rng.chance(1, 2) {
                ins.insert(0, b' ');
            }
            src.splice(at..at, ins);
        }
        11 | 12 => {
            let spans = token_spans(src);
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[rng.below(spans.len())];
            if rng.chance(1, 3) {
                // Replace with another token from the same program.
                let (s2, e2) = spans[rng.below(spans.len())];
                let t = src[s2..e2].to_vec();
                src.splice(s..e, t);
            } else if rng.chance(1, 4) {
                src.drain(s..e);
            } else {
                let t = rng.pick(TOKENS).as_bytes().to_vec();
                src.splice(s..e, t);
            }
        }
        // Deep nesting around a token.
        13 => {
            let spans = token_spans(src);
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[rng.below(spans.len())];
            let n = *rng.pick(&[2, 10, 50, 199, 200, 201, 1000, 5000]);
            let (p, _, q) = *rng.pick(NESTS);
            src.splice(e..e, q.repeat(n).into_bytes());
            src.splice(s..s, p.repeat(n).into_bytes());
        }
        // Splice a snippet (or a stress program) at a line boundary, indented like its
        // neighbour.
        14 | 15 => {
            let mut lines = lines_of(src);
            let at = rng.below(lines.len() + 1);
            let ind = if at > 0 {
                indent_of(&lines[at - 1])
            } else {
                Vec::new()
            };
            let snippet: Vec<u8> = if rng.chance(3, 4) {
                rng.pick(SNIPPETS).as_bytes().to_vec()
            } else {
                let n = *rng.pick(&[100, 1000, 20000]);
                deep_program(rng, n)
            };
            let new: Vec<Vec<u8>> = lines_of(&snippet)
                .into_iter()
                .map(|l| {
                    let mut x = ind.clone();
                    x.extend(l);
                    x
                })
                .collect();
            lines.splice(at..at, new);
            *src = join_lines(&lines);
        }
        // Cross-over with another case.
        16 => {
            let other = rng.pick(corpus);
            let ol = lines_of(other);
            let mut lines = lines_of(src);
            if ol.is_empty() {
                return;
            }
            let a = rng.below(ol.len());
            let b = (a + rng.range(1, 10)).min(ol.len());
            let at = rng.below(lines.len() + 1);
            lines.splice(at..at, ol[a..b].iter().cloned());
            *src = join_lines(&lines);
        }
        // Truncate.
        17 => {
            let n = rng.below(src.len() + 1);
            src.truncate(n);
        }
        // Duplicate a block of bytes.
        18 => {
            if !src.is_empty() {
                let i = rng.below(src.len());
                let n = rng.range(1, 40).min(src.len() - i);
                let chunk = src[i..i + n].to_vec();
                let at = rng.below(src.len() + 1);
                src.splice(at..at, chunk);
            }
        }
        // Replace a number with an extreme one.
        _ => {
            let spans: Vec<_> = token_spans(src)
                .into_iter()
                .filter(|&(s, _)| src[s].is_ascii_digit())
                .collect();
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[rng.below(spans.len())];
            let t = *rng.pick(&[
                "0",
                "-1",
                "2**47",
                "(2**47-1)",
                "(-2**47)",
                "(-2**47-1)",
                "2**63",
                "(-2**63)",
                "2**64",
                "10**30",
                "1e308",
                "float('nan')",
                "1.5",
                "True",
                "None",
                "'s'",
                "10**10**5",
            ]);
            src.splice(s..e, t.bytes());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Random grammar

struct Gram<'a> {
    rng: &'a mut Rng,
    depth: usize,
}

const NAMES: &[&str] = &["a", "b", "c", "x", "y", "f", "g", "C", "it", "d", "s"];

impl Gram<'_> {
    fn name(&mut self) -> String {
        rng_pick_str(self.rng, NAMES)
    }

    fn atom(&mut self) -> String {
        match self.rng.below(22) {
            0 => self.name(),
            1 => self.name(),
            2 => (self.rng.below(10) as i64 - 3).to_string(),
            3 => rng_pick_str(
                self.rng,
                &[
                    "2**47",
                    "2**63",
                    "-2**63",
                    "10**20",
                    "2**47-1",
                    "-2**47-1",
                    "0x7fffffffffff",
                ],
            ),
            4 => rng_pick_str(
                self.rng,
                &[
                    "1.5",
                    "0.0",
                    "-0.0",
                    "1e308",
                    "float('nan')",
                    "float('inf')",
                    "1j",
                ],
            ),
            5 => rng_pick_str(
                self.rng,
                &["'ab'", "''", "'é\\n'", "b'xy'", "r'\\d'", "'%s'"],
            ),
            6 => rng_pick_str(self.rng, &["None", "True", "False", "..."]),
            7 => format!("[{}]", self.exprs(3)),
            8 => format!("({},)", self.exprs(3)),
            9 => format!("{{{}}}", self.exprs(2)),
            10 => {
                let (k, v) = (self.expr(), self.expr());
                format!("{{{k}: {v}}}")
            }
            11 => {
                let (e, n, it) = (self.expr(), self.name(), self.expr());
                let br = rng_pick_str(self.rng, &["[]", "()", "{}"]);
                let b = br.as_bytes();
                format!("{}{e} for {n} in {it}{}", b[0] as char, b[1] as char)
            }
            12 => {
                let (n, e) = (self.name(), self.expr());
                format!("(lambda {n}=1: {e})")
            }
            13 => {
                let e = self.expr();
                let spec = rng_pick_str(
                    self.rng,
                    &["", "!r", ":>5", ":x", ":.2f", ":{a}", "=", "!s:^3"],
                );
                format!("f'<{{{e}{spec}}}>'")
            }
            14 => {
                let f = rng_pick_str(
                    self.rng,
                    &[
                        "len",
                        "str",
                        "repr",
                        "int",
                        "float",
                        "list",
                        "tuple",
                        "dict",
                        "set",
                        "sorted",
                        "sum",
                        "min",
                        "max",
                        "abs",
                        "hash",
                        "iter",
                        "next",
                        "type",
                        "isinstance",
                        "getattr",
                        "hasattr",
                        "range",
                        "zip",
                        "map",
                        "enumerate",
                        "reversed",
                        "divmod",
                        "pow",
                        "round",
                        "chr",
                        "ord",
                        "bool",
                        "any",
                        "all",
                        "format",
                        "hex",
                        "bin",
                        "bytes",
                        "bytearray",
                        "frozenset",
                        "super",
                        "print",
                        "id",
                        "callable",
                        "vars",
                        "dir",
                        "slice",
                        "object",
                        "setattr",
                        "delattr",
                        "filter",
                        "ascii",
                        "complex",
                        "issubclass",
                    ],
                );
                format!("{f}({})", self.exprs(3))
            }
            15 => {
                let (a, m) = (self.atom(), self.name());
                let m = if self.rng.chance(1, 2) {
                    rng_pick_str(
                        self.rng,
                        &[
                            "append",
                            "pop",
                            "keys",
                            "items",
                            "get",
                            "split",
                            "join",
                            "upper",
                            "format",
                            "add",
                            "update",
                            "copy",
                            "index",
                            "count",
                            "sort",
                            "extend",
                            "insert",
                            "remove",
                            "__class__",
                            "__dict__",
                            "__len__",
                            "__eq__",
                            "send",
                            "throw",
                            "close",
                            "real",
                            "bit_length",
                            "replace",
                        ],
                    )
                } else {
                    m
                };
                format!("{a}.{m}")
            }
            16 => {
                let (a, i) = (self.atom(), self.expr());
                format!("{a}[{i}]")
            }
            17 => {
                let (a, lo, hi, st) = (self.atom(), self.expr(), self.expr(), self.expr());
                format!("{a}[{lo}:{hi}:{st}]")
            }
            18 => {
                let (a, args) = (self.atom(), self.exprs(3));
                format!("{a}({args})")
            }
            19 => {
                let (n, e) = (self.name(), self.expr());
                format!("({n} := {e})")
            }
            20 => {
                let e = self.expr();
                format!("(yield {e})")
            }
            _ => {
                let (a, b, c) = (self.expr(), self.expr(), self.expr());
                format!("({a} if {b} else {c})")
            }
        }
    }

    fn exprs(&mut self, max: usize) -> String {
        let n = self.rng.below(max + 1);
        let mut v = Vec::new();
        for _ in 0..n {
            let e = self.expr();
            let e = match self.rng.below(8) {
                0 => format!("*{e}"),
                1 => format!("**{e}"),
                _ => e,
            };
            v.push(e);
        }
        v.join(", ")
    }

    fn expr(&mut self) -> String {
        if self.depth > 4 {
            return match self.rng.below(3) {
                0 => self.name(),
                1 => (self.rng.below(5)).to_string(),
                _ => "'s'".to_string(),
            };
        }
        self.depth += 1;
        let r = match self.rng.below(6) {
            0 | 1 => self.atom(),
            2 => {
                let (a, b) = (self.expr(), self.expr());
                let op = rng_pick_str(
                    self.rng,
                    &[
                        "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<",
                        ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not", "and", "or",
                    ],
                );
                format!("({a} {op} {b})")
            }
            3 => {
                let a = self.expr();
                let op = rng_pick_str(self.rng, &["-", "+", "~", "not "]);
                format!("({op}{a})")
            }
            4 => {
                let (a, b, c) = (self.expr(), self.expr(), self.expr());
                format!("({a} < {b} <= {c})")
            }
            _ => self.atom(),
        };
        self.depth -= 1;
        r
    }

    fn target(&mut self) -> String {
        match self.rng.below(6) {
            0 => {
                let (a, b) = (self.name(), self.name());
                format!("{a}, *{b}")
            }
            1 => {
                let (a, i) = (self.name(), self.expr());
                format!("{a}[{i}]")
            }
            2 => {
                let (a, m) = (self.name(), self.name());
                format!("{a}.{m}")
            }
            3 => {
                let (a, b) = (self.name(), self.name());
                format!("({a}, {b})")
            }
            _ => self.name(),
        }
    }

    fn block(&mut self, ind: usize, n: usize, out: &mut String) {
        for _ in 0..n.max(1) {
            self.stmt(ind, out);
        }
    }

    fn stmt(&mut self, ind: usize, out: &mut String) {
        let pad = " ".repeat(ind);
        let nested = ind < 16;
        match self.rng.below(if nested { 24 } else { 10 }) {
            0..=2 => {
                let (t, e) = (self.target(), self.expr());
                out.push_str(&format!("{pad}{t} = {e}\n"));
            }
            3 => {
                let (t, e) = (self.name(), self.expr());
                let op = rng_pick_str(
                    self.rng,
                    &["+=", "-=", "*=", "//=", "|=", "**=", "@=", ">>="],
                );
                out.push_str(&format!("{pad}{t} {op} {e}\n"));
            }
            4 | 5 => {
                let e = self.exprs(3);
                out.push_str(&format!("{pad}print({e})\n"));
            }
            6 => {
                let e = self.expr();
                out.push_str(&format!("{pad}{e}\n"));
            }
            7 => {
                let t = self.target();
                out.push_str(&format!("{pad}del {t}\n"));
            }
            8 => {
                let s = rng_pick_str(
                    self.rng,
                    &[
                        "pass",
                        "break",
                        "continue",
                        "return",
                        "return 1",
                        "yield 2",
                        "raise",
                        "raise ValueError('v')",
                        "raise TypeError from None",
                        "global x",
                        "nonlocal y",
                        "assert x, 'msg'",
                        "assert 0",
                    ],
                );
                out.push_str(&format!("{pad}{s}\n"));
            }
            9 => {
                let e = self.expr();
                out.push_str(&format!("{pad}{e}\n"));
            }
            10 | 11 => {
                let c = self.expr();
                out.push_str(&format!("{pad}if {c}:\n"));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
                if self.rng.chance(1, 2) {
                    out.push_str(&format!("{pad}else:\n"));
                    let n = self.rng.range(1, 2);
                    self.block(ind + 4, n, out);
                }
            }
            12 | 13 => {
                let (t, it) = (self.target(), self.expr());
                let it = if self.rng.chance(1, 2) {
                    format!("range({})", self.rng.below(6))
                } else {
                    it
                };
                out.push_str(&format!("{pad}for {t} in {it}:\n"));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
            }
            14 => {
                let c = self.expr();
                let v = format!("_w{ind}");
                out.push_str(&format!(
                    "{pad}{v} = 0\n{pad}while {c} and {v} < 20:\n{pad}    {v} += 1\n"
                ));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
            }
            15 | 16 => {
                let name = self.name();
                let params = rng_pick_str(
                    self.rng,
                    &[
                        "",
                        "a",
                        "a, b=1",
                        "*a, **k",
                        "a, /, b, *, c=2",
                        "x=[]",
                        "self",
                    ],
                );
                if self.rng.chance(1, 4) {
                    out.push_str(&format!("{pad}@{}\n", self.name()));
                }
                out.push_str(&format!("{pad}def {name}({params}):\n"));
                let n = self.rng.range(1, 4);
                self.block(ind + 4, n, out);
                if self.rng.chance(1, 2) {
                    let args = self.exprs(2);
                    out.push_str(&format!("{pad}{name}({args})\n"));
                }
            }
            17 => {
                let name = self.name();
                let bases = self.exprs(1);
                out.push_str(&format!("{pad}class {name}({bases}):\n"));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
            }
            18 | 19 => {
                out.push_str(&format!("{pad}try:\n"));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
                let form = self.rng.below(4);
                if form != 0 {
                    let e = rng_pick_str(
                        self.rng,
                        &[
                            "",
                            " Exception",
                            " Exception as e",
                            " (TypeError, ValueError) as e",
                            " BaseException",
                            " x",
                        ],
                    );
                    out.push_str(&format!("{pad}except{e}:\n"));
                    let n = self.rng.range(1, 2);
                    self.block(ind + 4, n, out);
                }
                if form != 1 {
                    out.push_str(&format!("{pad}finally:\n"));
                    let n = self.rng.range(1, 2);
                    self.block(ind + 4, n, out);
                }
            }
            20 => {
                let e = self.expr();
                out.push_str(&format!("{pad}with {e} as {}:\n", self.name()));
                let n = self.rng.range(1, 2);
                self.block(ind + 4, n, out);
            }
            21 => {
                let g = self.name();
                out.push_str(&format!("{pad}def {g}():\n"));
                let n = self.rng.range(1, 3);
                self.block(ind + 4, n, out);
                out.push_str(&format!("{pad}    yield {}\n", self.expr()));
                out.push_str(&format!("{pad}for _v in {g}(): print(_v)\n"));
            }
            22 => {
                let n = self.name();
                let e = self.expr();
                out.push_str(&format!("{pad}{n} = lambda *a: {e}\n"));
            }
            _ => {
                let (a, b) = (self.name(), self.expr());
                out.push_str(&format!("{pad}{a} = [{a} for {a} in {b}]\n"));
            }
        }
    }
}

fn rng_pick_str(rng: &mut Rng, xs: &[&str]) -> String {
    rng.pick(xs).to_string()
}

fn grammar_program(rng: &mut Rng) -> Vec<u8> {
    let mut out = String::new();
    out.push_str("a, b, c, x, y, d, s = [1, 2], 'ab', 3, 4.5, None, {1: 2}, {3}\n");
    out.push_str("def f(*a, **k): return a\ndef g(x=0): return x\nclass C:\n    def __init__(self, *a): self.a = a\nit = iter([1, 2, 3])\n");
    let guard = rng.chance(1, 2);
    let n = rng.range(3, 25);
    let mut g = Gram { rng, depth: 0 };
    for _ in 0..n {
        let mut s = String::new();
        g.stmt(0, &mut s);
        if guard {
            out.push_str("try:\n");
            for l in s.lines() {
                out.push_str("    ");
                out.push_str(l);
                out.push('\n');
            }
            out.push_str("except Exception as _e:\n    print(type(_e).__name__)\n");
        } else {
            out.push_str(&s);
        }
    }
    out.into_bytes()
}

fn token_soup(rng: &mut Rng) -> Vec<u8> {
    let n = rng.range(1, 120);
    let mut s = Vec::new();
    for _ in 0..n {
        let t = if rng.chance(1, 3) {
            rng_pick_str(rng, NAMES)
        } else {
            rng_pick_str(rng, TOKENS)
        };
        s.extend_from_slice(t.as_bytes());
        if rng.chance(2, 3) {
            s.push(b' ');
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Systematic probes

const PROBE_VALUES: &str = "[0, 1, -1, 2**70, 1.5, float('nan'), float('inf'), 1j, True, None, 'abc', '', 'é\\x00', b'ab', bytearray(b'xy'), [1, 'a'], [], (1, 2), (), {1: 2}, {}, {1, 2}, frozenset({3}), range(5), slice(1, 5, 2), object(), int, type, len, iter([1]), (x for x in [1]), Exception('e'), ..., NotImplemented, (lambda *a: a), property(), staticmethod(len), classmethod(len)]";

const PROBE_ARGS: &str = "[(), (0,), (-1,), (3,), (2**70,), (-2**70,), ('a',), (b'a',), (None,), ([],), ((),), ({},), (1.5,), (float('nan'),), (1, 2), ('a', 'b'), (0, -1, 2), (int,), (object(),), (lambda *a: 1,), (iter([1, 2]),), ('',), (' ', 0), ({'a': 1},), ('utf-8', 'bogus'), (slice(None),), ('%s',), (-2**63,)]";

/// Calls `sorted(dir(T))[lo:hi]` of a builtin type on every probe value with every argument
/// tuple (the method is looked up on the type, so receivers of the wrong type are included).
fn method_probe(ty: &str, lo: usize, hi: usize) -> Vec<u8> {
    format!(
        "V = {PROBE_VALUES}\nA = {PROBE_ARGS}\nT = {ty}\nnames = sorted(dir(T))[{lo}:{hi}]\nslow = ('__pow__', '__rpow__', '__ipow__', '__lshift__', '__rlshift__', '__ilshift__', '__round__')\ndef big(x):\n    return type(x) is int and not -1000 < x < 1000\nfor n in names:\n    try:\n        m = getattr(T, n)\n    except BaseException:\n        continue\n    for v in V:\n        for a in A:\n            if n in slow and (big(v) or any(big(x) for x in a)):\n                continue\n            try:\n                m(v, *a)\n            except BaseException:\n                pass\n            try:\n                getattr(v, n)(*a)\n            except BaseException:\n                pass\n    try:\n        m()\n    except BaseException:\n        pass\nprint(names)\n"
    )
    .into_bytes()
}

/// Calls builtin functions `sorted(dir(builtins))[lo:hi]` with every argument tuple and every
/// single probe value.
fn builtin_probe(lo: usize, hi: usize) -> Vec<u8> {
    format!(
        "import builtins\nV = {PROBE_VALUES}\nA = {PROBE_ARGS}\nskip = {{'input', 'breakpoint', 'help', 'exit', 'quit', 'open', 'copyright', 'credits', 'license'}}\nnames = [n for n in sorted(dir(builtins)) if n not in skip][{lo}:{hi}]\nfor n in names:\n    f = getattr(builtins, n)\n    if not callable(f):\n        continue\n    for a in A + [(v,) for v in V] + [(v, v) for v in V]:\n        if n in ('pow', 'round') and any(type(x) is int and not -1000 < x < 1000 for x in a):\n            continue\n        try:\n            f(*a)\n        except BaseException:\n            pass\nprint(names)\n"
    )
    .into_bytes()
}

const OPERATORS: &[&str] = &[
    "a + b",
    "a - b",
    "a * b",
    "a / b",
    "a // b",
    "a % b",
    "a ** b",
    "a << b",
    "a >> b",
    "a & b",
    "a | b",
    "a ^ b",
    "a @ b",
    "a < b",
    "a <= b",
    "a == b",
    "a != b",
    "a > b",
    "a >= b",
    "a in b",
    "a is b",
    "divmod(a, b)",
    "pow(a, b, 7)",
    "a[b]",
    "a[b:]",
    "a[:b:b]",
    "format(a, b)",
    "a % (b,)",
    "isinstance(a, b)",
    "getattr(a, b)",
    "hasattr(a, b)",
    "max(a, b)",
    "round(a, b)",
    "a.__class__(b)",
    "complex(a, b)",
    "int(a, b)",
    "[a] * b",
    "a.__eq__(b)",
    "b.__rsub__(a)",
    "a.__getitem__(b)",
    "x = cp(a); x += b",
    "x = cp(a); x *= b",
    "x = cp(a); x |= b",
    "x = cp(a); x -= b",
    "x = cp(a); x[b] = b",
    "x = cp(a); del x[b]",
    "x = cp(a); x.y = b",
    "hash(a) == hash(b)",
    "{a: b}",
    "{a, b}",
    "sorted([a, b])",
    "a and b or not a",
];

/// Applies one operator to every ordered pair of a value zoo (skipping pairs that would need
/// huge memory or time in CPython too).
fn operator_probe(op: &str) -> Vec<u8> {
    format!(
        "V = [0, 1, -1, 2, 7, -3, 63, 64, 2**47-1, -2**47, 2**62, 2**63, -2**63, 2**64, 2**70, 10**30, -10**30, 0.0, -0.0, 1.5, -2.5, 1e308, 5e-324, float('nan'), float('inf'), float('-inf'), 1j, complex(0, -0.0), True, False, None, 'ab', '', 'x{{}}', '%d', b'ab', bytearray(b'c'), [1, 2], [], (1,), (), {{1: 2}}, {{1}}, frozenset(), range(3), slice(1), int, str, object, len, Exception, ..., object(), '.2f', 'x'*3]\ndef big(v):\n    return type(v) in (int, bool) and not -100000 < v < 100000\ndef cp(v):\n    return v.copy() if type(v) in (list, dict, set, bytearray) else v\ndef skip(a, b):\n    if type(a) is int and type(b) is int:\n        return False\n    if isinstance(a, (str, bytes, bytearray, list, tuple)) and type(b) is int and 10**6 < abs(b) < 2**63:\n        return True\n    if isinstance(b, (str, bytes, bytearray, list, tuple)) and type(a) is int and 10**6 < abs(a) < 2**63:\n        return True\n    return False\nn = 0\nfor a in V:\n    for b in V:\n        if skip(a, b):\n            continue\n        if {op:?} in ('a ** b', 'round(a, b)') and big(b) and type(a) in (int, bool):\n            continue\n        if {op:?} in ('a << b', '[a] * b') and big(b):\n            continue\n        if {op:?} == 'a ** b' and type(b) is int and abs(b) > 1000 and type(a) is int and abs(a) > 1:\n            continue\n        try:\n            {op}\n            n += 1\n        except Exception:\n            pass\nprint(n)\n"
    )
    .into_bytes()
}

// ---------------------------------------------------------------------------------------------
// Running

#[derive(Clone)]
struct Program {
    name: String,
    src: Vec<u8>,
}

#[derive(Debug)]
enum Verdict {
    Ok,
    Timeout,
    /// Aborted after exhausting the memory limit while growing (a resource limit).
    OutOfMemory,
    Fail(String),
}

struct RunResult {
    verdict: Verdict,
    stderr: String,
    elapsed: Duration,
}

const CAP: usize = 64 * 1024;

/// Reads a pipe to the end, keeping the first and last `CAP` bytes.
fn drain<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<(Vec<u8>, Vec<u8>)> {
    std::thread::spawn(move || {
        let mut head = Vec::new();
        let mut tail: Vec<u8> = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if head.len() < CAP {
                        head.extend_from_slice(&buf[..n]);
                    } else {
                        tail.extend_from_slice(&buf[..n]);
                        if tail.len() > 2 * CAP {
                            tail.drain(..tail.len() - CAP);
                        }
                    }
                }
            }
        }
        let keep = tail.len().min(CAP);
        let tail = tail[tail.len() - keep..].to_vec();
        (head, tail)
    })
}

/// The address-space limit of each run, in KiB (the interpreter reserves a 1 GiB stack).
const MEM_LIMIT_KB: u64 = 4_000_000;

/// The verdict on a finished (or killed) run.
fn judge(code: Option<i32>, signal: Option<i32>, stderr: &str, timed_out: bool) -> Verdict {
    if let Some(i) = stderr.find("panicked at ") {
        let rest = &stderr[i + "panicked at ".len()..];
        let loc = rest.lines().next().unwrap_or("").trim_end_matches(':');
        let msg = rest.lines().nth(1).unwrap_or("");
        let msg: String = msg.chars().take(100).collect();
        return Verdict::Fail(format!("panic at {loc}: {msg}"));
    }
    if stderr.contains("stack overflow") || stderr.contains("has overflowed its stack") {
        return Verdict::Fail("stack overflow".into());
    }
    if let Some(i) = stderr.find("memory allocation of ") {
        // Rust aborts when an allocation fails. A single request beyond the whole memory
        // limit is a bug (CPython raises MemoryError/OverflowError without trying); running
        // out of memory while growing is hitting the resource limit, like a timeout.
        let n: u64 = stderr[i + "memory allocation of ".len()..]
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(u64::MAX);
        if n >= MEM_LIMIT_KB * 1024 {
            return Verdict::Fail(
                "abort: one allocation larger than the memory limit (CPython: MemoryError)".into(),
            );
        }
        return Verdict::OutOfMemory;
    }
    if stderr.contains("RUST_BACKTRACE") {
        return Verdict::Fail("stderr mentions RUST_BACKTRACE".into());
    }
    if timed_out {
        return Verdict::Timeout;
    }
    if let Some(s) = signal {
        // An uncaught KeyboardInterrupt (a program that raises it, or raise_signal(SIGINT))
        // ends the process by SIGINT after printing its traceback, as CPython does.
        if s == 2 && stderr.contains("KeyboardInterrupt") {
            return Verdict::Ok;
        }
        return Verdict::Fail(format!("killed by signal {s}"));
    }
    if code == Some(101) {
        return Verdict::Fail("exit code 101".into());
    }
    Verdict::Ok
}

fn run_program(
    molt: &Path,
    workdir: &Path,
    prog: &Program,
    use_c: bool,
    timeout: Duration,
) -> RunResult {
    use std::os::unix::process::ExitStatusExt;
    let file = workdir.join("prog.py");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {MEM_LIMIT_KB} 2>/dev/null; exec \"$@\""))
        .arg("sh");
    cmd.arg(molt);
    if use_c {
        cmd.arg("-c")
            .arg(String::from_utf8_lossy(&prog.src).into_owned());
    } else {
        std::fs::write(&file, &prog.src).expect("write program");
        cmd.arg("run").arg("prog.py");
    }
    let start = Instant::now();
    let mut child = cmd
        .current_dir(workdir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn molt");
    let so = drain(child.stdout.take().expect("stdout"));
    let se = drain(child.stderr.take().expect("stderr"));
    let mut timed_out = false;
    let mut sleep = Duration::from_micros(200);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait");
        }
        std::thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let _ = so.join();
    let (h, t) = se.join().unwrap_or_default();
    let mut stderr = String::from_utf8_lossy(&h).into_owned();
    if !t.is_empty() {
        stderr.push_str("\n[...]\n");
        stderr.push_str(&String::from_utf8_lossy(&t));
    }
    // A panic message printed before a timeout kill still counts.
    let (code, signal) = if timed_out {
        (None, None)
    } else {
        (status.code(), status.signal())
    };
    let verdict = judge(code, signal, &stderr, timed_out);
    RunResult {
        verdict,
        stderr,
        elapsed,
    }
}

fn corpus(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            corpus(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read(&p).expect("read case")));
        }
    }
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn generate(root: &Path, seed: u64, scale: usize) -> Vec<Program> {
    let mut cases = Vec::new();
    corpus(&root.join("tests/cases"), &mut cases);
    assert!(!cases.is_empty(), "no cases in tests/cases");
    let srcs: Vec<Vec<u8>> = cases.iter().map(|c| c.1.clone()).collect();
    let mut rng = Rng::new(seed);
    let mut progs = Vec::new();

    // The unmutated corpus itself.
    for (name, src) in &cases {
        progs.push(Program {
            name: format!("case-{name}"),
            src: src.clone(),
        });
    }
    // Mutations of the corpus.
    for i in 0..2000 * scale {
        let (name, src) = &cases[rng.below(cases.len())];
        let mut s = src.clone();
        let n = if rng.chance(1, 2) { 1 } else { rng.range(2, 6) };
        for _ in 0..n {
            mutate_once(&mut rng, &mut s, &srcs);
        }
        progs.push(Program {
            name: format!("mut{i}-{name}"),
            src: s,
        });
    }
    // Random grammar programs.
    for i in 0..700 * scale {
        progs.push(Program {
            name: format!("gram{i}"),
            src: grammar_program(&mut rng),
        });
    }
    // Token soups.
    for i in 0..500 * scale {
        progs.push(Program {
            name: format!("soup{i}"),
            src: token_soup(&mut rng),
        });
    }
    // Snippets alone.
    for (i, s) in SNIPPETS.iter().enumerate() {
        progs.push(Program {
            name: format!("snippet{i}"),
            src: s.as_bytes().to_vec(),
        });
    }
    for (i, n) in SIZE_VALUES.iter().enumerate() {
        for (j, e) in SIZE_EXPRS.iter().enumerate() {
            progs.push(Program {
                name: format!("size{i}-{j}"),
                src: size_program(n, e),
            });
        }
    }
    // Deep, wide and nested programs.
    for (i, _) in NESTS.iter().enumerate() {
        for n in [100, 199, 200, 201, 1000, 20_000] {
            let (p, inner, s) = NESTS[i];
            let expr = format!("{}{}{}", p.repeat(n), inner, s.repeat(n));
            let src = format!("x = 1\na = [1]\ndef f(*a): return a\n{expr}\nprint('done')\n");
            progs.push(Program {
                name: format!("deep{i}-{n}"),
                src: src.into_bytes(),
            });
        }
    }
    for i in 0..40 {
        let n = *rng.pick(&[150, 300, 1000, 3000, 20_000]);
        progs.push(Program {
            name: format!("deeprand{i}-{n}"),
            src: deep_program(&mut rng, n),
        });
    }
    for kind in 0..24 {
        // Kinds 0-5 are left-deep chains (compile time grows quadratically with n today);
        // the rest are flat and go past 65536 registers/constants/names.
        for n in [300, if kind <= 5 { 20_000 } else { 70_000 }] {
            progs.push(Program {
                name: format!("wide{kind}-{n}"),
                src: wide_program(kind, n),
            });
        }
    }
    for kind in 0..9 {
        for n in [20, 99, 100, 101, 250, 1000] {
            progs.push(Program {
                name: format!("nested{kind}-{n}"),
                src: nested_statements(kind, n),
            });
        }
    }
    // Probes.
    for ty in [
        "int",
        "bool",
        "float",
        "complex",
        "str",
        "bytes",
        "bytearray",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "slice",
        "object",
        "type",
        "BaseException",
        "property",
        "staticmethod",
        "classmethod",
        "super",
        "type(iter([]))",
        "type((x for x in []))",
        "type({}.keys())",
        "type({}.items())",
        "type(len)",
        "type(lambda: 0)",
        "type([].append)",
        "type(None)",
        "type(...)",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "KeyError",
        "StopIteration",
        "SyntaxError",
        "UnicodeDecodeError",
        "OSError",
        "SystemExit",
        "type(iter(''))",
        "type(iter(range(3)))",
        "type(iter({}))",
    ] {
        for chunk in 0..10 {
            progs.push(Program {
                name: format!("methods-{ty}-{chunk}"),
                src: method_probe(ty, chunk * 10, chunk * 10 + 10),
            });
        }
    }
    for chunk in 0..20 {
        progs.push(Program {
            name: format!("builtins-{chunk}"),
            src: builtin_probe(chunk * 8, chunk * 8 + 8),
        });
    }
    for (i, op) in OPERATORS.iter().enumerate() {
        progs.push(Program {
            name: format!("ops{i}"),
            src: operator_probe(op),
        });
    }
    for p in &mut progs {
        p.name = p
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
    }
    progs
}

/// Shrinks `src` while it still fails with the same class (line deletion, then byte-range
/// deletion), within a time budget.
fn minimize(molt: &Path, workdir: &Path, src: &[u8], class: &str) -> Vec<u8> {
    let deadline = Instant::now() + Duration::from_secs(15);
    let timeout = Duration::from_secs(3);
    let mut cur = src.to_vec();
    let fails = |s: &[u8]| -> bool {
        let p = Program {
            name: String::new(),
            src: s.to_vec(),
        };
        matches!(run_program(molt, workdir, &p, false, timeout).verdict, Verdict::Fail(c) if c == class)
    };
    // Lines.
    let mut chunk = (lines_of(&cur).len() / 2).max(1);
    while chunk >= 1 && Instant::now() < deadline {
        let lines = lines_of(&cur);
        let mut i = 0;
        let mut changed = false;
        let mut lines_now = lines.clone();
        while i < lines_now.len() && Instant::now() < deadline {
            let mut cand = lines_now.clone();
            let end = (i + chunk).min(cand.len());
            cand.drain(i..end);
            let s = join_lines(&cand);
            if fails(&s) {
                lines_now = cand;
                changed = true;
            } else {
                i += chunk;
            }
        }
        cur = join_lines(&lines_now);
        if !changed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    // Bytes.
    let mut chunk = (cur.len() / 4).max(1);
    while Instant::now() < deadline {
        let mut i = 0;
        let mut changed = false;
        while i < cur.len() && Instant::now() < deadline {
            let mut cand = cur.clone();
            let end = (i + chunk).min(cand.len());
            cand.drain(i..end);
            if fails(&cand) {
                cur = cand;
                changed = true;
            } else {
                i += chunk;
            }
        }
        if !changed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    cur
}

#[test]
fn no_input_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let molt = PathBuf::from(env!("CARGO_BIN_EXE_molt"));
    // <target>/<profile>/molt
    let target = molt
        .parent()
        .and_then(|p| p.parent())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("target"));
    let fail_dir = target.join("no_panic_failures");
    let _ = std::fs::remove_dir_all(&fail_dir);
    let seed = env_num("MOLT_NO_PANIC_SEED", 0x4d6f_6c74);
    let scale = env_num("MOLT_NO_PANIC_SCALE", 1).max(1) as usize;
    let timeout = Duration::from_secs(env_num("MOLT_NO_PANIC_TIMEOUT", 5));
    let only = std::env::var("MOLT_NO_PANIC_ONLY").unwrap_or_default();

    let t0 = Instant::now();
    let mut progs = generate(root, seed, scale);
    progs.retain(|p| p.name.contains(&only));
    if let Ok(dir) = std::env::var("MOLT_NO_PANIC_DUMP") {
        // Write every program out (e.g. to compare with CPython) instead of running them.
        std::fs::create_dir_all(&dir).expect("dump dir");
        for p in &progs {
            std::fs::write(Path::new(&dir).join(format!("{}.py", p.name)), &p.src).expect("dump");
        }
        println!("no_panic: wrote {} programs to {dir}", progs.len());
        return;
    }
    let total = progs.len();
    println!("no_panic: {total} programs (seed {seed:#x})");

    let progs = Arc::new(progs);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<(usize, RunResult)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let (progs, next, results, molt) =
                (progs.clone(), next.clone(), results.clone(), molt.clone());
            let workdir = target.join(format!("no_panic_tmp/w{w}"));
            std::fs::create_dir_all(&workdir).expect("workdir");
            std::thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= progs.len() {
                    break;
                }
                let p = &progs[i];
                // Valid UTF-8 without NULs can also go through `-c`.
                let use_c = i % 7 == 3
                    && std::str::from_utf8(&p.src).is_ok()
                    && !p.src.contains(&0)
                    && p.src.len() < 100_000;
                let r = run_program(&molt, &workdir, p, use_c, timeout);
                results.lock().unwrap().push((i, r));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by_key(|r| r.0);

    let mut passed = 0;
    let mut timeouts = Vec::new();
    let mut ooms = Vec::new();
    let mut failures: Vec<(usize, String)> = Vec::new();
    let mut slowest: Vec<(Duration, usize)> = Vec::new();
    for (i, r) in &results {
        slowest.push((r.elapsed, *i));
        match &r.verdict {
            Verdict::Ok => passed += 1,
            Verdict::Timeout => {
                passed += 1;
                timeouts.push(*i);
            }
            Verdict::OutOfMemory => {
                passed += 1;
                ooms.push(*i);
            }
            Verdict::Fail(c) => failures.push((*i, c.clone())),
        }
    }
    slowest.sort();
    slowest.reverse();

    // Group failures by class; save every failing input and minimise one per class.
    let mut classes: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, c) in &failures {
        match classes.iter_mut().find(|x| &x.0 == c) {
            Some(x) => x.1.push(*i),
            None => classes.push((c.clone(), vec![*i])),
        }
    }
    if !failures.is_empty() {
        std::fs::create_dir_all(&fail_dir).expect("failure dir");
        let workdir = target.join("no_panic_tmp/min");
        std::fs::create_dir_all(&workdir).expect("workdir");
        for (k, (class, idxs)) in classes.iter().enumerate() {
            println!("\nFAILURE CLASS {k}: {class} ({} inputs)", idxs.len());
            for (j, &i) in idxs.iter().enumerate() {
                let p = &progs[i];
                let base = fail_dir.join(format!("class{k}-{}", p.name));
                std::fs::write(base.with_extension("py"), &p.src).expect("save failure");
                let r = &results.iter().find(|r| r.0 == i).unwrap().1;
                std::fs::write(base.with_extension("stderr"), &r.stderr).expect("save stderr");
                if j < 10 {
                    println!("    {}", p.name);
                } else if j == 10 {
                    println!("    ... and {} more", idxs.len() - 10);
                }
            }
            // Minimise the smallest failing input of the class.
            let &smallest = idxs.iter().min_by_key(|&&i| progs[i].src.len()).unwrap();
            let min = minimize(&molt, &workdir, &progs[smallest].src, class);
            let min_path = fail_dir.join(format!("class{k}-minimized.py"));
            std::fs::write(&min_path, &min).expect("save minimized");
            let shown = String::from_utf8_lossy(&min);
            let shown: String = shown.chars().take(600).collect();
            println!(
                "  minimized ({} bytes, {}):\n{}",
                min.len(),
                min_path.display(),
                shown
            );
        }
    }

    if !timeouts.is_empty() {
        println!(
            "\n{} timeout(s) after {:?} (not failures):",
            timeouts.len(),
            timeout
        );
        for &i in timeouts.iter().take(30) {
            println!("    {}", progs[i].name);
        }
    }
    if !ooms.is_empty() {
        println!(
            "\n{} run(s) exhausted the {} MB memory limit (not failures):",
            ooms.len(),
            MEM_LIMIT_KB / 1000
        );
        for &i in ooms.iter().take(30) {
            println!("    {}", progs[i].name);
        }
    }
    println!("\nslowest runs:");
    for (d, i) in slowest.iter().take(5) {
        println!("    {:>8.2?} {}", d, progs[*i].name);
    }
    println!(
        "\nno_panic: {} passed, {} failed ({} timeouts, {} out of memory, {} failure classes) in {:.1?}",
        passed,
        failures.len(),
        timeouts.len(),
        ooms.len(),
        classes.len(),
        t0.elapsed()
    );
    if !failures.is_empty() {
        println!("failing inputs saved under {}", fail_dir.display());
    }
    let _ = std::io::stdout().flush();
    assert!(
        failures.is_empty(),
        "{} of {} programs crashed the interpreter ({} classes); see the output above and {}",
        failures.len(),
        total,
        classes.len(),
        fail_dir.display()
    );
}
