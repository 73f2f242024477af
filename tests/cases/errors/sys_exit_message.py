# sys.exit("msg") prints the message to stderr and exits with status 1.
import sys
print("doing some work")
total = 0
for i in range(10):
    total += i
    print("added", i, "total", total)
if total > 40:
    sys.exit("fatal: total too large: " + str(total))
print("unreachable")
