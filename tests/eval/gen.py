#!/usr/bin/env python3
"""Writes veil's labelled evaluation set: one JSON object per line.

usage: tests/eval/gen.py [--split tune|heldout|fresh|aside|wild|sealed|wild2|sealed2|wild3|sealed3|wild4|sealed4|wild5|sealed5|wild6|sealed6|wild7|sealed7|wild8|sealed8|wild9|sealed9|wild10|sealed10|wild11|sealed11|both|all] [--out DIR] [--records N] [--seed S]
       tests/eval/gen.py --slice tests/eval/slice.jsonl     (the fixed tune slice)
       tests/eval/gen.py --contract tests/eval/contract.jsonl  (the token-contract corpus)

Each record: {"id", "source", "split", "pack", "template", "text", "aligned",
"spans": [{"start", "end", "bstart", "bend", "type", "value"}]} (character and
UTF-8 byte offsets; `value` is exactly the text between them), plus `file` and
`header` for CUCM rows, which come in files that may start with header rows.
The output is the same, byte for byte, for the same seed and record count.
Standard library only (Python 3.11). See README.md beside this file.
"""
import argparse
import importlib.util
import json
import os
import random
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import evallib  # noqa: E402

# Share of each pack in a split; every template of a pack gets an equal share.
PACK_SHARE = {"syslog": 0.30, "json": 0.22, "kv-cef": 0.20, "asterisk-cdr": 0.10,
              "freeswitch-cdr": 0.08, "cisco-cucm-cdr": 0.10}
CUCM_FILE_ROWS = 25
# tune and heldout are the first pair; fresh (tuned on) and aside (never tuned on)
# are a second, independent pair written by someone who had not read the first;
# wild (tuned on) and sealed (never tuned on) a fourth, by someone who had read neither.
# wild2 (tuned on) and sealed2 (never tuned on) are a fifth pair, by someone who
# had read none of the others.
# wild3 (tuned on) and sealed3 (never tuned on) are a sixth pair, by someone who had
# read none of the others, with value generators of their own (sixthlib.py).
# wild4 (tuned on) and sealed4 (never tuned on) are a seventh pair, by someone who had
# read none of the others, with value generators of their own (seventhlib.py).
# wild5 (tuned on) and sealed5 (never tuned on) are an eighth pair, by someone who had
# read none of the others, with value generators of their own (eighthlib.py).
# wild6 (tuned on) and sealed6 (never tuned on) are a ninth pair, by someone who had
# read none of the others, with value generators of their own (ninthlib.py).
# wild7 (tuned on) and sealed7 (never tuned on) are a tenth pair, by someone who had
# read none of the others, with value generators of their own (tenthlib.py).
# wild8 (tuned on) and sealed8 (never tuned on) are an eleventh pair, by someone who had
# read none of the others, with value generators of their own (eleventhlib.py).
# wild9 (tuned on) and sealed9 (never tuned on) are a twelfth pair, by someone who had
# read none of the others, with value generators of their own (twelfthlib.py).
# wild10 (tuned on) and sealed10 (never tuned on) are a thirteenth pair, by someone who had
# read none of the others, with value generators of their own (thirteenthlib.py).
# wild11 (tuned on) and sealed11 (never tuned on) are a fourteenth pair, by someone who had
# read none of the others, with value generators of their own (fourteenthlib.py).
SPLITS = ["tune", "heldout", "fresh", "aside", "wild", "sealed", "wild2", "sealed2", "wild3", "sealed3",
          "wild4", "sealed4", "wild5", "sealed5", "wild6", "sealed6", "wild7", "sealed7",
          "wild8", "sealed8", "wild9", "sealed9", "wild10", "sealed10", "wild11", "sealed11"]


