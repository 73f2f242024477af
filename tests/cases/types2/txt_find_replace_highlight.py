# Find every occurrence of a term with str.find and highlight it, case-insensitively.
text = "The cat sat on the mat. Concatenate CAT and cat-like things; the Cat ran."
def find_all(hay, needle, overlapping=False):
    pos, res = 0, []
    while True:
        i = hay.find(needle, pos)
        if i < 0:
            return res
        res.append(i)
        pos = i + (1 if overlapping else max(len(needle), 1))
print(find_all(text, "cat"), find_all(text.lower(), "cat"), find_all("aaaa", "aa"), find_all("aaaa", "aa", True))
def highlight(hay, needle):
    low, n = hay.lower(), needle.lower()
    out, last = [], 0
    for i in find_all(low, n):
        out.append(hay[last:i])
        out.append("[" + hay[i:i + len(n)] + "]")
        last = i + len(n)
    out.append(hay[last:])
    return "".join(out)
print(highlight(text, "cat"))
print(highlight(text, "THE"))
print(text.count("cat"), text.lower().count("cat"), text.count(""), "".count(""), "aaa".count("a", 1), "aaa".count("a", -2, -1))
print(text.index("sat"), text.rindex("the"), text.find("dog"), text.rfind("t", 0, 10), text.find("", 100), text.find("", 5))
try:
    text.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    text.rindex("q", 5)
except ValueError as e:
    print(type(e).__name__, e)
print(text.replace("cat", "dog"), text.replace("cat", "dog", 1), sep="\n")
print(text.startswith("the"), text.lower().startswith("the"), text.endswith(("ran.", "x")), text.startswith("cat", 4))
print(text.find("cat", -10), text.find("at", 5, 7), text.find("at", 5, 6), text[5:7])
