"""Text detection: speed on a long statement, precision and recall on a labelled set.

    uv run python -m bench.redact_text

Speed: a 20 KB multilingual statement against 30 protected people.

The statement mixes English, Russian, Armenian and Azerbaijani prose with names in
three scripts, case endings, phone numbers, e-mail, passport numbers and coordinates
(about a hundred and fifty numbers, all different: far denser than a real statement).
``cold`` is the first call in the process (transliteration caches empty), ``warm`` the
median of the next ones. Goal: well under a second.

Quality: ``bench/name_corpus.py`` (a registry of witnesses, victims, an interviewer, an
interpreter, perpetrators and facilities, and statements in English, Russian, Armenian
and Azerbaijani with over two hundred labelled name occurrences) scored for the
``government`` profile, which codes everyone but the perpetrators. Goals: recall of
protected persons >= 0.99 in every script; no perpetrator or facility name proposed.

Prints tables and writes JSON to ``bench/results/redact_text.json``.
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from pathlib import Path

from bench.common import write_results
from bench.name_corpus import labelled, protected_for_government
from bench.name_score import score
from vault.redact import ProtectedName, apply_redactions, detect

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
RECALL_GOAL = 0.99
TARGET_CHARS = 20_000
WARM_RUNS = 5

_PEOPLE = [
    ("Davit Sargsyan", "Давит Саргсян", "Դավիթ Սարգսյան"),
    ("Hayk Grigoryan", "Айк Григорян", "Հայկ Գրիգորյան"),
    ("Ani Petrosyan", "Ани Петросян"),
    ("Anna Hovhannisyan", "Анна Ованнисян"),
    ("Lena Morgan",),
    ("Əli Məmmədov", "Али Мамедов"),
    ("Nino Beridze", "ნინო ბერიძე"),
    ("Tigran Harutyunyan", "Тигран Арутюнян"),
    ("Gayane Mkrtchyan",),
    ("Aram Khachatryan",),
    ("Narek Avetisyan",),
    ("Leyla Hüseynova", "Лейла Гусейнова"),
    ("Rashad Aliyev",),
    ("Murad Qasımov",),
    ("Sevinc Cəfərova",),
    ("Giorgi Kapanadze",),
    ("Tamar Lomidze",),
    ("Olena Shevchenko", "Олена Шевченко"),
    ("Ivan Petrov", "Иван Петров"),
    ("Sergei Volkov", "Сергей Волков"),
    ("Mariam Ghazaryan",),
    ("Armen Sahakyan",),
    ("Lusine Hakobyan",),
    ("Karen Vardanyan",),
    ("Mark Stone",),
    ("Vera Lev",),
    ("Ali Hasan",),
    ("Levon Ter-Petrosyan",),
    ("Ruzanna Martirosyan",),
    ("Samvel Babayan",),
]

_PARAGRAPHS = [
    "I was detained at the checkpoint together with Davit Sargsyan and Hayk Grigoryan. "
    "The officer wrote down our passport numbers (AP 1234{i:03d}) and took our phones; my "
    "brother later called +374 91 {i:03d} 567 and wrote to davit.sargsyan@example.org. ",
    "Меня задержали вместе с Давитом Саргсяном. По словам Саргсяна, Айк Григорян был "
    "переведён в другое место; звонить можно было по номеру 8 (929) {i:03d}-45-67. ",
    "Ինձ ձերբակալեցին Սարգսյանի հետ։ Գրիգորյանին տարան այլ տեղ, իսկ Անին մնաց "
    "տանը։ Մենք պահվում էինք 40.1{i:03d}, 44.4991 կոորդինատներով շենքում։ ",
    "Məmmədov bizi postda saxladı. Əliyevin dediyinə görə, Hüseynova da orada idi; "
    "telefon: 050 {i:03d} 45 67. ",
    "The guards beat us with rubber batons every night; nobody told us where we were "
    "or why. In the morning we were moved in a truck to the Pre-trial Detention Center "
    "No. 3, near 40°10'{s:02d}\"N 44°29'57\"E. ",
]


def build_statement() -> str:
    parts: list[str] = []
    size = 0
    index = 0
    while size < TARGET_CHARS:
        # Every number differs, as in a real statement: no parse is saved by repetition.
        paragraph = _PARAGRAPHS[index % len(_PARAGRAPHS)].format(i=index, s=index % 60)
        parts.append(paragraph)
        size += len(paragraph)
        index += 1
    return "\n".join(parts)


def _speed() -> dict[str, object]:
    protected = [
        ProtectedName(f"person-{n}", f"W-{n:03d}", names) for n, names in enumerate(_PEOPLE, 1)
    ]
    text = build_statement()
    started = time.perf_counter()
    hits = detect(text, protected)
    cold = time.perf_counter() - started
    warm_times = []
    for _ in range(WARM_RUNS):
        started = time.perf_counter()
        detect(text, protected)
        warm_times.append(time.perf_counter() - started)
    started = time.perf_counter()
    apply_redactions(text, hits)
    applied = time.perf_counter() - started
    warm = statistics.median(warm_times)
    return {
        "chars": len(text),
        "protected_people": len(protected),
        "hits": len(hits),
        "detect_cold_s": round(cold, 4),
        "detect_warm_median_s": round(warm, 4),
        "apply_s": round(applied, 4),
    }


def _quality() -> dict[str, object]:
    statements = labelled()
    started = time.perf_counter()
    result = score(statements, protected_for_government())
    elapsed = time.perf_counter() - started
    print(f"\n{'script':<14}{'names':>7}{'found':>7}{'recall':>8}{'own code':>10}")
    per_script: dict[str, dict[str, object]] = {}
    for script in sorted(result.occurrences):
        total, found = result.occurrences[script], result.found[script]
        per_script[script] = {
            "occurrences": total,
            "found": found,
            "recall": round(result.recall(script), 4),
            "own_code": result.right_code[script],
        }
        print(
            f"{script:<14}{total:>7}{found:>7}{result.recall(script):>8.3f}"
            f"{result.right_code[script]:>10}"
        )
    total = sum(result.occurrences.values())
    print(
        f"{'all':<14}{total:>7}{sum(result.found.values()):>7}{result.recall():>8.3f}"
        f"{sum(result.right_code.values()):>10}"
    )
    print(f"\nname proposals {result.name_hits}, precision {result.precision():.3f}")
    print(f"perpetrator or facility names proposed (must be 0): {len(result.kept_proposed)}")
    for miss in result.misses:
        print(f"  missed   {miss}")
    for text in result.false_hits:
        print(f"  proposed {text} (unlabelled)")
    recall_ok = all(result.recall(s) >= RECALL_GOAL for s in result.occurrences)
    return {
        "statements": len(statements),
        "occurrences": total,
        "per_script": per_script,
        "recall": round(result.recall(), 4),
        "precision": round(result.precision(), 4),
        "name_proposals": result.name_hits,
        "perpetrator_or_facility_proposals": len(result.kept_proposed),
        "false_proposals": result.false_hits,
        "misses": result.misses,
        "detect_s": round(elapsed, 4),
        "goal_met": recall_ok and not result.kept_proposed,
    }


def main() -> int:
    speed = _speed()
    print(f"{'measure':<28}{'value':>12}")
    for key, value in speed.items():
        print(f"{key:<28}{value!s:>12}")
    quality = _quality()
    result = {
        "speed": speed,
        "names": quality,
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    write_results(result, RESULTS / "redact_text.json")
    return 0 if quality["goal_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
