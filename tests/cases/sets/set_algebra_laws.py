# Checking set algebra identities on small int sets.
A = {1, 2, 3, 4}
B = {3, 4, 5}
C = {4, 5, 6, 1}
print(A | (B & C) == (A | B) & (A | C))
print(A & (B | C) == (A & B) | (A & C))
print(A - (B | C) == (A - B) & (A - C))
print(A ^ B == (A - B) | (B - A))
print(A ^ B ^ C, (A ^ B) ^ C == A ^ (B ^ C))
U = set(range(10))
print(U - (A | B) == (U - A) & (U - B))
print(len(A | B | C), len(A & B & C), sorted(A | B | C))
for name, s in [("A", A), ("B", B), ("C", C)]:
    print(name, sum(s), min(s), max(s), len(s))
