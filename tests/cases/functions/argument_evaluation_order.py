# Arguments are evaluated left to right, before the call.
log = []
def t(label, value):
    log.append(label)
    return value
def f(*args, **kwargs):
    log.append("call")
    return args, kwargs
r = f(t("a", 1), t("b", 2), x=t("c", 3), *[t("d", 4)], **{"y": t("e", 5)})
print(r)
print(log)
log.clear()
d = {t("k1", "k"): t("v1", "v"), t("k2", "j"): t("v2", "w")}
print(d, log)
log.clear()
x = t("left", 1) + t("right", 2) * t("mult", 3)
print(x, log)
