# Index out of range on a list.
print(len([]), [][:5])
print("abc"[1], (1, 2)[-1])
print(list(range(3))[2])
lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3])
print(lst[1:10], lst[5:])
for i in range(len(lst) + 1):
    print(i, lst[i])
print("unreachable")
