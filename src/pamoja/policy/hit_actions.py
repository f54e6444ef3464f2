"""What a searcher is told to do when screening hits a notice or diffusion, in plain words.

The instruction names the notice type, what to do (and what not to), and whom to contact with
the reference, e.g. "Red: locate; provisional arrest possible where national law allows; contact
NCB Nairobi, reference 2026/1234". It carries nothing of the record itself: what else the
searcher may see is the sharing gate's decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from pamoja.model.notices import NoticeKind, NoticeReference, NoticeType

_LABELS: dict[NoticeType, str] = {
    NoticeType.RED: "Red",
    NoticeType.YELLOW: "Yellow",
    NoticeType.BLUE: "Blue",
    NoticeType.BLACK: "Black",
    NoticeType.GREEN: "Green",
    NoticeType.ORANGE: "Orange",
    NoticeType.PURPLE: "Purple",
    NoticeType.SILVER: "Silver",
    NoticeType.UN_SPECIAL: "UN Security Council special notice",
}

# (what to do, how to reach the requesting bureau)
_ACTIONS: dict[NoticeType, tuple[str, str]] = {
    NoticeType.RED: ("locate; provisional arrest possible where national law allows", "contact"),
    NoticeType.YELLOW: (
        "do not detain; make sure the person is safe, note where they are and how they are",
        "inform",
    ),
    NoticeType.BLUE: (
        "do not detain on this notice; note identity, whereabouts and activities discreetly",
        "inform",
    ),
    NoticeType.BLACK: (
        "compare with the body's photo, fingerprints and marks; report any identification",
        "inform",
    ),
    NoticeType.GREEN: (
        "do not detain on this notice; be alert to the criminal activities described and note "
        "movements and contacts",
        "inform",
    ),
    NoticeType.ORANGE: (
        "imminent threat: take the protective measures in the notice now and alert your supervisor",
        "contact at once",
    ),
    NoticeType.PURPLE: (
        "note the method, objects or concealment seen and keep any evidence",
        "inform",
    ),
    NoticeType.SILVER: (
        "do not seize on this notice alone; record the asset, its location and holder, and ask "
        "your national authorities about freezing it under national law",
        "inform",
    ),
    NoticeType.UN_SPECIAL: (
        "subject to UN Security Council sanctions (asset freeze, travel ban, arms embargo): apply "
        "your country's sanctions measures",
        "inform",
    ),
}


@dataclass(frozen=True, slots=True)
class HitInstruction:
    """The plain-words action for a hit, in parts and as one sentence (`text`)."""

    label: str
    action: str
    contact_verb: str
    contact: str
    reference: str
    caution: str = ""

    @property
    def text(self) -> str:
        sentence = f"{self.label}: {self.action}; {self.contact_verb} {self.contact}, "
        sentence += f"reference {self.reference}"
        return f"{sentence} ({self.caution})" if self.caution else sentence


def hit_instruction(
    notice_type: NoticeType,
    *,
    contact: str,
    reference: NoticeReference | str,
    kind: NoticeKind = NoticeKind.NOTICE,
    reviewed: bool = True,
) -> HitInstruction:
    """The instruction for a hit on a notice or diffusion of `notice_type`.

    `contact` names the requesting bureau ("NCB Nairobi"). For a diffusion that the secretariat
    has not yet reviewed (`reviewed=False`) the instruction says so.
    """
    action, verb = _ACTIONS[notice_type]
    label = _LABELS[notice_type]
    caution = ""
    if kind is NoticeKind.DIFFUSION:
        label = f"{label} diffusion"
        if not reviewed:
            caution = f"diffusion not yet reviewed by the secretariat: confirm with {contact}"
    return HitInstruction(label, action, verb, contact, str(reference), caution)
