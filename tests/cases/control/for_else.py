# for/else used for search.
def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")
for n in [2, 9, 13, 25, 97, 91]:
    find_first_divisor(n)
for x in []:
    print("never")
else:
    print("empty for runs else")
for x in range(3):
    if x == 10:
        break
else:
    print("no break, x =", x)
for row in [[1, 2], [3, 4], [5, 99]]:
    for v in row:
        if v == 99:
            print("found 99 in", row)
            break
    else:
        print("no 99 in", row)
