"""Blind set 28: contract texts and verdicts (written from ../shared/rule-catalogue.md alone)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set28_c01 import C01  # noqa: E402
from blind_set28_c02 import C02  # noqa: E402
from blind_set28_c03 import C03  # noqa: E402
from blind_set28_c04 import C04  # noqa: E402

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + ["CDM-%02d" % i for i in range(1, 7)]
CONTRACTS = [C01, C02, C03, C04]
README = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind_set28_README.md"), encoding="utf-8").read()
