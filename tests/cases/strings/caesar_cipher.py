# A Caesar cipher using ord/chr arithmetic.
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! xyz XYZ"
for k in [0, 1, 3, 13, 25, 26, -1, -27]:
    enc = shift(msg, k)
    print(k, enc, shift(enc, -k) == msg)
