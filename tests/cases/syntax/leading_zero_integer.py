# Syntax error: an integer literal with a leading zero.
print("this line must not run")
month = 11
day = 07
print(month, day)
