# Pancake-flipping on every permutation of 0..n-1 ("fannkuch"): for each
# permutation, repeatedly reverse the prefix whose length is given by the first
# element until 0 comes first; track the maximum flip count and an alternating
# checksum.  Permutations are generated in place with a counter array, list
# slicing and slice assignment do the flips.


def flips_of(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def fannkuch(n, shift):
    # start from the identity with its first `shift` pairs swapped; the walk
    # still visits every permutation once, but with a different sign pattern
    perm = list(range(n))
    for i in range(0, 2 * shift, 2):
        perm[i], perm[i + 1] = perm[i + 1], perm[i]
    counters = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    index = 0
    while True:
        if perm[0]:
            f = flips_of(perm)
            if f > max_flips:
                max_flips = f
            checksum += f if sign > 0 else -f
        index += 1
        sign = -sign
        # next permutation: rotate the first k+1 elements for the lowest k
        # whose counter has not wrapped yet
        k = 1
        while k < n:
            head = perm[0]
            perm[:k] = perm[1:k + 1]
            perm[k] = head
            counters[k] += 1
            if counters[k] <= k:
                break
            counters[k] = 0
            k += 1
        else:
            return max_flips, checksum, index


def main():
    total = 0
    for shift in (0, 1):
        for n in range(3, 10):
            max_flips, checksum, count = fannkuch(n, shift)
            print("n=%d shift=%d permutations=%d max_flips=%d checksum=%d"
                  % (n, shift, count, max_flips, checksum))
        total = total * 31 + max_flips * 1000003 + checksum
    print("fannkuch checksum", total % 1000000007)


main()
