# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data, item)
values = [y for x in range(8) if (y := x * x) % 3 == 1]
print(values, y)
print((z := 10) + z, z)
def parse(s):
    if (idx := s.find("=")) == -1:
        return None
    return s[:idx], s[idx + 1:]
print(parse("k=v"), parse("novalue"), parse("a=b=c"))
lines = iter(["a", "b", "", "c"])
collected = []
while (line := next(lines)):
    collected.append(line)
print(collected)
print([w for w in ["x", "yy", "zzz"] if (L := len(w)) >= 2], L)
