# strftime on datetime, date and time for every directive (C locale), including glibc flags and unknown directives.
from datetime import *
fmts = "%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %G %u %V %C %e %D %F %T %R %r %h %n %t %k %l %P %:z %E %O %Ey %Od %+ %q %5Y %-d %_d %0d %#Z".split(" ")
for d in (datetime(2024, 1, 2, 3, 4, 5, 6), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-9, minutes=-30), "X%Y")), datetime(1999, 7, 4, 12, tzinfo=timezone.utc)):
    print([d.strftime(f) for f in fmts])
    print([d.date().strftime(f) for f in fmts])
    print([d.timetz().strftime(f) for f in fmts])
