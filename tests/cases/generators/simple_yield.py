# Basic generator functions and their lazy execution.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(count_up(0)))
def squares(limit):
    for i in range(limit):
        yield i * i
print(list(squares(6)), sum(squares(100)), max(squares(10)))
def evens():
    n = 0
    while True:
        yield n
        n += 2
e = evens()
print([next(e) for _ in range(5)])
