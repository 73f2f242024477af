# Gibbons' unbounded spigot for the first 300 digits of pi (big-int heavy).
def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pidigits(300)
s = "".join(map(str, d))
for i in range(0, 300, 50):
    print(s[i:i + 50])
print(sum(d), d.count(9), s.find("999999"))
def machin(digits):
    unity = 10 ** (digits + 10)
    def arccot(x):
        total = term = unity // x
        n, sign = 3, -1
        while term:
            term //= x * x
            total += sign * (term // n)
            n, sign = n + 2, -sign
        return total
    return (4 * (4 * arccot(5) - arccot(239))) // 10**10
m = str(machin(299))
print(m == s, m[:20], m[-20:])
