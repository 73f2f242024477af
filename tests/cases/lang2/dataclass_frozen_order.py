# Frozen, ordered dataclasses used as dict keys, sorted records and immutable value objects.
from dataclasses import dataclass, field, FrozenInstanceError, astuple
@dataclass(frozen=True, order=True)
class Money:
    currency: str
    cents: int
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.currency, self.cents + other.cents)
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, compare=False, repr=False)
m = Money("EUR", 1050) + Money("EUR", 275)
print(m, repr(m))
try:
    m.cents = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del m.currency
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Money("EUR", 1) + Money("USD", 1)
except ValueError as e:
    print(e)
wallet = {Money("EUR", 100): "coin", Money("USD", 100): "bill"}
print(wallet[Money("USD", 100)])
print(sorted([Money("USD", 5), Money("EUR", 900), Money("EUR", 5)]))
print(Money("A", 1) < Money("A", 2), Money("B", 0) > Money("A", 99), astuple(m))
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "coffee")]
tasks.sort()
print([t.name for t in tasks])
print(Task(1, "a") == Task(1, "b"), tasks[0])
try:
    Task(1, "x") < Money("A", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Task(1, "x"))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Money("EUR", 5)) == hash(Money("EUR", 5)))
try:
    @dataclass(frozen=True)
    class Child(Task):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)
