package fr.raquette.io;

import fr.raquette.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A text input decoded the way French open data needs: UTF-8 with or without BOM, or Windows-1252
 * when the bytes are not valid UTF-8; an INSEE {@code .zip} download is read through to the CSV
 * inside it. Whole files are held in memory, under a limit given by the caller ({@link
 * #DEFAULT_MAX_BYTES} unless said).
 *
 * <p>The SHA-256 of each file, which only the report needs, is computed when asked for ({@link
 * Digest}).
 */
public final class TextFile {
  private final String displayName;
  // Built from ascii when first asked for (synchronized: the outlines are read on another thread).
  private String text;
  // The raw bytes when every one is ASCII, and so is the text, char for char; else null. The
  // national outlines (46 MB of ASCII) are parsed from them, and never become a String.
  private final byte[] ascii;
  private final Charset charset;
  private final boolean bom;
  private final long bytes;
  private final Digest digest;
  private List<String> notes = List.of();

  private TextFile(
      String displayName, String text, Charset charset, boolean bom, long bytes, Digest digest) {
    this(displayName, text, null, charset, bom, bytes, digest);
  }

  private TextFile(
      String displayName,
      String text,
      byte[] ascii,
      Charset charset,
      boolean bom,
      long bytes,
      Digest digest) {
    this.displayName = displayName;
    this.text = text;
    this.ascii = ascii;
    this.charset = charset;
    this.bom = bom;
    this.bytes = bytes;
    this.digest = digest;
  }

  /** The name used in messages ({@code bpe.zip!bpe.csv} for a zip entry). */
  public String displayName() {
    return displayName;
  }

  /** The decoded text, without BOM. */
  public synchronized String text() {
    if (text == null) {
      text = new String(ascii, StandardCharsets.ISO_8859_1);
    }
    return text;
  }

  /**
   * The raw bytes when they are all ASCII (no BOM, no NUL): then byte {@code i} is {@code
   * text().charAt(i)}, and a reader may parse them without building the text. Null otherwise. The
   * array is shared: never to be changed.
   */
  public byte[] ascii() {
    return ascii;
  }

  /** {@code text().substring(0, n)}, or the whole text when shorter, without building it. */
  public String prefix(int n) {
    if (ascii != null) {
      return new String(ascii, 0, Math.min(n, ascii.length), StandardCharsets.ISO_8859_1);
    }
    String t = text();
    return t.substring(0, Math.min(n, t.length()));
  }

  /**
   * {@code text().stripLeading()} cut to its first {@code n} chars at most, without building the
   * text: what tells a JSON file from a table.
   */
  public String leading(int n) {
    if (ascii == null) {
      String t = text().stripLeading();
      return t.substring(0, Math.min(n, t.length()));
    }
    int from = 0;
    while (from < ascii.length && Character.isWhitespace(ascii[from])) {
      from++;
    }
    return new String(ascii, from, Math.min(n, ascii.length - from), StandardCharsets.ISO_8859_1);
  }

  /** What was used to decode. */
  public Charset charset() {
    return charset;
  }

  /** Whether a byte-order mark was found and removed. */
  public boolean bom() {
    return bom;
  }

  /**
   * What the decoding had to decide and the user should know (lines of another encoding, NUL bytes
   * removed, UTF-16 without BOM): warnings for the file as a whole.
   */
  public List<String> notes() {
    return notes;
  }

  private TextFile noting(List<String> n) {
    this.notes = List.copyOf(n);
    return this;
  }

  /** The size of the raw content. */
  public long bytes() {
    return bytes;
  }

  /**
   * The SHA-256 of the file as stored (the zip itself for a zip entry), for the report's "sources"
   * section; computed when first asked for.
   */
  public Digest digest() {
    return digest;
  }

  /** Hex {@link #digest()}, computed now if nobody did. */
  public String sha256() {
    return digest.sha256();
  }

  @Override
  public String toString() {
    return "TextFile[" + displayName + ", " + charset + ", " + bytes + " bytes]";
  }

  /**
   * Default ceiling for one input file, 1 GiB. The commands pass theirs (cli reads {@code
   * -Draquette.maxFileBytes=N} from {@code JAVA_OPTS}, once).
   */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Reads a file, or the single data entry of a zip file, under {@link #DEFAULT_MAX_BYTES}. */
  public static TextFile read(Path path, String display) {
    return read(path, display, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a file, or the single data entry of a zip file.
   *
   * @param display the name to use in messages
   * @param limit the most bytes the file (and a zip's entry, decompressed) may hold
   */
  public static TextFile read(Path path, String display, long limit) {
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return readZip(path, display, limit);
    }
    byte[] raw;
    try {
      if (!Files.isRegularFile(path)) {
        // A pipe given on the command line (access --demand <(...)): read as it comes, bounded.
        try (InputStream in = Files.newInputStream(path)) {
          raw = readLimited(in, limit, display);
        }
      } else {
        long size = Files.size(path);
        if (size > limit) {
          throw new DataException(display, 0, 0, tooLarge(size, limit));
        }
        raw = Files.readAllBytes(path);
      }
    } catch (IOException e) {
      throw new DataException(display, 0, 0, Messages.text("file.unreadable", OsReason.of(e)));
    }
    return decode(display, raw, Digest.of(raw));
  }

  /**
   * Reads a small configuration file (a manifest, a themes file) under its own limit, refused
   * before anything is parsed; from a regular file only.
   */
  public static TextFile readSmall(Path path, String display, long limit) {
    try {
      long size = Files.size(path);
      if (size > limit) {
        throw new DataException(display, 0, 0, Messages.text("file.too.large.small", size, limit));
      }
    } catch (IOException e) {
      throw new DataException(display, 0, 0, Messages.text("file.unreadable", OsReason.of(e)));
    }
    return read(path, display);
  }

  private static String tooLarge(long size, long limit) {
    return Messages.text("file.too.large", size, limit);
  }

  /** The most entries a zip may list (INSEE's hold one to three). */
  static final int MAX_ZIP_ENTRIES = 10_000;

  /** How many times its compressed size an entry may expand (real downloads: under 30). */
  static final long MAX_ZIP_RATIO = 200;

  private static TextFile readZip(Path path, String display, long limit) {
    try {
      long size = Files.size(path);
      if (size > limit) {
        // The container itself is read whole to be hashed: capped like any file.
        throw new DataException(display, 0, 0, tooLarge(size, limit));
      }
    } catch (IOException e) {
      throw new DataException(display, 0, 0, Messages.text("zip.unreadable", OsReason.of(e)));
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      return readEntry(zip, dataEntry(zip, display), path, display, limit);
    } catch (java.util.zip.ZipException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("encrypted")) {
        throw new DataException(display, 0, 0, Messages.text("zip.encrypted"));
      }
      if (m.contains("compression method")) {
        throw new DataException(display, 0, 0, Messages.text("zip.method"));
      }
      throw new DataException(display, 0, 0, Messages.text("zip.corrupt", e.getMessage()));
    } catch (IOException e) {
      throw new DataException(display, 0, 0, Messages.text("zip.unreadable", OsReason.of(e)));
    }
  }

  /**
   * The zip's data file: INSEE zips hold one data file and sometimes a metadata file, so the
   * largest entry named as data.
   */
  private static ZipEntry dataEntry(ZipFile zip, String display) {
    if (zip.size() > MAX_ZIP_ENTRIES) {
      throw new DataException(
          display, 0, 0, Messages.text("zip.too.many", zip.size(), MAX_ZIP_ENTRIES));
    }
    List<? extends ZipEntry> candidates =
        zip.stream()
            .filter(e -> !e.isDirectory())
            .filter(e -> isDataEntry(e.getName()))
            .sorted(Comparator.comparing(ZipEntry::getName))
            .toList();
    if (candidates.isEmpty()) {
      throw new DataException(display, 0, 0, Messages.text("zip.no.data"));
    }
    return candidates.stream().max(Comparator.comparingLong(ZipEntry::getSize)).orElseThrow();
  }

  /**
   * The entry decoded. Entry names are never used as paths, so a '../' name cannot escape; only its
   * bytes are read, and counted as they come, so a zip bomb stops at the limit.
   */
  private static TextFile readEntry(
      ZipFile zip, ZipEntry entry, Path path, String display, long limit) throws IOException {
    String name = display + "!" + entry.getName();
    if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
      throw new DataException(name, 0, 0, unsupported(entry));
    }
    long ratioLimit =
        Math.max(
            64L << 20, Math.min(limit, MAX_ZIP_RATIO * Math.max(1, entry.getCompressedSize())));
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] raw =
          ratioLimit < limit
              ? readLimited(
                  in,
                  ratioLimit,
                  name,
                  Messages.text("zip.ratio", MAX_ZIP_RATIO, entry.getCompressedSize()))
              : readLimited(in, limit, name);
      return decode(name, raw, Digest.of(Files.readAllBytes(path)));
    }
  }

  private static byte[] readLimited(InputStream in, long limit, String name, String message)
      throws IOException {
    try {
      return readLimited(in, limit, name);
    } catch (DataException e) {
      throw new DataException(name, 0, 0, message);
    }
  }

  private static String unsupported(ZipEntry e) {
    String method =
        switch (e.getMethod()) {
          case 12 -> "bzip2";
          case 14 -> "LZMA";
          case 93 -> "Zstandard";
          case 95 -> "XZ";
          case 99 -> Messages.text("zip.method.aes");
          default -> Messages.text("zip.method.number", e.getMethod());
        };
    return Messages.text("zip.entry.method", method);
  }

  private static boolean isDataEntry(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".csv")
        || n.endsWith(".txt")
        || n.endsWith(".json")
        || n.endsWith(".geojson")
        || n.endsWith(".tsv");
  }

  private static byte[] readLimited(InputStream in, long limit, String name) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        throw new DataException(name, 0, 0, Messages.text("zip.expands", tooLarge(total, limit)));
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** Hex SHA-256 of bytes. */
  public static String sha256(byte[] raw) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Decodes bytes: BOM first, then strict UTF-8, then Windows-1252. */
  public static TextFile decode(String display, byte[] raw) {
    return decode(display, raw, Digest.of(raw));
  }

  private static TextFile decode(String display, byte[] raw, Digest sha) {
    TextFile marked = withByteOrderMark(display, raw, sha);
    if (marked != null) {
      return marked;
    }
    Charset utf16 = utf16WithoutBom(raw);
    if (utf16 != null) {
      return new TextFile(display, new String(raw, utf16), utf16, false, raw.length, sha)
          .noting(List.of(Messages.text("enc.utf16.nobom", utf16.name())));
    }
    for (int i = 0; i < Math.min(raw.length, 8192); i++) {
      if (raw[i] == 0) {
        throw new DataException(display, 0, 0, Messages.text("file.binary", i));
      }
    }
    List<String> notes = new java.util.ArrayList<>();
    byte[] text = withoutNul(raw, notes);
    if (text == raw && isAscii(raw)) {
      return new TextFile(display, null, raw, StandardCharsets.UTF_8, false, raw.length, sha);
    }
    if (isUtf8(text, 0, text.length)) {
      return new TextFile(
              display,
              new String(text, StandardCharsets.UTF_8),
              StandardCharsets.UTF_8,
              false,
              raw.length,
              sha)
          .noting(notes);
    }
    PerLine m = perLine(text, 0);
    if (!m.utf8()) {
      return new TextFile(
              display, new String(text, WINDOWS_1252), WINDOWS_1252, false, raw.length, sha)
          .noting(notes);
    }
    notes.add(Messages.text("enc.mixed", m.lines(), m.count()));
    return new TextFile(display, m.text(), StandardCharsets.UTF_8, false, raw.length, sha)
        .noting(notes);
  }

  /** Bytes that start with a UTF-8 or UTF-16 byte-order mark, decoded; null without one. */
  private static TextFile withByteOrderMark(String display, byte[] raw, Digest sha) {
    if (raw.length >= 3
        && (raw[0] & 0xff) == 0xEF
        && (raw[1] & 0xff) == 0xBB
        && (raw[2] & 0xff) == 0xBF) {
      if (!isUtf8(raw, 3, raw.length)) {
        PerLine m = perLine(raw, 3);
        return new TextFile(display, m.text(), StandardCharsets.UTF_8, true, raw.length, sha)
            .noting(List.of(Messages.text("enc.bom.cp1252", m.lines(), m.count())));
      }
      return new TextFile(
          display,
          new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          true,
          raw.length,
          sha);
    }
    Charset utf16 = null;
    if (raw.length >= 2 && (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE) {
      utf16 = StandardCharsets.UTF_16LE;
    } else if (raw.length >= 2 && (raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF) {
      utf16 = StandardCharsets.UTF_16BE;
    }
    return utf16 == null
        ? null
        : new TextFile(
            display, new String(raw, 2, raw.length - 2, utf16), utf16, true, raw.length, sha);
  }

  /** Text decoded line by line, and the lines that were not UTF-8. */
  private record PerLine(String text, String lines, int count, boolean utf8) {}

  /**
   * Decodes each line on its own: UTF-8 when its bytes are, else Windows-1252 (a file pasted
   * together from two sources). {@code utf8} says whether some line holds UTF-8 beyond ASCII.
   */
  private static PerLine perLine(byte[] raw, int from) {
    StringBuilder sb = new StringBuilder(raw.length);
    List<Long> other = new java.util.ArrayList<>();
    boolean utf8 = false;
    long line = 1;
    int start = from;
    while (start < raw.length) {
      int end = start;
      while (end < raw.length && raw[end] != '\n') {
        end++;
      }
      end = Math.min(raw.length, end + 1);
      if (isUtf8(raw, start, end)) {
        sb.append(new String(raw, start, end - start, StandardCharsets.UTF_8));
        for (int i = start; i < end && !utf8; i++) {
          utf8 = raw[i] < 0;
        }
      } else {
        sb.append(new String(raw, start, end - start, WINDOWS_1252));
        other.add(line);
      }
      line++;
      start = end;
    }
    String shown =
        other.stream()
            .limit(10)
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", "));
    String lines = other.size() > 10 ? Messages.text("enc.lines.more", shown, other.size()) : shown;
    return new PerLine(sb.toString(), lines, other.size(), utf8);
  }

  /** The bytes without NUL (after the first 8 KB, which tell a binary file), said in a note. */
  private static byte[] withoutNul(byte[] raw, List<String> notes) {
    int first = firstNul(raw);
    if (first < 0) {
      return raw;
    }
    int count = 0;
    for (int i = first; i < raw.length; i++) {
      count += raw[i] == 0 ? 1 : 0;
    }
    long line = 1;
    for (int i = 0; i < first; i++) {
      line += raw[i] == '\n' ? 1 : 0;
    }
    byte[] out = new byte[raw.length - count];
    int k = 0;
    for (byte b : raw) {
      if (b != 0) {
        out[k++] = b;
      }
    }
    notes.add(Messages.text("enc.nul.removed", count, line, first));
    return out;
  }

  /**
   * The index of the first NUL byte, or -1: eight bytes at a time while none of them is zero (the
   * national outlines are 46 MB, looked through byte by byte before).
   */
  static int firstNul(byte[] raw) {
    int i = 0;
    while (i + 8 <= raw.length) {
      long v = (long) LONGS.get(raw, i);
      if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
        break; // a zero byte among these eight
      }
      i += 8;
    }
    for (; i < raw.length; i++) {
      if (raw[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether every byte is ASCII: eight at a time while none has its high bit set. */
  static boolean isAscii(byte[] raw) {
    int i = 0;
    while (i + 8 <= raw.length) {
      if (((long) LONGS.get(raw, i) & 0x8080808080808080L) != 0) {
        return false;
      }
      i += 8;
    }
    for (; i < raw.length; i++) {
      if (raw[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16 without byte-order mark: in the first 4 KB, zero bytes at nearly every odd offset
   * (little-endian) or every even one (big-endian) and almost none at the others, as ASCII text in
   * UTF-16 has. Null when the bytes do not look so.
   */
  static Charset utf16WithoutBom(byte[] raw) {
    int n = Math.min(raw.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += raw[i] == 0 ? 1 : 0;
      oddZero += raw[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether the bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates,
   * nothing over U+10FFFF), which is what a strict decoder accepts. Checking first, then letting
   * {@code new String} decode, avoids the decoder's intermediate char buffer: on the national files
   * that buffer was a fifth of all the memory allocated while reading the tables.
   */
  static boolean isUtf8(byte[] raw) {
    return isUtf8(raw, 0, raw.length);
  }

  /** {@link #isUtf8(byte[])} on {@code raw[from, to)}. */
  static boolean isUtf8(byte[] raw, int from, int to) {
    int i = from;
    int n = to;
    while (i < n) {
      // Mostly ASCII: eight bytes at a time while no high bit is set.
      while (i + 8 <= n && ((long) LONGS.get(raw, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = raw[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int follow;
      int min = 0x80;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        follow = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        follow = 2;
        if (b == 0xE0) {
          min = 0xA0;
        } else if (b == 0xED) {
          max = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        follow = 3;
        if (b == 0xF0) {
          min = 0x90;
        } else if (b == 0xF4) {
          max = 0x8F;
        }
      } else {
        return false;
      }
      if (i + follow >= n) {
        return false; // cut in the middle of a character
      }
      int second = raw[i + 1] & 0xff;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k <= follow; k++) {
        int c = raw[i + k] & 0xff;
        if (c < 0x80 || c > 0xBF) {
          return false;
        }
      }
      i += follow + 1;
    }
    return true;
  }

  /** A short description for the summary: "UTF-8", "UTF-8 (BOM)", "windows-1252". */
  public String encodingLabel() {
    return charset.name() + (bom ? " (BOM)" : "");
  }
}
