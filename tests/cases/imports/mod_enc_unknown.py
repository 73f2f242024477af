# coding: no-such-codec
A = 1
