# continue does not prevent the else clause from running.
for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("else after continue")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while body", i)
else:
    print("while else", i)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
g = [[1, 2, 3], [4, 5, 6]]
print(search(g, 5), search(g, 9), search([], 1))
