"""Topic tagging: a taxonomy file of keyword stems, and a pure tagger over statement text."""

from quotetrack.topics.tagger import TopicDef, load_taxonomy, tag_text

__all__ = ["TopicDef", "load_taxonomy", "tag_text"]
