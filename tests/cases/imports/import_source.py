# Source files of imported modules: encodings, BOM, line endings, non-ASCII module names.
import os
import sys

HERE = os.getcwd() + os.sep


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "!", type(e).__name__, str(e).replace(HERE, "<DIR>/"))
        if isinstance(e, SyntaxError):
            print("   ", os.path.basename(e.filename or ""), e.lineno, e.msg.replace(HERE, "<DIR>/"))


def imp(name):
    return lambda: __import__(name)


t("latin-1 declaration", lambda: imp("mod_enc_latin1")().TEXT)
t("utf-8 BOM", lambda: imp("mod_enc_bom")().TEXT)
t("CRLF", lambda: (imp("mod_enc_crlf")().B, sys.modules["mod_enc_crlf"].f()))
t("CR only", lambda: (imp("mod_enc_cr")().A, sys.modules["mod_enc_cr"].B))
t("no final newline", lambda: imp("mod_enc_noeol")().A)
t("vim-style declaration on line 2", lambda: ascii(imp("mod_enc_decl2")().TEXT))
t("invalid utf-8", imp("mod_enc_bad"))
t("unknown codec", imp("mod_enc_unknown"))
t("NUL byte", imp("mod_enc_nul"))
t("non-ASCII module name", lambda: imp("mod_uni_été")().NAME)
t("non-ASCII name file", lambda: os.path.basename(sys.modules["mod_uni_été"].__file__))
t("NFKC-normalised name", lambda: __import__("mod_uni_e\u0301te\u0301"))
t("case differs", imp("MOD_ENC_LATIN1"))
print("failed ones in sys.modules", [n for n in ("mod_enc_bad", "mod_enc_unknown", "mod_enc_nul")
                                     if n in sys.modules])
