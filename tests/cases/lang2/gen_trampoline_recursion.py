# Deep recursion without the C stack: generators as trampolined recursive calls.
import sys
def trampoline(gen):
    stack = [gen]
    value = None
    while stack:
        try:
            sub = stack[-1].send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        stack.append(sub)
        value = None
    return value
def depth_sum(n):
    if n == 0:
        return 0
    rest = yield depth_sum(n - 1)
    return n + rest
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return (yield ackermann(m - 1, 1))
    inner = yield ackermann(m, n - 1)
    return (yield ackermann(m - 1, inner))
def tree_height(tree):
    if not tree:
        return 0
    heights = []
    for child in tree:
        heights.append((yield tree_height(child)))
    return 1 + max(heights)
print(trampoline(depth_sum(10)))
print(trampoline(depth_sum(50000)))
print(trampoline(ackermann(2, 3)), trampoline(ackermann(3, 2)))
nested = []
cur = nested
for _ in range(20000):
    new = []
    cur.append(new)
    cur = new
print(trampoline(tree_height(nested)), trampoline(tree_height([[], [[]], [[[]]]])))
limit = sys.getrecursionlimit()
def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)
try:
    plain(limit * 10)
except RecursionError as e:
    print(type(e).__name__, e)
print(plain(100))
def mutual_even(n):
    if n == 0:
        return True
    return (yield mutual_odd(n - 1))
def mutual_odd(n):
    if n == 0:
        return False
    return (yield mutual_even(n - 1))
print(trampoline(mutual_even(30001)), trampoline(mutual_odd(30001)))
