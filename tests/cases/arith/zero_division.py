# Every flavour of division by zero, caught.
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
       lambda: 1 / 0.0, lambda: 1.0 // 0.0, lambda: 5 % 0.0, lambda: divmod(3, 0),
       lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, 3, 0)]
for i, op in enumerate(ops):
    try:
        print(i, op())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
    except ValueError as e:
        print(i, type(e).__name__, e)
