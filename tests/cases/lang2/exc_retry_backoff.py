# Retry logic with a custom exception hierarchy: transient vs permanent errors, attempts, chaining.
class ServiceError(Exception):
    def __init__(self, msg, *, code=None):
        super().__init__(msg)
        self.code = code
class TransientError(ServiceError):
    pass
class RateLimited(TransientError):
    def __init__(self, retry_after):
        super().__init__(f"rate limited, retry after {retry_after}s", code=429)
        self.retry_after = retry_after
class PermanentError(ServiceError):
    pass
class RetriesExhausted(Exception):
    pass
def retry(func, attempts=4, delays=(1, 2, 4, 8)):
    waited = []
    last = None
    for i in range(attempts):
        try:
            result = func(i)
        except RateLimited as e:
            waited.append(e.retry_after)
            last = e
        except TransientError as e:
            waited.append(delays[i])
            last = e
        except PermanentError:
            raise
        else:
            return result, waited
    raise RetriesExhausted(f"gave up after {attempts} attempts (waited {sum(waited)}s)") from last
def flaky(outcomes):
    def call(i):
        o = outcomes[i]
        if isinstance(o, Exception):
            raise o
        return o
    return call
scenarios = {
    "ok-first": [ "data"],
    "ok-third": [TransientError("timeout"), RateLimited(3), "data"],
    "permanent": [TransientError("timeout"), PermanentError("not found", code=404)],
    "exhausted": [TransientError("t1"), RateLimited(5), TransientError("t3"), TransientError("t4")],
}
for name, outcomes in scenarios.items():
    try:
        print(name, retry(flaky(outcomes)))
    except PermanentError as e:
        print(name, "permanent:", e, e.code)
    except RetriesExhausted as e:
        cause = e.__cause__
        print(name, type(e).__name__, e, "| cause:", type(cause).__name__, cause, cause.code)
        print("  context is cause:", e.__context__ is cause, e.__suppress_context__)
print([c.__name__ for c in RateLimited.__mro__])
e = RateLimited(7)
print(e.args, str(e), e.code, e.retry_after, repr(e))
