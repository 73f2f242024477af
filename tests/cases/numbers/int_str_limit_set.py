# sys.set_int_max_str_digits changes the limit; 0 disables it; small values are rejected.
import sys
print(sys.get_int_max_str_digits())
n = 10**5000
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(n)), len(str(int("5" * 6000))))
try:
    int("5" * 6001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**20000)), int("8" * 30000) % 97)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10**640)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10**639)))
for bad in [1, 639, -1, 100]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits("5000")
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
try:
    print(len(str(n)))
except ValueError as e:
    print(type(e).__name__, e)
