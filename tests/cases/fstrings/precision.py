# Precision for floats and strings.
pi = 3.141592653589793
for p in range(0, 7):
    print(p, f"{pi:.{p}f}", f"{pi:.{p}e}", f"{pi:.{p}g}" if p else f"{pi:.0g}", f"{pi * 1000:.{p}g}" if p else "")
print(f"{'truncate me':.5}", f"{'abc':.0}|", f"{'abc':10.2}|", f"{'abc':>10.2}|")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{1e-7:.3f}", f"{123456789.0:.2f}")
print(f"{1/3:.20f}", f"{2/3:.15f}", f"{1e22:.1f}")
print(f"{10:.2f}", f"{-10:.1e}", f"{0:.3f}")
for v in [0.5, 1.005, 2.675, 1.25, 1.35]:
    print(v, f"{v:.1f}", f"{v:.2f}", f"{v:.3f}", f"{v:.0e}")
