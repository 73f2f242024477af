# Converting floats to ints: truncation, big values.
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e15, 1e20, -1e20, 2.0 ** 64, 1.7976931348623157e308]:
    print(v, int(v))
print(int(1e20) == 10 ** 20, int(1e23) == 10 ** 23, int(1e23))
print(float(int(1e23)) == 1e23)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.max_exp)
for v in [2.5, -2.5, 3.999999999999999, 3.9999999999999999]:
    print(repr(v), int(v), round(v), -int(-v))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
