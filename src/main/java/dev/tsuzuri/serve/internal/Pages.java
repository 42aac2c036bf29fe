package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.diag.Warning;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's pages: the index of notes and a note's page. Every link is relative, so the pages
 * work below any prefix a proxy may add.
 */
final class Pages {
  /** The download links every note gets: format label and extension. */
  private static final List<String[]> DOWNLOADS = List.of(new String[] {"HTML", "html"},
      new String[] {"PDF", "pdf"}, new String[] {"Word", "docx"},
      new String[] {"PowerPoint", "pptx"});

  private Pages() {}

  /** One row of the index. */
  record Row(String target, Path file, Summary summary) {}

  /** The index page. */
  static String index(String name, List<Row> rows, String settingsError, long version) {
    Html h = new Html().open(name, "", "", version);
    h.raw("<header><h1>").text(name).raw("</h1><p class=\"meta\">").text(rows.size() + " notes")
        .raw(" · tsuzuri serve</p></header>\n<main>\n");
    settings(h, settingsError);
    h.raw("<table class=\"notes\">\n<thead><tr><th>Title</th><th>Date</th><th>Tags</th>")
        .raw("<th>Warnings</th><th>Files</th></tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      Summary s = r.summary();
      String enc = RequestPath.encode(r.target());
      h.raw("<tr class=\"note").raw(s.draft() ? " draft" : "").raw("\"><td>")
          .link("note/" + enc, s.title());
      if (s.draft()) {
        h.raw(" <span class=\"badge\">draft</span>");
      }
      h.raw("<div class=\"path\">").text(r.file().toString()).raw("</div>");
      if (s.error() != null) {
        h.raw("<div class=\"error\">").text(s.error()).raw("</div>");
      }
      h.raw("</td><td class=\"date\">").text(s.date() == null ? "" : s.date().toLocalDate()
          .toString()).raw("</td><td class=\"tags\">").text(String.join(", ", s.tags()))
          .raw("</td><td class=\"warnings\">").raw(Integer.toString(s.warnings()))
          .raw("</td><td class=\"files\">");
      for (String[] d : DOWNLOADS) {
        h.link("out/" + enc + "." + d[1], d[0]).raw(" ");
      }
      h.raw("</td></tr>\n");
    }
    return h.raw("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
  }

  /**
   * A note's page: its HTML rendering, the PDF in the browser's viewer, the slides, the
   * warnings or the error, and the downloads.
   *
   * @param depth how many folders deep the page's URL is below the root
   * @param html the note's HTML conversion
   * @param others the note's other conversions so far, for their warnings
   */
  static String note(String target, int depth, Summary summary, NoteResult html,
      Map<String, NoteResult> others, String settingsError, long version) {
    String root = "../".repeat(depth);
    String out = root + "out/" + RequestPath.encode(target);
    Html h = new Html().open(summary.title(), root, target, version);
    h.raw("<header><nav>").link(root.isEmpty() ? "./" : root, "← notes").raw("</nav><h1>")
        .text(summary.title()).raw("</h1><p class=\"meta\">").text(html.input().toString());
    if (summary.date() != null) {
      h.raw(" · ").text(summary.date().toLocalDate().toString());
    }
    if (!summary.tags().isEmpty()) {
      h.raw(" · ").text(String.join(", ", summary.tags()));
    }
    if (summary.draft()) {
      h.raw(" <span class=\"badge\">draft</span>");
    }
    h.raw("</p><p class=\"downloads\">");
    for (String[] d : DOWNLOADS) {
      h.link(out + "." + d[1], d[0]).raw(" ");
    }
    h.raw("</p></header>\n<main>\n");
    settings(h, settingsError);
    problems(h, html, others);
    if (html.ok()) {
      // the HTML view on the left; the slides and the PDF on the right, on a wide window. They
      // are asked for once the HTML view has loaded (preview.js): the text comes first
      h.raw("<div class=\"panes\">\n<section class=\"view\"><h2>HTML</h2>")
          .raw("<iframe id=\"html\" title=\"HTML\" src=\"").text(out + ".html")
          .raw("\"></iframe></section>\n<div class=\"side\">\n")
          .raw("<section class=\"slides\" id=\"slides\" data-src=\"").text(root + "slides/"
              + RequestPath.encode(target)).raw("\"><h2>Slides</h2>")
          .raw("<p class=\"pending\">drawing the slides…</p><div class=\"thumbs\"></div>")
          .raw("</section>\n<section class=\"pdf\"><h2>PDF</h2>")
          .raw("<iframe id=\"pdf\" title=\"PDF\" data-src=\"").text(out + ".pdf")
          .raw("\"></iframe></section>\n</div>\n</div>\n");
    }
    return h.raw("</main>\n</body>\n</html>\n").toString();
  }

  /** A list of a format's files, for a link whose single file does not exist (session decks). */
  static String files(String title, int depth, List<String> outputs) {
    String root = "../".repeat(depth);
    Html h = new Html().open(title, root, "", 0).raw("<main><h1>").text(title)
        .raw("</h1><ul>");
    for (String o : outputs) {
      h.raw("<li>").link(root + "out/" + RequestPath.encode(o), o).raw("</li>");
    }
    return h.raw("</ul></main></body></html>\n").toString();
  }

  private static void settings(Html h, String settingsError) {
    if (settingsError != null) {
      h.raw("<section class=\"error settings\"><h2>Settings not loaded</h2><pre>")
          .text(settingsError).raw("</pre><p>The last good settings are used.</p></section>\n");
    }
  }

  private static void problems(Html h, NoteResult html, Map<String, NoteResult> others) {
    if (!html.ok()) {
      h.raw("<section class=\"error\" id=\"error\"><h2>Error</h2><pre>").text(html.error())
          .raw("</pre></section>\n");
    }
    Set<String> warnings = new LinkedHashSet<>();
    html.warnings().forEach(w -> warnings.add(shown(w)));
    others.values().forEach(r -> r.warnings().forEach(w -> warnings.add(shown(w))));
    if (!warnings.isEmpty()) {
      h.raw("<section class=\"warnings\" id=\"warnings\"><h2>").text(warnings.size()
          + (warnings.size() == 1 ? " warning" : " warnings")).raw("</h2><ul>");
      warnings.forEach(w -> h.raw("<li>").text(w).raw("</li>"));
      h.raw("</ul></section>\n");
    }
  }

  private static String shown(Warning w) {
    return w.toString().replaceFirst(": warning: ", ": ");
  }
}
