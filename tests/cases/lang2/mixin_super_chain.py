# Cooperative mixins: every __init__ and method uses super() and passes **kwargs along.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            print("Base leftover kwargs:", sorted(kwargs))
        self.log = []
        super().__init__()
    def describe(self):
        return ["Base"]
class TimestampMixin(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.log.append("timestamp")
    def describe(self):
        return ["Timestamp"] + super().describe()
class NamedMixin(Base):
    def __init__(self, *, name="anon", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("named")
    def describe(self):
        return ["Named"] + super().describe()
class JsonMixin:
    def to_json(self):
        keys = [k for k in vars(self) if k != "log"]
        return "{" + ", ".join(f'"{k}": {getattr(self, k)!r}' for k in keys) + "}"
class Record(JsonMixin, TimestampMixin, NamedMixin):
    def __init__(self, value, **kwargs):
        super().__init__(**kwargs)
        self.value = value
        self.log.append("record")
    def describe(self):
        return ["Record"] + super().describe()
print([c.__name__ for c in Record.__mro__])
r = Record(5, name="alpha", created=17)
print(r.log)
print(r.describe())
print(r.to_json())
r2 = Record(9, extra=1, other=2)
print(r2.name, r2.created, r2.value, r2.log)
try:
    Record()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Record(1, name="x", name2="y", created=3).describe()
except TypeError as e:
    print(type(e).__name__, e)
print(super(TimestampMixin, r).describe())
print(super(NamedMixin, r).describe())
print(isinstance(r, JsonMixin), issubclass(Record, Base), Record.__bases__[0].__name__)
