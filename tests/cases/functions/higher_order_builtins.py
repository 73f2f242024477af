# map, filter, sorted with functions; reduce written manually.
nums = list(range(-5, 6))
print(list(map(abs, nums)), list(filter(lambda n: n % 2, nums)), list(map(pow, [2, 3], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a + b, nums, 0), reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, s: acc + [s.upper()], ["a", "b"], []), reduce(max, [3, 9, 2], 0))
print(sorted(nums, key=lambda n: (n * n, n)), max(nums, key=lambda n: -abs(n)))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(map(int, "1 2 3".split())))
print(any(map(lambda x: x > 4, nums)), all(map(lambda x: x > -6, nums)))
