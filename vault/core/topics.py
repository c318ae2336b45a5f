"""The fixed vocabulary of statement topics, after the Istanbul Protocol.

The Istanbul Protocol (Manual on the Effective Investigation and Documentation of Torture
and Other Cruel, Inhuman or Degrading Treatment or Punishment, OHCHR, 2022 revision)
structures an interview around the circumstances of detention, the methods of torture
and ill-treatment (its chapter on physical evidence lists them one by one), and the
physical and psychological evidence.  A statement is tagged with the topics it covers so
that an investigator can find, for example, every account of electric shocks or of
sexual violence in a case.  The list is closed so that topics stay comparable between
investigators and cases; ``other`` is the escape hatch, and free-text tags sit beside it.
Slugs only ever get added, never renamed.
"""

from __future__ import annotations

from collections.abc import Iterable

from vault.core.errors import InputError

TOPICS: dict[str, str] = {
    # circumstances (Protocol: background, arrest and detention)
    "arrest-and-capture": "circumstances of arrest, abduction or capture",
    "detention-conditions": "conditions of detention (cell, food, water, hygiene, crowding)",
    "incommunicado-detention": "no contact with family, lawyer or consular help",
    "interrogation": "questioning, forced confessions, statements signed under duress",
    "transfer": "transfers between places of detention",
    # methods of torture and ill-treatment (Protocol: physical evidence)
    "torture-physical": "physical torture or ill-treatment in general",
    "blunt-trauma": "beating, kicking, blows with objects (batons, rifle butts)",
    "positional-torture": "suspension, stretching, stress positions, prolonged restraint",
    "burns": "burns with cigarettes, heated objects, liquids or chemicals",
    "electric-shock": "electric shocks",
    "asphyxiation": "suffocation, near-drowning, chemical asphyxiation",
    "penetrating-injury": "stab wounds, removal of nails or teeth, amputation",
    "chemical-exposure": "exposure to chemicals, pepper spray, irritants",
    "pharmacological": "forced administration of drugs or medication",
    "sexual-violence": "sexual violence, rape, sexual humiliation, forced nudity",
    # psychological methods (Protocol: psychological evidence)
    "torture-psychological": "psychological torture or ill-treatment in general",
    "threats": "threats of death, harm to self or family, mock execution",
    "humiliation": "humiliation, insults, degrading treatment",
    "sensory-deprivation": "hooding, blindfolding, isolation, darkness, noise",
    "deprivation-of-needs": "deprivation of food, water, sleep, toilet or medical care",
    "forced-witnessing": "made to watch others being tortured or killed",
    "coercion": "forced to harm others, betray, or violate religious or cultural taboos",
    # evidence and consequences
    "medical-evidence": "injuries, scars, medical examination, treatment received",
    "psychological-evidence": "psychological consequences (fear, nightmares, PTSD symptoms)",
    "death-in-custody": "deaths in custody witnessed or reported",
    "enforced-disappearance": "persons whose fate or whereabouts are unknown",
    "other": "anything the list above does not cover (say what in a tag)",
}


def check_topics(topics: Iterable[str]) -> tuple[str, ...]:
    """Topics in vocabulary order without repeats; InputError naming an unknown one."""
    wanted = {t.strip().lower() for t in topics if t.strip()}
    unknown = sorted(wanted - set(TOPICS))
    if unknown:
        raise InputError(
            f"Unknown topic {', '.join(map(repr, unknown))}: use one of {', '.join(TOPICS)}."
        )
    return tuple(t for t in TOPICS if t in wanted)
