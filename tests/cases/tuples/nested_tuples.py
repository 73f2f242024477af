# Deeply nested tuple access and flattening.
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
def walk(node, depth=0):
    if node is None:
        return
    val, left, right = node
    print("  " * depth + str(val))
    walk(left, depth + 1)
    walk(right, depth + 1)
walk(tree)
def total(node):
    return 0 if node is None else node[0] + total(node[1]) + total(node[2])
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
print(total(tree), height(tree))
def flatten(t):
    out = ()
    for x in t:
        out += flatten(x) if isinstance(x, tuple) else (x,)
    return out
print(flatten(((1, 2), (3, (4, (5,))), 6)))
