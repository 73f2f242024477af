"""Parsing of time strings for `time.strptime` and `datetime.strptime` (C locale).

Molt has no `re` module, so a format is compiled into a list of pieces (literal
text, runs of whitespace, directives) and matched against the input with a
small backtracking matcher whose choices follow the same order as CPython's
regular expressions, giving the same results and error messages."""

import time as _time_mod

_A_WEEKDAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_F_WEEKDAY = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_A_MONTH = ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"]
_F_MONTH = ["", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"]
_AM_PM = ("am", "pm")

# Locale-dependent compound directives, C locale.
_COMPOUND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

# Characters that CPython's pattern builder escapes with a backslash; a '%'
# followed by one of them (or by whitespace) is reported as the bad directive '%'.
_ESCAPED = "\\.^$*+?(){}[]|"

_DIGITS_ALTS = {
    # directive: alternatives in regex order, each a tuple of character classes:
    # 'd' any decimal digit, '0'..'9' a literal, 'a-b' a range, ' ' a space.
    "d": (("3", "0-1"), ("1-2", "d"), ("0", "1-9"), ("1-9",), (" ", "1-9")),
    "H": (("2", "0-3"), ("0-1", "d"), ("d",)),
    "I": (("1", "0-2"), ("0", "1-9"), ("1-9",)),
    "G": (("d", "d", "d", "d"),),
    "Y": (("d", "d", "d", "d"),),
    "y": (("d", "d"),),
    "j": (("3", "6", "0-6"), ("3", "0-5", "d"), ("1-2", "d", "d"), ("0", "1-9", "d"),
          ("0", "0", "1-9"), ("1-9", "d"), ("0", "1-9"), ("1-9",)),
    "m": (("1", "0-2"), ("0", "1-9"), ("1-9",)),
    "M": (("0-5", "d"), ("d",)),
    "S": (("6", "0-1"), ("0-5", "d"), ("d",)),
    "U": (("5", "0-3"), ("0-4", "d"), ("d",)),
    "W": (("5", "0-3"), ("0-4", "d"), ("d",)),
    "V": (("5", "0-3"), ("0", "1-9"), ("1-4", "d"), ("d",)),
    "w": (("0-6",),),
    "u": (("1-7",),),
}


def _class_ok(cls, ch):
    if cls == "d":
        return ch.isdecimal()
    if len(cls) == 1:
        return ch == cls
    return cls[0] <= ch <= cls[2]


def _seq_alts(names):
    """Names longest first (stable), as CPython orders its alternations."""
    items = [n for n in names if n]
    return sorted(items, key=len, reverse=True)


def _tz_names():
    tzname = _time_mod.tzname
    no_saving = ["utc", "gmt", tzname[0].lower()]
    has_saving = [tzname[1].lower()]
    return no_saving, has_saving


def _directive_matches(d, s, pos):
    """Yield the end positions at which directive `d` can match s[pos:], in the
    order CPython's regular expression would try them."""
    n = len(s)
    alts = _DIGITS_ALTS.get(d)
    if alts is not None:
        for alt in alts:
            end = pos + len(alt)
            if end > n:
                continue
            ok = True
            i = 0
            for cls in alt:
                if not _class_ok(cls, s[pos + i]):
                    ok = False
                    break
                i += 1
            if ok:
                yield end
        return
    if d == "f":
        k = 0
        while k < 6 and pos + k < n and s[pos + k] in "0123456789":
            k += 1
        while k >= 1:
            yield pos + k
            k -= 1
        return
    if d == "%":
        if pos < n and s[pos] == "%":
            yield pos + 1
        return
    if d in "aAbBpZ":
        if d == "a":
            names = _seq_alts(_A_WEEKDAY)
        elif d == "A":
            names = _seq_alts(_F_WEEKDAY)
        elif d == "b":
            names = _seq_alts(_A_MONTH)
        elif d == "B":
            names = _seq_alts(_F_MONTH)
        elif d == "p":
            names = _seq_alts(_AM_PM)
        else:
            no_saving, has_saving = _tz_names()
            names = _seq_alts(no_saving + has_saving)
        for name in names:
            end = pos + len(name)
            if end <= n:
                ok = True
                for i in range(len(name)):
                    if not _same_char(s[pos + i], name[i]):
                        ok = False
                        break
                if ok:
                    yield end
        return
    if d == "z":
        # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?  |  Z (case-sensitive)
        if pos < n and s[pos] in "+-":
            yield from _z_matches(s, pos)
        elif pos < n and s[pos] == "Z":
            yield pos + 1
        return
    raise AssertionError(d)


def _same_char(c, p):
    """Whether data character c matches pattern character p ignoring case, as the
    IGNORECASE regex does (so U+017F LONG S matches 's' and U+212A KELVIN SIGN 'k')."""
    if c == p:
        return True
    lc = "i" if c == "\u0130" else c.lower()   # simple (one-character) lowercase
    lp = "i" if p == "\u0130" else p.lower()
    if len(lc) == 1 and lc == lp:
        return True
    uc = c.upper()
    return len(uc) == 1 and uc == p.upper()


def _digit_at(s, i):
    return i < len(s) and s[i].isdecimal()


def _digit05_at(s, i):
    return i < len(s) and "0" <= s[i] <= "5"


def _z_matches(s, pos):
    i = pos + 1
    if not (_digit_at(s, i) and _digit_at(s, i + 1)):
        return
    i += 2
    starts = []
    if i < len(s) and s[i] == ":":
        starts.append(i + 1)
    starts.append(i)
    for j in starts:
        if not (_digit05_at(s, j) and _digit_at(s, j + 1)):
            continue
        base = j + 2
        # Optional seconds group (greedy: tried before omitting it).
        sec_starts = []
        if base < len(s) and s[base] == ":":
            sec_starts.append(base + 1)
        sec_starts.append(base)
        for k in sec_starts:
            if _digit05_at(s, k) and _digit_at(s, k + 1):
                after = k + 2
                if after < len(s) and s[after] == ".":
                    m = 0
                    while m < 6 and _digit_at(s, after + 1 + m):
                        m += 1
                    while m >= 1:
                        yield after + 1 + m
                        m -= 1
                yield after
        yield base


def _compile(format):
    """The pieces of `format`: ('lit', text), ('ws',), ('dir', char)."""
    pieces = []
    i = 0
    n = len(format)

    def add(fmt_text, depth):
        j = 0
        m = len(fmt_text)
        while j < m:
            ch = fmt_text[j]
            if ch.isspace():
                while j < m and fmt_text[j].isspace():
                    j += 1
                if not (pieces and pieces[-1][0] == "ws"):
                    pieces.append(("ws",))
                continue
            if ch == "%":
                if j + 1 >= m:
                    raise IndexError
                d = fmt_text[j + 1]
                if d.isspace() or d in _ESCAPED:
                    raise KeyError("%")
                if d in _COMPOUND:
                    add(_COMPOUND[d], depth + 1)
                elif d in _DIGITS_ALTS or d in "fpaAbBzZ%":
                    pieces.append(("dir", d))
                else:
                    raise KeyError(d)
                j += 2
                continue
            pieces.append(("lit", ch))
            j += 1

    add(format, 0)
    return pieces


def _match(pieces, s):
    """Match `pieces` at the start of `s`; the (end, {directive: text}) of the
    first match in regex order, or None."""
    found = {}
    n = len(s)

    def walk(k, pos):
        if k == len(pieces):
            return pos
        p = pieces[k]
        kind = p[0]
        if kind == "lit":
            if pos < n and _same_char(s[pos], p[1]):
                return walk(k + 1, pos + 1)
            return None
        if kind == "ws":
            e = pos
            while e < n and s[e].isspace():
                e += 1
            while e > pos:
                r = walk(k + 1, e)
                if r is not None:
                    return r
                e -= 1
            return None
        d = p[1]
        for end in _directive_matches(d, s, pos):
            old = found.get(d)
            found[d] = s[pos:end]
            r = walk(k + 1, end)
            if r is not None:
                return r
            if old is None:
                del found[d]
            else:
                found[d] = old
        return None

    end = walk(0, 0)
    if end is None:
        return None
    return end, found


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _ordinal(year, month, day):
    """Proleptic Gregorian ordinal, 0001-01-01 is 1; checks the date as datetime.date does."""
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    y = year - 1
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return y * 365 + y // 4 - y // 100 + y // 400 + before + day


def _from_ordinal(n):
    """(year, month, day) for a proleptic Gregorian ordinal."""
    if not 1 <= n <= 3652059:
        raise ValueError("ordinal must be in 1..3652059" if n < 1 else "year %d is out of range" % 10000)
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    return year, month, n - before + 1


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _from_iso_calendar(year, week, day):
    if not 1 <= year <= 9999:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_wd = _weekday(year, 1, 1)
            if first_wd == 3 or (first_wd == 2 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    jan1 = _ordinal(year, 1, 1)
    jan1_wd = (jan1 + 6) % 7
    week1_monday = jan1 - jan1_wd
    if jan1_wd > 3:
        week1_monday += 7
    return _from_ordinal(week1_monday + (week - 1) * 7 + (day - 1))


def _julian_from_week(year, week, weekday, monday_first):
    first = _weekday(year, 1, 1)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_len = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_len + 7 * (week - 1) + weekday


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The parsed fields: ((year, month, day, hour, minute, second, weekday,
    julian, isdst, tzname, gmtoff), microseconds, gmtoff microseconds)."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    try:
        pieces = _compile(format)
    except KeyError as err:
        raise ValueError("'%s' is a bad directive in format '%s'" % (err.args[0], format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    res = _match(pieces, data_string)
    if res is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    end, found = res
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_of_year = None
    week_starts_monday = None
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _F_MONTH.index(v.lower())
        elif key == "b":
            month = _A_MONTH.index(v.lower())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _F_WEEKDAY.index(v.lower())
        elif key == "a":
            weekday = _A_WEEKDAY.index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in ("U", "W"):
            week_of_year = int(v)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            z = v
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            zone = v.lower()
            tzname = _time_mod.tzname
            no_saving, has_saving = _tz_names()
            for value, names in enumerate((no_saving, has_saving)):
                if zone in names:
                    if (tzname[0] == tzname[1] and _time_mod.daylight
                            and zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             found.get("Z"), gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a time.struct_time."""
    tt = _strptime(data_string, format)[0]
    return _time_mod.struct_time(tt[:9], {"tm_zone": tt[9], "tm_gmtoff": tt[10]})


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls.strptime: an instance of the datetime class `cls`."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime.timezone(delta, tzname)
        else:
            tz = datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
