package dev.tsuzuri.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The options of one conversion: one small record per writer ({@code PdfOptions},
 * {@code DocxOptions} …) instead of a bag of global keys. A writer asks for its own record and
 * gets its defaults when the caller set none ({@link WriterProvider#optionsIn}).
 *
 * <pre>{@code
 * WriteOptions options = WriteOptions.defaults()
 *     .with(PdfOptions.builder().pageSize(PageSize.A5).build())
 *     .with(DocxOptions.builder().toc(true).build());
 * }</pre>
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(Map.of());

  private final Map<Class<?>, Object> byType;

  private WriteOptions(Map<Class<?>, Object> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** No options set: every writer uses its defaults. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** A copy with one writer's options set (replacing any of the same type). */
  public WriteOptions with(Object options) {
    Objects.requireNonNull(options, "options");
    Map<Class<?>, Object> copy = new HashMap<>(byType);
    copy.put(options.getClass(), options);
    return new WriteOptions(copy);
  }

  /** The options of this type, or the defaults the supplier gives. */
  public <T> T get(Class<T> type, Supplier<T> defaults) {
    Object o = byType.get(type);
    return o != null ? type.cast(o) : defaults.get();
  }

  /** Every record set, ordered by type name. */
  public java.util.List<Object> all() {
    return byType.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Class::getName)))
        .map(Map.Entry::getValue).toList();
  }

  /** The options of this type, if set. */
  public <T> java.util.Optional<T> find(Class<T> type) {
    return java.util.Optional.ofNullable(byType.get(type)).map(type::cast);
  }
}
