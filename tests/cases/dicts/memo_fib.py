# Memoisation with a dict.
memo = {}
def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(10), fib(50), fib(100), fib(200))
print(len(memo), list(memo)[:5], min(memo), max(memo))
calls = {}
def count_calls(n):
    calls[n] = calls.get(n, 0) + 1
    if n < 2:
        return n
    return count_calls(n - 1) + count_calls(n - 2)
print(count_calls(12), calls[1], calls[12], sum(calls.values()))
