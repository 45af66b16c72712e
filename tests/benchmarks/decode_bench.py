"""Measure decoding strategies on texts encoded many ways (run on demand, not by pytest).

    python tests/benchmarks/decode_bench.py

For each text (the bundled articles plus short news sentences in several languages, whole and
cut to the first sentence) and each encoding that can represent it, the bytes are decoded by:

- ``detector``: charset-normalizer's best guess alone (after a BOM check);
- ``utf8+detector``: strict UTF-8 first, the detector for the rest;
- ``newsdiff``: :func:`newsdiff.core.decode.decode_bytes`.

A decoding counts as right when it gives back exactly the original text. Prints accuracy per
strategy and encoding family, the failures of ``newsdiff``, and time per strategy.
"""

from __future__ import annotations

import codecs
import time
from collections import defaultdict
from pathlib import Path

from charset_normalizer import from_bytes
from newsdiff.core.decode import DecodeError, decode_bytes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SAMPLES = {
    "english": "The minister said “we made real progress” on Tuesday — and the talks, "
    "which resumed in Geneva, will continue next week. ‘It’s a start,’ an aide added.",
    "french": "« Nous avançons », a déclaré mardi le ministre à Genève, où les négociations "
    "ont repris. L’été prochain, un accord pourrait être signé, selon l’émissaire.",
    "german": "„Wir machen Fortschritte“, sagte der Außenminister am Dienstag in Genf. Die "
    "Gespräche würden nächste Woche fortgesetzt, hieß es aus dem Ministerium.",
    "spanish": "«Hemos avanzado», afirmó el ministro el martes en Ginebra, donde se "
    "reanudaron las negociaciones. ¿Habrá acuerdo? Según el enviado, quizá en otoño.",
    "polish": "„Zrobiliśmy postęp” – powiedział we wtorek minister spraw zagranicznych w "
    "Genewie. Rozmowy zostaną wznowione w przyszłym tygodniu, dodał rzecznik.",
    "czech": "„Udělali jsme pokrok,“ řekl v úterý ministr zahraničí v Ženevě. Jednání budou "
    "pokračovat příští týden, uvedl mluvčí ministerstva.",
    "russian": "«Мы добились прогресса», — заявил во вторник министр иностранных дел в "
    "Женеве. Переговоры продолжатся на следующей неделе, сообщил представитель.",
    "greek": "«Σημειώσαμε πρόοδο», δήλωσε την Τρίτη ο υπουργός Εξωτερικών στη Γενεύη. Οι "
    "συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα, ανέφερε εκπρόσωπος.",
    "turkish": "“İlerleme kaydettik” dedi Dışişleri Bakanı salı günü Cenevre’de. Görüşmeler "
    "gelecek hafta devam edecek, diye açıkladı sözcü.",
    "arabic": "قال وزير الخارجية يوم الثلاثاء في جنيف: «لقد أحرزنا تقدماً». وأضاف المتحدث أن "
    "المحادثات ستستأنف الأسبوع المقبل.",
    "japanese": "外務大臣は火曜日、ジュネーブで「進展があった」と述べた。協議は来週再開される"
    "予定だと報道官が明らかにした。",
    "chinese": "外交部长周二在日内瓦表示：“会谈取得了进展。”发言人说，谈判将于下周继续。",
    "korean": '외교부 장관은 화요일 제네바에서 "진전이 있었다"고 말했다. 대변인은 회담이 '
    "다음 주에 재개될 것이라고 밝혔다.",
}

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "cp1252",
    "latin-1",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1256",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)


def texts() -> dict[str, str]:
    """Every test text by name: samples, seeds, and each cut to its first sentence."""
    found = dict(SAMPLES)
    for path in sorted(SEEDS.glob("*.txt")):
        found[f"seed {path.name[:3]}"] = path.read_text(encoding="utf-8")
    for name, text in list(found.items()):
        cut = text.split(". ", 1)[0] + "."
        if cut != text:
            found[f"{name} (first sentence)"] = cut
    return found


def by_detector(data: bytes, strict_utf8_first: bool) -> str | None:
    """charset-normalizer alone (optionally after strict UTF-8); ``None`` when it gives up."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    if strict_utf8_first:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    return None if best is None else str(best)


def by_newsdiff(data: bytes) -> str | None:
    """newsdiff's decoder; ``None`` when it refuses."""
    try:
        return decode_bytes(data).text
    except DecodeError:
        return None


STRATEGIES = {
    "detector": lambda data: by_detector(data, strict_utf8_first=False),
    "utf8+detector": lambda data: by_detector(data, strict_utf8_first=True),
    "newsdiff": by_newsdiff,
}


def family(encoding: str) -> str:
    """Group encodings for the report."""
    if encoding.startswith("utf"):
        return "unicode"
    if encoding in ("cp1252", "latin-1"):
        return "western"
    return "other legacy"


def main() -> None:
    """Run every strategy on every (text, encoding) pair and print the figures."""
    cases: list[tuple[str, str, str, bytes]] = []
    for name, text in texts().items():
        for encoding in ENCODINGS:
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            cases.append((name, encoding, text, data))
    right: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    seconds: dict[str, float] = defaultdict(float)
    failures: list[str] = []
    for name, encoding, text, data in cases:
        for strategy, decode in STRATEGIES.items():
            start = time.perf_counter()
            result = decode(data)
            seconds[strategy] += time.perf_counter() - start
            ok = result == text
            for key in (family(encoding), "all"):
                right[strategy][key][0] += ok
                right[strategy][key][1] += 1
            if strategy == "newsdiff" and not ok:
                shown = "refused" if result is None else repr(result[:50])
                failures.append(f"  {name} as {encoding}: {shown}")
    print(f"{len(cases)} encoded texts")
    print(f"{'strategy':15} {'unicode':>12} {'western':>12} {'other legacy':>14} {'all':>12} time")
    for strategy in STRATEGIES:
        cells = []
        for key in ("unicode", "western", "other legacy", "all"):
            ok, total = right[strategy][key]
            cells.append(f"{ok}/{total}")
        print(
            f"{strategy:15} {cells[0]:>12} {cells[1]:>12} {cells[2]:>14} {cells[3]:>12} "
            f"{seconds[strategy] * 1000:.0f} ms"
        )
    print(f"newsdiff failures ({len(failures)}):")
    print("\n".join(failures))
    big = (SEEDS / "000_349d7438e500a4b7.txt").read_text(encoding="utf-8")
    big = big * (4_900_000 // len(big.encode("utf-8")))
    for encoding in ("utf-8", "cp1252"):
        data = big.encode(encoding, errors="replace")
        for strategy, decode in STRATEGIES.items():
            start = time.perf_counter()
            ok = decode(data) == big.encode(encoding, errors="replace").decode(encoding)
            took = time.perf_counter() - start
            print(
                f"{len(data) / 1e6:.1f} MB {encoding:7} {strategy:14} {took * 1000:6.0f} ms ok={ok}"
            )


if __name__ == "__main__":
    main()
