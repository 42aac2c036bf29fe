package dev.tsuzuri.read;

import java.util.Objects;

/**
 * A Hugo site's own shortcode templates ({@code layouts/shortcodes/NAME.html} of the site and
 * its themes), evaluated for one shortcode call. The reader asks for them after its own and the
 * built-in handlers; what a template produces is read like raw HTML (or as Markdown for a
 * {@code {{% %}}} call). Implementations are shared by threads.
 */
public interface ShortcodeTemplates {
  /** No templates: every shortcode without a handler stays visible as text. */
  ShortcodeTemplates NONE = new ShortcodeTemplates() {
    @Override
    public boolean defines(String name) {
      return false;
    }

    @Override
    public Rendering render(Shortcode shortcode, ShortcodeContext context) {
      return Rendering.NO_TEMPLATE;
    }
  };

  /**
   * True when the site has a template of this name that can be evaluated: the shortcode's
   * closing tag then pairs with its opening tag.
   */
  boolean defines(String name);

  /**
   * The template's output for one call.
   *
   * @param shortcode the call as written in the note
   * @param context the note being read (its title, and where warnings go)
   * @return the output, or why there is none
   */
  Rendering render(Shortcode shortcode, ShortcodeContext context);

  /**
   * What a template made of a shortcode call.
   *
   * @param output the HTML (or Markdown, for a {@code {{% %}}} call) the template wrote, or null
   *     when there is no output
   * @param template the template's path as the site names it ({@code
   *     themes/x/layouts/shortcodes/table.html}), or "" when the site has none
   * @param unsupported what in the template tsuzuri does not evaluate ({@code function
   *     'partial'}), or "" when the output is there or there is no template
   */
  record Rendering(String output, String template, String unsupported) {
    /** The site has no template of that name. */
    public static final Rendering NO_TEMPLATE = new Rendering(null, "", "");

    public Rendering {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(unsupported, "unsupported");
    }

    /** The template's output. */
    public static Rendering of(String output, String template) {
      return new Rendering(Objects.requireNonNull(output, "output"), template, "");
    }

    /** A template that uses something outside the evaluated subset. */
    public static Rendering unsupported(String template, String what) {
      return new Rendering(null, template, what);
    }

    /** True when the template wrote output. */
    public boolean rendered() {
      return output != null;
    }
  }
}
