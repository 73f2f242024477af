# List and tuple comparisons read their items in place: an __eq__ that empties a list
# during the comparison is seen as CPython sees it.
a = [1, 2, [3, 4]]; b = [1, 2, [3, 4]]
print(a == b, a != b, a < b, [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
class E:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear()
        return True
l1 = []; l2 = []
l1.extend([E(l1), 5]); l2.extend([E(l2), 6])
print(l1 == l2, len(l1), len(l2))
x = [float('nan')]; print(x == x, [float('nan')] == [float('nan')])
