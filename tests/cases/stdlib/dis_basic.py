# dis works on Molt's own bytecode: only what both implementations agree on is printed.
import dis


def f(a, b):
    return a + b


ins = list(dis.get_instructions(f))
print(len(ins) > 0, all(isinstance(i.opname, str) for i in ins))
print(any(i.starts_line == f.__code__.co_firstlineno + 1 for i in ins))
info = dis.code_info(f)
print(info.splitlines()[0])
print([l for l in info.splitlines() if l.startswith("Argument count")])
print(type(dis.Bytecode(f)).__name__, callable(dis.dis))
print(f.__code__.co_firstlineno + 1 in [line for _, line in dis.findlinestarts(f.__code__)])
