# time: struct_time, gmtime/localtime/mktime/strftime/asctime/ctime (UTC-independent parts).
import time

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0], len(t), t.tm_zone, t.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %%", t))
print(time.asctime(t))
print(time.gmtime(0), time.gmtime(-86400)[:3])
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    st.tm_year = 1
except AttributeError as e:
    print("AttributeError", e)
lt = time.localtime(1_000_000_000)
print(time.mktime(lt) == 1_000_000_000.0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.monotonic() <= time.monotonic())
print(time.perf_counter_ns() > 0, time.process_time() >= 0)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
print(time.strftime("%d/%m/%Y", (2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(time.gmtime(1e9 + 0.5) == time.gmtime(1e9))
