#!/usr/bin/env python3
"""Builds fallback.jsonl from more.jsonl and holes.jsonl (see SOURCE.md).

The questions of more.jsonl (nine languages) asked against corpus-holes/ (en, de, es): no article has the
question's language, so every answer comes from another translation, as for a Discord user whose language
the articles are not in. A question expects its passage in any of en, de, es (the `expect` strings of the
same XQuAD question in holes.jsonl); one whose paragraph corpus-holes/ left out expects nothing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def xquad_id(question):
    return question["id"].rsplit("-", 1)[1]


expect = {}
for line in open(os.path.join(HERE, "holes.jsonl"), encoding="utf-8"):
    q = json.loads(line)
    expect.setdefault(xquad_id(q), []).extend(q["expect"])

with open(os.path.join(HERE, "fallback.jsonl"), "w", encoding="utf-8") as out:
    for line in open(os.path.join(HERE, "more.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        q["id"] = q["id"] + "-fallback"
        q["expect"] = expect[xquad_id(json.loads(line))]
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
