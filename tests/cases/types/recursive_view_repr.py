# Dict views stored inside their own dict print with ... markers.
dk = {}
dk[1] = dk.keys()
print(dk)
dv = {}
dv[1] = dv.values()
print(dv)
di = {}
di["i"] = di.items()
print(di)
lst = []
d = {"l": lst}
lst.append(d.values())
print(d, lst)
