# -*- coding: klingon -*-
# Syntax error: a coding declaration naming no known encoding.
print("this line must not run")
