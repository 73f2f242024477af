# An uncaught exception whose str() is empty prints only the class name.
class Quiet(Exception):
    pass
print("about to fail")
try:
    raise Quiet()
finally:
    print("finally ran")
