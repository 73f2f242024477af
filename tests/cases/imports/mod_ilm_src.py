# -*- coding: latin-1 -*-
"""mod_ilm_src: source read through SourceFileLoader."""
print("exec mod_ilm_src as", __name__)
TEXT = "caf\xe9"
