package fr.raquette.load;

/**
 * Hears about long work, so a terminal can show progress. Core prints nothing itself; the CLI
 * decides whether and how to show it.
 */
public interface ProgressListener {
  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done, in words ("lecture de bpe2013-communes-france.csv")
   * @param done units done so far
   * @param total units in all, or -1 when unknown
   */
  void progress(String stage, long done, long total);
}
