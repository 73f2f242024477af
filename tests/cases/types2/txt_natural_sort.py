# Natural ("human") sort keys splitting digit runs, compared with plain and casefold sorts.
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file01.txt", "img12b.png", "img12a.png", "img2.png",
         "a", "A10", "a2", "z", "10", "9", "readme", "v1.10.2", "v1.9.10", "v1.10.10"]
def natkey(s):
    parts, cur, isdig = [], "", None
    for ch in s:
        d = ch.isdigit()
        if isdig is None or d == isdig:
            cur += ch
        else:
            parts.append(cur)
            cur = ch
        isdig = d
    if cur:
        parts.append(cur)
    return [(0, int(p), p) if p.isdigit() else (1, p.casefold(), p) for p in parts]
print(sorted(files))
print(sorted(files, key=str.casefold))
print(sorted(files, key=natkey))
print(natkey("img12b.png"), natkey(""), natkey("123"))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["10", "9", "100", "1"], key=len))
print(sorted(["b", "B", "a", "A", "_", "1", " "]), [ord(c) for c in sorted("bBaA_1 ")])
print("a" < "B", "a".lower() < "B".lower(), "Z" < "a", "é" > "z", "apple" < "apples", "" < "a", "abc" < "abd")
print(max(files, key=natkey), min(files, key=lambda f: (len(f), f)))
