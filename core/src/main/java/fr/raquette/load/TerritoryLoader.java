package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Iris;
import fr.raquette.territory.Territory;
import fr.raquette.territory.TravelTimes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Loads a territory folder: finds its files (manifest, or detection from headers), reads each with
 * the reader of its role, brings every commune code to the target COG, and assembles a {@link
 * Territory}. Problems are collected, never thrown, unless a file cannot be read at all.
 */
public final class TerritoryLoader {
  /**
   * The stages told to a {@link ProgressListener}, in order; reading a file is told as {@code
   * STAGE_READ + " de " + its name}.
   */
  public static final String STAGE_READ = "lecture";

  public static final String STAGE_RECONCILE = "rapprochement COG";
  public static final String STAGE_OUTLINES = "contours des communes";
  public static final String STAGE_ACTORS = "acteurs et besoins";

  private final LoadOptions options;
  private final Problems problems;

  private TerritoryLoader(LoadOptions options) {
    this.options = options;
    this.problems = new Problems(options.strict());
  }

  /** Loads the folder; throws {@link DataException} only for what makes reading impossible. */
  public static Territory load(Path folder, LoadOptions options) {
    return new TerritoryLoader(options).run(folder);
  }

  /**
   * The load, phase by phase: the files of the folder, what they hold, the communes of the target
   * COG and how every code comes to them, then the figures, the equipment, the outlines, the actors
   * and needs, and the territory.
   */
  private Territory run(Path path) {
    TerritoryFolder folder = TerritoryFolder.open(path, "load.not.folder");
    folder.unlisted().forEach(n -> problems.warning(n, 0, 0, Messages.text("load.file.unlisted")));
    FileTables tables = FolderReading.read(folder, options, problems);
    options.progress().progress(STAGE_RECONCILE, 0, -1);
    String folderName = folder.root().getFileName().toString();
    // Reconciling waits for the outlines files only as long as the cities diagnosed by
    // arrondissement are not settled (OutlineStage.arrondissements): the national file goes on
    // parsing meanwhile, and the outlines are waited for after the figures and the equipment.
    Reconciliation rec = Reconciliation.of(tables, folder.manifest(), folderName, problems);
    SortedMap<String, Commune> communes = CommuneFigures.of(rec, tables.figures(), problems);
    BpeVintages bpe = BpeVintages.of(tables.bpe(), tables.bpeLabels(), rec.changes(), problems);
    hashWhileOutlinesParse(tables);
    options.progress().progress(STAGE_OUTLINES, 0, -1);
    OutlineStage.Result outlines = OutlineStage.load(tables.outlines(), rec.changes(), problems);
    rec.arm().tell();
    PointsInCommunes.place(
        tables.bpe(),
        outlines.outlines(),
        bpe.equipment(),
        bpe.vintageOf(),
        bpe.points(),
        problems);
    options.progress().progress(STAGE_ACTORS, 0, -1);
    checkOutlines(rec, communes, tables.outlines().isEmpty(), outlines, folderName);
    return territory(folder.manifest(), tables, rec, communes, bpe, outlines);
  }

  /**
   * Hashes the tables read (the report names its sources by SHA-256) while the outlines are still
   * being parsed on their own thread: the outline stage waits for them, and this thread would only
   * wait. Each table is hashed only if the parsing is not over, and drops its bytes, kept until
   * then; the others, and the outlines files (the national one alone takes as long as all the
   * tables), are hashed when asked for, as before.
   */
  private static void hashWhileOutlinesParse(FileTables tables) {
    for (InputFile f : tables.inputs()) {
      if (tables.outlines().stream().allMatch(s -> s.outlines().isDone())) {
        return;
      }
      f.digest().sha256();
    }
  }

  /** Says which communes have no outline, or that the folder has no outlines file at all. */
  private void checkOutlines(
      Reconciliation rec,
      SortedMap<String, Commune> communes,
      boolean noFile,
      OutlineStage.Result outlines,
      String folderName) {
    // Both sorted by code: walked side by side, not a tree search per commune.
    java.util.Iterator<String> outlined = outlines.outlines().keySet().iterator();
    String next = outlined.hasNext() ? outlined.next() : null;
    for (String code : communes.keySet()) {
      while (next != null && next.compareTo(code) < 0) {
        next = outlined.hasNext() ? outlined.next() : null;
      }
      if (!code.equals(next) && !noFile) {
        CommunesReader.Row r = rec.communes().get(code);
        problems.warningAt(r.origin(), Messages.text("load.no.outline", code, r.name()));
      }
    }
    if (noFile) {
      problems.error(folderName, 0, 0, Messages.text("load.no.outlines"));
    }
  }

  /** The last phase: actors, needs, travel times and IRIS in the target COG, and the territory. */
  private Territory territory(
      Manifest manifest,
      FileTables tables,
      Reconciliation rec,
      SortedMap<String, Commune> communes,
      BpeVintages bpe,
      OutlineStage.Result outlines) {
    Changes changes = rec.changes();
    List<Actor> actors =
        Actors.build(
            tables.actors(), rec.arm(), changes, outlines.anchors(), outlines.outlines(), problems);
    List<DeclaredNeed> needs =
        DeclaredTables.needs(tables.needs(), tables.illustrativeNeeds(), changes);
    TravelTimes travelTimes = DeclaredTables.travelTimes(tables.costs(), changes, problems);
    List<Iris> iris =
        OutlineStage.iris(
            tables.outlines(),
            tables.iris().rows(),
            tables.iris().file(),
            rec.cog(),
            communes.keySet(),
            problems);
    List<CogChange> cogChanges = changes.list();
    changes.reportDrops(problems);
    List<InputFile> inputs = new ArrayList<>(tables.inputs());
    inputs.addAll(outlines.inputs());
    inputs.sort(Comparator.comparing(InputFile::path));
    // Without a name in the manifest, Territory names it after its communes, not the folder.
    return new Territory(
        manifest.name() == null ? "" : manifest.name(),
        manifest.cog() == null ? "" : manifest.cog(),
        communes,
        outlines.outlines(),
        outlines.anchors(),
        bpe.equipment(),
        bpe.vintageOf(),
        List.copyOf(bpe.points()),
        Map.copyOf(tables.bpeLabels()),
        actors,
        needs,
        List.copyOf(inputs),
        cogChanges,
        problems.sorted(),
        manifest.hasRing() ? Collections.unmodifiableSortedSet(rec.reported()) : null,
        iris,
        travelTimes);
  }
}
