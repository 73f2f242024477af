# An uncaught exception class defined inside another class: traceback shows its qualified name.
class Inventory:
    class OutOfStock(Exception):
        pass
    def __init__(self):
        self.stock = {"apple": 2, "pear": 0}
    def take(self, item, n=1):
        have = self.stock.get(item, 0)
        if have < n:
            raise self.OutOfStock(f"only {have} {item}(s) left, wanted {n}")
        self.stock[item] = have - n
        return self.stock[item]
inv = Inventory()
print(inv.take("apple"))
try:
    inv.take("pear")
except Inventory.OutOfStock as e:
    print(type(e).__name__, type(e).__qualname__, e)
print(inv.take("apple"))
inv.take("apple", 3)
