#!/usr/bin/env python3
"""Builds short.jsonl from holes.jsonl (see SOURCE.md): the same questions as a terse chat message would put them.

Each question is lower-cased and its punctuation dropped (apostrophes and hyphens kept); it keeps its first word
(usually the question word: "who", "wann", "cuántos") and, of the others, its four longest words of four letters or
more and its numbers, in the order asked: "How long was the Summer Theatre in operation?" becomes "how long summer
theatre operation". Nothing else changes: the expected sentences, the article, the unanswerable questions.
Deterministic: no random choice (equal lengths keep the earlier word).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KEPT = 4


def short_form(question):
    words = re.sub(r"[^\w\s'-]", " ", question.lower()).split()
    if len(words) <= 1:
        return " ".join(words)
    rest = [(k, w) for k, w in enumerate(words[1:], 1) if len(w) >= 4 or any(c.isdigit() for c in w)]
    longest = sorted(rest, key=lambda kw: (-len(kw[1]), kw[0]))[:KEPT]
    keep = sorted(k for k, _ in longest)
    return " ".join([words[0]] + [words[k] for k in keep])


with open(os.path.join(HERE, "short.jsonl"), "w", encoding="utf-8") as out:
    for line in open(os.path.join(HERE, "holes.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        q["question"] = short_form(q["question"])
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
