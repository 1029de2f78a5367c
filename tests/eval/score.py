#!/usr/bin/env python3
"""Scores a veil binary on a generated evaluation file (gen.py's output).

usage: tests/eval/score.py FILE.jsonl [--veil target/release/veil] [--work DIR]
                           [--json] [--show-leaks N] [--show-decoys N]

For every pack in the file it runs `veil scan --pack P` (detection) and
`veil run --pack P` (the output a SIEM would get), and prints one table per
pack and one over all packs, per type:

  support    labelled personal values of that type
  predicted  spans veil scan reported with that type
  precision  predicted spans that overlap a labelled value of their type
  recall     labelled values covered by a predicted span of their type
  leaks      labelled values that survive verbatim in `veil run` output
  decoys     NEG_DECOY look-alikes; "scan hit" = overlapped by a predicted
             span, "run hit" = not surviving verbatim in the output

Matching rules (the same for every type):
- Offsets are UTF-8 bytes. A labelled value is found when one predicted span
  covers all of it (start <= bstart and end >= bend) and has its type, or the
  type CUSTOM (a pack's own category, such as CUCM device names carrying a MAC);
  veil's HOST_IPV4 (an IPv4 spelt with dashes in a host name) counts as IPV4.
  A span that covers only part of a value does not find it.
- A predicted span is correct when it overlaps a labelled value of its own
  type (CUSTOM: of any type); otherwise it counts against precision, whether
  it hit a decoy or unlabelled text.
- Survival is counted, not located: the occurrences of a value in the output
  line are counted (as a whole token when every labelled occurrence in the input
  is one, i.e. not glued to letters or digits), longer labelled values first
  and masked so their parts are not counted again; occurrences the input had
  without a label are subtracted. What remains are leaks (personal values) or
  surviving decoys.
- A quarantined record reaches no SIEM: its personal values count as not
  leaked and its decoys as hit; the number of quarantined records is shown per
  pack. Records `veil scan` refuses (it prints an error) count as detecting
  nothing.
- CUCM files: header rows (`"header": true`) are scored in the run only, since
  `veil scan` has no header mode. A file that has no header rows of its own is
  given a neutral one (the pack's column names, then one row of types) so that
  its data rows are not taken for the header; that neutral header is not scored.

--show-leaks / --show-decoys print example records of the splits open to
tuning (tune, fresh, wild, wild2, wild3, wild4, wild5, wild6, wild7, wild8, wild9, wild10, wild11, and heldout since stop 19) and refuse the kept-aside ones
(aside, sealed, sealed2, sealed3, sealed4, sealed5, sealed6, sealed7, sealed8, sealed9, sealed10, sealed11): nobody should read those records while working on
detection. `--audit` lifts that refusal for a label audit of
those splits (checking the labels, not veil); it is for label audits only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TYPES = ["IPV4", "IPV6", "MAC", "EMAIL", "USERNAME", "PHONE", "PERSONNUMMER", "SAMORDNINGSNUMMER", "ORGNR",
         "BADGE", "PERSON_NAME", "IMEI", "IMSI"]
NEG = "NEG_DECOY"
# veil reports IPv4 addresses spelt with dashes inside host names as HOST_IPV4, and
# those spelt backwards in reverse-DNS names (`4.2.0.192.in-addr.arpa`) as ARPA_IPV4:
# both are the IPV4 of the labels.
ALIASES = {"HOST_IPV4": "IPV4", "ARPA_IPV4": "IPV4"}


def pack_header(pack):
    """A neutral header for packs that read header rows (CUCM): `header_rows` lines."""
    try:
        with open(os.path.join(ROOT, "rules", pack + ".toml"), "rb") as f:
            spec = tomllib.load(f)["pack"]
    except FileNotFoundError:
        return []
    n = spec.get("header_rows", 0)
    cols = spec.get("columns", [])
    rows = [",".join(f'"{c}"' for c in cols)] + [",".join('"INTEGER"' for _ in cols)] * max(0, n - 1)
    return rows[:n]


# ------------------------------------------------------------------ running veil

def run_scan(veil, pack, recs, work):
    path = os.path.join(work, f"{pack}.scan.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    p = subprocess.run([veil, "scan", "--pack", pack, "--input", path], capture_output=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit(f"veil scan --pack {pack} failed ({p.returncode}): {p.stderr.decode(errors='replace')}")
    preds, errors = {}, set()
    for line in p.stdout.decode().splitlines():
        o = json.loads(line)
        if "error" in o:
            errors.add(o["id"])
        preds[o["id"]] = [(s["start"], s["end"], ALIASES.get(s["type"], s["type"])) for s in o.get("spans", [])]
    return preds, errors


def run_pipeline(veil, keyring, pack, group, recs, work):
    """Runs one file through `veil run`; returns {id: output line or None (quarantined)}."""
    lines, index = [], []
    header = pack_header(pack)
    if header and not any(r.get("header") for r in recs):
        lines.extend(header)
        index.extend([None] * len(header))
    for r in recs:
        lines.append(r["text"])
        index.append(r["id"])
    safe = group.replace("/", "_")
    src = os.path.join(work, f"{safe}.in")
    quar = os.path.join(work, f"{safe}.quarantine.jsonl")
    for p in (quar,):
        if os.path.exists(p):
            os.remove(p)
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    p = subprocess.run([veil, "run", "--keyring", keyring, "--pack", pack, "--input", src, "--quarantine", quar,
                        "--threads", "1", "--quiet"], capture_output=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit(f"veil run --pack {pack} failed ({p.returncode}): {p.stderr.decode(errors='replace')}")
    quarantined = set()
    if os.path.exists(quar):
        with open(quar, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    quarantined.add(json.loads(line)["line"])
    out = p.stdout.decode("utf-8", errors="replace").split("\n")
    if out and out[-1] == "":
        out.pop()
    kept = [i for i in range(len(lines)) if (i + 1) not in quarantined]
    if len(kept) != len(out):
        sys.exit(f"{group}: {len(lines)} lines in, {len(quarantined)} quarantined, {len(out)} out: cannot align")
    result = {rid: None for rid in index if rid is not None}
    for i, o in zip(kept, out):
        if index[i] is not None:
            result[index[i]] = o
    return result


# ------------------------------------------------------------------ counting

def is_word(c):
    return c.isalnum()


def occurrences(s, v, whole):
    out, i = [], s.find(v)
    while i >= 0:
        ok = True
        if whole:
            if is_word(v[0]) and i > 0 and is_word(s[i - 1]):
                ok = False
            j = i + len(v)
            if is_word(v[-1]) and j < len(s) and is_word(s[j]):
                ok = False
        if ok:
            out.append(i)
        i = s.find(v, i + 1)
    return out


def mask(s, v, positions):
    for i in positions:
        s = s[:i] + "\0" * len(v) + s[i + len(v):]
    return s


# Splits nobody working on detection may read (records, leaks); their figures
# are the measure of how detection generalises. `heldout` was one until stop
# 19, when it was opened for tuning because `aside` and `sealed` took its place.
KEPT_ASIDE = {"aside", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11"}

QUAD = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def survival(rec, out):
    """{span index: True if the value survives in `out`} for every span."""
    text = rec["text"]
    spans = rec["spans"]
    by_value = collections.defaultdict(list)
    for k, s in enumerate(spans):
        by_value[s["value"]].append(k)
    result = {}
    m_in, m_out = text, out
    # An address veil made (an IPv4 pseudonym) is not a survival of the short
    # numbers its octets may spell by chance (`137` in `80.238.137.109`, with
    # a fresh random keyring each run): dotted quads the input does not hold
    # are masked before counting, as tests/eval_slice.rs does.
    for m in reversed(list(QUAD.finditer(out))):
        if m.group() not in text:
            m_out = m_out[:m.start()] + "\1" * (m.end() - m.start()) + m_out[m.end():]
    for v in sorted(by_value, key=len, reverse=True):
        ks = by_value[v]
        whole = all(occurrences(text[max(0, spans[k]["start"] - 1):spans[k]["end"] + 1], v, True)
                    for k in ks)
        occ_in = occurrences(m_in, v, whole)
        occ_out = occurrences(m_out, v, whole)
        unlabelled = max(0, len(occ_in) - len(ks))
        survived = min(len(ks), max(0, len(occ_out) - unlabelled))
        for n, k in enumerate(ks):
            result[k] = n < survived
        m_in = mask(m_in, v, occ_in)
        m_out = mask(m_out, v, occ_out)
    return result


class Tally:
    def __init__(self):
        self.support = collections.Counter()
        self.found = collections.Counter()
        self.found_any = collections.Counter()
        self.predicted = collections.Counter()
        self.pred_ok = collections.Counter()
        self.leaks = collections.Counter()
        self.decoys = 0
        self.decoy_scan = 0
        self.decoy_run = 0
        self.records = 0
        self.quarantined = 0
        self.scan_errors = 0

    def add(self, other):
        for k in ("support", "found", "found_any", "predicted", "pred_ok", "leaks"):
            getattr(self, k).update(getattr(other, k))
        for k in ("decoys", "decoy_scan", "decoy_run", "records", "quarantined", "scan_errors"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def to_json(self):
        types = {}
        for t in sorted(set(self.support) | set(self.predicted), key=order):
            types[t] = {"support": self.support[t], "found": self.found[t], "found_any_type": self.found_any[t],
                        "predicted": self.predicted[t], "predicted_correct": self.pred_ok[t],
                        "precision": ratio(self.pred_ok[t], self.predicted[t]),
                        "recall": ratio(self.found[t], self.support[t]),
                        "leaks": self.leaks[t], "leak_rate": ratio(self.leaks[t], self.support[t])}
        s, f, l = sum(self.support.values()), sum(self.found.values()), sum(self.leaks.values())
        p, po = sum(self.predicted.values()), sum(self.pred_ok.values())
        return {"records": self.records, "quarantined": self.quarantined, "scan_errors": self.scan_errors,
                "types": types,
                "total": {"support": s, "found": f, "predicted": p, "predicted_correct": po,
                          "precision": ratio(po, p), "recall": ratio(f, s), "leaks": l, "leak_rate": ratio(l, s)},
                "decoys": {"count": self.decoys, "scan_hit": self.decoy_scan, "run_hit": self.decoy_run,
                           "scan_hit_rate": ratio(self.decoy_scan, self.decoys),
                           "run_hit_rate": ratio(self.decoy_run, self.decoys)}}


def order(t):
    return TYPES.index(t) if t in TYPES else len(TYPES)


def ratio(a, b):
    return round(a / b, 4) if b else None


def score_record(rec, preds, out, tally, examples):
    spans = rec["spans"]
    gold = [s for s in spans if s["type"] != NEG]
    tally.records += 1
    if preds is not None:
        for a, b, t in preds:
            tally.predicted[t] += 1
            if any(a < s["bend"] and s["bstart"] < b and (t == s["type"] or t == "CUSTOM") for s in gold):
                tally.pred_ok[t] += 1
    for s in gold:
        tally.support[s["type"]] += 1
        if preds is None:
            continue
        cover = [t for a, b, t in preds if a <= s["bstart"] and b >= s["bend"]]
        if s["type"] in cover or "CUSTOM" in cover:
            tally.found[s["type"]] += 1
        if cover:
            tally.found_any[s["type"]] += 1
    surv = survival(rec, out) if out is not None else {}
    leaked, hit = [], []
    for k, s in enumerate(spans):
        if s["type"] == NEG:
            tally.decoys += 1
            if preds is not None and any(a < s["bend"] and s["bstart"] < b for a, b, _ in preds):
                tally.decoy_scan += 1
            if out is None or not surv[k]:
                tally.decoy_run += 1
                hit.append(s)
        elif out is not None and surv[k]:
            tally.leaks[s["type"]] += 1
            leaked.append(s)
    if leaked:
        examples["leaks"].append((rec, out, leaked))
    if hit:
        examples["decoys"].append((rec, out, hit))


# ------------------------------------------------------------------ printing

def pct(a, b):
    return f"{100 * a / b:5.1f}%" if b else "    -"


def num(x):
    return f"{x:.3f}" if x is not None else "  -  "


def print_table(title, tally):
    j = tally.to_json()
    print(f"== {title}: {tally.records} records, {tally.quarantined} quarantined, {tally.scan_errors} scan errors")
    print(f"{'type':<18} {'support':>7} {'predicted':>9} {'precision':>9} {'recall':>7} {'leaks':>6} {'leak%':>6}")
    for t, r in j["types"].items():
        print(f"{t:<18} {r['support']:>7} {r['predicted']:>9} {num(r['precision']):>9} {num(r['recall']):>7} "
              f"{r['leaks']:>6} {pct(r['leaks'], r['support']):>6}")
    tot = j["total"]
    print(f"{'total':<18} {tot['support']:>7} {tot['predicted']:>9} {num(tot['precision']):>9} "
          f"{num(tot['recall']):>7} {tot['leaks']:>6} {pct(tot['leaks'], tot['support']):>6}")
    d = j["decoys"]
    print(f"{'NEG_DECOY':<18} {d['count']:>7}   decoys hit: scan {d['scan_hit']} ({pct(d['scan_hit'], d['count']).strip()})"
          f", run {d['run_hit']} ({pct(d['run_hit'], d['count']).strip()})")
    print()


def show(examples, kind, n):
    for rec, out, spans in examples[kind][:n]:
        what = ", ".join(f"{s['type']} {s['value']!r}" for s in spans)
        print(f"-- {rec['id']} [{rec['pack']} / {rec['template']}] {kind}: {what}")
        print(f"   in:  {rec['text']}")
        print(f"   out: {out if out is not None else '(quarantined)'}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("file")
    ap.add_argument("--veil", default=os.path.join(ROOT, "target", "release", "veil"))
    ap.add_argument("--work", help="keep the work files here (default: a temporary directory)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--show-leaks", type=int, default=0, metavar="N", help="print N leaked records (splits open to tuning only)")
    ap.add_argument("--show-decoys", type=int, default=0, metavar="N", help="print N records with decoys hit (splits open to tuning only)")
    ap.add_argument("--audit", action="store_true",
                    help="allow --show-leaks/--show-decoys on kept-aside files: for LABEL AUDITS ONLY, "
                         "never by anyone working on detection")
    a = ap.parse_args()

    with open(a.file, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    splits = {r.get("split") for r in recs}
    base = os.path.basename(a.file)
    if (a.show_leaks or a.show_decoys) and not a.audit and (splits & KEPT_ASIDE or any(k in base for k in KEPT_ASIDE)):
        sys.exit("score.py: --show-leaks/--show-decoys are for the splits open to tuning only: kept-aside "
                 "records are not to be read by anyone working on detection")
    for r in recs:
        for s in r["spans"]:
            if r["text"][s["start"]:s["end"]] != s["value"]:
                sys.exit(f"{r['id']}: span {s['start']}..{s['end']} does not hold its value")

    work = a.work or tempfile.mkdtemp(prefix="veil-eval-")
    os.makedirs(work, exist_ok=True)
    keyring = os.path.join(work, "eval.keyring")
    if not os.path.exists(keyring):
        subprocess.run([a.veil, "keys", "init", keyring], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    by_pack = collections.defaultdict(list)
    for r in recs:
        by_pack[r["pack"]].append(r)
    tallies, total = {}, Tally()
    examples = {"leaks": [], "decoys": []}
    for pack, prs in by_pack.items():
        preds, errors = run_scan(a.veil, pack, [r for r in prs if not r.get("header")], work)
        groups = collections.defaultdict(list)
        for r in prs:
            groups[r.get("file", pack)].append(r)
        outs = {}
        for group, grs in groups.items():
            outs.update(run_pipeline(a.veil, keyring, pack, group, grs, work))
        t = Tally()
        for r in prs:
            p = None if r.get("header") else preds.get(r["id"], [])
            if r["id"] in errors:
                t.scan_errors += 1
            if outs[r["id"]] is None:
                t.quarantined += 1
            score_record(r, p, outs[r["id"]], t, examples)
        tallies[pack] = t
        total.add(t)

    if a.json:
        print(json.dumps({"file": a.file, "splits": sorted(s for s in splits if s),
                          "packs": {p: t.to_json() for p, t in tallies.items()}, "all": total.to_json()}, indent=1))
    else:
        print(f"{a.file} ({', '.join(sorted(s for s in splits if s))}), veil {a.veil}\n")
        for pack, t in tallies.items():
            print_table(pack, t)
        print_table("all packs", total)
    if a.show_leaks:
        show(examples, "leaks", a.show_leaks)
    if a.show_decoys:
        show(examples, "decoys", a.show_decoys)


if __name__ == "__main__":
    main()
