# Dict equality ignores order; OrderedDict equality between ODs does not.
from collections import OrderedDict
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items(), a.keys() == b.keys(), list(a.values()) == list(b.values()))
print(a == {"x": 1}, a == {"x": 1, "y": 2.0}, a != {"x": 1, "y": 3}, {} == {}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)])
oa, ob = OrderedDict(a), OrderedDict(b)
print(oa == ob, oa == b, a == ob, oa == a, list(oa), list(ob))
oa.move_to_end("x")
print(list(oa), oa == OrderedDict([("y", 2), ("x", 1)]), oa.popitem(last=False), oa)
for x, y in [({1: 2}, {1: 2}), ({}, {})]:
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
print({1: nan} == {1: nan}, {"k": [nan]} == {"k": [nan]}, {nan: 1} == {nan: 1}, {float("nan"): 1} == {float("nan"): 1})
class Eq:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
e = Eq()
print({1: e} == {1: 5}, {1: 5} == {1: e}, {e: 1} == {e: 1})
big1 = {i: str(i) for i in range(100)}
big2 = {i: str(i) for i in reversed(range(100))}
print(big1 == big2, list(big1)[:3], list(big2)[:3])
del big2[50]
print(big1 == big2, len(big1) - len(big2))
