#!/usr/bin/python3
"""Baseline for bench/run.sh: the core of a Raquette diagnosis, for one theme, written the way an
analyst would with geopandas and scipy.

Same inputs as Raquette (the national files of shared/open-data/france) and the same steps:
  1. COG reconciliation: retired codes through cog-passage-2026.csv, communes déléguées and
     associées to their parent, arrondissements municipaux to their commune;
  2. the 2018 outlines dissolved into the 2026 communes, a point inside each (representative point);
  3. BPE 2013 counts of D201 (médecin omnipraticien, theme santé) per 2026 commune;
  4. distance from each commune to the nearest commune with a D201 (scipy cKDTree, Lambert-93);
  5. E2SFCA with the default bands 5:1,10:0.68,20:0.22 (km), population PMUN.
It writes one CSV row per commune. It does one theme where Raquette does ten, and no report: the
ratio Raquette/baseline therefore flatters the baseline.

Usage: baseline.py FOLDER [--departements 01,02,...] [-o out.csv]
FOLDER holds the national files, or a folder made from them by `raquette init` (same names).
"""
import argparse
import os
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

BANDS = [(5.0, 1.0), (10.0, 0.68), (20.0, 0.22)]


def weight(d_km):
    w = np.zeros_like(d_km)
    lower = -1.0
    for limit, value in BANDS:
        w[(d_km > lower) & (d_km <= limit)] = value
        lower = limit
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("national")
    ap.add_argument("--departements", default="")
    ap.add_argument("-o", "--output", default="/dev/null")
    a = ap.parse_args()
    base = a.national.rstrip("/") + "/"
    read = lambda name: pd.read_csv(base + name, sep=";", dtype=str, keep_default_na=False)

    communes = read("communes-france.csv")
    communes = communes[communes.TYPECOM == "COM"]
    deps = set(d for d in a.departements.split(",") if d)
    if deps:
        communes = communes[communes.DEP.isin(deps)]
    targets = set(communes.CODGEO)

    # 1. old code -> 2026 commune; parents first, then the passage table, following chains.
    parent = {}
    for name in ("communes-deleguees-associees-france.csv", "arrondissements-municipaux-france.csv"):
        # An extracted folder lacks the files with no row in its perimeter.
        if os.path.exists(base + name):
            t = read(name)
            parent.update(dict(zip(t.CODGEO, t.COMPARENT)))
    passage = {}
    t = read("cog-passage-2026.csv")
    for old, new in zip(t.CODE_ANCIEN, t.CODGEO):
        if old != new:
            passage.setdefault(old, set()).add(new)

    def resolve(code):
        for _ in range(8):
            if code in targets:
                return code
            nxt = parent.get(code)
            if nxt is None and code in passage:
                to = passage[code]
                # Two codes are claimed by two communes: keep the one in the perimeter, if one is.
                inside = to & targets
                nxt = next(iter(to)) if len(to) == 1 else next(iter(inside)) if len(inside) == 1 else None
            if nxt is None or nxt == code:
                return None
            code = nxt
        return None

    # 2. outlines dissolved into 2026 communes, projected to Lambert-93.
    geo = gpd.read_file(base + "communes-france-2018.geojson")
    geo["com"] = geo["code"].map(resolve)
    geo = geo[geo.com.notna()]
    geo = geo[["com", "geometry"]].dissolve(by="com")
    geo = geo.to_crs(2154)
    points = geo.geometry.representative_point()
    xy = np.column_stack([points.x.values, points.y.values]) / 1000.0
    codes = list(geo.index)
    pop = (
        communes.set_index("CODGEO")
        .PMUN.reindex(codes)
        .replace("", "0")
        .fillna("0")
        .astype(float)
        .values
    )

    # 3. supply: BPE 2013 D201 per 2026 commune.
    bpe = pd.read_csv(
        base + "bpe2013-communes-france.csv",
        sep=";",
        dtype={"DEPCOM": str, "TYPEQU": str, "NB_EQUIP": float},
    )
    bpe = bpe[bpe.TYPEQU == "D201"]
    bpe["com"] = bpe.DEPCOM.map(resolve)
    supply = bpe.groupby("com").NB_EQUIP.sum().reindex(codes).fillna(0.0).values

    # 4. nearest commune with supply.
    tree_all = cKDTree(xy)
    has = supply > 0
    nearest = np.full(len(codes), np.inf)
    if has.any():
        nearest, _ = cKDTree(xy[has]).query(xy, k=1)

    # 5. E2SFCA within the last band.
    pairs = tree_all.sparse_distance_matrix(tree_all, BANDS[-1][0], output_type="coo_matrix")
    i, j, d = pairs.row, pairs.col, pairs.data
    # sparse_distance_matrix omits zero distances, the diagonal included: add each commune to itself.
    n = len(codes)
    i = np.concatenate([i, np.arange(n)])
    j = np.concatenate([j, np.arange(n)])
    d = np.concatenate([d, np.zeros(n)])
    w = weight(d)
    demand = np.bincount(j, weights=pop[i] * w, minlength=n)
    ratio = np.divide(supply, demand, out=np.zeros(n), where=demand > 0)
    access = np.bincount(i, weights=ratio[j] * w, minlength=n)

    pd.DataFrame(
        {
            "code": codes,
            "population": pop,
            "d201": supply,
            "nearest_km": nearest,
            "e2sfca_per_1000": access * 1000.0,
        }
    ).to_csv(a.output, sep=";", index=False)
    print(
        f"baseline: {n} communes, {int(supply.sum())} D201, "
        f"mean E2SFCA {np.mean(access) * 1000:.3f} per 1000",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
