"""Synthetic corpora for benchmarks: many stories, each told by several outlets.

Built from the seed articles: for each story a seed article is taken, its names of people and
places are replaced consistently by invented ones, its numbers scaled, and then 3 to 6
"outlets" each tell it: sentences reordered, some dropped, some numbers or wordings changed.
Real-looking text with real sentence structure, but not copies of one sentence.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SYLLABLES = ["ka", "ro", "mi", "tse", "lan", "vor", "da", "quel", "ish", "ten", "bo", "rua", "gel", "shi", "no",
             "var", "po", "lin", "esh", "tu", "mar", "ko", "ze", "ful"]
OUTLETS = ["© 2025 AFP", "(Reuters) -", "© KYODO", "By IANS |", "[Copyright The Jiji Press, Ltd.]", "© Copyright 2025 The Associated Press"]
NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?\b")
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b")
KEEP = {"The", "This", "That", "These", "They", "Their", "There", "But", "And", "In", "On", "At", "As", "After", "Before",
        "If", "It", "Its", "He", "She", "His", "Her", "Under", "With", "For", "From", "Since", "According", "Amid",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Prime", "Minister",
        "President", "Former", "Other", "Last", "Following", "During", "While", "Both", "Lee's"}
SWAPS = [(" said ", " told reporters "), (" agreed ", " decided "), (" meeting ", " talks "), (" about ", " some "),
         (" will ", " is set to "), (" the ", " the two "), (" and ", " as well as ")]
PREFIXES = ["Officials said that ", "According to people familiar with the matter, ", "Reports say ", "Meanwhile, ",
            "In a statement, officials said ", "It emerged that ", "Sources said ", "Separately, "]
SUFFIXES = [", officials said.", ", according to the government.", ", a spokesperson said.", ", the report said.",
            ", sources told the agency.", ", local media reported."]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def seed_articles(seeds: Path) -> list[tuple[str, list[str]]]:
    """(headline, sentences) of the seed articles, read by crosscheck's own page reader."""
    from crosscheck.ingest import load_corpus

    out = []
    for la in load_corpus([str(seeds)]).articles:
        body = " ".join(la.text[s:e] for s, e in la.paragraphs)
        sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“'])", body) if len(s.split()) >= 5]
        if len(sents) >= 4:
            out.append((la.article.headline or "Untitled", sents))
    return out


def build(seeds: Path, folder: Path, target_sentences: int, rng_seed: int = 7) -> tuple[int, int, int]:
    """Write pages into ``folder`` until about ``target_sentences`` sentences; returns
    (stories, articles, sentences)."""
    rng = random.Random(rng_seed)
    templates = seed_articles(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    stories = articles = sentences = 0
    while sentences < target_sentences:
        headline, sents = rng.choice(templates)
        text = "\n".join(sents)
        # each capitalised word gets one invented name, so "Shigeru Ishiba" and a later "Ishiba"
        # stay the same person
        names = {w: _name(rng) for n in sorted(set(NAME.findall(text))) for w in re.split(r"[ -]", n)
                 if w not in KEEP}
        factor = rng.choice([1, 2, 3, 5])

        def story_text(s: str, names=names, factor=factor) -> str:
            s = NAME.sub(lambda m: re.sub(r"[^ -]+", lambda w: names.get(w.group(0), w.group(0)), m.group(0)), s)
            return NUMBER.sub(lambda m: str(int(float(m.group(0).replace(",", "")) * factor)) if "." not in m.group(0) else m.group(0), s)

        story_sents = [story_text(s) for s in sents]
        story_head = story_text(headline)
        month = rng.randint(1, 12)
        for k in range(rng.randint(3, 6)):
            told = [s for s in story_sents if rng.random() > 0.2] or story_sents[:3]
            if len(told) > 3:
                i = rng.randrange(1, len(told))
                told.insert(rng.randrange(1, len(told)), told.pop(i))  # outlets order facts differently
            for j, s in enumerate(told):
                # every outlet words every sentence a little differently
                roll = rng.random()
                if roll < 0.35:
                    s = rng.choice(PREFIXES) + s[0].lower() + s[1:]
                elif roll < 0.7 and s.endswith("."):
                    s = s[:-1] + rng.choice(SUFFIXES)
                a, b = rng.choice(SWAPS)
                told[j] = s.replace(a, b, 1)
                if rng.random() < 0.05:
                    told[j] = NUMBER.sub(lambda m: str(int(float(m.group(0).replace(",", "")) + 2)) if "." not in m.group(0) else m.group(0), told[j], count=1)
            page = f"{story_head}\n{month:02d}/15/2025\n" + "\n".join(told) + f"\n{OUTLETS[k % len(OUTLETS)]}\n"
            (folder / f"s{stories:05d}-{k}.txt").write_text(page, encoding="utf-8")
            articles += 1
            sentences += len(told)
        stories += 1
    return stories, articles, sentences
