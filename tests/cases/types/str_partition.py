# str.partition and rpartition.
for s in ["key=value", "key=va=lue", "novalue", "=start", "end=", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("aXXbXXc".partition("XX"), "aXXbXXc".rpartition("XX"))
print("abc".partition("abc"), "abc".rpartition("abc"))
print("abc".partition("abcd"), "abc".rpartition("abcd"))
print("héllo wörld".partition("ö"), "😀a😀".rpartition("😀"))
for bad in ["", None, 1]:
    try:
        print("abc".partition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print("abc".rpartition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
