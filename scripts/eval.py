#!/usr/bin/env python3
"""Measure veil's detectors on a labelled set (such as ../shared/eval/dev.jsonl).

usage: scripts/eval.py GOLD.jsonl [--veil target/release/veil] [--work DIR]

Rows whose `source` starts with `synthetic-cdr` are Asterisk cdr_csv rows and
run through the `asterisk-cdr` pack; every other row is free text and runs
through the `syslog` pack. It prints the scorer's precision/recall table
(score.py beside GOLD) and its leak check of `veil run` output.
The labelled data stays where it is: this script only reads it.
"""
import argparse, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("--veil", default="target/release/veil")
ap.add_argument("--work", default=None)
a = ap.parse_args()
score = os.path.join(os.path.dirname(os.path.abspath(a.gold)), "score.py")
work = a.work or tempfile.mkdtemp(prefix="veil-eval-")
gold = [json.loads(l) for l in open(a.gold, encoding="utf-8")]
groups = {"asterisk-cdr": [], "syslog": []}
for i, g in enumerate(gold):
    pack = "asterisk-cdr" if g["source"].startswith("synthetic-cdr") else "syslog"
    groups[pack].append(i)

keyring = os.path.join(work, "eval.keyring")
if not os.path.exists(keyring):
    subprocess.run([a.veil, "keys", "init", keyring], check=True, stdout=subprocess.DEVNULL)

pred = {}
outputs = [None] * len(gold)
for pack, idx in groups.items():
    scan_in = os.path.join(work, f"{pack}.scan.jsonl")
    with open(scan_in, "w", encoding="utf-8") as f:
        for i in idx:
            f.write(json.dumps({"id": gold[i]["id"], "text": gold[i]["text"]}, ensure_ascii=False) + "\n")
    r = subprocess.run([a.veil, "scan", "--pack", pack, "--input", scan_in], capture_output=True, check=False)
    for line in r.stdout.decode().splitlines():
        o = json.loads(line)
        pred[o["id"]] = o.get("spans", [])
    raw_in = os.path.join(work, f"{pack}.txt")
    with open(raw_in, "w", encoding="utf-8") as f:
        for i in idx:
            f.write(gold[i]["text"] + "\n")
    q = os.path.join(work, f"{pack}.quarantine.jsonl")
    r = subprocess.run([a.veil, "run", "--keyring", keyring, "--pack", pack, "--input", raw_in,
                        "--quarantine", q, "--quiet"], capture_output=True, check=False)
    outs = r.stdout.decode().split("\n")
    if len(outs) - 1 != len(idx):
        print(f"{pack}: {len(idx)} records in, {len(outs) - 1} out (quarantined: see {q})", file=sys.stderr)
    for j, i in enumerate(idx):
        outputs[i] = outs[j] if j < len(outs) else ""

pred_path = os.path.join(work, "pred.jsonl")
with open(pred_path, "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps({"id": g["id"], "spans": pred.get(g["id"], [])}) + "\n")
out_path = os.path.join(work, "out.txt")
with open(out_path, "w", encoding="utf-8") as f:
    for o in outputs:
        f.write((o or "") + "\n")
print("== detection (veil scan)")
subprocess.run([sys.executable, score, a.gold, pred_path], check=True)
print("== leaks (veil run output)")
subprocess.run([sys.executable, score, a.gold, "--leak", out_path], check=True)
print(f"(work files in {work})")
