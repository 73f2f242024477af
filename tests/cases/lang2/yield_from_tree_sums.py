# `yield from` over a tree: traversal orders, delegated return values, and subtree statistics.
class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
def preorder(node):
    yield node.value
    for ch in node.children:
        yield from preorder(ch)
def postorder(node):
    for ch in node.children:
        yield from postorder(ch)
    yield node.value
def with_depth(node, depth=0):
    yield depth, node.value
    for ch in node.children:
        yield from with_depth(ch, depth + 1)
def sizes(node):
    # yields (value, subtree_size) bottom-up; returns subtree size to the parent
    size = 1
    for ch in node.children:
        size += yield from sizes(ch)
    yield node.value, size
    return size
def leaves(node):
    if not node.children:
        yield node.value
        return 1
    n = 0
    for ch in node.children:
        n += yield from leaves(ch)
    return n
tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
print(list(preorder(tree)))
print(list(postorder(tree)))
print("\n".join("  " * d + v for d, v in with_depth(tree)))
gen = sizes(tree)
pairs = []
try:
    while True:
        pairs.append(next(gen))
except StopIteration as stop:
    print(pairs, "total", stop.value)
def count_leaves(t):
    result = yield from leaves(t)
    yield f"leaf count {result}"
print(list(count_leaves(tree)))
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]], "str"])))
def chain_all(*its):
    for it in its:
        yield from it
print(list(chain_all("ab", range(2), {"k": 1}, (x * x for x in [3]))))
