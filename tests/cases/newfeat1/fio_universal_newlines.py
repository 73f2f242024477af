# Universal newlines and the newline= parameter
P = "/tmp/molt_tests_newfeat1_newlines.txt"
with open(P, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, newline=nl, encoding="utf-8") as f:
        lines = f.readlines()
    print(repr(nl), lines)

with open(P, encoding="utf-8") as f:
    print(repr(f.read()))
    print(f.newlines)

with open(P, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(P, newline="", encoding="utf-8") as f:
    print(repr(f.read()))

# translation on write
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, "w", newline=nl, encoding="utf-8") as f:
        f.write("a\nb\r\nc\rd\n")
    with open(P, "rb") as f:
        print("write", repr(nl), f.read())

try:
    open(P, newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(P, "rb", newline="\n")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(P, newline=5)
except TypeError as e:
    print(type(e).__name__, e)

# newlines attribute after partial reads
with open(P, "wb") as f:
    f.write(b"one\r\ntwo\nthree\r")
with open(P, encoding="utf-8") as f:
    print(f.newlines)
    print(repr(f.readline()))
    f.read()
    print(f.newlines)
