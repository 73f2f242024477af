# inspect as real programs use it: type-checking decorators, dispatch by parameter
# names, dependency injection, registries keyed by signature.
import functools
import inspect


def typechecked(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            kind = sig.parameters[name].kind
            if ann is inspect.Parameter.empty or kind in (inspect.Parameter.VAR_POSITIONAL,
                                                          inspect.Parameter.VAR_KEYWORD):
                continue
            if not isinstance(value, ann):
                raise TypeError(f'{name} must be {ann.__name__}, got {type(value).__name__}')
        result = func(*args, **kwargs)
        if sig.return_annotation is not sig.empty and not isinstance(result, sig.return_annotation):
            raise TypeError('bad return value')
        return result
    return wrapper


@typechecked
def scale(value: int, factor: float = 2.0, *, label: str = 'x') -> str:
    return f'{label}={value * factor}'


print(scale(3))
print(scale(3, 1.5, label='y'))
for args, kwargs in [((3.0,), {}), ((3, 'a'), {}), ((), {}), ((1, 2.0, 3), {}), ((1,), {'label': 5})]:
    try:
        scale(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(inspect.signature(scale))
print(scale.__wrapped__.__name__, inspect.unwrap(scale).__name__)

print('--- dependency injection by parameter name')
services = {'db': 'DB', 'cache': 'CACHE', 'log': 'LOG'}


def inject(func, **overrides):
    kwargs = {}
    for name, param in inspect.signature(func).parameters.items():
        if name in overrides:
            kwargs[name] = overrides[name]
        elif name in services:
            kwargs[name] = services[name]
        elif param.default is param.empty:
            raise LookupError(f'cannot provide {name!r}')
    return func(**kwargs)


def handler(db, log, retries=3):
    return (db, log, retries)


class Service:
    def __init__(self, cache, db, name='svc'):
        self.deps = (cache, db, name)


print(inject(handler))
print(inject(handler, retries=5))
print(inject(Service).deps)
try:
    inject(lambda missing: None)
except LookupError as e:
    print('LookupError:', e)

print('--- command dispatch')


class Commands:
    def add(self, a: int, b: int = 0):
        """Add two numbers."""
        return a + b

    def greet(self, *names, greeting='hello'):
        """Greet everyone."""
        return ' '.join(f'{greeting} {n}' for n in names)

    def _private(self):
        pass


def usage(obj):
    for name, meth in inspect.getmembers(obj, inspect.ismethod):
        if name.startswith('_'):
            continue
        print(f'  {name}{inspect.signature(meth)}  -- {inspect.getdoc(meth)}')


usage(Commands())


def call(obj, line):
    name, *words = line.split()
    meth = getattr(obj, name)
    sig = inspect.signature(meth)
    args = []
    kwargs = {}
    for w in words:
        if '=' in w:
            k, v = w.split('=', 1)
            kwargs[k] = v
        else:
            args.append(w)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        return f'error: {e}'
    for pname, value in list(bound.arguments.items()):
        ann = sig.parameters[pname].annotation
        if ann is int:
            bound.arguments[pname] = int(value)
    return meth(*bound.args, **bound.kwargs)


for line in ['add 1 2', 'add 5', 'add', 'add 1 2 3', 'greet ann bob greeting=hi', 'greet x', 'add b=3 a=4', 'add c=1 a=1']:
    print(f'  {line!r} -> {call(Commands(), line)!r}')

print('--- registry keyed by arity')
registry = {}


def register(func):
    params = inspect.signature(func).parameters.values()
    required = sum(1 for p in params if p.default is p.empty and p.kind in
                   (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
    registry.setdefault(required, []).append(func.__name__)
    return func


@register
def zero(): pass
@register
def one(a, b=1): pass
@register
def two(a, /, b, *, c=1): pass
@register
def also_one(x, *rest, **kw): pass


print(sorted(registry.items()))

print('--- caller introspection')


def who_called():
    caller = inspect.stack()[1]
    return caller.function, caller.code_context[0].strip()


def some_function():
    return who_called()


print(some_function())
print(who_called())


def log_locals():
    frame = inspect.currentframe().f_back
    info = inspect.getframeinfo(frame)
    return info.function, sorted(frame.f_locals)


def busy(a, b):
    c = a + b
    return log_locals()


print(busy(1, 2))
