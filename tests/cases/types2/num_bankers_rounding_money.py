# Rounding money: round() half-to-even on floats vs integer-cent half-up, and format rounding.
prices = [0.125, 0.135, 0.145, 2.675, 1.005, 0.5, 1.5, 2.5, 10.555, 99.995]
for p in prices:
    cents_even = round(p * 100)
    cents_up = int(p * 100 + 0.5)
    print(f"{p!r:>7} round2={round(p, 2)!r:<6} fmt={p:.2f} even_cents={cents_even} up_cents={cents_up} exact={p.as_integer_ratio()[1] == 1}")
def round_half_even_int(n, d):
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2):
        q += 1
    return q
for n, d in [(5, 2), (7, 2), (-5, 2), (25, 10), (35, 10), (1, 3), (2, 3), (15, 10)]:
    print(n, d, round_half_even_int(n, d), round(n / d))
items = [19.99, 5.01, 0.1, 0.2, 3.333]
qty = [3, 7, 10, 10, 3]
subtotal = sum(p * q for p, q in zip(items, qty))
cents = sum(round(p * 100) * q for p, q in zip(items, qty))
print(repr(subtotal), f"{subtotal:.2f}", cents, f"{cents // 100}.{cents % 100:02d}")
tax = round(cents * 0.0825)
print(tax, cents + tax, f"{(cents + tax) / 100:,.2f}", round(-0.5), round(-1.5), round(0.5 + 1e-9))
