# Recursion over a generated binary tree.
def make(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (make(lo, mid - 1), mid, make(mid + 1, hi))
tree = make(1, 1000)
def size(t):
    return 0 if t is None else size(t[0]) + 1 + size(t[2])
def height(t):
    return 0 if t is None else 1 + max(height(t[0]), height(t[2]))
def inorder(t, out):
    if t is not None:
        inorder(t[0], out)
        out.append(t[1])
        inorder(t[2], out)
    return out
def contains(t, v):
    if t is None:
        return False
    if v == t[1]:
        return True
    return contains(t[0] if v < t[1] else t[2], v)
print(size(tree), height(tree))
vals = inorder(tree, [])
print(vals[:5], vals[-5:], vals == list(range(1, 1001)))
print(contains(tree, 1), contains(tree, 1000), contains(tree, 0), contains(tree, 500))
chain = None
for i in range(300):
    chain = (chain, i, None)
print(size(chain), height(chain))
