# dataclass(slots=True), InitVar, field(init=False), and ClassVar handling.
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar
@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"
    count: ClassVar[int] = 0
@dataclass
class Account:
    owner: str
    password: InitVar[str]
    balance: float = 0.0
    password_hash: int = field(init=False, repr=False)
    history: list = field(default_factory=list, init=False)
    def __post_init__(self, password):
        if len(password) < 4:
            raise ValueError("password too short")
        self.password_hash = sum(ord(c) for c in password) % 997
        self.history.append(("open", self.balance))
p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.alpha = 0.5
except AttributeError as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Pixel)], Pixel.count)
a = Account("zoe", "hunter2", 10.0)
print(a, a.password_hash, a.history)
print([f.name for f in fields(Account)], "password" in vars(a))
try:
    Account("bob", "abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Account("bob")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Account("bob", "longpass", 1.0, 77)
except TypeError as e:
    print(type(e).__name__, e)
print(Account.__init__.__code__.co_varnames[:4])
print(Pixel(3, 4, "red") == Pixel(3, 4, "red"), Pixel(1, 1) < Pixel(1, 2) if hasattr(Pixel, "__lt__") and Pixel.__lt__ is not object.__lt__ else "no order")
