# Sliding windows and two-pointer techniques on lists and strings, using dicts for counts.
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen.setdefault(n, i)
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([1, 2], 7), two_sum([-1, 5, 0, 4], 4))
def longest_unique(s):
    last, start, best = {}, 0, (0, "")
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best[0]:
            best = (i - start + 1, s[start:i + 1])
    return best
print([longest_unique(s) for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "ünïcödé"]])
def max_window(xs, k):
    from collections import deque
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(max_window([1, 3, -1, -3, 5, 3, 6, 7], 3), max_window([4, 2], 1))
def moving_avg(xs, k):
    s = sum(xs[:k])
    out = [s / k]
    for i in range(k, len(xs)):
        s += xs[i] - xs[i - k]
        out.append(s / k)
    return out
print(moving_avg([1, 2, 3, 4, 5, 6, 7], 3), [round(v, 2) for v in moving_avg([0.1, 0.7, 0.3, 0.9, 0.2], 2)])
def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                res.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return res
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([1, 2]))
def anagram_windows(s, p):
    from collections import Counter
    need, win, out = Counter(p), Counter(s[:len(p)]), []
    for i in range(len(p), len(s) + 1):
        if win == need:
            out.append(i - len(p))
        if i < len(s):
            win[s[i]] += 1
            win[s[i - len(p)]] -= 1
    return out
print(anagram_windows("cbaebabacd", "abc"), anagram_windows("abab", "ab"))
