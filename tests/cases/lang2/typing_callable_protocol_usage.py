# Callable annotations, Protocols and NewType in a small plugin/event system; annotations are inspected.
from typing import Callable, Protocol, NewType, Any, get_type_hints, TypeVar, Generic, Optional
UserId = NewType("UserId", int)
Handler = Callable[[str, dict[str, Any]], Optional[str]]
class Listener(Protocol):
    def __call__(self, event: str, payload: dict[str, Any]) -> Optional[str]: ...
class Bus:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Handler]] = {}
    def on(self, event: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event: str, **payload: Any) -> list[str]:
        return [r for h in self.handlers.get(event, []) if (r := h(event, payload)) is not None]
bus = Bus()
@bus.on("login")
def greet(event: str, payload: dict[str, Any]) -> Optional[str]:
    return f"welcome user {payload['uid']}"
@bus.on("login")
def audit(event, payload):
    return None if payload.get("quiet") else f"audit {event}"
print(bus.emit("login", uid=UserId(42)), bus.emit("login", uid=1, quiet=True), bus.emit("logout"))
uid = UserId(7)
print(uid, type(uid).__name__, UserId.__name__, UserId.__supertype__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(get_type_hints(greet))
print(Bus.emit.__annotations__)
print(get_type_hints(Bus.__init__))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int](3).item, Box.__parameters__, Box[int].__args__, T.__name__, repr(T))
def takes_listener(l: Listener) -> str:
    return l("evt", {}) or "none"
print(takes_listener(greet.__class__ and audit))
print(Handler, Handler.__args__[:2] if hasattr(Handler, "__args__") else None)
print(Optional[str] == (str | None), repr(Any), Callable[[], None])
