# Syntax error: 'import' with no module name.
print("this line must not run")
import sys
import
print(sys.argv)
