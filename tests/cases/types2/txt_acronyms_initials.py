# Acronyms, initials and name formatting using split/join/capitalize and slicing.
names = ["ada lovelace", "  grace   brewster  murray hopper ", "JOHN VON NEUMANN", "o'brien-smith, mary", "élise côté", "x"]
for n in names:
    parts = n.replace(",", "").split()
    initials = "".join(p[0].upper() + "." for p in parts)
    proper = " ".join(p.capitalize() for p in parts)
    last_first = f"{parts[-1].title()}, {' '.join(p.title() for p in parts[:-1])}".rstrip(", ")
    print(repr(n), "|", initials, "|", proper, "|", last_first, "|", n.title().strip())
phrases = ["portable network graphics", "as soon as possible", "Hypertext Transfer Protocol Secure", "the  end"]
stop = {"as", "the", "of", "and"}
for ph in phrases:
    words = ph.split()
    print("".join(w[0] for w in words).upper(), "".join(w[0].upper() for w in words if w.lower() not in stop))
def abbreviate(s, n):
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
for n in (5, 10, 20):
    print(repr(abbreviate("The quick brown fox jumps", n)), len(abbreviate("The quick brown fox jumps", n)))
print("-".join(w.lower() for w in "Hello Big World".split()), "_".join("CamelCaseName".lower()), " ".join(reversed("one two three".split())))
