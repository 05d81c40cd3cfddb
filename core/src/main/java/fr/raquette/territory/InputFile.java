package fr.raquette.territory;

/**
 * One file the territory was read from, for the "méthode et sources" section.
 *
 * @param path path relative to the territory folder, with {@code /}
 * @param role what the file was read as
 * @param digest the SHA-256 of the raw bytes, computed when first asked for
 * @param encoding how it was decoded
 * @param records how many data records were read
 * @param vintage the data's year when known (BPE vintage, COG year), else 0
 */
public record InputFile(
    String path,
    Role role,
    fr.raquette.io.Digest digest,
    long bytes,
    String encoding,
    long records,
    int vintage) {

  /** A file whose digest is already known, as hex. */
  public InputFile(
      String path,
      Role role,
      String sha256,
      long bytes,
      String encoding,
      long records,
      int vintage) {
    this(path, role, fr.raquette.io.Digest.known(sha256), bytes, encoding, records, vintage);
  }

  /** The hex SHA-256 of the raw bytes. */
  public String sha256() {
    return digest.sha256();
  }
}
