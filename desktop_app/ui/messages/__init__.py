"""Errors and reason codes in the interface language (`reason_text`, `message_for`)."""

from __future__ import annotations

from .reasons import TEXTS, reason_text

__all__ = ["TEXTS", "reason_text"]
