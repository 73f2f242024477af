# Recursive containers print with ... markers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = {"k": [1]}
nested["k"].append(nested)
print(nested)
b = []
b.append([b, b])
print(b)
c = [[]]
c[0].append(c[0])
print(c)
class Node:
    def __init__(self):
        self.kids = []
    def __repr__(self):
        return "Node(%r)" % (self.kids,)
n = Node()
n.kids.append(n)
print(n)
print(a == a, a[2] is a)
try:
    a == [1, 2, [1, 2, [1]]]
    print("compared")
except RecursionError as e:
    print(type(e).__name__)
import copy
x = [1]
x.append(x)
y = copy.deepcopy(x)
print(y, y[1] is y, y is not x)
