# break/continue only affect the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
for a in range(5):
    if a % 2:
        continue
    for b in range(5):
        if b % 2 == 0:
            continue
        count += 1
print("count", count)
