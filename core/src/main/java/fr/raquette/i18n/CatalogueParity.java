package fr.raquette.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of a bundle in French and in English must be the same: a key in one language only is a
 * sentence the other language's users never read (or read in the wrong language). Public so that
 * the cli module's tests check its help bundle the same way.
 */
public final class CatalogueParity {
  private CatalogueParity() {}

  /** The keys of a {@code .properties} resource read as UTF-8, as ResourceBundle does. */
  public static Set<String> keys(String resource) throws IOException {
    try (InputStream in = CatalogueParity.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      return new TreeSet<>(p.stringPropertyNames());
    }
  }

  /** What differs between the French base file and the English one, or an empty text. */
  public static String differences(String baseResource) throws IOException {
    String en = baseResource.replace(".properties", "_en.properties");
    Set<String> fr = keys(baseResource);
    Set<String> english = keys(en);
    Set<String> onlyFr = new TreeSet<>(fr);
    onlyFr.removeAll(english);
    Set<String> onlyEn = new TreeSet<>(english);
    onlyEn.removeAll(fr);
    StringBuilder sb = new StringBuilder();
    if (!onlyFr.isEmpty()) {
      sb.append("only in ").append(baseResource).append(": ").append(onlyFr).append('\n');
    }
    if (!onlyEn.isEmpty()) {
      sb.append("only in ").append(en).append(": ").append(onlyEn).append('\n');
    }
    return sb.toString();
  }
}
