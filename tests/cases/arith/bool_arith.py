# Booleans participate in integer arithmetic.
print(True + True, True * 10, True - False, True / 2, True // 2, -True, -False)
print(sum([True, False, True, True]), True ** 5, 2 ** True, 5 % True)
print(True == 1, False == 0, isinstance(True, int))
print(int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True, True & 3, False | 4)
print(type(True & False).__name__, type(True + 0).__name__)
print([1, 2, 3][True], "ab"[False])
print(max(True, 0.5), min(False, -1))
flags = [x > 2 for x in range(6)]
print(flags, sum(flags), flags.count(True))
print(True + 0.5, False * -1, bool(-1), bool(0), bool(2 ** 100))
print(divmod(True, 2), pow(True, 10), abs(-True))
