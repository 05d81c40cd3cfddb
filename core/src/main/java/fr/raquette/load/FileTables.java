package fr.raquette.load;

import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the files of a territory folder hold, as read, before any code is brought to the target COG
 * ({@link FolderReading} makes it).
 *
 * @param communeFiles the communes files (and communes-layout passage files), in reading order
 * @param passage retired code → the communes that took it, from every passage table
 * @param figures the census, households and income files
 * @param bpe the equipment files
 * @param bpeLabels TYPEQU → label, from the {@code bpe-codes} files (first label wins)
 * @param actors the actors of every actors file, in reading order
 * @param needs the declared needs
 * @param illustrativeNeeds the needs files marked as invented to illustrate the format
 * @param costs the travel times between communes
 * @param outlines the outlines files, being parsed
 * @param iris the census figures by IRIS, and the file they come from ("" without)
 * @param inputs every table read, for the report (outlines files are added when parsed)
 */
record FileTables(
    List<CommuneFile> communeFiles,
    Map<String, TreeSet<String>> passage,
    List<FigureFile> figures,
    List<BpeReader.Data> bpe,
    Map<String, String> bpeLabels,
    List<ActorReaders.Raw> actors,
    List<NeedsReader.Raw> needs,
    Set<String> illustrativeNeeds,
    List<CostsReader.Pair> costs,
    List<OutlineStage.Source> outlines,
    IrisFigures iris,
    List<InputFile> inputs) {

  /** A communes file, read. */
  record CommuneFile(String name, Map<String, CommunesReader.Row> rows) {}

  /** A census, households or income file, read. */
  record FigureFile(String name, Role role, Map<String, FiguresReader.Row> rows) {}

  /** Census figures by IRIS, and the (last) file that gave them. */
  record IrisFigures(Map<String, IrisLevel.Row> rows, String file) {}

  /** The rows of each communes file, in reading order. */
  List<Map<String, CommunesReader.Row>> communeRows() {
    return communeFiles.stream().map(CommuneFile::rows).toList();
  }
}
