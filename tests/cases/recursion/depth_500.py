# Legal recursion to depth 500 (below the default limit).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(500), 500 * 501 // 2)
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
nested = build(400)
count = 0
node = nested
while node:
    count += 1
    node = node[1]
print(count)
def rev(s):
    return s if len(s) <= 1 else rev(s[1:]) + s[0]
print(rev("abcdefghij" * 40)[:30])
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
r = count_down(450, [])
print(len(r), r[:3], r[-3:])
