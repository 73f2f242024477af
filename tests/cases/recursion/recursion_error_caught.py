# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth_reached():
    count = [0]
    def go():
        count[0] += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count[0]
d = depth_reached()
print(d > 100, d < 100000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(200))
