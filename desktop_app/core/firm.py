"""The firm's profile and settings, and the rules a saved profile must follow."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .reasons import Reason
from .vocabulary import LANGUAGES

LEAD_DAYS_MAX = 730
CHECKLIST_LANGUAGES = ("", "zh", "en", "both")  # "" follows the window's language
PAPER_SIZES = ("a4", "letter")
RETEST_MONTHS_MAX = 120


@dataclass(frozen=True)
class FirmProfile:
    name: str = ""
    address: str = ""
    contact: str = ""
    language: str = "zh_CN"
    lead_days: int = 60  # remind this many days before a certificate expires
    platform_url: str = ""
    paper_size: str = "a4"
    checklist_lang: str = ""
    # a passing test result proves compliance this long, unless its report sets its own validity
    retest_months: int = 12
    # the stored settings' version when read (None: not read); a save from an older one is refused
    version: int | None = None

    @property
    def is_set_up(self) -> bool:
        return bool(self.name)


def validate_firm(profile: FirmProfile) -> FirmProfile:
    """`profile` if it may be saved; `ValidationError` naming the first field that may not."""
    if profile.language not in LANGUAGES:
        raise ValidationError("language", profile.language, Reason.NOT_ONE_OF, allowed=list(LANGUAGES))
    if not 0 <= profile.lead_days <= LEAD_DAYS_MAX:
        raise ValidationError("lead_days", profile.lead_days, Reason.OUT_OF_RANGE, low=0, high=LEAD_DAYS_MAX)
    if profile.checklist_lang not in CHECKLIST_LANGUAGES:
        raise ValidationError(
            "checklist_lang", profile.checklist_lang, Reason.NOT_ONE_OF, allowed=["zh", "en", "both"]
        )
    if profile.paper_size not in PAPER_SIZES:
        raise ValidationError("paper_size", profile.paper_size, Reason.NOT_ONE_OF, allowed=list(PAPER_SIZES))
    if not 1 <= profile.retest_months <= RETEST_MONTHS_MAX:
        raise ValidationError(
            "retest_months", profile.retest_months, Reason.OUT_OF_RANGE, low=1, high=RETEST_MONTHS_MAX
        )
    return profile
