"""Textile Compliance Assistant (纺织合规助手)."""

__version__ = "0.1.0"
APP_NAME = "textile-assistant"
