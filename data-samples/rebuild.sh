#!/bin/sh
# Rebuilds data-samples/creuse and data-samples/rhone, each with its context ring (default width,
# 100 km), from the national files of the shared open-data set. Run from the repository root after
# `mvn -B -q -DskipTests package`:  sh data-samples/rebuild.sh [../shared/open-data]
# The illustrative files (acteurs-locaux.csv, besoins-declares.csv) and the département outline are
# kept from the current sample; everything else is extracted by `raquette init`.
set -eu
SHARED=${1:-../shared/open-data}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

sample() { # $1 sample folder, $2 département, $3 département outline file, $4 name
  dir=data-samples/$1
  bin/raquette init "$TMP/$1" --from "$SHARED/france" --departement "$2" --quiet
  for f in acteurs-locaux.csv besoins-declares.csv "$3"; do cp "$dir/$f" "$TMP/$1/"; done
  [ -f "$dir/bpe2013-typequ.csv" ] && cp "$dir/bpe2013-typequ.csv" "$TMP/$1/"
  rm -f "$TMP/$1/README.md" "$TMP/$1/.raquette-territoire"
  # Arrondissement outlines are left out, as before: the samples keep Lyon as one commune.
  rm -f "$TMP/$1/arrondissements-municipaux-2022.geojson"
  cd "$TMP/$1"
  rename="s/-france\(-[0-9]*\)\?/-$2-anneau/"
  for f in *-france*.csv *-france*.geojson; do
    [ -e "$f" ] || continue
    mv "$f" "$(echo "$f" | sed "$rename")"
  done
  # The outlines of the perimeter and its ring are 5 MB as text: zipped (Raquette reads .zip).
  g=$(ls communes-*-anneau.geojson)
  zip -q -9 -X "$g.zip" "$g" && rm "$g"
  sed -i -e "$rename" -e "s/\($g\)\"/\1.zip\"/" -e "s/^nom: .*/nom: \"$4\"/" \
    -e '/arrondissements-municipaux-2022.geojson/,+1d' -e '/^# Raquette territory manifest/d' territoire.yaml
  if [ "$1" = rhone ]; then
    # The Rhône sample keeps roles detected from headers: no file list.
    sed -i '/^fichiers:/,$d' territoire.yaml
  else
    sed -i '/^parametres:/,$d' territoire.yaml
    cat >>territoire.yaml <<YAML
  - chemin: "$3"
    role: perimetre
  - chemin: "bpe2013-typequ.csv"
    role: bpe-codes
  - chemin: "acteurs-locaux.csv"
    role: acteurs
  - chemin: "besoins-declares.csv"
    role: besoins
parametres:
  rayon_acteurs_km: 15
YAML
  fi
  { echo "# Échantillon Raquette ($4) : périmètre et anneau de contexte, écrit par data-samples/rebuild.sh"
    echo "# (raquette init, voir docs/territory-folder.md et data-samples/README.md)"
    cat territoire.yaml; } > territoire.yaml.new && mv territoire.yaml.new territoire.yaml
  cd - >/dev/null
  rm -rf "$dir.new" && mkdir "$dir.new"
  cp "$TMP/$1"/* "$dir.new/"
  rm -rf "$dir" && mv "$dir.new" "$dir"
}

sample creuse 23 departement-23-creuse.geojson Creuse
sample rhone 69 departement-69-rhone.geojson Rhône
du -sh data-samples/creuse data-samples/rhone
