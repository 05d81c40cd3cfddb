package fr.raquette.cli;

import fr.raquette.actors.ActorFinder;
import fr.raquette.actors.ActorFormats;
import fr.raquette.actors.ActorListing;
import fr.raquette.actors.ActorQuery;
import fr.raquette.actors.ActorQueryException;
import fr.raquette.report.Text;
import fr.raquette.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code raquette actors}: the territory's actors, filtered, as a table, CSV, JSON or Markdown. */
@Command(
    name = "actors",
    aliases = {"acteurs"},
    sortOptions = false)
public final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Option(names = "--theme", descriptionKey = "actors.theme", paramLabel = "THEME")
  String theme;

  @Option(names = "--commune", paramLabel = "CODE|NOM")
  String commune;

  @Option(names = "--near", paramLabel = "CODE|NOM")
  String near;

  @Option(names = "--radius", paramLabel = "KM")
  Double radius;

  @Option(names = "--type", paramLabel = "TYPE")
  String type;

  @Option(names = "--public", paramLabel = "PUBLIC")
  String audience;

  @Option(names = "--search", paramLabel = "TEXT")
  String search;

  @Option(names = "--with-equipment")
  boolean withEquipment;

  @Option(
      names = "--format",
      descriptionKey = "actors.format",
      paramLabel = "table|csv|json|md",
      defaultValue = "table",
      converter = OptionValues.ActorFormat.class)
  ActorFormats.Format format;

  @Mixin CsvDialectOption csv;

  @Option(names = "--summary")
  boolean summaryOnly;

  @Override
  public Integer call() {
    ActorQuery query = query();
    Path target = output.target(spec.commandLine());
    if (summaryOnly && (format == ActorFormats.Format.CSV || format == ActorFormats.Format.JSON)) {
      throw usage(common.messages().get("actors.summary.format"));
    }
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    Territory t = territory.loadUsable(common, err, null, "actors.unusable");
    if (t == null) {
      return ExitCode.BAD_DATA;
    }
    ActorListing listing;
    try {
      listing = ActorFinder.find(t, territory.catalog(), query);
    } catch (ActorQueryException e) {
      throw usage(e.message(x));
    }
    String text = render(listing, x);
    output.write(target, text, spec.commandLine().getOut());
    if (listing.rows().isEmpty() && !common.quiet) {
      err.println(common.messages().get("actors.none", ActorFormats.filters(listing, x)));
    } else if (target != null && !common.quiet) {
      err.println(common.messages().get("cli.written", target));
    }
    err.flush();
    return ExitCode.OK;
  }

  private String render(ActorListing l, Text x) {
    return switch (format) {
      case TABLE -> {
        String summary = ActorFormats.summary(l, x);
        if (summaryOnly) {
          yield summary;
        }
        String table = ActorFormats.table(l, x);
        yield table.isEmpty() ? summary : table + "\n" + summary;
      }
      case MD -> summaryOnly ? ActorFormats.markdownSummary(l, x) : ActorFormats.markdown(l, x);
      case CSV -> ActorFormats.csv(l, csv.dialect());
      case JSON -> ActorFormats.json(l);
    };
  }

  private ActorQuery query() {
    if (radius != null && near == null) {
      throw usage(common.messages().get("actors.radius.without.near"));
    }
    try {
      return new ActorQuery(
          theme,
          commune,
          near,
          radius == null ? ActorQuery.DEFAULT_RADIUS_KM : radius,
          type,
          audience,
          search,
          withEquipment);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
