package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.MarpDeck;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The template a note's slides are made on, with a Marp deck's deck-wide directives applied:
 * {@code theme: NAME} picks {@code NAME.pptx} from a template folder given with
 * {@code --template}, and {@code size: 4:3} or {@code 16:9} gives the template's slides that
 * shape ({@link TemplateShape}). A theme that cannot be applied is named in a warning.
 */
final class MarpTemplate {
  private MarpTemplate() {}

  /** A theme name read as a file name: one plain name, never a path out of the folder. */
  private static final java.util.regex.Pattern THEME_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

  /**
   * The template for the options alone (no note yet): the given file, or the bundled one when
   * none or a folder is given.
   */
  static Template of(Path option) {
    return Template.of(option == null || Files.isDirectory(option) ? null : option);
  }

  /** The template for this note's slides. */
  static Template of(Document document, Path option, WarningSink warnings) {
    if (!MarpDeck.isMarp(document)) {
      return of(option);
    }
    String theme = MarpDeck.theme(document);
    Template base;
    if (option != null && Files.isDirectory(option)) {
      base = fromFolder(option, theme, warnings);
    } else {
      base = of(option);
      if (!theme.isEmpty()) {
        warnings.warn("Marp theme '" + theme + "' is not applied: the slides take the look of the "
            + (option == null ? "bundled template (give --template a folder holding "
                + theme + ".pptx to choose one by theme)" : "template " + option));
      }
    }
    String size = MarpDeck.size(document);
    double ratio = size.equals("4:3") ? 4.0 / 3 : size.equals("16:9") ? 16.0 / 9 : 0;
    if (!size.isEmpty() && ratio == 0) {
      warnings.warn("Marp size '" + size + "' is not known: the slides keep the template's shape"
          + " (4:3 and 16:9 are)");
    }
    return ratio == 0 ? base : TemplateShape.reshaped(base, ratio);
  }

  private static Template fromFolder(Path folder, String theme, WarningSink warnings) {
    if (theme.isEmpty()) {
      return of(null);
    }
    if (THEME_NAME.matcher(theme).matches()) {
      Path file = folder.resolve(theme + ".pptx");
      if (Files.isRegularFile(file)) {
        return Template.of(file);
      }
    }
    warnings.warn("Marp theme '" + theme + "': no " + theme + ".pptx in " + folder
        + "; the bundled template is used");
    return of(null);
  }
}
