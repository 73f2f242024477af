# exit(3) at the top level ends the program with exit status 3 (no traceback).
print('before')
exit(3)
print('not reached')
