# Deleting from lists by index and building new lists.
nums = list(range(20))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
kept = [n for n in range(20) if n % 3]
print(kept == nums)
evens = list(range(0, 20, 2))
for idx in range(len(evens) - 1, -1, -1):
    if evens[idx] % 4 == 0:
        evens.pop(idx)
print(evens)
a = [1, 2, 3]
del a[:]
print(a)
b = [[1, 2], [3, 4]]
del b[0][1]
print(b)
