# iter(callable, sentinel) for reading chunks/tokens; iterator protocol on user classes.
data = b"0123456789abcdefghij"
pos = 0
def read(n=6):
    global pos
    chunk = data[pos:pos + n]
    pos += n
    return chunk
print(list(iter(read, b"")))
tokens = iter("a b c STOP d e".split())
print(list(iter(lambda: next(tokens), "STOP")), list(tokens))
rolls = iter([3, 5, 6, 2, 6, 1])
print(list(iter(rolls.__next__, 6)), next(rolls))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(100)), max(Countdown(3)), list(zip(Countdown(3), "abc")))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __getitem__(self, i):
        return self.cards[i]
    def __len__(self):
        return len(self.cards)
d = Deck()
print(list(d), list(iter(d)), "K" in d, list(reversed(d)), sorted(d), [c for c in d])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None), iter(it) is it)
for bad in [lambda: iter(5), lambda: iter(len, 1, 2), lambda: next([1]), lambda: iter(42, 0), lambda: next(iter([]))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)), len(calls))
