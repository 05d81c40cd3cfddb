package fr.raquette.territory;

/**
 * One file the territory was read from, for the "méthode et sources" section.
 *
 * @param path path relative to the territory folder, with {@code /}
 * @param role what the file was read as
 * @param sha256 hex digest of the raw bytes
 * @param encoding how it was decoded
 * @param records how many data records were read
 * @param vintage the data's year when known (BPE vintage, COG year), else 0
 */
public record InputFile(
    String path,
    Role role,
    String sha256,
    long bytes,
    String encoding,
    long records,
    int vintage) {}
