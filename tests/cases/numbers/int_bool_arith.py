# bool is an int subclass: arithmetic results are ints (except & | ^ of two bools).
T, F = True, False
print(T + T, T - T, T * 10, T / 2, T // 2, T % 2, T ** 3, -T, +T, abs(-T), ~int(F))
print(type(T + T).__name__, type(-T).__name__, type(+T).__name__, type(abs(T)).__name__)
print(T & T, T | F, T ^ T, F & 1, T | 2, type(T | F).__name__, type(T | 0).__name__)
print(sum([T, T, F, T]), sum([True] * 100), max(T, F), min(T, 0), max(0, F))
print(T == 1, F == 0, T == 1.0, hash(T) == hash(1), hash(F) == hash(0.0))
print(divmod(T, 2), divmod(7, T), pow(T, 10), pow(2, T, 5), T << 4, 256 >> T)
print(T * "ab", F * "ab", [1, 2] * T, T * (3,))
print(str(T), repr(F), int(T), float(F), complex(T), bool(2), bool(-0.0), bool(0j), bool(""))
print(f"{T}", f"{T:d}", f"{T:>6}", f"{F:5}", f"{T!r:>6}", format(T), format(F, "x"), format(T, ".2f"))
print("%s %d %r %.1f" % (T, T, F, T))
print(bool.__name__, bool.__mro__[1].__name__, isinstance(T, int), issubclass(bool, int))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(T.real, T.imag, T.numerator, T.denominator, T.bit_length(), F.bit_length())
print({T: "a", 1: "b", 1.0: "c"}, {0: "x", F: "y"})
print([1, 2, 3][T], "xyz"[F], T in [1], 0 in [F])
print(T and 5, F or 7, not T, T is (1 == 1), (2 > 1) + (3 > 1))
try:
    print(T / F)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