def load(split, name):
    path = os.path.join(HERE, split, name + ".py")
    spec = importlib.util.spec_from_file_location(f"eval_{split}_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cucm_columns():
    with open(os.path.join(ROOT, "rules", "cisco-cucm-cdr.toml"), "rb") as f:
        return tomllib.load(f)["pack"]["columns"]


class Split:
    def __init__(self, split):
        self.name = split
        self.pools = load(split, "pools")
        self.templates = load(split, "templates")
        self.gens = evallib.base_generators()
        self.gens.update(self.templates.GENERATORS)
        self.cucm_cols = cucm_columns()

    def one(self, pack, tid, template, seed, i):
        rng = random.Random(f"{seed}:{self.name}:{tid}:{i}")
        ctx = evallib.Ctx(rng, self.pools, self.gens)
        if callable(template):
            rec = evallib.Record()
            template(ctx, rec, self.cucm_cols)
        else:
            rec = evallib.render(template, ctx)
        text, spans = rec.build()
        assert "\n" not in text and "\r" not in text, tid
        last = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            assert s["start"] >= last, f"{tid}: overlapping spans"
            last = s["end"]
        return {"source": f"eval-{self.name}/{pack}/{tid}", "split": self.name, "pack": pack,
                "template": tid, "text": text, "aligned": True, "spans": spans}

    def header_rows(self, file_id):
        names = evallib.Record()
        decoys = set(self.templates.CUCM_HEADER_DECOYS)
        for i, col in enumerate(self.cucm_cols):
            names.text(("," if i else "") + '"')
            if col in decoys:
                names.label(evallib.NEG, col)
            else:
                names.text(col)
            names.text('"')
        types = ",".join('"VARCHAR(50)"' if "Number" in c or "Name" in c or "uri" in c or "pkid" == c
                         else '"INTEGER"' for c in self.cucm_cols)
        out = []
        for tid, (text, spans) in (("cucm-header-names", names.build()), ("cucm-header-types", (types, []))):
            out.append({"source": f"eval-{self.name}/cisco-cucm-cdr/{tid}", "split": self.name,
                        "pack": "cisco-cucm-cdr", "template": tid, "text": text, "aligned": True,
                        "spans": spans, "file": file_id, "header": True})
        return out

    def generate(self, total, seed):
        by_pack = {}
        for pack, tid, template in self.templates.TEMPLATES:
            by_pack.setdefault(pack, []).append((tid, template))
        records = []
        for pack in evallib.PACKS:
            tpls = by_pack.get(pack, [])
            if not tpls:
                continue
            per = max(1, round(total * PACK_SHARE[pack] / len(tpls)))
            recs = [self.one(pack, tid, t, seed, i) for tid, t in tpls for i in range(per)]
            random.Random(f"{seed}:{self.name}:{pack}:order").shuffle(recs)
            if pack == "cisco-cucm-cdr":
                recs = self.cucm_files(recs)
            records.extend(recs)
        for n, r in enumerate(records):
            r["id"] = f"{self.name}-{n:05d}"
        return records

    def cucm_files(self, recs):
        out = []
        for k in range(0, len(recs), CUCM_FILE_ROWS):
            file_id = f"{self.name}-cucm-{k // CUCM_FILE_ROWS:03d}"
            # Every other file is as the CDR Repository Manager writes it, with
            # its two header rows; the others are rows without a header (as
            # streamed), for which the scorer supplies a neutral header.
            if (k // CUCM_FILE_ROWS) % 2 == 0:
                out.extend(self.header_rows(file_id))
            for r in recs[k:k + CUCM_FILE_ROWS]:
                r["file"] = file_id
                r["header"] = False
                out.append(r)
        return out


def ordered(r):
    keys = ["id", "source", "split", "pack", "template", "file", "header", "text", "aligned", "spans"]
    return {k: r[k] for k in keys if k in r}


def write(path, records):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(ordered(r), ensure_ascii=False) + "\n")


def make_slice(records, per_template=2):
    """A few records of every tune template, CUCM as one file with its header."""
    seen = {}
    out, cucm = [], []
    for r in records:
        if r.get("header"):
            continue
        k = r["template"]
        if seen.get(k, 0) < per_template:
            seen[k] = seen.get(k, 0) + 1
            (cucm if r["pack"] == "cisco-cucm-cdr" else out).append(r)
    headers = [r for r in records if r.get("header")][:2]
    for r in headers + cucm:
        r = dict(r)
        r["file"] = "slice-cucm-000"
        out.append(r)
    for n, r in enumerate(out):
        r["id"] = f"slice-{n:04d}"
    return [ordered(r) for r in out]


# The open splits whose records make the token-contract corpus (tests/token_contract.rs): never a
# kept-aside one. A split is added here on purpose, with the contract file blessed again.
CONTRACT_SPLITS = ["tune", "heldout", "fresh", "wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7",
                   "wild8", "wild9", "wild10", "wild11"]


def make_contract(records_by_split, per_template=2):
    """Two records of every template of every contract split (no header rows), ids kept."""
    out = []
    for split, records in records_by_split:
        seen = {}
        for r in records:
            if r.get("header") or seen.get(r["template"], 0) >= per_template:
                continue
            seen[r["template"]] = seen.get(r["template"], 0) + 1
            out.append({"id": r["id"], "pack": r["pack"], "template": r["template"], "text": r["text"]})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS + ["both", "all"], default="all",
                    help="one split, both (tune and heldout) or all twenty-six (default)")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "eval"))
    ap.add_argument("--records", type=int, default=3600, help="about this many records per split")
    ap.add_argument("--seed", default="veil-eval-1")
    ap.add_argument("--slice", metavar="FILE", help="write the fixed tune slice to FILE and stop")
    ap.add_argument("--contract", metavar="FILE",
                    help="write the token-contract corpus (two records of every open template) to FILE and stop")
    a = ap.parse_args()
    if a.contract:
        recs = [(s, Split(s).generate(a.records, a.seed)) for s in CONTRACT_SPLITS]
        os.makedirs(os.path.dirname(os.path.abspath(a.contract)), exist_ok=True)
        with open(a.contract, "w", encoding="utf-8") as f:
            for r in make_contract(recs):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if a.slice:
        recs = Split("tune").generate(a.records, a.seed)
        write(a.slice, make_slice(recs))
        return
    chosen = {"both": ["tune", "heldout"], "all": SPLITS}.get(a.split, [a.split])
    for split in chosen:
        recs = Split(split).generate(a.records, a.seed)
        path = os.path.join(a.out, f"{split}.jsonl")
        write(path, recs)
        types = {}
        for r in recs:
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
        print(f"{path}: {len(recs)} records, "
              + ", ".join(f"{t} {n}" for t, n in sorted(types.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
