# Type dispatch with isinstance over tuples and X | Y unions in a serializer.
def serialize(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, (str, bytes)):
        return '"' + (v.decode() if isinstance(v, bytes) else v) + '"'
    if isinstance(v, dict):
        inner = [f"{pad}  {serialize(k)}: {serialize(x, indent + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(v, list | tuple | set | frozenset):
        items = sorted(v) if isinstance(v, set | frozenset) else v
        return "[" + ", ".join(serialize(x, indent) for x in items) + "]"
    raise TypeError(f"cannot serialize {type(v).__name__}")
doc = {"a": 1, "b": [True, None, 2.5, "s"], "c": {"d": (1, 2), "e": {3, 1, 2}}, "f": b"raw"}
print(serialize(doc))
try:
    serialize({"x": object()})
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (bytes, (int,)))), isinstance(1.0, int | None), isinstance(None, int | None))
print(isinstance([], ()), issubclass(bool, int | str), issubclass(int, (float, complex)), issubclass(type, object), isinstance(int, type))
u = int | str
print(u, type(u).__name__, u.__args__, (int | str) == (str | int), int | int, list[int] | None)
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
for obj in [Animal(), Dog(), Puppy(), 5]:
    print(type(obj).__name__, isinstance(obj, Dog), isinstance(obj, (Puppy, Animal)), isinstance(obj, Dog | int), type(obj) is Dog)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, (int, Dog)), Puppy.__mro__[1].__name__)
for bad in [lambda: isinstance(1, 5), lambda: isinstance(1, (int, "str")), lambda: issubclass(5, int), lambda: isinstance(1, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
