# N-queens by explicit backtracking with lists (no generators).


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if cols[c] or diag1[d1] or diag2[d2]:
                continue
            cols[c] = diag1[d1] = diag2[d2] = True
            placement[row] = c
            place(row + 1)
            cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return solutions


def main():
    total = 0
    for rep in range(2):
        for n in range(4, 13):
            sols = solve(n)
            h = 0
            for s in sols:
                for c in s:
                    h = (h * 31 + c) % 1000000007
            if rep == 0:
                print("n=%d solutions=%d hash=%d" % (n, len(sols), h))
            total += len(sols) + h
    print("nqueens checksum", total)


main()
