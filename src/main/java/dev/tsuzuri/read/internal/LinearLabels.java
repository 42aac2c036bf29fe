package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with link labels found in one pass. flexmark matches a label with a
 * regular expression in which a backslash escape can be read two ways, so an unclosed {@code [}
 * before a few dozen escapes backtracks through 2ⁿ readings: a 168-byte note found by fuzzing
 * ran for hours. This scan reads escapes left to right, as CommonMark does: the label ends at the
 * first {@code ]} that is not escaped; an unescaped {@code [}, the end of the text or more than
 * 999 characters mean there is none.
 */
final class LinearLabels extends InlineParserImpl {
  /** Makes these parsers for a flexmark {@code Parser}. */
  static final InlineParserFactory FACTORY = LinearLabels::new;

  /** CommonMark's longest link label, in characters (an escape counts once). */
  private static final int MAX_LABEL = 999;

  private LinearLabels(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefs,
      List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefs,
        extensions);
  }

  /** The length of the label at the current index (brackets included), moving past it; or 0. */
  @Override
  public int parseLinkLabel() {
    BasedSequence in = input;
    int start = index;
    if (start >= in.length() || in.charAt(start) != '[') {
      return 0;
    }
    int units = 0;
    for (int p = start + 1; p < in.length(); units++) {
      char c = in.charAt(p);
      if (c == ']') {
        index = p + 1;
        return index - start;
      }
      if (c == '[' || units == MAX_LABEL) {
        return 0;
      }
      boolean escape = c == '\\' && p + 1 < in.length() && isAsciiPunctuation(in.charAt(p + 1));
      p += escape ? 2 : 1;
    }
    return 0;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
