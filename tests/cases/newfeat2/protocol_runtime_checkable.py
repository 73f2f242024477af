# typing.Protocol with @runtime_checkable: structural isinstance/issubclass, data members, errors.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...
class NotRuntime(Protocol):
    def run(self) -> None: ...
class File:
    def close(self):
        return "closed"
class Person:
    name = "ann"
    def greet(self):
        return "hi " + self.name
class Robot:
    def greet(self):
        return "beep"
class CloseIsData:
    close = None
print(isinstance(File(), Closeable), isinstance(object(), Closeable), isinstance(CloseIsData(), Closeable))
print(issubclass(File, Closeable), issubclass(int, Closeable), issubclass(list, Sized2), isinstance("ab", Sized2))
print(isinstance(Person(), Named), isinstance(Robot(), Named))
r = Robot()
r.name = "r2"
print(isinstance(r, Named))
try:
    issubclass(Person, Named)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(File, NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Closeable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @runtime_checkable
    class Plain:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Mixed(Protocol, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ExplicitClose(Closeable):
    pass
ec = ExplicitClose()
print(isinstance(ec, Closeable), ec.close(), ExplicitClose.__mro__[1].__name__)
print(Closeable._is_protocol, getattr(File, "_is_protocol", "absent"), sorted(Named.__protocol_attrs__) if hasattr(Named, "__protocol_attrs__") else "-")
def close_all(objs):
    done = []
    for o in objs:
        if isinstance(o, Closeable):
            o.close()
            done.append(type(o).__name__)
        else:
            done.append(f"skip {type(o).__name__}")
    return done
print(close_all([File(), 3, ExplicitClose(), Person()]))
class Dynamic:
    pass
d = Dynamic()
print(isinstance(d, Closeable))
d.close = lambda: None
print(isinstance(d, Closeable))
class Dynamic2:
    pass
Dynamic2.close = lambda self: None
print(issubclass(Dynamic2, Closeable), isinstance(Dynamic2(), Closeable))
