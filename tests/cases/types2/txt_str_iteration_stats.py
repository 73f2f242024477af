# Character-level statistics while iterating over text: classes, runs, positions, ord ranges.
text = "Hello, World! Ünïcödé text 123 — with\ttabs and 🐍 emoji. ¡Olé!"
stats = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0, "nonascii": 0}
for ch in text:
    if ch.isupper():
        stats["upper"] += 1
    elif ch.islower():
        stats["lower"] += 1
    elif ch.isdigit():
        stats["digit"] += 1
    elif ch.isspace():
        stats["space"] += 1
    else:
        stats["other"] += 1
    if not ch.isascii():
        stats["nonascii"] += 1
print(stats, len(text), sum(stats.values()) - stats["nonascii"] == len(text))
print([(i, ch) for i, ch in enumerate(text) if ord(ch) > 127])
print(max(text), min(text), sorted(set(text) - set("abcdefghijklmnopqrstuvwxyz ")), ord(max(text)))
runs, best = [], ("", 0)
cur = ""
for ch in text + "\0":
    if ch.isalpha():
        cur += ch
    else:
        if cur:
            runs.append(cur)
            if len(cur) > best[1]:
                best = (cur, len(cur))
        cur = ""
print(runs, best)
vowels = sum(ch in "aeiouAEIOU" for ch in text)
print(vowels, text.count("l"), text.lower().count("o"), [text.find(c) for c in "HWz🐍"])
print(list(text[:5]), text[::-1][:10], text[-8:], text[7:12], text[100:], repr(text[5:5]))
print("".join(ch for ch in text if ch.isalnum()), "".join(c if c.isalnum() else "_" for c in text[:14]))
