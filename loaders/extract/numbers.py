"""Document numbers in every form the genre prints, tidied and typed.

Government (Nghị định 30/2020): "421/KH-BQL", "207/BQL-VP" (a công văn: no type code),
"2029/2015/QĐ-UBND" (legal-normative, with the year). Party (Hướng dẫn 36-HD/VPTW): "1801-TB/TU".
Spaces that PDF extraction leaves inside a number ("330/KH- BQL", "31- HD/BTCTW") are tolerated here
and removed from the tidied number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.lexicon import lexicon

# a code may carry dotted parts ("6984/VPCP-V.I", "2147/TTCP-C.II": a department of the Government Office or
# the Government Inspectorate) and a regional office's numeral after a space ("418/KV II-TH": Kiểm toán nhà
# nước khu vực II), the numeral only where a hyphen follows, so that "207/BQL-VP V/v …" stays "207/BQL-VP"
# (or a regional office's code ending the number: "512/TB-KV II ngày …", the notice of the State Audit's region II)
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:\.[A-ZĐ0-9][A-ZĐ0-9&]{0,5})*(?:[ ][IVX]{1,4}(?=[ ]?-)|(?<=KV)[ ][IVX]{1,4}(?![\w/]))?"
# (a word processor's en dash may stand for the hyphen: "2769/UBND–NCKSTTHC", "45/2010/NĐ–CP")
_HYPHEN = r"\s?[-–]\s?"
_CODES = rf"{_CODE}(?:{_HYPHEN}{_CODE})*"
NUMBER = re.compile(
    # a digit first, the lookbehind after it: the search skips non-digits in C
    rf"(?P<n>\d(?<![\w/].)\d{{0,4}}[a-z]?)"  # ("30c/NQ-CP": a letter after the digits)
    rf"(?:\s?/\s?(?P<year>(?:19|20)\d\d)\s?/\s?(?P<qtype>{_CODE}){_HYPHEN}(?P<qiss>{_CODES})"
    rf"|\s?/\s?(?P<atype>{_CODE}){_HYPHEN}(?P<aiss>{_CODES})"
    rf"|\s?/\s?(?P<lyear>(?:19|20)\d\d)\s?/\s?(?P<liss>QH\d\d|UBTVQH\d\d)"
    rf"|(?:\s?-\s?|\s)(?P<ptype>{_CODE})\s?/\s?(?P<piss>{_CODES})"
    rf"|-(?P<p2type>{_CODE})-(?P<p2iss>{_CODE})"  # "08-ĐA-TU", a Party number typed with two hyphens
    rf"|\s?/\s?(?P<siss>{_CODE})(?![\w/-]))"  # "360/HĐTĐ", "16/CGC.BT": a letter's bare code
    rf"(?![\w])"
)
# the number line of a header, whose number may be left blank until signing
# ("Số: 27/2025/NQ-HĐND": a legal-normative document prints its year in its number)
SELF_NUMBER = re.compile(
    rf"Số\s*:?\s*(?P<n>\d{{1,5}})?\s*(?P<rest>(?:/\s?(?P<year>(?:19|20)\d\d)\s?)?/\s?{_CODES}|-\s?{_CODE}\s?/\s?{_CODES})"
)


@dataclass(frozen=True)
class Number:
    text: str  # tidied: "421/KH-BQL"
    doc_type: str  # "KH", or "CV" for a công văn
    issuer_code: str  # "BQL", "TTg", "TU"
    year: str | None  # printed in the number (legal-normative documents)
    party: bool


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("–", "-")


def parse(m: re.Match[str]) -> Number | None:
    """The tidied number of a match, or None when it is not a document number after all."""
    types = lexicon().doc_types
    n = m.group("n")
    if m.group("qtype"):
        qtype, qiss = _squash(m.group("qtype")), _squash(m.group("qiss"))
        # ("525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN": a joint resolution, typed as a resolution)
        variant = lexicon().doc_type_variants.get(qtype)
        if qtype not in types and qtype != "L" and variant is None:
            return None
        code = "Luật" if qtype == "L" else variant or qtype  # "…/L-CTN": a law promulgated by the President
        return Number(f"{n}/{m.group('year')}/{qtype}-{qiss}", code, qiss.split("-")[0], m.group("year"), False)
    if m.group("liss"):
        liss = m.group("liss")
        return Number(f"{n}/{m.group('lyear')}/{liss}", "Luật", liss, m.group("lyear"), False)
    if m.group("atype"):
        atype, aiss = _squash(m.group("atype")), _squash(m.group("aiss"))
        if atype in types and atype != "CV":
            return Number(f"{n}/{atype}-{aiss}", atype, aiss.split("-")[0], None, False)
        variant = lexicon().doc_type_variants.get(atype)
        if variant:  # "05/KHLT-SNNMT-HND": a joint plan, typed as a plan
            return Number(f"{n}/{atype}-{aiss}", variant, aiss.split("-")[0], None, False)
        return Number(f"{n}/{atype}-{aiss}", "CV", atype, None, False)
    if m.group("siss"):
        return Number(f"{n}/{m.group('siss')}", "CV", m.group("siss").split(".")[0], None, False)
    if m.group("p2type"):
        p2type = m.group("p2type")
        if p2type not in types:
            return None
        return Number(f"{n}-{p2type}-{m.group('p2iss')}", p2type, m.group("p2iss"), None, True)
    ptype, piss = _squash(m.group("ptype")), _squash(m.group("piss"))
    if ptype not in types:
        return None
    return Number(f"{n}-{ptype}/{piss}", ptype, piss.split("-")[0], None, True)
