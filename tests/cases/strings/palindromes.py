# Palindrome checks with normalisation.
def is_pal(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "a", "ab", "No 'x' in Nixon", "12321", "12 3 21", "Was it a car or a cat I saw?"]
for t in tests:
    print(repr(t), is_pal(t))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abc", ""]:
    print(repr(s), repr(longest_pal(s)))
