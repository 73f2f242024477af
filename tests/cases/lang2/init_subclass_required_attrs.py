# __init_subclass__ enforcing class attributes and collecting field declarations from annotations.
class Model:
    required = ()
    fields = {}
    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        if abstract:
            return
        missing = [name for name in ("table",) if not hasattr(cls, name)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
        merged = {}
        for base in reversed(cls.__mro__[1:]):
            merged.update(getattr(base, "__annotations__", {}) if base is not object else {})
        merged.update(cls.__dict__.get("__annotations__", {}))
        cls.fields = merged
    def __init__(self, **values):
        unknown = set(values) - set(self.fields)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        for name, tp in self.fields.items():
            if name not in values:
                raise TypeError(f"missing field {name!r}")
            if not isinstance(values[name], tp):
                raise TypeError(f"{name} must be {tp.__name__}, got {type(values[name]).__name__}")
            setattr(self, name, values[name])
    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields)
        return f"{type(self).__name__}({inner})"
class Timestamped(Model, abstract=True):
    created: int
class Post(Timestamped):
    table = "posts"
    title: str
    views: int
print(Post.fields)
print(Post(created=1, title="hi", views=0))
for kw in [dict(created=1, title="x"), dict(created=1, title="x", views="many"),
           dict(created=1, title="x", views=2, extra=1, more=2)]:
    try:
        Post(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Comment(Timestamped):
        body: str
except TypeError as e:
    print(type(e).__name__, e)
class Comment(Timestamped):
    table = "comments"
    body: str
print(Comment.fields, Timestamped.fields, Model.fields)
print(Comment(created=5, body="nice"))
