# next() with defaults in lookups: first matching item, peeking, exhausted generators.
users = [{"id": 1, "name": "ann", "role": "admin"}, {"id": 2, "name": "bob", "role": "user"}, {"id": 3, "name": "cy", "role": "user"}]
def find(pred, default=None):
    return next((u for u in users if pred(u)), default)
print(find(lambda u: u["role"] == "user"), find(lambda u: u["id"] > 10), find(lambda u: u["id"] > 10, {"name": "?"}))
print(next(iter([]), "empty"), next(iter("xyz")), next(iter({"k": 1})))
g = (n * n for n in range(3))
print(next(g), next(g), next(g), next(g, "done"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def gen_with_return():
    yield 1
    return "finished"
it = gen_with_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(it, "default after return"))
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        return self.buf.pop() if self.buf else next(self.it)
p = Peekable("abc")
print(p.peek(), p.peek(), next(p), list(p), p.peek("END"))
for bad in [lambda: next([1, 2]), lambda: next(5), lambda: next(iter([]), 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
lines = iter(["# header", "# more", "data1", "data2"])
first_data = next(l for l in lines if not l.startswith("#"))
print(first_data, list(lines))
