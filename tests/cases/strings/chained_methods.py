# Chaining several string methods.
raw = "   Hello, World!  Hello, Python!   "
print(repr(raw.strip().lower().replace("hello", "bye")))
print(raw.strip().split("!")[0].upper())
print("-".join(raw.split()).center(40, "*"))
print([w.strip(",!").lower() for w in raw.split()])
print(raw.strip().replace("!", "").replace(",", "").split(" "))
print(raw.count("l"), raw.lower().count("hello"), raw.find("World"), raw.strip().rfind("Hello"))
print(" ".join(w[::-1] for w in raw.split()))
print(raw.strip()[::2], raw.strip()[1::2])
name = "  ada LOVELACE "
print(name.strip().title(), name.strip().split()[-1].capitalize(), name.strip().upper().startswith("ADA"))
