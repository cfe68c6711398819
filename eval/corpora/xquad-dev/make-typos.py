#!/usr/bin/env python3
"""Builds typos.jsonl from holes.jsonl, and without-LANG-typos.jsonl from without-LANG.jsonl (see SOURCE.md): the
same questions as a chat message would put them.

Each question is lower-cased, its punctuation dropped (apostrophes and hyphens kept), and one of its words of
five letters or more gets one typing slip: two neighbouring letters swapped, a letter dropped, a letter doubled, or a letter replaced by a
neighbour on a QWERTY keyboard. The first letter is never touched. Which word and which slip is drawn from a
generator seeded with the question's id, so the file is the same on every run. Nothing else changes: the
expected sentences, the article, the unanswerable questions.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def keyboard_neighbours():
    out = {}
    for r, row in enumerate(ROWS):
        for i, c in enumerate(row):
            near = set()
            for rr in (r - 1, r, r + 1):
                if 0 <= rr < len(ROWS):
                    for j in (i - 1, i, i + 1):
                        if 0 <= j < len(ROWS[rr]) and ROWS[rr][j] != c:
                            near.add(ROWS[rr][j])
            out[c] = sorted(near)
    return out


NEAR = keyboard_neighbours()


def slip(word, rnd):
    i = rnd.randrange(1, len(word) - 1)
    kind = rnd.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    c = word[i]
    return word[:i] + (rnd.choice(NEAR[c]) if c in NEAR else c) + word[i + 1:]


def chat_form(question, rnd):
    words = re.sub(r"[^\w\s'-]", " ", question.lower()).split()
    long_words = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for _ in range(20):  # a swap of two equal letters, or a letter off the keyboard, changes nothing: try again
        if not long_words:
            break
        k = rnd.choice(long_words)
        slipped = slip(words[k], rnd)
        if slipped != words[k]:
            words[k] = slipped
            break
    return " ".join(words)


def write(source, target):
    with open(os.path.join(HERE, target), "w", encoding="utf-8") as out:
        for line in open(os.path.join(HERE, source), encoding="utf-8"):
            q = json.loads(line)
            q["question"] = chat_form(q["question"], random.Random(hashlib.sha256(q["id"].encode()).hexdigest()))
            out.write(json.dumps(q, ensure_ascii=False) + "\n")


write("holes.jsonl", "typos.jsonl")
for lang in ["en", "de", "es"]:
    write("without-%s.jsonl" % lang, "without-%s-typos.jsonl" % lang)
