# Seeded cross-checks: float timedelta components, timedelta * / // % by floats and ints, fromtimestamp rounding and range.
import random
from datetime import *
random.seed(7)
def t(f):
    try: return repr(f())
    except Exception as e: return "%s %s" % (type(e).__name__, e)
for i in range(400):
    x = random.choice([random.uniform(-1e6, 1e6), random.uniform(-1, 1) * 10 ** random.randint(-8, 12), random.randint(-10, 10) / 8, random.randint(-10**6, 10**6) + 0.5])
    k = random.choice(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"])
    td = timedelta(seconds=random.randint(-10**7, 10**7), microseconds=random.randint(0, 10**6))
    print(k, x, t(lambda: timedelta(**{k: x})), t(lambda: td * x), t(lambda: td / x), t(lambda: td // int(x) if int(x) else 0), t(lambda: td % timedelta(seconds=x)) if x else "")
    ts = random.uniform(-1e10, 1e10) if i % 2 else random.randint(-10**10, 10**10) / 2 ** random.randint(1, 24)
    print(ts, t(lambda: datetime.fromtimestamp(ts, timezone.utc)), t(lambda: datetime.fromtimestamp(ts, timezone.utc).timestamp()))
print(t(lambda: timedelta.max + timedelta(1)), t(lambda: timedelta.min - timedelta(microseconds=1)), t(lambda: timedelta.max * 2), t(lambda: -timedelta.min))
print(t(lambda: datetime.fromtimestamp(0.0000005, timezone.utc)), t(lambda: datetime.fromtimestamp(0.0000015, timezone.utc)), t(lambda: datetime.fromtimestamp(-0.0000005, timezone.utc)), t(lambda: datetime.fromtimestamp(253402300800, timezone.utc)), t(lambda: datetime.fromtimestamp(-62135596801, timezone.utc)))
