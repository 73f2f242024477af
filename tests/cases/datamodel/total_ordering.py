# functools.total_ordering fills in missing comparisons; NotImplemented propagates.
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n < o.n
    def __repr__(self): return f"V{self.n}"
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)]), max(V(5), V(4)), min([V(7), V(6)]))
print(sorted(k for k in ("__le__", "__gt__", "__ge__", "__lt__") if k in V.__dict__))
try:
    a <= 1
except TypeError as e:
    print(type(e).__name__, e)
@total_ordering
class G:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __gt__(self, o): return self.n > o.n
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), G(1) > G(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
import heapq, bisect
h = []
for n in (5, 1, 4, 2):
    heapq.heappush(h, V(n))
print([heapq.heappop(h) for _ in range(4)])
lst = [V(1), V(3), V(5)]
bisect.insort(lst, V(4))
print(lst, bisect.bisect_left(lst, V(3)), bisect.bisect_right(lst, V(3)))
