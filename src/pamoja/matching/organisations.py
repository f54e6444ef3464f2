"""Organisation names prepared for comparison: legal forms (Ltd, SARL, GmbH, LLC...) removed,
generic words (group, holding, trading...) kept as light parts."""

from __future__ import annotations

import re

from pamoja.matching.names import NameForm, build_form
from pamoja.matching.text import words

_LEGAL_FORMS_TEXT = """
ltd limited llc llp lp inc incorporated corp corporation co company plc pllc gmbh mbh ag kg
ohg ug ev sa sas sasu sarl sarlu sprl srl srls spa sapa bv nv vof oy oyj ab asa aps kft zrt
nyrt sro as doo dd ad eood ood jsc ojsc cjsc pjsc ooo zao oao pao tov pat fze fzco fzc
fzllc dmcc pte pty pvt bhd sdn tbk pt cv ltda eirl sl slu sau kk yk gk lda se sca scs scrl
ca cia cie et und and of the
"""
LEGAL_FORMS: frozenset[str] = frozenset(_LEGAL_FORMS_TEXT.split())
"""Words that say what kind of legal person a name belongs to, not which one."""

_GENERIC_WORDS_TEXT = """
group groupe holding holdings international intl trading trade enterprise enterprises
services service global general industries industry investment investments partners
associates import export center centre
"""
GENERIC_WORDS: frozenset[str] = frozenset(_GENERIC_WORDS_TEXT.split())
"""Words so common in company names that they weigh like a particle."""

_JOINED_FORMS = re.compile(r"(?i)\b(s\.?\s?a\.?\s?r\.?\s?l|g\.?m\.?b\.?h|l\.?l\.?c|s\.?p\.?a)\b\.?")
_AMPERSAND = re.compile(r"&")


def organisation_name(written: str) -> NameForm:
    """Prepare an organisation's name: `"Golden Triangle Trading Co., Ltd."` gives
    `golden triangle` with `trading` as a light part."""
    text = _JOINED_FORMS.sub(" ", _AMPERSAND.sub(" and ", written))
    found = [word.text for word in words(text)]
    kept = [word for word in found if word not in LEGAL_FORMS]
    if not kept:
        kept = found
    return build_form(written, [(word, word, False) for word in kept], light=GENERIC_WORDS)
