# % and exponent formatting corner cases.
for v in [0, 0.001, 0.5, 1, 1.2345, 12.5, -0.25]:
    print(f"{v:.0%} {v:.2%} {v:8.1%}| {v:e} {v:.1E}")
for v in [1e-10, 1e10, 6.02e23, 1.6e-19, 0.0001, 123456.0]:
    print(f"{v:g} {v:.3g} {v:.10g} {v:G} {v:#g} {v:.2e}")
print(f"{100:g}", f"{100.0:g}", f"{1e6:g}", f"{1e5:g}", f"{123456789:g}")
print(f"{0.1:.17g}", f"{0.1:.30f}")
for e in range(-6, 7, 3):
    v = 1.5 * 10 ** e
    print(e, f"{v:e}", f"{v:g}", f"{v:.2%}", f"{v:f}")
print(f"{1.0:.0e}", f"{9.99:.1e}", f"{9.96:.1e}", f"{0.0:e}")
