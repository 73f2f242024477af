# Class-based decorators with state: call counting, memoization with stats, and method decoration.
import functools
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)
class Memo:
    def __init__(self, maxsize):
        self.maxsize = maxsize
    def __call__(self, func):
        cache, stats = {}, {"hits": 0, "misses": 0}
        @functools.wraps(func)
        def wrapper(*args):
            if args in cache:
                stats["hits"] += 1
                return cache[args]
            stats["misses"] += 1
            result = func(*args)
            if len(cache) >= self.maxsize:
                cache.pop(next(iter(cache)))
            cache[args] = result
            return result
        wrapper.stats = stats
        wrapper.cache = cache
        return wrapper
@CountCalls
def greet(name, punct="!"):
    "Say hello."
    return f"hello {name}{punct}"
print(greet("ann"), greet("bob", punct="?"), greet.count)
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
@Memo(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.stats, sorted(fib.cache))
print(fib.__name__)
class Account:
    def __init__(self, balance):
        self.balance = balance
    @CountCalls
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        return self.balance
a, b = Account(10), Account(0)
print(a.deposit(5), b.deposit(1), a.deposit(2))
try:
    a.deposit(-1)
except ValueError as e:
    print(e)
print(Account.deposit.count, type(Account.deposit).__name__, a.balance, b.balance)
