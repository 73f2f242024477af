# max/min with key, default, multiple args and error messages.
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min("b", "a"), max("hello"), min((5,)), max([1, 1.0]), max([1.0, 1]), min([True, 1]))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([(1, "b"), (1, "a")]), max([-3, 2, 1], key=abs), min([-3, 2, 1], key=abs))
print(max([], default=None), min([], default="empty"), max([5], default=0), max(1, 2, key=lambda x: -x), min([], key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([4, 5, 2, 3], key=lambda x: x // 2), max({"a": 2, "b": 1}), max({"a": 2, "b": 1}.items(), key=lambda kv: kv[1]))
for f in [lambda: max([]), lambda: min([]), lambda: max(), lambda: min(), lambda: max(1), lambda: max([], key=len),
          lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: min([None, None]), lambda: max([1], foo=1), lambda: max(1, 2, key=5),
          lambda: max(iter([]))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan]), max(nan, 1))
gen = (x for x in [4, 9, 2])
print(max(gen), list(gen))
class V:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __lt__(self, o):
        return self.v < o.v
print(max(V(1), V(5), V(3)).v, min([V(4), V(2)]).v)
print(max("apple", "Apple", "banana", key=str.lower), min(range(10**6, 0, -1)), max(b"az"))
