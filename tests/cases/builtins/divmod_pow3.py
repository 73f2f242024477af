# divmod and three-argument pow.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (2 ** 70, 3 ** 20)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2.5), divmod(-7.5, 2), divmod(1, 0.3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 10 ** 18, 10 ** 9 + 7), pow(7, -1, 40), pow(-3, 3, 5))
print(pow(2, 0, 1), pow(0, 0, 7), pow(10, 100, 7), pow(2, -1), pow(2.0, 3))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
