# Branches on `is` / `is not` (None, True, False, or another value), alone and inside
# and/or/not, in if, while, conditional expressions and comprehension filters.


def f(x, y):
    n = 0
    if x is None:
        n += 1
    if x is not None:
        n += 10
    while y is not None and n < 100:
        n += 100
        y = None
    if not (x is y):
        n += 1000
    if x is True or y is False:
        n += 10000
    if not x is not None:
        n += 100000
    return n


print(f(None, 1), f(1, 2), f(True, False), f([], []), f(None, None))

a = object()
b = a
c = object()
print(a is b, a is c, [v for v in (None, 0, False, "", None) if v is not None])
print(["none" if v is None else "false" if v is False else "other" for v in (None, False, 0)])


class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt


head = Node(Node(Node()))
count = 0
node = head
while node is not None:
    count += 1
    node = node.nxt
print(count)


def side(tag, value, log):
    log.append(tag)
    return value


log = []
if side("l", None, log) is side("r", None, log):
    log.append("same")
print(log)
