# Two-sum and pair searches.
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10), two_sum([], 0))
nums = [1, 5, 3, 3, -2, 8]
pairs = [(a, b) for i, a in enumerate(nums) for b in nums[i + 1:] if a + b == 6]
print(pairs)
print(sorted(set(pairs)))
print([n for n in nums if nums.count(n) > 1])
