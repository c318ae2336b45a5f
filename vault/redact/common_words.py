"""Frequent words that a protected person's short name can be spelled like.

"Any" at the start of a sentence has the skeleton of "Ani"; "Will", "May" and "Али"
are names and words. Written exactly as one of these, a name word counts only beside
another part of the same person's name ("Ani Petrosyan", "Will Rose"). Folded spellings
(lower case), function words only: content words that are names (Vera, Hope) stay names.
"""

from __future__ import annotations


def _split(words: str) -> frozenset[str]:
    return frozenset(words.split())


COMMON_WORDS = _split(
    # English
    "a about after all also an and any are as at be been but by can could did do does "
    "for from had has have he her here him his how i if in is it its just many may me "
    "might more most must my no not now of on one only or our out shall she should so "
    "some such than that the them then there these they this those to too up us very "
    "was we were what when where who why will with would yes yet you your "
    # Russian and Ukrainian
    "а без был была были было быть в вам вас вот все всё всех где да даже для до его "
    "ее её ей ему если есть ещё еще же за и из или им их к как когда кто ли либо мне "
    "меня мы на над надо не него нее неё нет ни них но ну о об один он она они оно от "
    "по под при про раз с сам со так там твой те тем то тоже тот ту тут у уж уже чем "
    "что чтобы эта эти это этот я і та що як але це він вона ми ви вони "
    # Armenian
    "ու և է են էր էին որ այդ այս այն նա նրա մենք ես դու իր մեր ինչ երբ թե բայց հետո "
    "շատ մի ով ում ոչ այո "
    # Azerbaijani and Turkish
    "və ve bu o bir ki da də ilə ile üçün için amma sonra çox hər her ne nə"
)

# Frequent words spelled like a predicted short form (short_names.py): "Света не было"
# (there was no light), "Слава богу", "Кости были сломаны" (bones, not Kostya's), "Само
# собой", "Алло". A word matching nothing but a short form is not proposed when it is one
# of these; the registered name itself is unaffected (register the short form as an
# alias to find it everywhere).
SHORT_FORM_COLLISIONS = _split(
    "само сама лево ого ало алло света свету слава славы славу славой мила милы "
    "кости сани тани allo hallo"
)
