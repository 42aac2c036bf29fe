package dev.tsuzuri.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One language of a multilingual Hugo site ({@code [languages.ja]}).
 *
 * @param key the language key as configured ("ja", "en")
 * @param languageCode its {@code languageCode} ("ja-JP"), or "" when not set
 * @param title the site title in this language, or ""
 * @param contentDir the folder of its notes ({@code contentDir}), or null when it shares the
 *     site's
 * @param staticMounts its own static folders ({@code staticDir}, {@code staticDir2} …), searched
 *     before the site's
 * @param weight its weight (the order Hugo lists languages in)
 * @param params its own {@code params}
 */
public record Language(String key, String languageCode, String title, Path contentDir,
    List<Mount> staticMounts, int weight, Map<String, Object> params) {
  public Language {
    Objects.requireNonNull(key, "key");
    languageCode = languageCode == null ? "" : languageCode;
    title = title == null ? "" : title;
    staticMounts = List.copyOf(staticMounts);
    params = Map.copyOf(params);
  }

  /**
   * The BCP 47 tag a document in this language carries: the {@code languageCode} if set, else
   * the key ("ja-jp" becomes "ja-JP").
   */
  public String tag() {
    String code = languageCode.isBlank() ? key : languageCode;
    String tag = Locale.forLanguageTag(code.replace('_', '-')).toLanguageTag();
    return tag.equals("und") ? key : tag;
  }
}
