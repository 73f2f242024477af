# Query-string encoding/decoding implemented with str/bytes methods (percent-encoding).
SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
def quote(s):
    return "".join(chr(b) if b in SAFE else "%{:02X}".format(b) for b in s.encode("utf-8"))
def unquote(s):
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 1 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        elif s[i] == "+":
            out.append(32)
            i += 1
        else:
            out.extend(s[i].encode())
            i += 1
    return out.decode("utf-8", "replace")
params = {"q": "café & crème", "page": "2", "tags": "a,b c", "emoji": "🐍", "empty": ""}
qs = "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())
print(qs)
back = {}
for pair in qs.split("&"):
    k, _, v = pair.partition("=")
    back[unquote(k)] = unquote(v)
print(back, back == params)
for s in ["100%", "%zz", "%4", "a+b", "%E2%82%AC", "%ff", "%C3"]:
    print(repr(s), repr(unquote(s)))
print(quote("/path with spaces/ü"), quote(""), quote("~-._"))
