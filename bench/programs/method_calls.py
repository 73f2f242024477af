# Method calls and attribute access on many small objects: an inventory of
# items in a class hierarchy (overridden and inherited methods, super()),
# properties with setters, class attributes and classmethods/staticmethods,
# __slots__ classes, bound-method calls through a dispatch table, __eq__ /
# __lt__ / __hash__ special methods used by sorting and dicts, __len__ and
# __iter__ on a container class.


class Money(object):
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def scale(self, factor_permille):
        return Money(self.cents * factor_permille // 1000)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __str__(self):
        return "%d.%02d" % divmod(self.cents, 100)


class Item(object):
    category = "generic"
    tax_permille = 200
    created = 0

    def __init__(self, name, price, quantity):
        self.name = name
        self._price = Money(price)
        self.quantity = quantity
        Item.created += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value.cents < 0:
            raise ValueError("negative price")
        self._price = value

    @property
    def total(self):
        return Money(self.price.cents * self.quantity)

    def tax(self):
        return self.total.scale(self.tax_permille)

    def gross(self):
        return self.total + self.tax()

    def restock(self, n):
        self.quantity += n
        return self

    def describe(self):
        return "%s[%s] x%d @ %s" % (self.name, self.category, self.quantity, self.price)

    @classmethod
    def from_code(cls, code):
        name, price, qty = code.split(":")
        return cls(name, int(price), int(qty))

    @staticmethod
    def code_of(name, cents, qty):
        return "%s:%d:%d" % (name, cents, qty)

    def sort_key(self):
        return (self.category, self.name)


class Food(Item):
    category = "food"
    tax_permille = 70

    def __init__(self, name, price, quantity, shelf_days=7):
        super().__init__(name, price, quantity)
        self.shelf_days = shelf_days

    def age(self):
        self.shelf_days -= 1
        if self.shelf_days <= 0:
            self.price = self.price.scale(500)
            self.shelf_days = 7
        return self.shelf_days


class Book(Item):
    category = "book"
    tax_permille = 0

    def describe(self):
        return "Book: " + super().describe()


class Gadget(Item):
    category = "gadget"

    def tax(self):
        base = super().tax()
        return base + Money(99) if self.quantity > 10 else base


class Inventory(object):
    def __init__(self):
        self.items = []
        self.by_name = {}

    def add(self, item):
        self.items.append(item)
        self.by_name[item.name] = item

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, name):
        return name in self.by_name

    def value(self):
        total = Money(0)
        for item in self:
            total = total + item.gross()
        return total


class Counter(object):
    __slots__ = ("hits", "misses")

    def __init__(self):
        self.hits = 0
        self.misses = 0

    def hit(self):
        self.hits += 1

    def miss(self):
        self.misses += 1


def build(n, seed):
    inv = Inventory()
    kinds = [Food, Book, Gadget, Item]
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        cls = kinds[x % 4]
        code = Item.code_of("%s%d" % (cls.category[:2], i), 100 + (x >> 8) % 5000, 1 + (x >> 4) % 20)
        inv.add(cls.from_code(code))
    return inv


def main():
    checksum = 0
    inv = build(4000, 17)
    counter = Counter()
    actions = {"food": Food.age, "gadget": lambda g: g.restock(1).quantity,
               "book": Book.describe, "generic": Item.gross}
    for day in range(120):
        for item in inv:
            action = actions[item.category]
            action(item)
            if item.quantity % 3 == 0:
                counter.hit()
            else:
                counter.miss()
        v = inv.value()
        if day % 20 == 0:
            print("day %3d: value %s, items %d" % (day, v, len(inv)))
        checksum = (checksum * 31 + v.cents) % 1000000007
    ordered = sorted(inv, key=Item.sort_key)
    print(ordered[0].describe())
    print(ordered[-1].describe())
    cheapest = min(item.price for item in inv)
    dearest = max(item.price for item in inv)
    distinct = len({item.price for item in inv})
    print("cheapest %s dearest %s distinct prices %d" % (cheapest, dearest, distinct))
    print("hits %d misses %d created %d" % (counter.hits, counter.misses, Item.created))
    print("contains", inv.items[7].name in inv, "zz9" in inv)
    try:
        ordered[0].price = Money(-1)
    except ValueError as e:
        print("setter refused:", e)
    checksum = (checksum + counter.hits * 3 + distinct + cheapest.cents + dearest.cents) % 1000000007
    print("method_calls checksum", checksum)


main()
