# Counting lattice paths with recursion and memoisation.
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
for n in [1, 2, 3, 5, 10, 20, 50]:
    print(n, paths(n, n))
print(len(memo))
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])
print(coin_ways(10, [1, 5, 10]), coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(3, [2]))
