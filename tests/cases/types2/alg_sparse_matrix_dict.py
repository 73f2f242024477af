# Sparse matrices and polynomials stored in dicts keyed by tuples / exponents.
def sp_from_dense(m):
    return {(i, j): v for i, row in enumerate(m) for j, v in enumerate(row) if v}
def sp_mul(a, b):
    out = {}
    brow = {}
    for (k, j), v in b.items():
        brow.setdefault(k, []).append((j, v))
    for (i, k), v in a.items():
        for j, w in brow.get(k, ()):
            out[(i, j)] = out.get((i, j), 0) + v * w
    return {k: v for k, v in out.items() if v}
A = sp_from_dense([[1, 0, 0], [0, 0, 2], [3, 0, 0]])
B = sp_from_dense([[0, 4, 0], [0, 0, 0], [5, 0, 6]])
print(A, B)
print(sorted(sp_mul(A, B).items()), sorted(sp_mul(B, A).items()))
print(max(A, key=A.get), sum(A.values()), sorted(A, key=lambda ij: (ij[1], ij[0])))
def poly_mul(p, q):
    r = {}
    for e1, c1 in p.items():
        for e2, c2 in q.items():
            r[e1 + e2] = r.get(e1 + e2, 0) + c1 * c2
    return {e: c for e, c in sorted(r.items(), reverse=True) if c}
def poly_str(p):
    terms = []
    for e, c in sorted(p.items(), reverse=True):
        coef = "" if abs(c) == 1 and e else str(abs(c))
        var = "" if e == 0 else "x" if e == 1 else f"x^{e}"
        terms.append(("-" if c < 0 else "+") + " " + coef + var)
    s = " ".join(terms) or "0"
    return s[2:] if s.startswith("+") else "-" + s[2:]
p = {1: 1, 0: 1}
acc = {0: 1}
for n in range(1, 6):
    acc = poly_mul(acc, p)
    print(n, poly_str(acc))
print(poly_str(poly_mul({1: 1, 0: -1}, {1: 1, 0: 1})), poly_str({}), poly_str({0: -3}), poly_str({2: -1, 1: 2}))
def poly_eval(p, x):
    return sum(c * x ** e for e, c in p.items())
print([poly_eval(acc, x) for x in (-1, 0, 1, 2, 0.5)])
