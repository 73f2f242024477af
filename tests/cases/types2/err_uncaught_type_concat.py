# Concatenating str and int in a report line ends with an uncaught TypeError.
count = 3
label = "items: "
print(label + str(count))
print(f"{label}{count}")
print("%s%d" % (label, count))
print("{}{}".format(label, count))
print(label, count, sep="")
print("".join([label, str(count)]))
for bad in [lambda: label + 3.5, lambda: label + None, lambda: 3 + label, lambda: [1] + "a"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
parts = [label]
parts.append(str(count))
print("".join(parts), len(parts))
total = sum([1, 2, 3])
print("total=" + str(total))
print(label + count)
