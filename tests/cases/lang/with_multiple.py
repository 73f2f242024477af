# Multiple context managers: order of enter/exit, parenthesised form, failures part-way.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError(f"enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p") as p,
      CM("q") as q,):
    print("paren body", p, q)
with (CM("x"), CM("y")):
    print("paren no as")
try:
    with CM("one"), CM("two", fail_enter=True), CM("three"):
        print("not reached")
except ValueError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("suppressed by outer")
print("after suppress")
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("suppressed by inner")
print("after inner suppress")
with CM("t") as (first, *rest):
    print("unpacked target", first, rest)
d = {}
with CM("sub") as d["key"]:
    pass
print(d)
class Obj:
    pass
o = Obj()
with CM("attr") as o.value:
    pass
print(o.value)
def order():
    log = []
    def mk(n):
        log.append(f"make {n}")
        return CM(n)
    with mk(1) as x, mk(2) as y:
        log.append("body")
    return log
print(order())
