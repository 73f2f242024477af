# A vending machine with state classes, coins as an Enum, exceptions for invalid operations.
from enum import IntEnum
class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
class VendingError(Exception):
    pass
class SoldOut(VendingError):
    pass
class State:
    def insert(self, m, coin):
        raise VendingError(f"cannot insert in {type(self).__name__}")
    def select(self, m, item):
        raise VendingError(f"cannot select in {type(self).__name__}")
    def refund(self, m):
        return []
class Idle(State):
    def insert(self, m, coin):
        m.credit += coin
        m.state = HasCredit()
class HasCredit(State):
    def insert(self, m, coin):
        m.credit += coin
    def select(self, m, item):
        if m.stock.get(item, 0) == 0:
            raise SoldOut(f"{item} is sold out")
        price = m.prices[item]
        if m.credit < price:
            raise VendingError(f"{item} costs {price}, credit is {m.credit}")
        m.stock[item] -= 1
        m.credit -= price
        change = m.make_change()
        m.state = Idle()
        return item, change
    def refund(self, m):
        change = m.make_change()
        m.state = Idle()
        return change
class Machine:
    def __init__(self):
        self.prices = {"cola": 65, "chips": 50, "gum": 15}
        self.stock = {"cola": 1, "chips": 3, "gum": 0}
        self.credit, self.state = 0, Idle()
    def make_change(self):
        out = []
        for c in sorted(Coin, reverse=True):
            while self.credit >= c:
                self.credit -= c
                out.append(c.name)
        return out
    def do(self, action, *args):
        try:
            return getattr(self.state, action)(self, *args)
        except SoldOut as e:
            return f"sold out: {e}"
        except VendingError as e:
            return f"error: {e}"
m = Machine()
script = [("select", "cola"), ("insert", Coin.QUARTER), ("insert", Coin.QUARTER), ("select", "cola"),
          ("insert", Coin.QUARTER), ("select", "cola"), ("insert", Coin.DIME), ("insert", Coin.QUARTER), ("insert", Coin.QUARTER),
          ("insert", Coin.QUARTER), ("select", "cola"), ("select", "gum"), ("refund",), ("refund",), ("insert", Coin.NICKEL)]
for step in script:
    print(step[0], [a.name if isinstance(a, Coin) else a for a in step[1:]], "->", m.do(*step), "| credit", m.credit, type(m.state).__name__)
print(m.stock, sum(Coin), Coin.DIME * 3, Coin(25).name, max(Coin).name)
