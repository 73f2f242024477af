# range membership: fast path for ints/bools, equality fallback for other types.
r = range(0, 20, 5)
print(5 in r, 6 in r, 5.0 in r, 5.5 in r, True in range(0, 2), False in range(1, 3), "5" in r, None in r, 10**30 in range(10**31))
class EqFive:
    def __eq__(self, other):
        return other == 5
print(EqFive() in r, EqFive() in range(3), r.count(EqFive()), r.index(EqFive()))
class Idx:
    def __index__(self):
        return 5
print(Idx() in r)
print(r.count(5), r.count(5.0), r.count(True), range(3).count(True), r.index(10.0))
neg = range(10, -10, -3)
print(list(neg), 4 in neg, 5 in neg, -8 in neg, -10 in neg, neg.index(-8), neg.count(-2))
print(0 in range(0), 0 in range(0, 1), -1 in range(-1, -5, -1), range(5)[-1] in range(5))
print([x in range(3, 10, 3) for x in range(12)])
