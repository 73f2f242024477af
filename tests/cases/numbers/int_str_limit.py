# The 4300-digit limit on int<->str conversion (PEP 651-era CVE fix).
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
ok = "7" * 4300
print(len(str(int(ok))), int(ok) % 1000)
for s in ["1" * 4301, "-" + "2" * 5000, "3" * 10000, "0" * 4301, "+" + "1_0" * 2200]:
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(type(e).__name__, e)
n = 10**4300
try:
    print(len(str(n)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(len(repr(-n)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(len(f"{n}"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(len("%d" % n))
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10**4299)), len(str(-(10**4299))))
print(len(hex(n)), len(bin(n)), len(oct(n)), len(format(n, "x")))
print(int("f" * 5000, 16).bit_length(), int("1" * 20000, 2).bit_length(), int("z" * 4000, 36).bit_length() > 0)
try:
    int("9" * 5000, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("7" * 5000, 8)
except ValueError as e:
    print(type(e).__name__, e)
