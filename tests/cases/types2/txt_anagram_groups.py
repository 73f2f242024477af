# Group anagrams, detect palindromes and pangrams with sorted/str methods.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "Odg", "a", ""]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w.lower())), []).append(w)
for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(repr(k), v)
def is_pal(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "", "Ésope reste ici et se repose", "ab"]:
    print(is_pal(s), repr(s))
def pangram(s):
    return set("abcdefghijklmnopqrstuvwxyz") <= set(s.lower())
print(pangram("The quick brown fox jumps over the lazy dog"), pangram("Hello world"))
missing = sorted(set("abcdefghijklmnopqrstuvwxyz") - set("hello world"))
print("".join(missing), len(missing))
print(sorted("banana"), "".join(sorted("banana", reverse=True)), sorted(set("banana")))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=len, reverse=True)[:4])
def longest_common_prefix(ws):
    if not ws:
        return ""
    lo, hi = min(ws), max(ws)
    for i, (a, b) in enumerate(zip(lo, hi)):
        if a != b:
            return lo[:i]
    return lo
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["interview", "internet", "interval"])))
print(repr(longest_common_prefix([])), repr(longest_common_prefix(["same", "same"])))
