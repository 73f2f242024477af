# Collecting validation errors into an ExceptionGroup and handling them with except*.
class FieldError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class MissingField(FieldError):
    pass
def validate_user(data):
    errors = []
    for f in ("name", "age", "email"):
        if f not in data:
            errors.append(MissingField(f, "required"))
    if "age" in data:
        if not isinstance(data["age"], int):
            errors.append(TypeError(f"age must be int, not {type(data['age']).__name__}"))
        elif data["age"] < 0:
            errors.append(FieldError("age", "must be >= 0"))
    if "@" not in data.get("email", "@"):
        errors.append(FieldError("email", "invalid address"))
    if errors:
        raise ExceptionGroup(f"invalid user {data.get('name', '?')!r}", errors)
    return "valid"
records = [
    {"name": "ann", "age": 30, "email": "a@x"},
    {"name": "bob", "age": -1, "email": "bob"},
    {"age": "old"},
    {"name": "cy", "age": 5},
]
for rec in records:
    try:
        print(validate_user(rec))
    except* MissingField as eg:
        print("missing:", sorted(e.field for e in eg.exceptions))
    except* FieldError as eg:
        print("field errors:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])
try:
    validate_user({"email": "x"})
except ExceptionGroup as eg:
    print(eg, len(eg.exceptions))
    match, rest = eg.split(MissingField)
    print(len(match.exceptions), rest.exceptions if rest else None)
    sub = eg.subgroup(lambda e: isinstance(e, FieldError) and e.field == "name")
    print(sub.exceptions, sub.message)
    print(eg.subgroup(KeyError))
def report_all(batch):
    bad = []
    for i, rec in enumerate(batch):
        try:
            validate_user(rec)
        except ExceptionGroup as eg:
            eg.add_note(f"record #{i}")
            bad.append(eg)
    if bad:
        raise ExceptionGroup("batch failed", bad)
try:
    report_all(records)
except* MissingField as eg:
    print("nested missing:", [(g.__notes__, [e.field for e in g.exceptions]) for g in eg.exceptions])
except* ValueError as eg:
    print("nested other:", len(eg.exceptions))
except* TypeError as eg:
    print("nested type:", [[str(e) for e in g.exceptions] for g in eg.exceptions], eg.exceptions[0].__notes__)
