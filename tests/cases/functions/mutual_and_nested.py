# Nested function definitions and mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(99), is_even(100))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(y * 10)
    return middle(x * 10)
print(outer(1), outer(2))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return add, sub
add, sub = make_ops()
print(add(3, 4), sub(3, 4), add.__qualname__)
def counter_fn():
    count = 0
    def step():
        return count + 1
    return step()
print(counter_fn())
