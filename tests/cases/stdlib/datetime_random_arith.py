# Seeded: datetime/date/time arithmetic, ordering, hashing consistency and isoformat round trips.
import random
from datetime import datetime, date, time, timedelta, timezone
random.seed(5)
def t(f):
    try: return repr(f())
    except Exception as e: return "%s %s" % (type(e).__name__, e)
def rdt():
    tz = random.choice([None, timezone.utc, timezone(timedelta(minutes=random.randint(-1439, 1439)))])
    return datetime(random.randint(1, 9999), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.choice([0, random.randint(0, 999999)]), tz)
def rtd():
    return timedelta(days=random.randint(-4000000, 4000000), seconds=random.randint(-10**6, 10**6), microseconds=random.randint(-10**6, 10**6))
for i in range(500):
    a, b, d = rdt(), rdt(), rtd()
    print(t(lambda: a + d), t(lambda: a - d), t(lambda: a - b), t(lambda: a < b), t(lambda: a == b), t(lambda: (a - b) + b == a))
    print(t(lambda: a.date() + d), t(lambda: a.date() - b.date()), a.isoformat(), datetime.fromisoformat(a.isoformat()) == a, str(a), a.ctime(), a.timetuple()[:], a.isocalendar())
    print(t(lambda: a.astimezone(timezone.utc)), t(lambda: a.timetz() < b.timetz()), t(lambda: hash(a) == hash(a.astimezone(timezone.utc)) if a.tzinfo else None))
    print(repr(d), str(d), d.total_seconds(), t(lambda: d * random.randint(-5, 5)), t(lambda: abs(d) // timedelta(hours=1)), t(lambda: divmod(d, timedelta(seconds=7))))
