# Uncaught NameError from code run with restricted builtins
sandbox = {"__builtins__": {"len": len, "print": print}}
exec("print('length is', len('sandbox'))", sandbox)
exec("print(sorted([3, 1, 2]))", sandbox)
