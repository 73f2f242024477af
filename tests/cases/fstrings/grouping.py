# Thousands separators , and _.
for n in [0, 12, 1234, 123456, 1234567, -1234567, 10 ** 12, -(10 ** 20)]:
    print(f"{n:,}", f"{n:_}", f"{n:>15,}", f"{n:015,}")
print(f"{1234567.891:,.2f}", f"{1234567.891:_.3f}", f"{-0.5:,.1f}", f"{1e10:,.0f}")
print(f"{0xFFFFFFFF:_x}", f"{0b101010101010:_b}", f"{0o7777777:_o}", f"{255:_X}")
print(f"{123456789:,d}", f"{1234.5:,}", f"{1234:08,}")
try:
    f"{'abc':,}"
except ValueError as e:
    print(type(e).__name__, e)
