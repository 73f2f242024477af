# Custom exceptions carrying extra data.
class HTTPError(Exception):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def is_client_error(self):
        return 400 <= self.code < 500
errors = [HTTPError(404, "Not Found"), HTTPError(500), HTTPError(418, "I'm a teapot")]
for err in errors:
    try:
        raise err
    except HTTPError as e:
        print(e.code, e.reason, e.is_client_error(), e.args, str(e))
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "success"
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
