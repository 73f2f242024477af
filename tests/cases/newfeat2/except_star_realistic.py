# except* in a request handler: grouped validation/IO errors, handlers run once per matching type.
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class RetryableIO(OSError):
    pass
def process(request):
    errs = []
    for field in ("name", "email", "age"):
        if field not in request:
            errs.append(ValidationError(field, "missing"))
    if request.get("storage") == "down":
        errs.append(RetryableIO("storage unavailable"))
    if request.get("quota", 0) < 0:
        errs.append(ArithmeticError("quota underflow"))
    if errs:
        raise ExceptionGroup("request failed", errs)
    return "ok"
def handle(request):
    report = []
    try:
        report.append(process(request))
    except* ValidationError as eg:
        report.append(("invalid", sorted(e.field for e in eg.exceptions)))
    except* OSError as eg:
        report.append(("retry", len(eg.exceptions), type(eg).__name__))
    except* ArithmeticError:
        report.append("math")
    else:
        report.append("else ran")
    finally:
        report.append("finally")
    return report
print(handle({"name": 1, "email": 2, "age": 3}))
print(handle({"name": 1}))
print(handle({"name": 1, "email": 2, "age": 3, "storage": "down", "quota": -1}))
print(handle({"storage": "down"}))
def naked():
    out = None
    try:
        raise KeyError("solo")
    except* KeyError as eg:
        out = type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions]
    return out
print(naked())
def nested_groups():
    seen = []
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("mid", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError as eg:
        seen.append(repr(eg))
    except* TypeError as eg:
        seen.append(repr(eg))
    return seen
print(nested_groups())
def reraise_part():
    try:
        try:
            raise ExceptionGroup("g", [ValueError("a"), KeyError("b")])
        except* ValueError:
            raise
    except ExceptionGroup as eg:
        return repr(eg)
    return None
print(reraise_part())
