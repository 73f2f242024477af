# Exceptions raised in __exit__ and in finally replace the original; the original becomes __context__.
class FailingClose:
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if self.fail_exit:
            raise OSError(f"close {self.name} failed")
        return False
def run(body_exc, fail_exit):
    try:
        with FailingClose("f", fail_exit):
            if body_exc:
                raise body_exc
            return "ok"
    except Exception as e:
        ctx = e.__context__
        return f"{type(e).__name__}({e}) ctx={type(ctx).__name__ if ctx else None}"
print(run(None, False))
print(run(ValueError("body"), False))
print(run(None, True))
print(run(ValueError("body"), True))
def finally_raises():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("cleanup")
try:
    finally_raises()
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def handler_raises():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("while handling")
try:
    handler_raises()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def nested_exits():
    order = []
    class CM:
        def __init__(self, n, action):
            self.n, self.action = n, action
        def __enter__(self):
            order.append(f"enter {self.n}")
        def __exit__(self, et, ev, tb):
            order.append(f"exit {self.n} saw {et.__name__ if et else None}")
            if self.action == "suppress":
                return True
            if self.action == "raise":
                raise LookupError(f"from exit {self.n}")
    with CM(1, "suppress"), CM(2, None), CM(3, "raise"):
        raise TypeError("body")
    return order
print(nested_exits())
class ExitReturnsTruthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with ExitReturnsTruthy():
    raise ZeroDivisionError
print("suppressed by truthy string")
