# `type` alias statements: lazy evaluation, recursive JSON type, generic aliases and introspection.
type JSON = dict[str, JSON] | list[JSON] | str | int | float | bool | None
type Pair[T] = tuple[T, T]
type Later = Undefined
type Handler[**P] = "Callable[P, None]"
def validate(value, depth=0):
    match value:
        case None | bool() | int() | float() | str():
            return 1
        case list():
            return 1 + sum(validate(v, depth + 1) for v in value)
        case dict():
            for k in value:
                if not isinstance(k, str):
                    raise TypeError(f"JSON keys must be str, got {type(k).__name__}")
            return 1 + sum(validate(v, depth + 1) for v in value.values())
        case _:
            raise TypeError(f"not JSON: {type(value).__name__}")
doc: JSON = {"a": [1, 2, {"b": None}], "c": "x"}
print(validate(doc))
for bad in [{1: 2}, [1, {3.5}], {"k": (1, 2)}]:
    try:
        validate(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(JSON.__name__, type(JSON).__name__, JSON.__type_params__, Pair.__type_params__)
print(JSON.__value__ == (dict[str, JSON] | list[JSON] | str | int | float | bool | None))
print(Pair.__value__, Pair[int], Pair[int].__args__, Pair[int].__origin__ is Pair)
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Undefined = list[str]
print(Later.__value__)
print(Handler.__value__, Handler.__type_params__)
try:
    JSON[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    JSON.__value__ = int
except AttributeError as e:
    print(type(e).__name__, e)
def local_alias():
    type Row = tuple[int, str]
    rows: list[Row] = [(1, "a")]
    return Row, rows
R, rows = local_alias()
print(R, R.__value__, rows, R.__module__)
print(isinstance(doc, dict), repr(JSON))
