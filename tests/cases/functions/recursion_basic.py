# Recursive functions: factorial, fib, power, sum of list.
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def rsum(lst):
    return 0 if not lst else lst[0] + rsum(lst[1:])
def fast_pow(b, e):
    if e == 0:
        return 1
    half = fast_pow(b, e // 2)
    return half * half * (b if e % 2 else 1)
print([fact(i) for i in range(10)], fact(30))
print([fib(i) for i in range(20)])
print(rsum([1, 2, 3, 4]), rsum([]), fast_pow(3, 100), fast_pow(2, 0), fast_pow(-2, 7))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
