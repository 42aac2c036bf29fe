package dev.tsuzuri.outline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A note's front matter, with the keys every writer understands pulled out and the rest kept.
 *
 * @param title the title, or "" when none
 * @param description the description (or summary), or ""
 * @param authors the authors, possibly none
 * @param date the publication date with its UTC offset, or null when none; a date without a time
 *     is midnight at the reader's default zone
 * @param lastmod the last modification date, or null
 * @param tags the tags
 * @param categories the categories
 * @param draft whether the note is marked as a draft
 * @param lang the document language as a BCP 47 tag ("ja", "en"): from the front matter, else
 *     detected from the text
 * @param extra every other front-matter key, values as parsed (strings, numbers, booleans, lists,
 *     maps)
 * @param cover the picture that stands for the note, as written in its front matter (the first of
 *     {@code featured_image}, {@code image}, {@code images[0]}, {@code cover.image}, {@code
 *     thumbnail}), or "" when none; writers resolve it as any other image
 * @param publishDate {@code publishDate} (or {@code pubdate}, {@code published}), or null
 * @param expiryDate {@code expiryDate} (or {@code unpublishdate}), or null
 */
public record Metadata(
    String title,
    String description,
    List<String> authors,
    OffsetDateTime date,
    OffsetDateTime lastmod,
    List<String> tags,
    List<String> categories,
    boolean draft,
    String lang,
    Map<String, Object> extra,
    String cover,
    OffsetDateTime publishDate,
    OffsetDateTime expiryDate) {

  public Metadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    Objects.requireNonNull(lang, "lang");
    extra = Map.copyOf(extra);
    cover = cover == null ? "" : cover;
  }

  /** Metadata without a cover or publication window. */
  public Metadata(String title, String description, List<String> authors, OffsetDateTime date,
      OffsetDateTime lastmod, List<String> tags, List<String> categories, boolean draft,
      String lang, Map<String, Object> extra) {
    this(title, description, authors, date, lastmod, tags, categories, draft, lang, extra, "",
        null, null);
  }

  /** Metadata with nothing set but the language. */
  public static Metadata empty(String lang) {
    return new Metadata("", "", List.of(), null, null, List.of(), List.of(), false, lang, Map.of());
  }

  /** The publication date, if any. */
  public Optional<OffsetDateTime> dateValue() {
    return Optional.ofNullable(date);
  }

  /** The last modification date, falling back to the publication date. */
  public Optional<OffsetDateTime> lastmodValue() {
    return Optional.ofNullable(lastmod != null ? lastmod : date);
  }

  /** True when the language is Japanese ({@code ja}, {@code ja-JP} …). */
  public boolean isJapanese() {
    return lang.equals("ja") || lang.startsWith("ja-") || lang.startsWith("ja_");
  }

  /** A copy with another title. */
  public Metadata withTitle(String newTitle) {
    return new Metadata(newTitle, description, authors, date, lastmod, tags, categories, draft,
        lang, extra, cover, publishDate, expiryDate);
  }

  /** A copy in another language (a BCP 47 tag). */
  public Metadata withLang(String newLang) {
    return new Metadata(title, description, authors, date, lastmod, tags, categories, draft,
        newLang, extra, cover, publishDate, expiryDate);
  }

  /** True when the note has a cover picture. */
  public boolean hasCover() {
    return !cover.isBlank();
  }
}
