# Uncaught: subscripting an instance without __getitem__.
class Record:
    def __init__(self):
        self.fields = {"a": 1}
r = Record()
print(r.fields["a"])
print(r["a"])
