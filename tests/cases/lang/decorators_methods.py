# Decorators on methods: staticmethod/classmethod/property stacking and evaluation time.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  call {fn.__qualname__}{args[1:] if args and not isinstance(args[0], (int, str)) else args}")
        return fn(*args, **kwargs)
    return wrapper
class Account:
    rate = 2
    def __init__(self, balance):
        self._balance = balance
    @property
    @trace
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @classmethod
    @trace
    def with_bonus(cls, amount):
        return cls(amount * cls.rate)
    @staticmethod
    @trace
    def validate(x):
        return x > 0
print(Account(5).balance)
a = Account.with_bonus(10)
print(a.balance)
a.balance = 3
print(a._balance)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(Account.validate(3), a.validate(-1))
print(Account.with_bonus.__name__, Account.validate.__name__, Account.balance.fget.__name__)
print(type(Account.__dict__["with_bonus"]).__name__, type(Account.__dict__["validate"]).__name__)
def deco_with_args(prefix):
    print("  decorator factory called with", prefix)
    def deco(fn):
        print("  decorating", fn.__name__)
        return lambda *a: prefix + str(fn(*a))
    return deco
class Late:
    print("class body start")
    @deco_with_args(">")
    def m(self):
        return 1
    print("class body end")
print(Late().m())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
