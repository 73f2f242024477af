# nonlocal state in decorators: rate limiting by count, call tracing with depth, and accumulators.
def limit(n):
    def deco(func):
        calls = 0
        def wrapper(*args):
            nonlocal calls
            if calls >= n:
                raise RuntimeError(f"{func.__name__} called more than {n} times")
            calls += 1
            return func(*args)
        def reset():
            nonlocal calls
            old, calls = calls, 0
            return old
        wrapper.reset = reset
        return wrapper
    return deco
@limit(2)
def ping(x):
    return f"pong {x}"
print(ping(1), ping(2))
try:
    ping(3)
except RuntimeError as e:
    print(type(e).__name__, e)
print(ping.reset(), ping(4))
def trace(func):
    depth = 0
    lines = []
    def wrapper(n):
        nonlocal depth
        lines.append("  " * depth + f"-> {func.__name__}({n})")
        depth += 1
        try:
            return func(n)
        finally:
            depth -= 1
    wrapper.lines = lines
    return wrapper
@trace
def fact(n):
    if n < 0:
        raise ValueError("negative")
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
print("\n".join(fact.lines))
fact.lines.clear()
try:
    fact(-1)
except ValueError:
    pass
print(fact(2), fact.lines)
def running():
    total = count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running()
print([avg(x) for x in [10, 20, 60]], avg.__code__.co_freevars)
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(outer())
