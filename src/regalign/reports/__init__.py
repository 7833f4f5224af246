"""Renderers: comparison tables, CSV/JSON exports, the markdown briefing and figures.

Every renderer is pure: it takes result objects and returns a string (or bytes for figures).
"""
