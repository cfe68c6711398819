#!/usr/bin/env python3
"""Builds the "without" sets from corpus-holes/ and holes.jsonl (see SOURCE.md).

For each of en, de, es: corpus-holes-without-LANG/ is corpus-holes/ without that language's translation, and
without-LANG.jsonl holds the questions of holes.jsonl in that language, each expecting the `expect` strings of
the same XQuAD question in the two other languages (nothing where corpus-holes/ lacks its paragraph). So every
answer comes from another translation, in a language the bot has words for: as for an English user of the
sample article, which is in German and Portuguese only.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["en", "de", "es"]


def xquad_id(question):
    return question["id"].rsplit("-", 1)[1]


questions = [json.loads(line) for line in open(os.path.join(HERE, "holes.jsonl"), encoding="utf-8")]
expect = {}
for q in questions:
    expect.setdefault((xquad_id(q), q["lang"]), []).extend(q["expect"])

source = os.path.join(HERE, "corpus-holes")
for lang in LANGUAGES:
    others = [l for l in LANGUAGES if l != lang]
    target = os.path.join(HERE, "corpus-holes-without-" + lang)
    shutil.rmtree(target, ignore_errors=True)
    for article in sorted(os.listdir(source)):
        os.makedirs(os.path.join(target, article))
        for other in others:
            shutil.copy(os.path.join(source, article, other + ".txt"), os.path.join(target, article))
        with open(os.path.join(source, article, "article.yaml"), encoding="utf-8") as f:
            meta = f.read()
        meta = re.sub(r"\b" + lang + r': "[^"]*",? ?', "", meta).replace(", }", " }")
        with open(os.path.join(target, article, "article.yaml"), "w", encoding="utf-8") as f:
            f.write(meta)
    with open(os.path.join(HERE, "without-" + lang + ".jsonl"), "w", encoding="utf-8") as out:
        for q in questions:
            if q["lang"] == lang:
                q = dict(q, id=q["id"] + "-without", expect=[e for o in others for e in expect.get((xquad_id(q), o), [])])
                out.write(json.dumps(q, ensure_ascii=False) + "\n")
