"""A topic's norm (the direction a rule takes on it) and what a rule that runs against it does, in
words: 'bars requiring approval ...' turned into 'requiring approval ...'."""

from __future__ import annotations

from regalign.frameworks.corpus import Corpus


def topic_norm(corpus: Corpus, topic_id: str) -> str:
    """The direction a rule takes on the topic, as its record words it, or ''."""
    topic = corpus.topics.get(topic_id)
    return (topic.norm or "").rstrip(".") if topic is not None else ""


def contrary_of(corpus: Corpus, topic_id: str) -> str:
    return contrary_words(topic_norm(corpus, topic_id))


def contrary_words(norm: str) -> str:
    """What a rule that runs against the topic does, from the topic's norm: 'requiring an
    authority's approval ...' from 'bars requiring an authority's approval ...', 'restricting the
    transfer of data ...' from 'allows, or does not restrict, the transfer of data ...'; '' when the
    norm cannot be turned round."""
    for stated, inverted in _INVERSIONS:
        if norm.startswith(stated):
            return inverted + norm[len(stated) :]
    if (
        " and mandates no " in norm
    ):  # 'leaves the choice ... open and mandates no single technology'
        return "mandating a " + norm.partition(" and mandates no ")[2]
    return ""


# How a norm's opening words turn into what a rule against it does.
_INVERSIONS = (
    ("bars ", ""),
    ("allows, or does not restrict, ", "restricting "),
    ("does not deny ", "denying "),
)


def binding_contrary(contrary: str) -> str:
    """'binding rules requiring approval ...' or 'binding measures that require data ... to stay'."""
    if contrary.startswith("measures ") or contrary.startswith("prohibitions "):
        return f"binding {contrary}"
    return f"binding rules {contrary}"
