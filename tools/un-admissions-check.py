#!/usr/bin/env python3
"""Compare the UN membership dates in data/votes/un-membership.yaml with the dates read in their sources.

The readings are in data/votes/un-admissions-read.tsv (one row per source and date). For every membership of
group `un` and each of its `since`/`until`, the check reports:
  MISMATCH   a source read gives another date than the record (the record must be fixed, or kept disputed);
  DISPUTE    two sources read disagree with each other;
  UNCITED    the date agrees with a source read, but the record cites none of the sources that give it;
  UNVERIFIED no source read gives this date (listed in docs/data-gaps/votes.md).
A reading for a member or field that has no record is an error as well. Exit status 1 on any MISMATCH,
DISPUTE, UNCITED or unknown reading, 0 otherwise (UNVERIFIED alone is reported, not failed).

Usage: python3 tools/un-admissions-check.py [--verbose]   (run from the repository root)
"""
import csv
import sys
from collections import defaultdict
from pathlib import Path

import yaml  # PyYAML: a hand-written YAML reader would be less safe than the well-kept library

ROOT = Path(__file__).resolve().parent.parent
MEMBERSHIP = ROOT / "data/votes/un-membership.yaml"
READINGS = ROOT / "data/votes/un-admissions-read.tsv"
FIELDS = ("since", "until")


def load_readings(path):
    """Readings keyed by (member, field); each a (date, source, locator, line) tuple."""
    readings = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, start=1) if not line.startswith("#")]
    rows = csv.reader((line for _, line in lines), delimiter="\t")
    header = next(rows)
    if header != ["member", "field", "date", "source", "locator"]:
        sys.exit(f"{path}:{lines[0][0]}: unexpected header {header}")
    for (number, _), row in zip(lines[1:], rows):
        if len(row) != 5 or row[1] not in FIELDS:
            sys.exit(f"{path}:{number}: expected member, since|until, date, source, locator; got {row}")
        member, field, date, source, locator = row
        readings[(member, field)].append((date, source, locator, number))
    return readings


def cited_sources(record):
    ids = {record["source"]} if "source" in record else set()
    ids.update(s["id"] for s in record.get("sources", []))
    return ids


def main():
    verbose = "--verbose" in sys.argv
    data = yaml.safe_load(MEMBERSHIP.read_text(encoding="utf-8"))
    records = [m for g in data["memberships"] if g["group"] == "un" for m in g["members"]]
    registered = {s["id"] for s in data.get("sources", [])}
    readings = load_readings(READINGS)
    problems = 0
    verified = set()
    unverified = []
    seen = set()
    for record in records:
        member = record["member"]
        cited = cited_sources(record)
        for field in FIELDS:
            value = record.get(field)
            found = readings.get((member, field), [])
            seen.add((member, field))
            if value is None:
                if found:
                    print(f"MISMATCH   {member} {field}: record has none, read {[(d, s) for d, s, _, _ in found]}")
                    problems += 1
                continue
            value = str(value)
            if not found:
                unverified.append(f"{member} {field} {value}")
                continue
            dates = {d for d, _, _, _ in found}
            if len(dates) > 1:
                print(f"DISPUTE    {member} {field}: sources read give {sorted(dates)} "
                      f"({', '.join(f'{s} line {n}' for _, s, _, n in found)})")
                problems += 1
            for date, source, locator, number in found:
                if date != value:
                    print(f"MISMATCH   {member} {field}: record {value}, {source} gives {date} "
                          f"({READINGS.name} line {number}: {locator})")
                    problems += 1
            agreeing = {s for d, s, _, _ in found if d == value}
            if agreeing and not agreeing & cited:
                print(f"UNCITED    {member} {field} {value}: given by {sorted(agreeing)}, record cites {sorted(cited)}")
                problems += 1
            if dates == {value}:
                verified.add((member, field))
                if verbose:
                    print(f"ok         {member} {field} {value}: {sorted(agreeing)}")
    for (member, field), found in sorted(readings.items()):
        if (member, field) not in seen:
            print(f"UNKNOWN    {member} {field}: read at {READINGS.name} lines {[n for *_, n in found]}, no such record")
            problems += 1
        for _, source, _, number in found:
            if source not in registered:
                print(f"UNKNOWN    source {source} ({READINGS.name} line {number}) is not registered in {MEMBERSHIP.name}")
                problems += 1
    for item in unverified:
        print(f"UNVERIFIED {item}")
    print(f"{len(records)} records; {len(verified)} dates verified against a source read, "
          f"{len(unverified)} unverified, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
