"""Text detection speed: a 20 KB multilingual statement against 30 protected people.

    uv run python -m bench.redact_text

The statement mixes English, Russian, Armenian and Azerbaijani prose with names in
three scripts, case endings, phone numbers, e-mail, passport numbers and coordinates
(about a hundred and fifty numbers, all different: far denser than a real statement).
``cold`` is the first call in the process (transliteration caches empty), ``warm`` the
median of the next ones. Goal: well under a second. Prints a table and writes JSON to
``bench/results/redact_text.json``.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from pathlib import Path

from vault.redact import ProtectedName, apply_redactions, detect

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
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


def main() -> int:
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
    result = {
        "chars": len(text),
        "protected_people": len(protected),
        "hits": len(hits),
        "detect_cold_s": round(cold, 4),
        "detect_warm_median_s": round(warm, 4),
        "apply_s": round(applied, 4),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    print(f"{'measure':<28}{'value':>12}")
    for key, value in result.items():
        print(f"{key:<28}{value!s:>12}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "redact_text.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
