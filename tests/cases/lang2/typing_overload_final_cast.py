# typing helpers at runtime: overload, final, cast, TYPE_CHECKING, assert_never, Literal dispatch.
from typing import overload, final, cast, TYPE_CHECKING, Literal, Never, assert_never, Union, Final, ClassVar
if TYPE_CHECKING:
    import not_a_real_module
print("TYPE_CHECKING is", TYPE_CHECKING)
@overload
def parse(v: int) -> int: ...
@overload
def parse(v: str) -> list[str]: ...
def parse(v):
    if isinstance(v, int):
        return v * 2
    if isinstance(v, str):
        return v.split(",")
    raise TypeError(f"unsupported {type(v).__name__}")
print(parse(21), parse("a,b"), parse.__name__)
try:
    parse(1.5)
except TypeError as e:
    print(type(e).__name__, e)
@final
class Settings:
    MAX: Final = 10
    count: ClassVar[int] = 0
    @final
    def freeze(self):
        return "frozen"
class Sub(Settings):
    pass
print(Sub().freeze(), getattr(Settings, "__final__", None), getattr(Settings.freeze, "__final__", None))
print(Settings.__annotations__)
x = cast(int, "not really an int")
print(x, type(x).__name__, cast("list[int]", [1]))
Mode = Literal["r", "w", "a"]
def open_mode(m: Mode) -> str:
    if m == "r":
        return "reading"
    elif m == "w":
        return "writing"
    elif m == "a":
        return "appending"
    else:
        assert_never(m)
print([open_mode(m) for m in Mode.__args__])
try:
    open_mode("x")
except AssertionError as e:
    print(type(e).__name__, str(e)[:40])
def handle(v: Union[int, str]) -> str:
    match v:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            assert_never(v)
print(handle(1), handle("s"))
print(Never, repr(Final), ClassVar[int], Literal[1, 2] == Literal[2, 1], Literal[1, 1])
