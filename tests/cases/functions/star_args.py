# *args collection and splatting.
def total(*nums):
    print("got", nums, type(nums).__name__)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
args = [4, 5, 6]
print(total(*args), total(*args, 7), total(0, *args, *range(3)))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"), first_rest(*[[]]))
try:
    first_rest()
except TypeError as e:
    print(type(e).__name__, e)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *(2, 3)), three(*range(3)))
try:
    three(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
