package fr.raquette.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven built, as the reports print it. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"raquette " + version()};
  }

  static String version() {
    return fr.raquette.Version.get();
  }
}
