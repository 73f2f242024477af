# Recursive Fibonacci: stresses plain Python function calls, int compare/add.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(25, 35):
        total += fib(n)
    print("fib checksum", total, fib(25))


main()
