# BaseException subclasses bypass `except Exception`: a shutdown signal unwinding through layers.
class Shutdown(BaseException):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason
log = []
def handler(req):
    if req == "shutdown":
        raise Shutdown("admin requested")
    if req == "bad":
        raise ValueError("bad request")
    return f"ok {req}"
def middleware(req):
    try:
        return handler(req)
    except Exception as e:
        log.append(f"middleware caught {type(e).__name__}")
        return "500"
    finally:
        log.append(f"middleware finally {req}")
def server(requests):
    served = []
    try:
        for r in requests:
            served.append(middleware(r))
    except Shutdown as s:
        log.append(f"server stopping: {s.reason}")
    else:
        log.append("served all")
    return served
print(server(["a", "bad", "b"]))
print(server(["c", "shutdown", "never"]))
print(log)
def catch_all():
    try:
        raise Shutdown("x")
    except:
        return "bare except catches BaseException"
print(catch_all())
for exc in (SystemExit(2), KeyboardInterrupt(), GeneratorExit(), Shutdown("y")):
    try:
        try:
            raise exc
        except Exception:
            print("should not happen")
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
print(SystemExit(1, 2).code, SystemExit("msg").code, SystemExit(None).code)
