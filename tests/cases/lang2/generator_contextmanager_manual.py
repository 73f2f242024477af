# A hand-written @contextmanager equivalent (no contextlib): generator-based managers with cleanup.
import functools
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(func):
    @functools.wraps(func)
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper
log = []
@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        log.append(f"ignored {type(e).__name__}")
@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e
with tag("html") as t1, tag("body") as t2:
    log.append(t1 + t2)
print(log)
log.clear()
with ignoring(ZeroDivisionError, KeyError):
    1 / 0
with ignoring(KeyError):
    {}["k"]
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    log.append(f"propagated {e}")
print(log)
try:
    with translating():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
print(tag.__name__, type(tag("x")).__name__)
