# Walking e.__traceback__ through several layers, including methods, lambdas and comprehensions.
import sys
BASE = sys._getframe().f_lineno
def walk(tb):
    out = []
    while tb is not None:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno - BASE}")
        tb = tb.tb_next
    return out
class Repo:
    def __init__(self, rows):
        self.rows = rows
    def get(self, key):
        return self.rows[key]
    def total(self, keys):
        return sum([self.get(k) for k in keys])
def service(repo, keys):
    return repo.total(keys)
try:
    service(Repo({"a": 1}), ["a", "b"])
except KeyError as e:
    print(walk(e.__traceback__))
convert = lambda s: int(s)
try:
    list(map(convert, ["1", "x"]))
except ValueError as e:
    print(walk(e.__traceback__))
def gen_values():
    yield 1
    raise RuntimeError("gen broke")
try:
    for v in gen_values():
        pass
except RuntimeError as e:
    print(walk(e.__traceback__))
try:
    sum(10 // d for d in [1, 0])
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
def depth_only(tb):
    n = 0
    while tb:
        n, tb = n + 1, tb.tb_next
    return n
def rec(n):
    if n == 0:
        raise IndexError("bottom")
    rec(n - 1)
try:
    rec(6)
except IndexError as e:
    print(depth_only(e.__traceback__), walk(e.__traceback__)[-2:])
try:
    try:
        rec(1)
    except IndexError as e:
        e.stage = "inner"
        raise
except IndexError as e:
    print(e.stage, walk(e.__traceback__))
tb = None
try:
    int("z")
except ValueError as e:
    tb = e.__traceback__
print(type(tb.tb_lasti).__name__, tb.tb_lasti >= 0, tb.tb_frame is sys._getframe())
