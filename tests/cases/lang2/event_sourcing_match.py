# Event sourcing: dataclass events applied to an aggregate with match, invariants raising errors.
from dataclasses import dataclass, field
@dataclass(frozen=True)
class Opened:
    account: str
    owner: str
@dataclass(frozen=True)
class Deposited:
    account: str
    amount: int
@dataclass(frozen=True)
class Withdrawn:
    account: str
    amount: int
@dataclass(frozen=True)
class Closed:
    account: str
class DomainError(Exception):
    pass
@dataclass
class Account:
    id: str = ""
    owner: str = ""
    balance: int = 0
    open: bool = False
    version: int = 0
    history: list = field(default_factory=list)
    def apply(self, event):
        match event:
            case Opened(account=aid, owner=owner) if not self.open and not self.id:
                self.id, self.owner, self.open = aid, owner, True
            case Opened():
                raise DomainError(f"account {self.id} already opened")
            case _ if not self.open:
                raise DomainError(f"account {self.id or '?'} is not open")
            case Deposited(amount=a) if a <= 0:
                raise DomainError(f"invalid deposit {a}")
            case Deposited(amount=a):
                self.balance += a
            case Withdrawn(amount=a) if a > self.balance:
                raise DomainError(f"insufficient funds: {self.balance} < {a}")
            case Withdrawn(amount=a):
                self.balance -= a
            case Closed() if self.balance:
                raise DomainError(f"cannot close with balance {self.balance}")
            case Closed():
                self.open = False
            case other:
                raise TypeError(f"unknown event {other!r}")
        self.version += 1
        self.history.append(type(event).__name__)
        return self
def replay(events):
    acc = Account()
    for ev in events:
        try:
            acc.apply(ev)
        except (DomainError, TypeError) as e:
            print(f"  rejected {type(ev).__name__}: {type(e).__name__}: {e}")
    return acc
stream = [Deposited("A", 5), Opened("A", "ann"), Deposited("A", 100), Withdrawn("A", 30), Withdrawn("A", 500),
          Opened("A", "bob"), Deposited("A", -3), Closed("A"), Withdrawn("A", 70), Closed("A"), Deposited("A", 1), "junk"]
acc = replay(stream)
print(acc)
print(acc.history, acc.version)
print(replay([Opened("B", "bo"), Deposited("B", 10)]).balance)
