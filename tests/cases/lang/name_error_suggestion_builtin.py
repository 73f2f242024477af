# A misspelt builtin name is suggested.
values = [3, 1, 2]
print(sorted(values))
prnit(len(values))
