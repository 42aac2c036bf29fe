package dev.tsuzuri.testing;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import dev.tsuzuri.write.pdf.PdfOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A real, tiny test writer ({@code -t txt}): the outline's plain text, one line per heading,
 * paragraph and list item, indented by depth; its first line is the page size option, so tests
 * can see which options reached it; images that are a paragraph of their own are looked up
 * through the context's resources, as a real writer would, and reported with their size. Writers of the other formats are not needed to test
 * conversion.
 */
public final class PlainTextWriterProvider implements WriterProvider<PdfOptions> {
  @SuppressWarnings("unchecked")
  private static WriterProvider<PdfOptions> pdf() {
    return (WriterProvider<PdfOptions>) Writers.forFormat("pdf");
  }

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String description() {
    return "plain text of the outline (tests only)";
  }

  @Override
  public DocumentWriter create() {
    return PlainTextWriterProvider::write;
  }

  /** The PDF writer's options, so that tests see which of them reached a writer. */
  @Override
  public Class<PdfOptions> optionsType() {
    return PdfOptions.class;
  }

  @Override
  public PdfOptions defaults() {
    return PdfOptions.defaults();
  }

  @Override
  public java.util.List<dev.tsuzuri.write.Setting> settings() {
    return pdf().settings();
  }

  @Override
  public PdfOptions options(dev.tsuzuri.write.SettingValues values) {
    return pdf().options(values);
  }

  /** A bundled file for {@code tsuzuri templates export} to find. */
  @Override
  public java.util.List<String> bundledTemplates() {
    return java.util.List.of("templates/test-only");
  }

  @Override
  public java.util.List<String> templateExtensions() {
    return pdf().templateExtensions();
  }

  private static void write(Document doc, WriteContext context) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("page-size: ")
        .append(context.options().get(PdfOptions.class, PdfOptions::defaults).pageSize().label())
        .append('\n');
    b.append("title: ").append(doc.title()).append('\n');
    blocks(doc.blocks(), 0, b);
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p && p.inlines().size() == 1
          && p.inlines().get(0) instanceof Inline.Image img) {
        b.append(context.resources().image(img.src(), p.line())
            .map(d -> "image " + img.src() + " " + d.width() + "x" + d.height())
            .orElse("no image " + img.src())).append('\n');
      }
    }
    try (OutputStream out = context.openMain("txt")) {
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The plain text of blocks, as this writer writes it. */
  public static void blocks(List<Block> blocks, int depth, StringBuilder b) {
    for (Block block : blocks) {
      if (block instanceof Section s) {
        b.append("  ".repeat(depth)).append("#".repeat(s.level())).append(' ')
            .append(s.titleText()).append('\n');
        blocks(s.blocks(), depth, b);
      } else if (block instanceof Paragraph p) {
        b.append("  ".repeat(depth)).append(PlainText.of(p.inlines())).append('\n');
      } else if (block instanceof ListBlock l) {
        for (ListItem item : l.items()) {
          b.append("  ".repeat(depth)).append("- ").append(PlainText.of(item.lead()))
              .append('\n');
          blocks(item.rest(), depth + 1, b);
        }
      }
    }
  }
}
