# Reusable validating descriptors with __set_name__, used by several model classes.
class Validator:
    def __set_name__(self, owner, name):
        self.public, self.private = name, "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public}: expected a number, got {value!r}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}: expected >= {self.minvalue}, got {value!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}: expected <= {self.maxvalue}, got {value!r}")
class OneOf(Validator):
    def __init__(self, *options):
        self.options = options
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: {value!r} not in {self.options}")
class String(Validator):
    def __init__(self, maxsize=10):
        self.maxsize = maxsize
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public}: expected str")
        if len(value) > self.maxsize:
            raise ValueError(f"{self.public}: too long ({len(value)} > {self.maxsize})")
class Component:
    name = String(8)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    price = Number(0, 1000)
    def __init__(self, name, kind, quantity, price):
        self.name, self.kind, self.quantity, self.price = name, kind, quantity, price
    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity}, {self.price})"
print(Component("bolt", "metal", 5, 0.25))
cases = [("widget", "metal", 5, 1), ("gizmo", "wood", -1, 2), ("toolongname", "wood", 1, 1),
         ("nut", "glass", 1, 1), ("pin", "metal", True, 1), ("cap", "plastic", 3, 1001), (7, "wood", 1, 1)]
for args in cases:
    try:
        print(Component(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = Component("axle", "metal", 2, 9.5)
print(sorted(vars(c)), type(Component.price).__name__, Component.kind.options)
c.quantity += 3
print(c.quantity, c._quantity)
