# A DST-observing tzinfo (US rules since 2007) written for this test: fromutc, fold, interzone ==.
from datetime import datetime, timedelta, tzinfo, timezone

def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)

class Eastern(tzinfo):
    std = timedelta(hours=-5)
    def dst_range(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end
    def utcoffset(self, dt):
        return self.std + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self.dst_range(dt.year)
        dt = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= dt < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= dt < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= dt < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Eastern"
    def fromutc(self, dt):
        start, end = self.dst_range(dt.year)
        start = start.replace(tzinfo=self)
        end = end.replace(tzinfo=self)
        std_time = dt + self.std
        dst_time = std_time + timedelta(hours=1)
        if end <= dst_time < end + timedelta(hours=1):
            return std_time.replace(fold=1)
        if std_time < start or dst_time >= end:
            return std_time
        if start <= std_time < end - timedelta(hours=1):
            return dst_time

E = Eastern()
for h in range(3, 9):
    u = datetime(2024, 11, 3, h, 30, tzinfo=timezone.utc)
    loc = u.astimezone(E)
    print(u, repr(loc), loc.tzname(), loc.utcoffset(), loc.astimezone(timezone.utc))
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=timezone.utc)
    loc = u.astimezone(E)
    print(u, repr(loc), loc.tzname(), loc.astimezone(timezone.utc))
a = datetime(2024, 11, 3, 1, 30, tzinfo=E)
b = a.replace(fold=1)
u0 = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
u1 = datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc)
print(a == b, a == u0, b == u1, a < u1, b > u0, a != u0, b - a, a - u0, b - u1, hash(a) == hash(b))
print(a.utcoffset(), b.utcoffset(), a.dst(), b.dst(), a.timetuple().tm_isdst, b.timetuple().tm_isdst, a.utctimetuple(), b.utctimetuple())
print(datetime(2024, 7, 1, 12, tzinfo=E).timestamp(), datetime(2024, 1, 1, 12, tzinfo=E).isoformat(), datetime(2024, 7, 1, 12, tzinfo=E).strftime("%z %Z %:z"))
class Plain(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-4)
    def dst(self, dt): return timedelta(hours=1)
print(datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(Plain()).isoformat())
