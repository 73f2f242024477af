# -*- coding: latin-1 -*-
TEXT = 'été'
