package fr.raquette.cli;

import fr.raquette.actors.ActorFormats;
import fr.raquette.i18n.Messages;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.ReportFormat;
import fr.raquette.report.map.MapStyle;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one rule by which a typed option reads its value: the type's own parser, whose refusal (an
 * {@link IllegalArgumentException} worded from the catalogue) becomes picocli's usage error, said
 * by {@link UsageErrors} as "valeur invalide pour --option : …" with exit code 2. Picocli finds
 * these converters by class, hence one small class per type.
 */
final class OptionValues {
  private OptionValues() {}

  /**
   * A converter by its type's parser. An abstract method, not a lambda: the CDS archive leaves out
   * a class that implements picocli's converter interface if a lambda of that class is spun while
   * the archive is dumped (see {@link Main#commandLine}).
   */
  abstract static class Parsed<T> implements ITypeConverter<T> {
    abstract T parse(String value);

    @Override
    public final T convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * The outputs of {@code diagnose}: a comma-separated list, at least one. One value, not a
   * collection, so that picocli keeps refusing a second {@code --format}.
   */
  record Formats(Set<ReportFormat> set) {}

  /** An enum option whose values are its constants' names in lower case, any case accepted. */
  abstract static class Choice<E extends Enum<E>> extends Parsed<E> {
    private final Class<E> type;
    private final String unknownKey;

    Choice(Class<E> type, String unknownKey) {
      this.type = type;
      this.unknownKey = unknownKey;
    }

    @Override
    E parse(String value) {
      String id = value.strip().toLowerCase(Locale.ROOT);
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(id)) {
          return e;
        }
      }
      throw new IllegalArgumentException(Messages.current().get(unknownKey, value));
    }
  }

  static final class FormatList extends Parsed<Formats> {
    @Override
    Formats parse(String value) {
      return new Formats(ReportFormat.parse(value));
    }
  }

  static final class Dialect extends Parsed<CsvDialect> {
    @Override
    CsvDialect parse(String value) {
      return CsvDialect.fromId(value);
    }
  }

  static final class Style extends Parsed<MapStyle> {
    @Override
    MapStyle parse(String value) {
      return MapStyle.parse(value);
    }
  }

  static final class ActorFormat extends Parsed<ActorFormats.Format> {
    @Override
    ActorFormats.Format parse(String value) {
      return ActorFormats.Format.fromId(value);
    }
  }

  static final class GapsFormats extends Choice<GapsCommand.Format> {
    GapsFormats() {
      super(GapsCommand.Format.class, "gaps.format.unknown");
    }
  }

  static final class ActionFormats extends Choice<ActionFormat> {
    ActionFormats() {
      super(ActionFormat.class, "action.format.unknown");
    }
  }
}
