# StopIteration leaking inside generators becomes RuntimeError (PEP 479); next() defaults avoid it.
def first_words(lines):
    for line in lines:
        it = iter(line.split())
        yield next(it)
def first_words_safe(lines):
    for line in lines:
        word = next(iter(line.split()), None)
        if word is None:
            continue
        yield word
data = ["hello world", "", "bye now"]
print(list(first_words_safe(data)))
g = first_words(data)
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(list(g))
def pairs(it):
    it = iter(it)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        b = next(it, "<pad>")
        yield a, b
print(list(pairs(range(5))))
def explicit_raise():
    yield 1
    raise StopIteration("explicit")
try:
    list(explicit_raise())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "exhausted"))
def zip_strict_manual(a, b):
    ia, ib = iter(a), iter(b)
    for x in ia:
        try:
            y = next(ib)
        except StopIteration:
            raise ValueError("first iterable is longer") from None
        yield x, y
try:
    print(list(zip_strict_manual([1, 2, 3], "ab")))
except ValueError as e:
    print(type(e).__name__, e, e.__suppress_context__)
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
gen_exp = (next(iter([])) for _ in range(1))
try:
    list(gen_exp)
except RuntimeError as e:
    print("genexp:", type(e).__name__, e)
