package fr.raquette.cli;

import fr.raquette.actors.ActorFormats;
import fr.raquette.i18n.Messages;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.ReportFormat;
import fr.raquette.report.map.MapStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
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

  static <T> T convert(String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /**
   * The outputs of {@code diagnose}: a comma-separated list, at least one. One value, not a
   * collection, so that picocli keeps refusing a second {@code --format}.
   */
  record Formats(Set<ReportFormat> set) {}

  /** An enum option whose values are its constants' names in lower case, any case accepted. */
  abstract static class Choice<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String unknownKey;

    Choice(Class<E> type, String unknownKey) {
      this.type = type;
      this.unknownKey = unknownKey;
    }

    @Override
    public E convert(String value) {
      return OptionValues.convert(value, this::parse);
    }

    private E parse(String value) {
      String id = value.strip().toLowerCase(Locale.ROOT);
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(id)) {
          return e;
        }
      }
      throw new IllegalArgumentException(Messages.current().get(unknownKey, value));
    }
  }

  static final class FormatList implements ITypeConverter<Formats> {
    @Override
    public Formats convert(String value) {
      return new Formats(OptionValues.convert(value, ReportFormat::parse));
    }
  }

  static final class Dialect implements ITypeConverter<CsvDialect> {
    @Override
    public CsvDialect convert(String value) {
      return OptionValues.convert(value, CsvDialect::fromId);
    }
  }

  static final class Style implements ITypeConverter<MapStyle> {
    @Override
    public MapStyle convert(String value) {
      return OptionValues.convert(value, MapStyle::parse);
    }
  }

  static final class ActorFormat implements ITypeConverter<ActorFormats.Format> {
    @Override
    public ActorFormats.Format convert(String value) {
      return OptionValues.convert(value, ActorFormats.Format::fromId);
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
