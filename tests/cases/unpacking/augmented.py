# Augmented assignment operators on different types.
n = 10
n += 1; n -= 3; n *= 4; n //= 3; n **= 2; n %= 50
print(n)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
f = 1.5
f /= 2; f -= 0.25; f **= 3
print(f)
bits = 0b1010
bits |= 0b0101; bits &= 0b1100; bits ^= 0b0011; bits <<= 2; bits >>= 1
print(bin(bits))
d = {"k": 1}
d["k"] += 5
d["k"] *= 2
print(d)
sset = {1, 2}
sset |= {3}; sset &= {2, 3, 4}; sset -= {2}
print(sset)
