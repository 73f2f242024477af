"""The `datetime` module: timedelta, date, time, datetime, tzinfo and timezone,
following CPython 3.12's behaviour (proleptic Gregorian calendar, microsecond
resolution, CPython's reprs and error messages). Local time comes from `time`."""

import time as _time
import math as _math
import operator as _operator

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _index(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(v)


_NOARG = object()


def _check_required(year, month, day):
    for pos, (name, value) in enumerate((("year", year), ("month", month), ("day", day))):
        if value is _NOARG:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos + 1))
        _index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _div_round(a, b):
    """a / b rounded half to even (integers)."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or (r == b and q % 2 == 1):
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset (None gives '')."""
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return offset


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %z, %:z, %Z and %f (which the C library does not know about) and hand the
    rest to time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z" or (ch == ":" and i < n and fmt[i] == "z"):
            if ch == ":":
                i += 1
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ":" if ch == ":" else "").replace("%", "%%"))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%")
            out.append(ch)
    # tm_zone "" rather than None: CPython's C library sees no zone for what is left
    # (say %#Z), while Molt's time.strftime would fill one in for None.
    tt = _time.struct_time(tuple(timetuple)[:9], {"tm_zone": "", "tm_gmtoff": None})
    return _time.strftime("".join(out), tt)


def _type_name(obj):
    t = type(obj)
    if t.__module__ == "builtins":
        return t.__name__
    if t.__module__ == "datetime":
        return "datetime." + t.__name__
    return t.__name__


def _repr_name(obj):
    t = type(obj)
    if t in (timedelta, date, time, datetime, timezone):
        return "datetime." + t.__name__
    return t.__name__


