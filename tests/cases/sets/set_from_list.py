# set(list) and set.update(list): plain items (strs, ints, floats, tuples, duplicates),
# items whose __hash__/__eq__ run Python code, and a list changed while it is read.
words = "to be or not to be that is the question to be".split()
print(sorted(set(words)), len(set(words)))
print(sorted(set([1, 1.0, True, 2, 2.0, (1, 2), (1, 2), "a", "a"]), key=repr))
s = {"x"}
s.update(["y", "x", "z", "y"])
print(sorted(s))
print(set([]), set([float("nan")]) != set([float("nan")]))


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % self.v


items = ["a", K(1), "b", K(1), "a", K(2), 3]
r = set(items)
print(sorted(map(repr, r)), K.calls)

grow = [1, 2]


class Adder:
    def __hash__(self):
        grow.append(99)
        return 7


grow.insert(1, Adder())
r = set(grow)
print(len(r), 99 in r, len(grow))


class Shrink:
    def __hash__(self):
        del lst[3:]
        return 5


lst = ["p", Shrink(), "q", "r", "s"]
print(sorted(map(str, (x for x in set(lst) if isinstance(x, str)))), len(lst))

try:
    set(["ok", [1, 2]])
except TypeError as e:
    print("TypeError", e)


class Boom:
    def __hash__(self):
        raise ValueError("no hash")


try:
    set([1, Boom(), 2])
except ValueError as e:
    print("ValueError", e)
