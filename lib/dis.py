"""The `dis` module for Molt: disassembles Molt's own register bytecode (not CPython's
stack bytecode, which Molt does not have). dis(), disassemble(), get_instructions(),
Bytecode, code_info() and show_code() work on functions, methods, classes, modules, code
objects and source strings; the opcode names are Molt's (see `molt dis FILE`)."""

import sys
import _molt
import collections as _collections

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "hasjrel", "hasjabs", "hasconst", "hasname", "haslocal"]

Instruction = _collections.namedtuple(
    "Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"])
Instruction.__doc__ = "Details for a Molt bytecode instruction."

opname = []
opmap = {}
hasjrel = []
hasjabs = []
hasconst = []
hasname = []
haslocal = []


def _get_code(x):
    """The code object behind x (function, method, class, generator, module, source)."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    for attr in ("gi_code", "ag_code", "cr_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("Molt's dis does not read raw bytecode")
    if type(x).__name__ == "code":
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the disassembly of a code object (and the code objects nested in it)."""
    print(_molt.disassemble(co), end="", file=file)


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a function, method, class, module, code object or source string; with
    no argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    if isinstance(x, type):
        for name, value in sorted(vars(x).items()):
            if hasattr(value, "__func__"):
                value = value.__func__
            if hasattr(value, "__code__"):
                print("Disassembly of %s:" % name, file=file)
                disassemble(value.__code__, file=file)
                print(file=file)
        return
    if type(x).__name__ == "module":
        for name, value in sorted(vars(x).items()):
            if hasattr(value, "__code__") or isinstance(value, type):
                print("Disassembly of %s:" % name, file=file)
                dis(value, file=file)
                print(file=file)
        return
    disassemble(_get_code(x), file=file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's innermost frame."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        exc = getattr(sys, "last_exc", None)
        if tb is None and exc is not None:
            tb = exc.__traceback__
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instruction tuples of x's code."""
    co = _get_code(x)
    last = None
    for index, name, ops, line, target in _molt.instructions(co):
        arg = ops[0][2] if ops else None
        argval = arg
        parts = []
        for opname_, kind, value in ops:
            if kind == "const":
                parts.append(repr(co.co_consts[value]) if value < len(co.co_consts) else "k%d" % value)
            elif kind == "name":
                parts.append(co.co_names[value] if value < len(co.co_names) else "n%d" % value)
            elif kind == "label":
                parts.append("to %d" % value)
            elif kind == "reg":
                parts.append("r%d" % value)
            else:
                parts.append(str(value))
        starts = line if line != last else None
        last = line
        yield Instruction(name, None, arg, argval, ", ".join(parts), index, starts, target,
                          None)


def findlinestarts(code):
    """(offset, line) for each instruction that starts a new source line."""
    last = None
    for index, _, _, line, _ in _molt.instructions(code):
        if line != last:
            yield index, line
            last = line


def findlabels(code):
    """The instruction indexes that are jump targets."""
    return [i for i, _, _, _, t in _molt.instructions(code) if t]


def code_info(x):
    """A text summary of a code object's properties."""
    co = _get_code(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Flags:             %s" % co.co_flags,
    ]
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object, iterable, with dis() and info()."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = _get_code(x)
        self.first_line = first_line if first_line is not None else self.codeobj.co_firstlineno
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj)

    def __repr__(self):
        return "Bytecode(%r)" % (self.codeobj,)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _molt.disassemble(self.codeobj)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)
