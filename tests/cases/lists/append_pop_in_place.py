# lst.append(x) and lst.pop([i]) run in place by the method load when the site knows
# the method: results, errors and every other receiver must be as the general call's.

def stack_ops(lst, n):
    for i in range(n):
        lst.append(i * i)
    out = []
    while lst:
        out.append(lst.pop())
    return out

print(stack_ops([], 6))
print(stack_ops([1, 2], 3))

def pops(lst):
    got = []
    for i in (0, -1, 1, -2):
        got.append(lst.pop(i))
    return got, lst

print(pops(list(range(10))))

# Errors: the same site first serves good calls, then bad ones.
def pop_at(lst, i):
    try:
        return lst.pop(i)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for args in [([1, 2, 3], 1), ([1, 2, 3], -3), ([1, 2, 3], 3), ([1, 2, 3], -4),
             ([], 0), ([1, 2], 10**30), ([1, 2], "x"), ([1, 2], 1.0), ([1, 2], True)]:
    print(pop_at(*args))

def pop_last(lst):
    try:
        return lst.pop()
    except IndexError as e:
        return "IndexError: %s" % e

print(pop_last([5]), pop_last([]), pop_last([7, 8]))

class Idx:
    def __index__(self):
        return 1

print(pop_at([10, 20, 30], Idx()))

# Receivers that are not lists at the same site.
class MyList(list):
    def append(self, x):
        super().append(x * 10)
    def pop(self, *a):
        return ("popped", super().pop(*a))

class Stackish:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()

def use(s):
    s.append(1)
    s.append(2)
    return s.pop(), s.pop()

for s in [[], MyList(), Stackish(), [], MyList()]:
    print(type(s).__name__, use(s))

from collections import deque
print(use(deque()))

# Arity errors at a site that has served good calls.
def bad_append(lst, *a):
    try:
        lst.append(*a)
        return lst
    except TypeError as e:
        return "TypeError: %s" % e

print(bad_append([0], 1))
print(bad_append([0]))
print(bad_append([0], 1, 2))

def bad_pop(lst, *a):
    try:
        return lst.pop(*a)
    except TypeError as e:
        return "TypeError: %s" % e

print(bad_pop([1, 2, 3]))
print(bad_pop([1, 2, 3], 0))
print(bad_pop([1, 2, 3], 0, 1))

# The result of append is None; a list appended to itself; a pop into the same name.
a = [1]
r = a.append(a)
print(r, len(a), a[1] is a)
x = [1, 2, 3]
x = x.pop()
print(x)

# Appending while iterating (the loop sees the new items).
lst = [1, 2, 3]
for v in lst:
    if v < 5:
        lst.append(v + 3)
print(lst)

# Deleting the last reference on pop runs the finaliser then.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

k = [Noisy(1), Noisy(2)]
k.pop()
print("after pop")
k.pop(0)
print("after pop(0)")

# Indices too large for an index-sized integer.
def ins(i):
    try:
        l = [1, 2]
        l.insert(i, 0)
        return l
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(ins(10**30), ins(-10**30), ins(5), ins(-5))

# An IndexError raised by __index__ itself is not an overflow; a huge __index__ is.
class BadIndex:
    def __index__(self):
        raise IndexError("from __index__")

class HugeIndex:
    def __index__(self):
        return 10**30

for i in (BadIndex(), HugeIndex()):
    print(pop_at([1, 2], i), ins(i))
