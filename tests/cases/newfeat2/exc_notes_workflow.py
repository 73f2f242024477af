# Exception notes: add_note in layers, __notes__ list, notes on groups, invalid notes.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        e = TypeError("age must be int")
        e.add_note(f"got {type(record.get('age')).__name__}")
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)
def import_all(records):
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            eg.add_note(f"while importing id={r.get('id')}")
            raise
try:
    import_all([{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}])
except ExceptionGroup as eg:
    print(eg, eg.__notes__)
    for ex in eg.exceptions:
        print(" ", type(ex).__name__, ex, getattr(ex, "__notes__", None))
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nmultiline")
print(e.__notes__)
notes = e.__notes__
e.add_note("third")
print(notes is e.__notes__, len(notes))
for bad in (5, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
class SubStr(str):
    pass
e.add_note(SubStr("subclass ok"))
print(e.__notes__[-1], type(e.__notes__[-1]).__name__)
e2 = ValueError()
e2.__notes__ = ("a", "b")
try:
    e2.add_note("c")
except TypeError as err:
    print(type(err).__name__, err)
del e2.__notes__
e2.add_note("fresh")
print(e2.__notes__)
def annotate(fn):
    def wrapper(*a):
        try:
            return fn(*a)
        except Exception as exc:
            exc.add_note(f"in {fn.__name__}{a}")
            raise
    return wrapper
@annotate
def divide(a, b):
    return a / b
@annotate
def compute(x):
    return divide(x, x - 1)
try:
    compute(1)
except ZeroDivisionError as exc:
    print(exc.__notes__)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__, err)
