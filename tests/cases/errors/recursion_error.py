# Unbounded recursion ends in an uncaught RecursionError.
def countdown(n):
    if n % 100 == 0 and n <= 500:
        print("depth", n)
    return countdown(n + 1)
def start():
    print("starting")
    return countdown(1)
print("limit test")
start()
print("unreachable")
