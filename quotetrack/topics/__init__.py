"""Topic tagging: a taxonomy file of keyword stems, and a pure tagger over statement text."""

from quotetrack.topics.tagger import TopicDef, context_topics, load_taxonomy, tag_statements, tag_text

__all__ = ["TopicDef", "context_topics", "load_taxonomy", "tag_statements", "tag_text"]
