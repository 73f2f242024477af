"""The `time` module: clocks and sleep from the native `_time`, and struct_time with
localtime/gmtime/mktime/asctime/ctime/strftime/strptime built on the C library's
broken-down time (so results match CPython's on the same machine)."""

import _time
import _structseq

time = _time.time
time_ns = _time.time_ns
perf_counter = _time.perf_counter
perf_counter_ns = _time.perf_counter_ns
monotonic = _time.monotonic
monotonic_ns = _time.monotonic_ns
process_time = _time.process_time
process_time_ns = _time.process_time_ns
sleep = _time.sleep

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

struct_time = _structseq.make(
    "struct_time",
    "time",
    ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
     "tm_isdst"),
    ("tm_zone", "tm_gmtoff"),
)


def _clock_value(clk_id, ns):
    if clk_id in (CLOCK_REALTIME, CLOCK_TAI):
        return _time.time_ns() if ns else _time.time()
    if clk_id in (CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME):
        return _time.monotonic_ns() if ns else _time.monotonic()
    if clk_id in (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID):
        return _time.process_time_ns() if ns else _time.process_time()
    raise OSError(22, "Invalid argument")


def clock_gettime(clk_id):
    return _clock_value(clk_id, False)


def clock_gettime_ns(clk_id):
    return _clock_value(clk_id, True)


def thread_time():
    return _time.process_time()


def thread_time_ns():
    return _time.process_time_ns()


def _tzset():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time.tzinfo()


def tzset():
    _tzset()


_tzset()


def _make(t):
    return struct_time(t[:9], {"tm_zone": t[9], "tm_gmtoff": t[10]})


def localtime(secs=None):
    return _make(_time.localtime(secs))


def gmtime(secs=None):
    return _make(_time.gmtime(secs))


def _fields(t, fname):
    """The (9 fields, zone, gmtoff) tuple for a struct_time or 9-tuple argument."""
    if isinstance(t, struct_time):
        return tuple(t) + (t.tm_zone, t.tm_gmtoff)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return tuple(t) + (None, None)


def mktime(t):
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError("Tuple or struct_time argument required")
    return _time.mktime(_fields(t, "mktime"))


def _check(t):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    if not 1 <= mon <= 12:
        if mon == 0:
            mon = 1
        else:
            raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        if mday == 0:
            mday = 1
        else:
            raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    wday = wday % 7
    if yday == 0:
        yday = 1
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst) + tuple(t[9:])


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    fields = _check(_fields(t, "strftime"))
    if fields[9] is None:
        # A plain 9-tuple: %Z names the zone only when tm_isdst says which (CPython 3.12).
        zone = tzname[fields[8] > 0] if fields[8] >= 0 else ""
        fields = fields[:9] + (zone, 0)
    return _time.strftime(format, fields)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    f = _check(_fields(t, "asctime"))
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def get_clock_info(name):
    import types
    info = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False, 1e-09),
    }
    if name not in info:
        raise ValueError("unknown clock")
    impl, mono, adj, res = info[name]
    return types.SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj,
                                 resolution=res)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)
