"""Facts derived from a record when the record does not state them."""

from __future__ import annotations

from regalign.schema.records import Provision
from regalign.schema.vocab import AddresseeClass, Modality, Role

STATE_ROLES = frozenset({Role.GOVERNMENT, Role.STATE_PARTY})
AUTHORITY_ROLES = frozenset({Role.REGULATOR, Role.PUBLIC_BODY})
# What the state itself does rather than requires of others.
STATE_MODALITIES = frozenset({Modality.PROMOTION, Modality.INSTITUTIONAL, Modality.COOPERATION})


def topics_meet(one: str, other: str) -> bool:
    """The same topic, or one above the other in the taxonomy ('ai' and 'ai.transparency')."""
    return one == other or one.startswith(other + ".") or other.startswith(one + ".")


def within(narrow: str, topic: str) -> bool:
    """The same topic, or one beneath it ('ai.transparency' is within 'ai', not the reverse)."""
    return narrow == topic or narrow.startswith(topic + ".")


def addressee_class(provision: Provision) -> AddresseeClass:
    """The record's addressee class, or one derived from its addressees and modality.

    Only state roles named (or none, in a promotion, institutional or cooperation unit): the state.
    Only authority roles, or authority and state roles: a public authority. Any other role: operators.
    """
    if provision.addressee_class is not None:
        return provision.addressee_class
    roles = frozenset(provision.addressees)
    if not roles:
        return (
            AddresseeClass.STATE
            if provision.modality in STATE_MODALITIES
            else AddresseeClass.OPERATOR
        )
    if roles <= STATE_ROLES:
        return AddresseeClass.STATE
    if roles <= STATE_ROLES | AUTHORITY_ROLES:
        return AddresseeClass.PUBLIC_AUTHORITY
    return AddresseeClass.OPERATOR


def is_recital(provision: Provision) -> bool:
    """Whether the unit is a recital of an EU act: it explains the operative text and binds no one."""
    return (provision.pinpoint or "").lower().startswith("recital")
