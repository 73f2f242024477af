# str()/repr() of signatures for many function shapes, and parameter details.
import inspect
import typing
import collections
from typing import List, Optional, Dict, Union, Callable


def show(f):
    sig = inspect.signature(f)
    print(f.__name__, str(sig))


def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /, b): pass
def f4(a, b=2, /): pass
def f5(a, /, b, *, c): pass
def f6(*args): pass
def f7(**kwargs): pass
def f8(*args, **kwargs): pass
def f9(a, *, b): pass
def f10(a, *args, b, c=3, **kw): pass
def f11(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
def f12(a: int, b: str = 'x', *args: float, c: bool = True, **kw: dict) -> None: pass
def f13(a: 'int', b: 'List[int]' = None) -> 'str': pass
def f14(a: List[int], b: Optional[str] = None, c: Dict[str, int] = {}) -> Union[int, str]: pass
def f15(a: list[int], b: dict[str, tuple[int, ...]]) -> set[str]: pass
def f16(a: collections.OrderedDict, b: typing.Any) -> Callable[[int], str]: pass
def f17(a=None, b=True, c=1.5, d=-3, e=(1, 2), f=[1], g={'k': 'v'}, h='s\n', i=b'b'): pass
def f18(a, b: int = 1, /): pass
def f19(*, a, b=1): pass
def f20(x: int | None = None) -> int | str: pass
def f21(a: 'undefined.Name') -> 'X': pass
def f22(a=len, b=object, c=int): pass
lam = lambda x, y=2, *z, **w: None
lam.__name__ = 'lam'


class Local:
    pass


def f23(a: Local, b: 'Local' = None) -> Local: pass
def f24(a: type, b: type[int], c: typing.Type[int]) -> typing.NoReturn: pass
def f25(a: typing.Literal['x', 1], b: typing.Tuple[()]) -> typing.Iterable[int]: pass


for f in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16,
          f17, f18, f19, f20, f21, f22, lam, f23, f24, f25]:
    show(f)

print(repr(inspect.signature(f11)))
print(repr(inspect.signature(f0)))
for name, p in inspect.signature(f11).parameters.items():
    print(name, repr(p), str(p), p.kind, repr(p.kind), int(p.kind), p.kind.description,
          p.default is p.empty, p.annotation is inspect.Parameter.empty)
for name, p in inspect.signature(f12).parameters.items():
    print(name, p.name, p.annotation, p.default, str(p))
sig = inspect.signature(f12)
print(sig.return_annotation, inspect.signature(f0).return_annotation)
print(list(sig.parameters), len(sig.parameters), 'c' in sig.parameters)
print(type(sig.parameters).__name__)
print(inspect.Signature.empty is inspect.Parameter.empty, repr(inspect.Parameter.empty))
print(inspect.formatannotation(int), inspect.formatannotation(Local), inspect.formatannotation(List[int]))
print(inspect.formatannotation(Local, '__main__'), inspect.formatannotation('x'), inspect.formatannotation(None))
fmt = inspect.formatannotationrelativeto(Local)
print(fmt(Local), fmt(int), fmt(collections.OrderedDict))
