# __exit__ arguments, truthy/falsy return values, and exceptions raised by __exit__.
class CM:
    def __init__(self, name, result=None):
        self.name, self.result = name, result
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}:", et.__name__ if et else None, repr(ev), type(tb).__name__)
        return self.result
with CM("plain") as v:
    print("  body got", v)
for result in [True, 1, "yes", [0], False, 0, "", None, []]:
    try:
        with CM("r", result):
            raise ValueError("boom")
        print(repr(result), "suppressed")
    except ValueError:
        print(repr(result), "propagated")
def returns_in_with():
    with CM("ret"):
        return "returned"
print(returns_in_with())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except KeyError as e:
    print("exit raised:", repr(e), "context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  never called")
try:
    with BadEnter():
        print("  never runs")
except RuntimeError as e:
    print(repr(e))
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class ExitSees:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  tb line:", tb.tb_lineno if tb else None, ev.__traceback__ is tb if ev else None)
        return True
with ExitSees():
    raise IndexError("i")
with ExitSees():
    pass
