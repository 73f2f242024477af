# Sorting realistic records: multi-key sorts, stability, cmp_to_key comparators, and key objects.
from functools import cmp_to_key, total_ordering
import operator
people = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cy", 31, "ops"), ("dee", 25, "eng"), ("eve", 40, "eng")]
print(sorted(people, key=operator.itemgetter(1)))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_dept_stable = sorted(by_name, key=operator.itemgetter(2))
print([p[0] for p in by_dept_stable])
def compare(a, b):
    if a[2] != b[2]:
        return -1 if a[2] == "ops" else 1
    return (a[1] > b[1]) - (a[1] < b[1])
print([p[0] for p in sorted(people, key=cmp_to_key(compare))])
versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2"]
def vcmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
print(sorted(versions, key=cmp_to_key(vcmp)), max(versions, key=cmp_to_key(vcmp)))
K = cmp_to_key(vcmp)
print(K("1.0") < K("1.0.1"), K("2") == K("2"), K("3") >= K("2.9"))
try:
    hash(K("1"))
except TypeError as e:
    print(type(e).__name__, e)
@total_ordering
class Reverse:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v > o.v
print(sorted(people, key=lambda p: (p[2], Reverse(p[0]))))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data, sorted({"b": 1, "a": 2}.items(), key=operator.itemgetter(1)))
print(sorted(people, key=operator.itemgetter(2, 1)))
