# A user tzinfo subclass, fromutc/astimezone, comparisons across zones, sorting, dicts.
from datetime import datetime, timedelta, tzinfo, timezone, date, time


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%r)" % self.name


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


ny = Fixed(-300, "EST")
cet = Fixed(60, "CET")
a = datetime(2024, 3, 10, 12, 0, tzinfo=ny)
print(repr(a), a, a.tzname(), a.utcoffset(), a.dst(), a.timetuple().tm_isdst)
b = a.astimezone(cet)
print(repr(b), b == a, b - a, hash(a) == hash(b))
print(a.astimezone(timezone.utc), a.astimezone(timezone(timedelta(hours=9), "JST")).strftime("%Y-%m-%d %H:%M %Z %z"))
print(cet.fromutc(datetime(2024, 1, 1, 23, 30, tzinfo=cet)))
c = datetime(2024, 3, 10, 12, 0, tzinfo=NoDst())
print(c.isoformat(), c.dst(), c.tzname(), c.timetuple().tm_isdst)
for f in (lambda: NoDst().fromutc(c), lambda: cet.fromutc(a), lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad()).tzname(), lambda: a.astimezone(5),
          lambda: time(1, tzinfo=timezone.utc) < time(2), lambda: datetime(2024, 1, 1) - a):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
zones = [timezone(timedelta(hours=h)) for h in (-8, 0, 5, 13)]
stamps = [datetime(2024, 6, 1, 12, tzinfo=z) for z in zones]
for s in sorted(stamps):
    print(s.isoformat(), s.astimezone(timezone.utc).isoformat(timespec="minutes"))
d = {datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=5))): "x"}
print(d.get(datetime(2024, 1, 1, tzinfo=timezone.utc)), d.get(datetime(2024, 1, 1)))
print(time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc), time(12) == time(12, tzinfo=timezone.utc))
print(time(12, 30, tzinfo=cet) < time(12, 0, tzinfo=ny), time(5, tzinfo=cet).utcoffset(), time(5, tzinfo=cet).tzname(), time(5, tzinfo=cet).isoformat())
span = datetime(2024, 12, 31, 23, 59, 59, 999999) - datetime(2024, 1, 1)
print(span, span.total_seconds(), repr(span))
print(datetime(2024, 2, 28, 23) + timedelta(hours=2), datetime(2023, 2, 28, 23) + timedelta(hours=2), datetime(2000, 1, 1) - timedelta(microseconds=1))
print(datetime.min, datetime.max, repr(datetime.resolution), datetime(1, 1, 1) + timedelta(days=3652058))
print(date(2024, 1, 31).replace(day=29), [date(2024, m, 1).strftime("%b %B") for m in (1, 6, 12)])
print(datetime(2024, 1, 2, 13, 5).strftime("%I:%M %p %a %A %j %U %W %w %y %C|%e|"), f"{datetime(2024, 1, 2):%d.%m.%Y}", f"{time(4, 5):%H%M}")
