# Deduplicating while preserving order, chunking, and flattening.
data = [3, 1, 3, 2, 1, 5, 2, 3, 8]
seen = []
for x in data:
    if x not in seen:
        seen.append(x)
print(seen, list(dict.fromkeys(data)))
def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunks(data, 2), chunks(data, 4), chunks([], 3), chunks(data, 100))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))
print(list(zip(data[::2], data[1::2])))
