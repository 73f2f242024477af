# set comparison operators, remove/pop errors and unhashable elements.
a, b, c = {1, 2}, {1, 2, 3}, {1, 2}
print(a < b, a <= b, b > a, b >= a, a < c, a <= c, a == c, a != b, {1} < {2}, {1} > {2}, set() < a, set() == frozenset())
print(a == frozenset(a), frozenset(a) == a, {1} == [1], a < frozenset(b), frozenset(a) <= b)
for f in [lambda: a < [1, 2, 3], lambda: a <= (1,), lambda: a > 5]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
s = {1, 2}
s.remove(1)
s.discard(100)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
s.discard(frozenset())
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
for f in [lambda: {[1]}, lambda: {1, {2}}, lambda: set([{}]), lambda: {1}.add([]), lambda: [] in {1}, lambda: frozenset([[1]])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print({1} in {frozenset({1})}, set([1]) in [frozenset([1])], {frozenset({1}): "v"}[frozenset([1])])
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0}), {-0.0, 0.0})
print(set(), frozenset(), {1, 2}, frozenset({3}), repr(set("a")), repr(frozenset([(1, 2)])))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), S(), F())
print(2 in {1, 2}, 3 not in {1, 2}, len(set("aab")), bool(set()), sorted(set("hello")))
