# Uncaught UnicodeDecodeError while iterating over a text file
P = "/tmp/molt_tests_newfeat1_uncaught_decode.bin"
with open(P, "wb") as f:
    f.write(b"fine\nalso fine\n\x80broken\n")
with open(P, encoding="ascii") as f:
    for line in f:
        print(line.strip())
