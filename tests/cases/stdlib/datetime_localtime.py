# Local-time conversions (fold, DST gaps, astimezone()) under a fixed TZ set through tzset.
import os, time as _T
os.environ["TZ"] = "America/New_York"
_T.tzset()
print(_T.tzname)
import warnings; warnings.simplefilter("ignore")
import time as T
from datetime import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for ts in (0, 1700000000.5, 1710054000, 1710057600, 1730613600, 1730617200, -1e9):
    t(lambda: datetime.fromtimestamp(ts)); t(lambda: date.fromtimestamp(ts)); t(lambda: datetime.fromtimestamp(ts).timestamp())
    t(lambda: datetime.fromtimestamp(ts, timezone.utc).astimezone()); t(lambda: datetime.fromtimestamp(ts).astimezone())
    t(lambda: datetime.fromtimestamp(ts).astimezone(timezone.utc))
for d in (datetime(2024, 3, 10, 2, 30), datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 1, 30, fold=1), datetime(2024, 7, 1)):
    t(lambda: d.timestamp()); t(lambda: d.astimezone()); t(lambda: d.astimezone(timezone.utc))
t(lambda: T.strptime("EST", "%Z")); t(lambda: T.strptime("EDT", "%Z")); t(lambda: T.strptime("est 2024", "%Z %Y").tm_isdst)
t(lambda: datetime.strptime("2024 EDT", "%Y %Z"))
for f in (0,1):
  d=datetime(2024,3,10,2,30,fold=f); print(d.timestamp(), d.astimezone(), d.astimezone(timezone.utc), d.astimezone(timezone(timedelta(hours=1))))
  d=datetime(2024,11,3,1,30,fold=f); print(d.timestamp(), d.astimezone(), d.astimezone(timezone.utc))
class N(tzinfo):
    def utcoffset(self, dt): return None
print(datetime(2024,7,1,12,tzinfo=N()).astimezone(timezone.utc), datetime(2024,7,1,12,tzinfo=timezone.utc).astimezone(timezone.utc), datetime(2024,7,1,12,tzinfo=timezone.utc).astimezone())
