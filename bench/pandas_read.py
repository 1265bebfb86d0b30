"""Peer for the import benchmark: pandas read_csv of the same file with the same column types as the importer.

usage: pandas_read.py satcat|unvotes FILE   -> prints "rows seconds"
"""
import sys
import time

import pandas as pd

SATCAT_NUMBERS = ["Mass", "DryMass", "TotMass", "Length", "Diameter", "Span", "Perigee", "Apogee", "Inc"]


def satcat(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    dtypes = {c: str for c in header}
    for c in SATCAT_NUMBERS:
        dtypes[c] = "float64"
    df = pd.read_csv(path, sep="\t", dtype=dtypes, na_values=["-"], keep_default_na=False, engine="c")
    for c in ["LDate", "DDate"]:  # the importer also turns the vague dates into DATEs
        df[c + "_day"] = pd.to_datetime(df[c].str.rstrip("?").str.slice(0, 11), format="%Y %b %d", errors="coerce")
    return len(df)


def unvotes(path):
    df = pd.read_csv(path, dtype={"rcid": "int64", "country": str, "country_code": str, "vote": str},
                     keep_default_na=False, na_values=[""])
    return len(df)


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    t = time.perf_counter()
    n = {"satcat": satcat, "unvotes": unvotes}[kind](path)
    print(n, round(time.perf_counter() - t, 3))