class timedelta:
    """Difference between two dates or datetimes: days, seconds and microseconds."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total = 0  # microseconds, exact while every component is an int
        num = 0    # exact rational part from floats: num / den microseconds
        den = 1
        for value, factor, label in ((days, 86400000000, "days"),
                                     (seconds, 1000000, "seconds"),
                                     (microseconds, 1, "microseconds"),
                                     (milliseconds, 1000, "milliseconds"),
                                     (minutes, 60000000, "minutes"),
                                     (hours, 3600000000, "hours"),
                                     (weeks, 604800000000, "weeks")):
            if isinstance(value, bool) or isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    if value != value:
                        raise ValueError("cannot convert float NaN to integer")
                    raise OverflowError("cannot convert float infinity to integer")
                a, b = value.as_integer_ratio()
                num = num * b + a * factor * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (label, type(value).__name__))
        if den != 1 or num:
            total += _div_round(num, den)
        return cls._from_us(total, cls)

    @staticmethod
    def _from_us(us, cls=None):
        d, us = divmod(us, 86400000000)
        s, us = divmod(us, 1000000)
        if not -999999999 <= d <= 999999999:
            if not -2147483648 <= d <= 2147483647:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(timedelta if cls is None else cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_repr_name(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is _IsoCalendarDate else type(self).__name__,
            self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class _IsoError(Exception):
    """An ISO 8601 string that does not parse (reported as 'Invalid isoformat string')."""


def _ch(s, i):
    """s[i], or NUL past the end (the parser reads the string as if NUL-terminated)."""
    return s[i] if i < len(s) else "\0"


def _digits(s, pos, k):
    """The value of the k ASCII digits at s[pos:] and the position after them."""
    v = 0
    for i in range(pos, pos + k):
        c = _ch(s, i)
        if not "0" <= c <= "9":
            raise _IsoError
        v = v * 10 + ord(c) - 48
    return v, pos + k


def _parse_isoformat_date(s, length):
    """(year, month, day) from the first `length` characters of s: YYYY-MM-DD, YYYYMMDD,
    YYYY-Www[-D] or YYYYWww[D]. Like CPython, what follows a complete date is not looked at."""
    year, pos = _digits(s, 0, 4)
    sep = _ch(s, pos) == "-"
    if sep:
        pos += 1
    if _ch(s, pos) == "W":
        week, pos = _digits(s, pos + 1, 2)
        day = 1
        if pos < length:
            if sep:
                if _ch(s, pos) != "-":
                    raise _IsoError
                pos += 1
            day, pos = _digits(s, pos, 1)
        try:
            return _isocalendar_to_ymd(year, week, day)
        except ValueError:
            raise _IsoError from None
    month, pos = _digits(s, pos, 2)
    if sep:
        if _ch(s, pos) != "-":
            raise _IsoError
        pos += 1
    day, pos = _digits(s, pos, 2)
    return year, month, day


def _date_length(s):
    """Where the date part of an ISO datetime string ends (CPython's rules for telling
    the date from the time when the separator could be any character)."""
    n = len(s)
    if n == 7:
        return 7
    if _ch(s, 4) == "-":
        if _ch(s, 5) != "W":
            return 10
        if n < 8:
            raise _IsoError
        if n > 8 and _ch(s, 8) == "-":
            if n == 9:
                raise _IsoError
            if n > 10 and "0" <= _ch(s, 10) <= "9":
                return 8
            return 10
        return 8
    if _ch(s, 4) == "W":
        idx = 7
        while idx < n and "0" <= s[idx] <= "9":
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        bad = True
        if week == 53:
            wd = _ymd2ord(year, 1, 1) % 7
            if wd == 4 or (wd == 3 and _is_leap(year)):
                bad = False
        if bad:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_hms(s, pos, end):
    """Parse [HH[:?MM[:?SS]]][.,fraction] from s[pos:end]. Returns (hour, minute, second,
    microsecond, clean) where clean tells whether parsing stopped exactly at the end
    of the string (CPython accepts some trailing text before a UTC offset)."""
    vals = [0, 0, 0]
    has_sep = True
    i = 0
    while i < 3:
        vals[i], pos = _digits(s, pos, 2)
        c = _ch(s, pos)
        pos += 1
        if i == 0:
            has_sep = c == ":"
        if pos >= end:
            return vals[0], vals[1], vals[2], 0, c == "\0"
        if has_sep and c == ":":
            i += 1
            continue
        if c in ".,":
            break
        if has_sep:
            raise _IsoError
        pos -= 1
        i += 1
    remaining = end - pos
    take = 6 if remaining >= 6 else remaining
    us, pos = _digits(s, pos, take)
    us *= 10 ** (6 - take)
    while "0" <= _ch(s, pos) <= "9":
        pos += 1
    return vals[0], vals[1], vals[2], us, _ch(s, pos) == "\0"


def _parse_isoformat_time(s, pos):
    """(hour, minute, second, microsecond, offset) from s[pos:]; offset is None or
    (seconds, microseconds) east of UTC."""
    n = len(s)
    tzpos = pos
    while tzpos < n and s[tzpos] not in "Z+-":
        tzpos += 1
    hh, mm, ss, us, clean = _parse_hms(s, pos, tzpos)
    if tzpos >= n:
        if not clean:
            raise _IsoError
        return hh, mm, ss, us, None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            raise _IsoError
        return hh, mm, ss, us, (0, 0)
    sign = -1 if s[tzpos] == "-" else 1
    th, tm, ts, tus, clean = _parse_hms(s, tzpos + 1, n)
    if not clean:
        raise _IsoError
    return hh, mm, ss, us, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _make_tz(spec):
    """The timezone for a parsed (seconds, microseconds) offset, or None."""
    if spec is None:
        return None
    secs, us = spec
    if secs == 0 and us == 0:
        return timezone.utc
    return timezone(timedelta(0, secs, us))


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_NOARG, month=_NOARG, day=_NOARG):
        if (month is _NOARG and isinstance(year, bytes) and len(year) == 4
                and 1 <= year[2] <= 12):
            # Pickle state: year (2 bytes, big-endian), month, day.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        _check_required(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float("inf"), float("-inf")):
                raise OverflowError("timestamp out of range for platform time_t")
        elif t is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(t)[:9]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) not in (7, 8, 10):
                raise _IsoError
            ymd = _parse_isoformat_date(date_string, len(date_string))
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                           self._day, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp_date(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) != 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmp_date(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month,
                                    self._day)),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


_EPOCH_ORD = 719163


def _local_seconds(u):
    """The local wall-clock time at POSIX time u, as seconds since 1970-01-01 00:00."""
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss


def _local_solutions(t, fold=0):
    """([POSIX times whose local wall clock reads t], [candidates tried]), both sorted; the
    candidates use the UTC offsets in force a day before and a day after. Out-of-range
    errors from the probe on the fold's side (before for 0, after for 1) propagate, as
    in CPython; the other side's are ignored."""
    cands = []
    for side, probe in ((0, t - 86400), (1, t + 86400)):
        try:
            u = t - (_local_seconds(probe) - probe)
        except (ValueError, OverflowError):
            if side == fold:
                raise
            continue
        if u not in cands:
            cands.append(u)
    cands.sort()
    found = []
    for u in cands:
        try:
            if _local_seconds(u) == t:
                found.append(u)
        except (ValueError, OverflowError):
            pass
    return found, cands


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag),
                             {"tm_zone": None, "tm_gmtoff": None})


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        state = getstate() if getstate is not None else getattr(self, "__dict__", None)
        return (type(self), args, state or None)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """A time of day (hour, minute, second, microsecond, tzinfo, fold)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6 and (hour[0] & 127) < 24:
            # Pickle state: hour (+128 for fold), minute, second, microsecond (3 bytes);
            # the second argument is the tzinfo.
            st = hour
            tzinfo = minute if minute != 0 else None
            hour, minute, second = st[0] & 127, st[1], st[2]
            microsecond = (st[3] << 16) | (st[4] << 8) | st[5]
            fold = 1 if st[0] & 128 else 0
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp_time(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, allow_mixed=True) != 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash(t._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_repr_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % type(timespec).__name__)
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            hh, mm, ss, us, off = _parse_isoformat_time(
                time_string, 1 if time_string[:1] == "T" else 0)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(hh, mm, ss, us, _make_tz(off))

    def strftime(self, format):
        tt = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        fold = 128 if self._fold and protocol > 3 else 0
        state = bytes((self._hour | fold, self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, with optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_NOARG, month=_NOARG, day=_NOARG, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, bytes) and len(year) == 10 and 1 <= (year[2] & 127) <= 12):
            # Pickle state: year (2 bytes), month (+128 for fold), day, hour, minute,
            # second, microsecond (3 bytes); the second argument is the tzinfo.
            st = year
            tzinfo = month if month is not _NOARG else None
            year, month, day = st[0] * 256 + st[1], st[2] & 127, st[3]
            hour, minute, second = st[4], st[5], st[6]
            microsecond = (st[7] << 16) | (st[8] << 8) | st[9]
            fold = 1 if st[2] & 128 else 0
        _check_required(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float("inf"), float("-inf")):
                raise OverflowError("timestamp out of range for platform time_t")
            frac, t = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
            t = int(t)
        elif isinstance(t, int):
            us = 0
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        conv = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = conv(t)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # fold=1 when the same wall-clock time was also shown earlier (within a day).
            wall = _local_seconds(t)
            before = _local_seconds(t - 86400) - (t - 86400)
            earlier = wall - before
            if earlier < t and _local_seconds(earlier) == wall:
                result = result.replace(fold=1)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, "
                      "datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in "
                      "UTC: datetime.datetime.now(datetime.UTC).", DeprecationWarning,
                      stacklevel=2)
        return cls._fromtimestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            dlen = _date_length(s)
            y, m, d = _parse_isoformat_date(s, dlen)
            hh = mm = ss = us = 0
            off = None
            if len(s) > dlen:
                hh, mm, ss, us, off = _parse_isoformat_time(s, dlen + 1)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(y, m, d, hh, mm, ss, us, _make_tz(off))

    @classmethod
    def strptime(cls, *args):
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        date_string, format = args
        for i, arg in enumerate(args):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (i + 1, type(arg).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dstflag = -1
        elif dst:
            dstflag = 1
        else:
            dstflag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, dstflag)

    def utctimetuple(self):
        off = self.utcoffset()
        if off:
            self -= off
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, 0)

    def _local_timestamp(self):
        """The POSIX time of this naive local time: of the (up to two) instants showing
        it, the earlier for fold=0 and the later for fold=1; in a gap, the time read
        with the offset before the transition for fold=0 and the one after for fold=1."""
        t = ((self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60
             + self._second)
        found, cands = _local_solutions(t, self._fold)
        if len(found) == 2:
            return found[self._fold]
        if found:
            return found[0]
        return cands[-1] if self._fold == 0 else cands[0]

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        mytz = self._tzinfo
        myoffset = None if mytz is None else mytz.utcoffset(self)
        if myoffset is None:
            # Naive (or offset-less): local time; the instant is what timestamp() gives.
            ts = self.replace(tzinfo=None)._local_timestamp()
            utc = (datetime(1970, 1, 1) + timedelta(seconds=ts, microseconds=self._microsecond))
        else:
            if tz is mytz:
                return self
            utc = (self - myoffset).replace(tzinfo=None)
        if tz is None:
            ts = (utc - datetime(1970, 1, 1)) // timedelta(seconds=1)
            lt = _time.localtime(ts)
            tz = timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)
        utc = type(self).combine(utc.date(), utc.time(), tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % type(timespec).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_repr_name(self), ", ".join(map(str, fields)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp_dt(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp_dt(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp_dt(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __le__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) > 0
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self).combine(date(y, m, d),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._key())
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - off)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        fold = 128 if self._fold and protocol > 3 else 0
        state = bytes((self._year >> 8, self._year & 255, self._month | fold,
                       self._day, self._hour, self._minute, self._second, us >> 16,
                       (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        name = "datetime.timezone" if type(self) is timezone else type(self).__name__
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


_UTC = None
timezone._maxoffset = timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)
timezone._minoffset = -timezone._maxoffset
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
