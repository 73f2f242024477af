# Manual dedent/indent of multi-line strings and line numbering.
src = """
    def f(x):
        if x:
            return 1
\t
        return 0
"""
lines = src.splitlines()
print(len(lines), [len(l) for l in lines])
def margin(ls):
    ms = [len(l) - len(l.lstrip()) for l in ls if l.strip()]
    return min(ms) if ms else 0
m = margin(lines)
print("margin", m)
dedented = [l[m:] if l.strip() else "" for l in lines]
print("\n".join(dedented))
indented = "\n".join(("    " + l) if l else l for l in dedented)
print(repr(indented))
for i, l in enumerate(dedented, start=1):
    print(f"{i:>3}: {l}")
print(repr(src.strip("\n")), repr(src.lstrip()), repr(src.rstrip()[-10:]))
print("abc\n".rstrip("\n"), repr("xxhixx".strip("x")), repr("  \t\n".strip()), repr("abcba".strip("ab")))
print(repr("www.example.com".lstrip("w.")), repr("www.example.com".removeprefix("www.")), repr("file.tar.gz".removesuffix(".gz")))
print(repr("file.tar.gz".rstrip(".gz")), repr("".removeprefix("x")), repr("abc".removesuffix("")))
code = "x = 1  # set x\ny = '#not a comment'  # real\n# full line\nz = 3"
for l in code.splitlines():
    body, hash_, comment = l.partition("#")
    print(repr(body.rstrip()), repr(comment.strip()) if hash_ else None)
