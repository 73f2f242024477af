# Indexing long non-ASCII strs in every order (forward scans, backward scans, jumps,
# repeated positions), mixed with slices, find() from positions, and characters of
# different UTF-8 widths, including lone surrogates.
parts = ["a", "é", "中", "😀", "\ud800", "Zürich", "x" * 70, "ß" * 65]
text = "".join(parts[i % len(parts)] * (i % 5 + 1) for i in range(300))
n = len(text)
fwd = "".join(text[i] for i in range(n))
back = "".join(text[i] for i in range(n - 1, -1, -1))
print(n, fwd == text, back == text[::-1])
acc = 0
step = 1
i = 0
for k in range(5000):
    acc = (acc * 31 + ord(text[i])) % 1000003
    step = (step * 7 + k) % 97
    i = (i + step - 40) % n
print(acc)
acc = 0
for i in range(0, n, 3):
    acc = (acc + ord(text[i]) + ord(text[-1 - i]) + len(text[i:i + 5])) % 1000003
    j = text.find("é", i)
    acc = (acc + j) % 1000003
print(acc)
print([text[i] == text[i] for i in (0, 1, 63, 64, 65, 127, 128, n - 1)].count(True))
s = "ñ" * 200 + "end"
print(s[199], s[200], s[201:], s[-3], s[63], s[64], s[65], s[128], s[0])
try:
    s[len(s)]
except IndexError as e:
    print("IndexError", e)
# One-character strs of the Latin-1 range are shared, as in CPython.
w = "aé中😀ÿ"
print([w[i] is w[i] for i in range(len(w))], chr(233) is chr(233), chr(0x4E2D) is chr(0x4E2D))
print([c is d for c, d in zip(w, w)], [c is chr(ord(c)) for c in w])
