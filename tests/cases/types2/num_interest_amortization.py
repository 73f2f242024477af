# Loan amortization schedule with float rounding and aligned report formatting.
def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)
P, rate, n = 25000.0, 0.065, 12
pmt = payment(P, rate, n)
print(f"payment: {pmt:,.2f} ({pmt!r})")
bal = P
tot_int = 0.0
print(f"{'#':>3} {'interest':>10} {'principal':>10} {'balance':>12}")
for m in range(1, n + 1):
    i = round(bal * rate / 12, 2)
    p = round(pmt - i, 2) if m < n else round(bal, 2)
    bal = round(bal - p, 2)
    tot_int += i
    print(f"{m:>3} {i:>10,.2f} {p:>10,.2f} {bal:>12,.2f}")
print(f"total interest {tot_int:.2f}", round(tot_int, 2))
for r in [0.0, 0.01, 0.05, 0.2]:
    print(r, f"{payment(1000, r, 24):.4f}")
def compound(p, r, years, k):
    return p * (1 + r / k) ** (k * years)
import math
for k in [1, 4, 12, 365, 10 ** 6]:
    print(k, f"{compound(1000, 0.05, 10, k):.6f}")
print(f"{1000 * math.exp(0.05 * 10):.6f}", f"{math.log(2) / 0.05:.4f}", f"{72 / 5:.1f}")
