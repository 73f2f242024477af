# Closure-based factories: counters, bank accounts with shared private state, and memoizing builders.
def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance
    def statement():
        return f"{owner}: {balance} after {len(history)} ops {history}"
    return deposit, withdraw, statement
dep, wd, stmt = make_account("ann", 100)
dep2, wd2, stmt2 = make_account("bob")
print(dep(50), wd(30), dep2(5))
for f, amt in [(wd, 500), (dep, -1), (wd2, 6)]:
    try:
        f(amt)
    except ValueError as e:
        print(type(e).__name__, e)
print(stmt())
print(stmt2())
print(sorted(c for c in dep.__code__.co_freevars), [type(c.cell_contents).__name__ for c in dep.__closure__])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
inc.__closure__[0].cell_contents = 100
print(get(), inc())
def make_adders():
    adders = {}
    for n in (1, 5, 10):
        def adder(x, n=n):
            return x + n
        adders[n] = adder
    return adders
print({k: v(100) for k, v in make_adders().items()})
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "∘".join(f.__name__ for f in fns)
    return composed
def double(x): return x * 2
def succ(x): return x + 1
h = compose(double, succ, abs)
print(h(-5), h.__name__, compose()(7))
