package dev.tsuzuri.write;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a writer lets its user choose: a command-line option ({@code --page-size}) and the
 * {@code tsuzuri.yaml} key of the same name ({@code page-size}). A {@link WriterProvider} lists
 * its settings so that the command line and the project config offer them without knowing the
 * writer; the provider turns their values into its options record ({@link
 * WriterProvider#options(SettingValues)}).
 *
 * @param name the long option name without dashes, lower case with hyphens ("page-size")
 * @param kind what kind of value it takes
 * @param label the value's name in the help ("SIZE"); empty for a flag
 * @param description one line for the help, ending with the default where there is one
 */
public record Setting(String name, Kind kind, String label, String description) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The kinds of value a setting takes. */
  public enum Kind {
    /** On or off: {@code --toc} and {@code --no-toc}; {@code true} or {@code false} in YAML. */
    FLAG,
    /** A word or text, such as a page size; the writer checks it. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** A file, which must exist; relative to the config file's folder in YAML. */
    FILE
  }

  public Setting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a setting name is lower case words joined by hyphens: "
          + name);
    }
  }

  /** An on/off setting. */
  public static Setting flag(String name, String description) {
    return new Setting(name, Kind.FLAG, "", description);
  }

  /** A text setting. */
  public static Setting text(String name, String label, String description) {
    return new Setting(name, Kind.TEXT, label, description);
  }

  /** A text setting whose value is one of an enum's {@link Choice choices}. */
  public static <E extends Enum<E> & Choice> Setting choice(String name, String label,
      Class<E> type, E fallback, String description) {
    return text(name, label, description + ": " + Choice.names(type) + " (default: "
        + fallback.label() + ")");
  }

  /** A whole-number setting. */
  public static Setting number(String name, String label, String description) {
    return new Setting(name, Kind.NUMBER, label, description);
  }

  /** A file setting. */
  public static Setting file(String name, String label, String description) {
    return new Setting(name, Kind.FILE, label, description);
  }

  /**
   * A value of an option enum, with the name users type for it.
   *
   * <p>Enums such as {@code PageSize} implement it so that one method parses them all, with one
   * kind of message.
   */
  public interface Choice {
    /** The name a user types and sees ("A4", "pdfa-2u"); matched ignoring case. */
    String label();

    /**
     * The constant whose label is {@code value}, ignoring case and surrounding blanks.
     *
     * @param setting the setting's name, for the message
     * @throws InvalidOptionException naming the allowed values when none matches
     */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String setting, String value) {
      Objects.requireNonNull(value, setting);
      for (E e : type.getEnumConstants()) {
        if (e.label().equalsIgnoreCase(value.trim())) {
          return e;
        }
      }
      throw new InvalidOptionException(setting, "'" + value + "' is not one of " + names(type));
    }

    /** The labels, comma-separated: "A4, A5, B5, Letter". */
    static <E extends Enum<E> & Choice> String names(Class<E> type) {
      return String.join(", ", List.of(type.getEnumConstants()).stream()
          .map(Choice::label).toList());
    }
  }
}
