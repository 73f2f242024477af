# fromtimestamp/timestamp at the edges (rounding, year range, inf/nan, bad types), TZ=UTC via tzset.
import os, time as _T
os.environ["TZ"] = "UTC"
_T.tzset()
from datetime import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for ts in (-0.5, -1e-7, 0.9999999, 86399.9999999, -86400.0000001, 1e11, 2**40, -62135596800, 253402300799.9999999, True):
    t(lambda: date.fromtimestamp(ts)); t(lambda: datetime.fromtimestamp(ts)); t(lambda: datetime.fromtimestamp(ts, timezone.utc))
t(lambda: date.fromtimestamp("1")); t(lambda: date.fromtimestamp(float("nan"))); t(lambda: datetime.fromtimestamp(float("inf")))
t(lambda: date.fromtimestamp(None))
for f in (lambda: datetime(1,1,1).timestamp(), lambda: datetime(9999,12,31,23).timestamp(), lambda: datetime(1,1,1).astimezone(), lambda: date.fromtimestamp(float('inf')), lambda: date.fromtimestamp(1e20), lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(-1e20, timezone.utc), lambda: date.fromtimestamp(float('nan'))):
    t(f)
