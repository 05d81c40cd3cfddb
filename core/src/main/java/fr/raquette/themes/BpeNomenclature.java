package fr.raquette.themes;

import fr.raquette.io.CsvTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of BPE equipment types (TYPEQU) for one BPE vintage, so that reports can name the
 * types even when the territory ships no code list. Immutable.
 */
public final class BpeNomenclature {
  static final String RESOURCE_2013 = "/fr/raquette/themes/bpe2013-typequ.csv";

  private final int vintage;
  private final Map<String, String> labels;
  private final Map<String, String> domainLabels;

  private BpeNomenclature(int vintage, Map<String, String> labels, Map<String, String> domains) {
    this.vintage = vintage;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    this.domainLabels = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
  }

  /**
   * INSEE's BPE 2013 nomenclature, 181 types, shipped with Raquette (see the header of {@code
   * fr/raquette/themes/bpe2013-typequ.csv} for its origin).
   */
  public static BpeNomenclature builtIn2013() {
    return BuiltIn.Y2013;
  }

  static BpeNomenclature read(int vintage, String resource) {
    CsvTable table = CsvTable.of(ThemeCatalog.readResource(resource));
    int code = table.require("code");
    int label = table.require("label");
    int domain = table.require("domain");
    int domainLabel = table.require("domain_label");
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> domains = new LinkedHashMap<>();
    table.forEach(
        row -> {
          labels.put(row.get(code), row.get(label));
          domains.putIfAbsent(row.get(domain), row.get(domainLabel));
        });
    return new BpeNomenclature(vintage, labels, domains);
  }

  /** The BPE vintage these codes belong to. */
  public int vintage() {
    return vintage;
  }

  /** Type code → label ({@code D201} → "Médecin omnipraticien"), in code order. */
  public Map<String, String> labels() {
    return labels;
  }

  /** Domain letter → INSEE domain label ({@code D} → "Santé et action sociale"). */
  public Map<String, String> domainLabels() {
    return domainLabels;
  }

  /** Whether the code is a type of this vintage. */
  public boolean contains(String code) {
    return labels.containsKey(code);
  }

  /** The label of a type code. */
  public Optional<String> label(String code) {
    return Optional.ofNullable(labels.get(code));
  }

  /** The label of the domain of a type code (its first letter). */
  public Optional<String> domainLabel(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(domainLabels.get(code.substring(0, 1)));
  }

  private static final class BuiltIn {
    static final BpeNomenclature Y2013 = read(2013, RESOURCE_2013);
  }
}
