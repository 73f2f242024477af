# Sorting is stable; multi-pass sorts compose.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_letter_then_num = sorted(by_num, key=lambda r: r[0])
print(by_letter_then_num)
print(sorted(records, key=lambda r: (r[0], r[1])) == by_letter_then_num)
lst = list(records)
lst.sort(key=lambda r: r[0], reverse=True)
print(lst)
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
