package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolink extension (bare URLs and e-mail addresses become links) behind
 * {@link AutolinkGuard}. Its post-processor unescapes each run of text before looking for links,
 * and the cost of that grows with the square of the run's backslash escapes and entities (and,
 * for a run of entities, once more for each text node in it): 200,000 escaped pipes in one table
 * cell took 13 s, 10,000 {@code x&amp;} in a line more than ten minutes.
 */
final class GuardedAutolinkExtension implements Parser.ParserExtension {
  /** Where the runs start that were too long to look for links in, in the parsed text. */
  private static final DataKey<List<Integer>> SKIPPED =
      new DataKey<>("TSUZURI_AUTOLINK_SKIPPED", List.of());

  /** The start offsets of the text runs the guard left without looking for links. */
  static List<Integer> skipped(Document document) {
    return SKIPPED.get(document);
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    // no options of its own
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Registers for text nodes, as flexmark's own autolink factory does. */
  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      List<Integer> skipped = new ArrayList<>();
      document.set(SKIPPED, skipped);
      return new AutolinkGuard(new AutolinkNodePostProcessor(document), skipped);
    }
  }
}
