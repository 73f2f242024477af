# Subclasses (timezone is final), reduce/reduce_ex states (bytes, fold for protocol 4), copy, tzinfo reduce.
from datetime import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def sub():
    class Z(timezone): pass
    return Z
t(sub)
t(lambda: datetime.fromisocalendar(2024, 1, 1)); t(lambda: datetime.fromordinal(5)); t(lambda: type(datetime.today()).__name__); t(lambda: type(date.today()).__name__)
t(lambda: (datetime.now(timezone.utc) - datetime.now(timezone.utc)) < timedelta(seconds=5)); t(lambda: abs(datetime.now().timestamp() - __import__("time").time()) < 5)
class TD(timedelta):
    pass
t(lambda: TD(1)); t(lambda: type(TD(1) + TD(1)).__name__); t(lambda: type(-TD(1)).__name__); t(lambda: str(TD(hours=1)))
class DT(datetime):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a, **k)
        return self
t(lambda: DT(2024, 1, 1, 5)); t(lambda: DT.fromtimestamp(0, timezone.utc)); t(lambda: type(DT(2024,1,1) - DT(2023,1,1)).__name__)
class T2(time): pass
t(lambda: T2(1, 2)); t(lambda: type(T2(1).replace(hour=3)).__name__)
t(lambda: datetime(2024,1,1).date().__class__); t(lambda: hash(time(1, tzinfo=timezone.utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))))
t(lambda: date(2024, 1, 1).__reduce__()); t(lambda: timedelta(1, 2, 3).__reduce__())
t(lambda: timezone.utc.utcoffset(None)); t(lambda: timezone.utc.dst(None)); t(lambda: timezone(timedelta(hours=3)).tzname(datetime(2024,1,1)))
t(lambda: timezone(timedelta(hours=1)) == timezone(timedelta(hours=1))); t(lambda: timezone.utc == 5); t(lambda: timezone(-timedelta(microseconds=1)))
t(lambda: str(timezone(-timedelta(microseconds=1))))
import copy
for o in (date(2024, 2, 3), datetime(2024, 2, 3, 4, 5, 6, 123456), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc, fold=1), time(23, 59, 59, 999999, fold=1), time(1, tzinfo=timezone(timedelta(hours=-3), "Q")), timezone.utc, timezone(timedelta(hours=2), "Z"), DT(2024, 5, 6), T2(3)):
    r = o.__reduce__()
    print(r, r[0](*r[1]) == o, repr(copy.deepcopy(o)), repr(copy.copy(o)))
t(lambda: date(b"\x07\xe8\x0d\x01")); t(lambda: time(b"\x18\x00\x00\x00\x00\x00"))
print(datetime(2024,1,1,fold=1).__reduce_ex__(4), datetime(2024,1,1,fold=1).__reduce_ex__(3), time(fold=1).__reduce_ex__(4), date(2024,1,1).__reduce_ex__(4), timedelta(1).__reduce_ex__(4))
class TZ(tzinfo):
  def __init__(self, a=1): self.a = a
print(TZ().__reduce__(), timezone.utc.__reduce_ex__(4), copy.deepcopy(TZ(5)).a)
t(lambda: repr(time(1, tzinfo=timezone.utc, fold=1))); t(lambda: repr(datetime(2024,1,1,fold=1, tzinfo=timezone.utc)))
