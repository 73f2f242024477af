# Hand-written sorting algorithms with traces.
def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
        print("  step", i, a)
    return a
data = [5, 1, 4, 2, 8, 0, 2]
print(bubble(data))
print(insertion(data))
print(bubble([]), bubble([1]), insertion([2, 1]))
