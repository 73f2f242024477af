# Inventory management with collections.Counter arithmetic and dict comprehensions.
from collections import Counter
stock = Counter({"apple": 10, "banana": 5, "cherry": 0, "date": 7})
orders = [Counter(apple=3, banana=2), Counter(banana=4, date=1), Counter(cherry=1, egg=2)]
for o in orders:
    short = o - stock
    if short:
        print("cannot fill", dict(o), "short:", dict(short))
    else:
        stock -= o
        print("filled", dict(o), "->", dict(stock))
print(stock, +stock, -Counter(a=-2, b=3), stock.total(), sorted(stock.elements())[:5])
restock = Counter(apple=5, banana=10, fig=3)
print(stock + restock, stock | restock, stock & restock, restock - stock)
stock.update(restock)
stock.subtract({"apple": 100})
print(stock, stock["missing"], "missing" in stock, stock.most_common(2), stock.most_common()[-1])
c = Counter("abracadabra")
print(c, c.most_common(3), list(c.elements())[:6], Counter(c.values()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=0) == Counter(), Counter(a=1) <= Counter(a=2, b=1))
low = {k: v for k, v in stock.items() if v < 5}
print(low, sorted(stock, key=stock.get), max(stock.values()), min(stock.items(), key=lambda kv: kv[1]))
del stock["fig"]
print(len(stock), list(stock))
