# An HTTP-style error hierarchy with class attributes, __str__, __reduce__-free args handling and mapping.
class HTTPError(Exception):
    status = 500
    reason = "Internal Server Error"
    def __init__(self, detail=None, *, headers=None):
        super().__init__(detail or self.reason)
        self.detail = detail
        self.headers = headers or {}
    def __str__(self):
        return f"{self.status} {self.reason}" + (f": {self.detail}" if self.detail else "")
    def to_response(self):
        return {"status": self.status, "body": str(self), "headers": dict(self.headers)}
class ClientError(HTTPError):
    status, reason = 400, "Bad Request"
class NotFound(ClientError):
    status, reason = 404, "Not Found"
class MethodNotAllowed(ClientError):
    status, reason = 405, "Method Not Allowed"
    def __init__(self, allowed):
        super().__init__(f"allowed: {', '.join(allowed)}", headers={"Allow": ",".join(allowed)})
class Unavailable(HTTPError):
    status, reason = 503, "Service Unavailable"
ROUTES = {("GET", "/"): lambda: "home", ("GET", "/boom"): lambda: 1 / 0, ("POST", "/items"): lambda: "created",
          ("GET", "/maint"): lambda: (_ for _ in ()).throw(Unavailable(headers={"Retry-After": "60"}))}
def dispatch(method, path):
    try:
        handler = ROUTES.get((method, path))
        if handler is None:
            allowed = sorted(m for m, p in ROUTES if p == path)
            if allowed:
                raise MethodNotAllowed(allowed)
            raise NotFound(path)
        return {"status": 200, "body": handler()}
    except HTTPError as e:
        return e.to_response()
    except Exception as e:
        return HTTPError(f"{type(e).__name__}").to_response()
for req in [("GET", "/"), ("GET", "/missing"), ("DELETE", "/items"), ("GET", "/boom"), ("GET", "/maint"), ("POST", "/items")]:
    print(req, dispatch(*req))
e = NotFound()
print(repr(e), e.args, str(e), isinstance(e, ClientError), NotFound.__mro__[3].__name__)
print(repr(MethodNotAllowed(["GET"])), MethodNotAllowed(["GET"]).args)
try:
    raise ClientError
except HTTPError as err:
    print(type(err).__name__, err, err.args, err.detail)
