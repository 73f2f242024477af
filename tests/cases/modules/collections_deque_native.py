# collections.deque over its native storage: both ends, bounds, indexing, iteration and
# mutation checks, membership with comparisons that run code, rotation, subclasses, the
# iterator types, errors and their messages.
from collections import deque
import copy

d = deque(range(5))
d.append(5)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[3], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft((20, 21))
print(d, d.count(10), 10 in d, 99 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 5 + 1)
print(d, list(reversed(d)))
d[0] = "zero"
d[-1] = "last"
del d[1]
print(d)
print(d.index(10), d.index(10, 2), d.index("last", -2))
try:
    d.index(10, 0, 2)
except ValueError as e:
    print("ValueError", e)
d.insert(2, "ins")
d.remove("ins")
print(d)
try:
    d.remove("missing")
except ValueError as e:
    print("ValueError", e)

# Bounded deques.
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
b.extend(range(10, 20))
print(b)
b.extendleft("ab")
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
z.appendleft(4)
print(z, len(z))
try:
    full = deque([1, 2, 3], maxlen=3)
    full.insert(0, 9)
except IndexError as e:
    print("IndexError", e)
for bad in (-1, "3"):
    try:
        deque([], maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Errors.
e = deque()
for op in (e.pop, e.popleft):
    try:
        op()
    except IndexError as ex:
        print("IndexError", ex)
for idx in (5, -6, 10**30):
    try:
        deque(range(5))[idx]
    except IndexError as ex:
        print("IndexError", ex)
try:
    deque(range(5))["1"]
except TypeError as ex:
    print("TypeError", ex)
try:
    deque(range(5))[1:2]
except TypeError as ex:
    print("TypeError", ex)


class Idx:
    def __index__(self):
        return 2


print(deque("abcde")[Idx()], deque("abcde")[True])
try:
    hash(deque())
except TypeError as ex:
    print("TypeError")

# Mutation during iteration.
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex, len(m))
m = deque([1, 2, 3])
try:
    for x in reversed(m):
        m.popleft()
except RuntimeError as ex:
    print("RuntimeError", ex, len(m))
m = deque([1, 2, 3])
it = iter(m)
next(it)
m[0] = 100
print(list(it))
it = iter(m)
m.clear()
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)


class Evil:
    def __init__(self, dq):
        self.dq = dq

    def __eq__(self, other):
        self.dq.append(0)
        return False


m = deque([1, 2, 3])
for op in ("contains", "count", "index", "remove"):
    try:
        if op == "contains":
            Evil(m) in m
        elif op == "count":
            m.count(Evil(m))
        elif op == "index":
            m.index(Evil(m))
        else:
            m.remove(Evil(m))
    except (RuntimeError, IndexError) as ex:
        print(op, type(ex).__name__, ex)
    except ValueError as ex:
        print(op, "ValueError", ex)

# Iterators.
it = iter(deque("xyz"))
print(type(it).__name__, type(reversed(deque())).__name__, it.__length_hint__(), next(it),
      it.__length_hint__(), list(it), list(it))
print(iter(it) is it)

# Self-extension, copies, comparisons, arithmetic, repr of a recursive deque.
s = deque([1, 2])
s.extend(s)
s.extendleft(s)
print(s)
c = copy.copy(s)
c2 = s.copy()
print(c == s, c is s, c2, deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([3]))
s += [9]
s *= 2
print(s)
r = deque()
r.append(r)
print(r)
print(deque("ab", maxlen=5), repr(deque()), str(deque([None])))
print(copy.deepcopy(deque([[1], [2]], maxlen=4)))
print(deque.__reduce__(deque([1], maxlen=2))[1])


# Subclasses.
class Stack(deque):
    def push(self, x):
        self.append(x)
        return self

    def __repr__(self):
        return "Stack" + repr(list(self))


st = Stack([1, 2], maxlen=4)
st.push(3).push(4).push(5)
print(st, st.maxlen, len(st), st[0], st.pop(), isinstance(st, deque), type(st.copy()).__name__)
print(type(st + deque([1])).__name__, st == deque([2, 3, 4]))


class Counted(deque):
    def append(self, x):
        super().append(x * 10)


cd = Counted()
cd.append(1)
cd.extend([2])
print(cd)
try:
    Counted().foo = 1
except AttributeError as ex:
    print("AttributeError")
print(deque.__name__, deque.__module__, deque([1]).__class__ is deque)
import collections.abc as cabc
print(isinstance(deque(), cabc.MutableSequence), issubclass(deque, cabc.Sequence))

# Cycles through deques are collected.
import gc
import weakref


class Node:
    pass


dq = deque()
node = Node()
node.dq = dq
dq.append(node)
wr = weakref.ref(node)
loop = deque()
loop.append(loop)
del dq, node, loop
gc.collect()
print("collected", wr() is None)

# Built and extended from generators (bounded too), and from a generator that reads the
# deque as it grows.
print(deque(x * x for x in range(6)), deque((c for c in "abcdef"), maxlen=3))
grown = deque([1])
grown.extend(len(grown) for _ in range(4))
grown.extendleft(x for x in "xy")
print(grown)
try:
    deque(1 // (3 - x) for x in range(5))
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
