"""Precision of the claim check's speaker reading on the PolNeAR attribution corpus.

    python scripts/eval_claim_speakers.py [--split tune|report|all] [--show]

``--show`` lists each wrong or ungolded name of both readings (tune only), tagged with the
reading (``attributed`` or ``speakers``).

The claim check reads, for every sentence, who speaks in it: ``attributed`` (the names the
sentence's own attribution gives; a ``speaker`` conflict rests on these) and ``speakers``
(those, or the quote extractor's speaker: what the "another speaker's statement" test compares).
Each name read is judged against the trained annotators' sources of the attributions whose
source span lies in that sentence or whose content it carries (a pronoun or description resolved
as ``scripts/eval_polnear.py`` resolves it): right when it names one of them (any spelling),
wrong otherwise — an addressee (``told Fox News``), a reported clause's subject (``said Iran
lied``) or a name from a prepositional phrase is wrong. Names read in a sentence without any
annotated attribution are counted apart (``no gold``) and as wrong in the strict figure.
Coverage: the sentences with a named (or resolved) gold source in which at least one right name
is read.

Split as ``eval_polnear.py`` (sha256 of the file name): ``tune`` may be read (``--show``);
``report`` is held out (figures only). Reads ``../shared/data/real-dev/polnear-dev``; prints
figures (and with ``--show`` tune sentences, on the terminal only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_polnear import DATA, gold_speaker, read_ann, split_articles  # noqa: E402
from newsdiff.core.claim_inputs import speakers_by_sentence  # noqa: E402
from newsdiff.core.claims import read_claim  # noqa: E402
from newsdiff.core.quotes import extract_quotes  # noqa: E402
from newsdiff.core.segment import segment  # noqa: E402
from newsdiff.core.speaker_names import name_key  # noqa: E402


class Tally:
    """Counts for one reading (``attributed`` or ``speakers``)."""

    def __init__(self) -> None:
        self.right = self.wrong = self.ungolded = self.covered = 0

    def line(self, name: str, coverable: int) -> str:
        read = self.right + self.wrong
        strict = read + self.ungolded
        return (
            f"{name:<11} precision {self.right / max(read, 1):.3f} ({self.right}/{read})"
            f"  strict {self.right / max(strict, 1):.3f} ({self.right}/{strict};"
            f" no gold {self.ungolded})  coverage {self.covered / max(coverable, 1):.3f}"
            f" ({self.covered}/{coverable})"
        )


def evaluate(split: str, show: bool) -> None:
    """Print the precision of both readings over one half (or all) of the corpus."""
    tallies = {"attributed": Tally(), "speakers": Tally()}
    coverable = 0
    for text_path, text, ann_path in split_articles(split):
        annotations = read_ann(ann_path)
        sentences = segment(text)
        given = speakers_by_sentence(extract_quotes(text, sentences))  # type: ignore[arg-type]
        for index, sentence in enumerate(sentences):
            golds: list[set[str]] = []
            named = False
            for k, ann in enumerate(annotations):
                inside = ann.source and sentence.start <= ann.source[0] < sentence.end
                carried = any(a < sentence.end and sentence.start < b for a, b in ann.content)
                if inside or carried:
                    words, kind = gold_speaker(annotations, k, text)
                    if kind != "slip":
                        golds.append(words)
                        named = named or kind in ("named", "resolved")
            coverable += named
            claim = read_claim(sentence.text, given.get(index, ()))
            for name, tally in tallies.items():
                found = getattr(claim, name)
                any_right = False
                for speaker in found:
                    key = set(name_key(speaker))
                    if not golds:
                        tally.ungolded += 1
                        verdict = "NO GOLD"
                    elif any(key & gold for gold in golds):
                        tally.right += 1
                        any_right = True
                        continue
                    else:
                        tally.wrong += 1
                        verdict = "WRONG"
                    if show:
                        where = f"{text_path.name}:{sentence.start}"
                        print(f"{verdict} {name} {where} {speaker!r} gold={golds}")
                        print(f"    {sentence.text[:200]}")
                tally.covered += named and any_right
    print(f"split {split}:")
    for name, tally in tallies.items():
        print("  " + tally.line(name, coverable))


def main() -> None:
    """Parse arguments and evaluate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print wrong names (tune only)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (needs ../shared)", file=sys.stderr)
        return
    if args.show and args.split != "tune":
        sys.exit("error: --show reads errors; use it on the tune split only")
    evaluate(args.split, args.show)


if __name__ == "__main__":
    main()
