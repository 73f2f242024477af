# Nested integer loops: while + for-over-range, modular arithmetic, locals.


def run(n):
    acc = 0
    i = 0
    while i < n:
        x = i * 7 + 3
        for j in range(64):
            x = (x * 31 + j) % 1000003
            if x & 1:
                acc += x >> 3
            else:
                acc -= j
        acc ^= i
        i += 1
    return acc


def main():
    total = 0
    for k in range(3):
        total = (total * 1000003 + run(60000 + k)) % 2305843009213693951
    print("loop_arith checksum", total)


main()
