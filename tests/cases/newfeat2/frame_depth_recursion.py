# Measuring stack depth with sys._getframe and f_back; _getframe(n) bounds and errors.
import sys
def depth():
    n = 0
    f = sys._getframe(1)
    while f is not None:
        n += 1
        f = f.f_back
    return n
base = depth()
print("module depth:", base)
def recurse(n, seen):
    seen.append(depth() - base)
    if n:
        recurse(n - 1, seen)
    return seen
print(recurse(4, []))
def names_up(k):
    return [sys._getframe(i).f_code.co_name for i in range(k)]
def alpha():
    return beta()
def beta():
    return gamma()
def gamma():
    return names_up(4)
print(alpha())
def how_deep_can_i_go():
    k = 0
    while True:
        try:
            sys._getframe(k)
        except ValueError as e:
            return k, str(e)
        k += 1
print(how_deep_can_i_go()[0] - base, how_deep_can_i_go()[1])
for bad in (-1, 10**6):
    try:
        print(bad, sys._getframe(bad).f_code.co_name)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    sys._getframe("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def fib_tracking(n, maxd):
    d = depth() - base
    if d > maxd[0]:
        maxd[0] = d
    return n if n < 2 else fib_tracking(n - 1, maxd) + fib_tracking(n - 2, maxd)
m = [0]
print(fib_tracking(10, m), m)
print(sys._getframe(0) is sys._getframe(), sys._getframe().f_back)
