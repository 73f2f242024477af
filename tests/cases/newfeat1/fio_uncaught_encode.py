# Uncaught UnicodeEncodeError when writing to an ascii file
P = "/tmp/molt_tests_newfeat1_uncaught_encode.txt"
names = ["Alice", "Bob", "Zoë"]
with open(P, "w", encoding="ascii") as f:
    for n in names:
        f.write(n + "\n")
        print("wrote", n)
