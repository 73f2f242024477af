# Validation driven by typing.Annotated metadata read at runtime via get_type_hints(include_extras=True).
from typing import Annotated, get_type_hints, get_origin, get_args, Optional, Union
from dataclasses import dataclass
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def check(self, name, v):
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{name}={v} not in [{self.lo}, {self.hi}]")
class MaxLen:
    def __init__(self, n):
        self.n = n
    def check(self, name, v):
        if len(v) > self.n:
            raise ValueError(f"{name} longer than {self.n}")
@dataclass
class Product:
    name: Annotated[str, MaxLen(8)]
    price: Annotated[float, Range(0, 1000)]
    qty: Annotated[int, Range(0, 99), "stock"] = 0
    note: Optional[str] = None
    def __post_init__(self):
        for fname, hint in get_type_hints(type(self), include_extras=True).items():
            value = getattr(self, fname)
            base = hint
            if get_origin(hint) is Annotated:
                base, *meta = get_args(hint)
            else:
                meta = []
            allowed = get_args(base) if get_origin(base) is Union else (base,)
            if not isinstance(value, allowed):
                raise TypeError(f"{fname} must be {' or '.join(a.__name__ for a in allowed)}, got {type(value).__name__}")
            for m in meta:
                if hasattr(m, "check"):
                    m.check(fname, value)
print(Product("pen", 1.5, 10))
for args in [("notebook-xl", 3.0), ("cup", -1.0), ("cup", 2.0, 100), ("cup", "2"), ("cup", 2.0, 1, 5)]:
    try:
        print(Product(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
hints = get_type_hints(Product)
print(hints["qty"], hints["note"])
extras = get_type_hints(Product, include_extras=True)
print(get_args(extras["qty"])[0], get_args(extras["qty"])[2], get_origin(extras["qty"]) is Annotated)
print(Annotated[Annotated[int, "a"], "b"] == Annotated[int, "a", "b"], Annotated[int, "x"].__metadata__)
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__, e)
