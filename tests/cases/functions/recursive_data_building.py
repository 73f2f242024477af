# Building nested structures recursively.
def build_tree(depth):
    if depth == 0:
        return None
    return {"depth": depth, "left": build_tree(depth - 1), "right": build_tree(depth - 1)}
def count_nodes(t):
    return 0 if t is None else 1 + count_nodes(t["left"]) + count_nodes(t["right"])
t = build_tree(4)
print(count_nodes(t), t["left"]["left"]["left"])
def pascal(n):
    if n == 1:
        return [[1]]
    rows = pascal(n - 1)
    last = rows[-1]
    rows.append([1] + [last[i] + last[i + 1] for i in range(len(last) - 1)] + [1])
    return rows
for row in pascal(8):
    print(row)
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
print(nest(5))
