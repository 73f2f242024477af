# Returning multiple values.
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return n, mean, var, min(nums), max(nums)
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
n, mean, var, lo, hi = stats([1, 2, 3])
print(n, mean, var, lo, hi)
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(-17, 5))
def nothing():
    return
def implicit():
    pass
print(nothing(), implicit(), nothing() is None)
def single():
    return 1,
print(single(), type(single()).__name__)
def early(x):
    if x < 0:
        return "neg", x
    return "nonneg", x, x * 2
print(early(-1), early(3))
