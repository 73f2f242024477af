# Overriding parts of an inherited property in subclasses: setter-only override, getter extension.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"balance cannot be negative: {v}")
        self._balance = v
class Overdraft(Account):
    LIMIT = 100
    @Account.balance.setter
    def balance(self, v):
        if v < -self.LIMIT:
            raise ValueError(f"overdraft limit exceeded: {v}")
        self._balance = v
class Audited(Account):
    def __init__(self, balance):
        self.log = []
        super().__init__(balance)
    @property
    def balance(self):
        self.log.append("read")
        return super().balance
    @balance.setter
    def balance(self, v):
        self.log.append(f"write {v}")
        Account.balance.fset(self, v)
a = Account(10)
for cls in (Account, Overdraft, Audited):
    obj = cls(5)
    for v in (-50, -500):
        try:
            obj.balance = v
            print(cls.__name__, "set", obj.balance)
        except ValueError as e:
            print(cls.__name__, type(e).__name__, e)
au = Audited(1)
au.balance += 4
print(au.balance, au.log)
print(Overdraft.balance.fget is Account.balance.fget, Overdraft.balance is Account.balance)
print(Audited.balance.fget.__qualname__, Overdraft.balance.fset.__qualname__)
class ReadOnlyView(Account):
    balance = property(Account.balance.fget)
r = ReadOnlyView.__new__(ReadOnlyView)
r._balance = 7
print(r.balance)
try:
    r.balance = 8
except AttributeError as e:
    print(type(e).__name__, e)
class Plain(Account):
    balance = 3
p = Plain.__new__(Plain)
print(p.balance)
p.balance = -100
print(p.balance, vars(p))
