package org.example.tally;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The "tally" format: how many sections, paragraphs and lists a note has. */
public final class TallyWriterProvider implements WriterProvider<TallyOptions> {
  private static final Setting LABEL = Setting.text("tally-label", "TEXT",
      "First line of the tally (default: tally).");

  @Override
  public String format() {
    return "tally";
  }

  @Override
  public String extension() {
    return "tally";
  }

  @Override
  public String description() {
    return "counts of sections, paragraphs and lists (a plug-in)";
  }

  @Override
  public DocumentWriter create() {
    return TallyWriterProvider::write;
  }

  @Override
  public Class<TallyOptions> optionsType() {
    return TallyOptions.class;
  }

  @Override
  public TallyOptions defaults() {
    return new TallyOptions("tally");
  }

  @Override
  public List<Setting> settings() {
    return List.of(LABEL);
  }

  @Override
  public TallyOptions options(SettingValues values) {
    return values.text(LABEL.name()).map(TallyOptions::new).orElse(defaults());
  }

  @Override
  public boolean showsImages() {
    return false;
  }

  private static void write(Document doc, WriteContext context) throws IOException {
    TallyOptions options = context.options().get(TallyOptions.class,
        () -> new TallyOptions("tally"));
    int[] counts = new int[3];
    count(doc.blocks(), counts);
    String text = options.label() + "\nsections " + counts[0] + "\nparagraphs " + counts[1]
        + "\nlists " + counts[2] + "\n";
    try (OutputStream out = context.openMain("tally")) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void count(List<Block> blocks, int[] counts) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        counts[0]++;
        count(s.blocks(), counts);
      } else if (b instanceof Paragraph) {
        counts[1]++;
      } else if (b instanceof ListBlock) {
        counts[2]++;
      }
    }
  }
}
