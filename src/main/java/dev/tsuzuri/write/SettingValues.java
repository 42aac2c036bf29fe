package dev.tsuzuri.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The values a user gave for writer {@link Setting settings}, from the command line or the
 * project config; what was not given is empty, and the writer uses its default.
 *
 * <p>Values come in the setting's kind: the command line and the config have checked that a
 * flag is a flag and a number a number, and that a file exists.
 */
public interface SettingValues {
  /** The value of a {@link Setting.Kind#TEXT} setting. */
  Optional<String> text(String name);

  /** The value of a {@link Setting.Kind#FLAG} setting. */
  Optional<Boolean> flag(String name);

  /** The value of a {@link Setting.Kind#NUMBER} setting. */
  Optional<Integer> number(String name);

  /** The value of a {@link Setting.Kind#FILE} setting. */
  Optional<Path> file(String name);

  /**
   * The template given for this writer: the {@code --template} file whose extension is one of
   * the writer's {@link WriterProvider#templateExtensions()}.
   */
  Optional<Path> template();

  /** No values: every writer's defaults. */
  static SettingValues none() {
    return of(Map.of(), null);
  }

  /**
   * Values from a map, for callers other than the command line.
   *
   * @param values by setting name: {@link String}, {@link Boolean}, {@link Integer} or {@link
   *     Path} as the kinds require
   * @param template the writer's template, or null
   */
  static SettingValues of(Map<String, ?> values, Path template) {
    Map<String, ?> copy = Map.copyOf(values);
    return new SettingValues() {
      @Override
      public Optional<String> text(String name) {
        return get(name, String.class);
      }

      @Override
      public Optional<Boolean> flag(String name) {
        return get(name, Boolean.class);
      }

      @Override
      public Optional<Integer> number(String name) {
        return get(name, Integer.class);
      }

      @Override
      public Optional<Path> file(String name) {
        return get(name, Path.class);
      }

      @Override
      public Optional<Path> template() {
        return Optional.ofNullable(template);
      }

      private <T> Optional<T> get(String name, Class<T> type) {
        Object v = copy.get(name);
        if (v != null && !type.isInstance(v)) {
          throw new InvalidOptionException(name, "expected a " + type.getSimpleName()
              + ", not " + v);
        }
        return Optional.ofNullable(type.cast(v));
      }
    };
  }
}
