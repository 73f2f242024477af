# Flags with methods, properties and classmethods; subclass behaviour
from enum import Flag, auto

class Weekday(Flag):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()

    @classmethod
    def weekend(cls):
        return cls.SATURDAY | cls.SUNDAY

    @classmethod
    def parse(cls, text):
        result = cls(0)
        for part in text.split(","):
            part = part.strip().upper()
            if part:
                result |= cls[part]
        return result

    @property
    def short(self):
        return "/".join(m.name[:3].title() for m in self)

    def is_workday(self):
        return not (self & Weekday.weekend())

workdays = ~Weekday.weekend()
print(repr(Weekday.weekend()))
print(repr(workdays), len(workdays))
print(workdays.short)
print(Weekday.weekend().short, repr(Weekday(0).short))
print(Weekday.MONDAY.is_workday(), Weekday.SUNDAY.is_workday())
meet = Weekday.parse("monday, wednesday,friday")
print(repr(meet), meet.short, meet.is_workday())
print(repr(meet & workdays), repr(meet & Weekday.weekend()))
try:
    Weekday.parse("monday, funday")
except KeyError as e:
    print(type(e).__name__, e)
print([d.name for d in Weekday if d in meet])
print(Weekday.MONDAY.value, Weekday.SUNDAY.value, (~Weekday(0)).value)
schedule = {Weekday.MONDAY: "gym", Weekday.weekend(): "rest", meet: "meetings"}
for key, val in schedule.items():
    print(key.short, val)
print(schedule[Weekday.SATURDAY | Weekday.SUNDAY])
print(Weekday.weekend() in schedule, Weekday.FRIDAY in schedule)
print(type(Weekday.parse).__name__, hasattr(Weekday, "short"), "short" in Weekday.__members__)
