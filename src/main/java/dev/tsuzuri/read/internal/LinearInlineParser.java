package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser with its regular-expression matching made to cost the
 * length of the match instead of the length of the paragraph. flexmark takes each match through
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole input into a String: every
 * code span, inline HTML tag, autolink or entity then copies its paragraph, so a paragraph with
 * n of them takes time in n times its length (a 5 MB line of marked text took minutes).
 *
 * <p>Link labels are found in one pass too. flexmark matches a label with a regular expression in
 * which a backslash escape can be read two ways, so an unclosed {@code [} before a few dozen
 * escapes backtracks through 2ⁿ readings: a 168-byte note found by fuzzing ran for hours. The
 * scan reads escapes left to right, as CommonMark does: the label ends at the first {@code ]}
 * that is not escaped; an unescaped {@code [}, the end of the text or more than 999 characters
 * mean there is none.
 */
final class LinearInlineParser extends CommonmarkInlineParser {
  /** Makes this parser; installed by {@link FlexmarkParser}. */
  static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /** CommonMark's longest link label, in characters (an escape counts once). */
  private static final int MAX_LABEL = 999;

  private LinearInlineParser(DataHolder options, BitSet specialCharacters,
      BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, extensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = find(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = find(re);
    if (m == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    }
    return groups;
  }

  /** The length of the label at the current index (brackets included), moving past it; or 0. */
  @Override
  public int parseLinkLabel() {
    int start = index;
    if (start >= input.length() || input.charAt(start) != '[') {
      return 0;
    }
    int units = 0;
    for (int p = start + 1; p < input.length(); units++) {
      char c = input.charAt(p);
      if (c == ']') {
        index = p + 1;
        return index - start;
      }
      if (c == '[' || units == MAX_LABEL) {
        return 0;
      }
      boolean escape = c == '\\' && p + 1 < input.length()
          && isAsciiPunctuation(input.charAt(p + 1));
      p += escape ? 2 : 1;
    }
    return 0;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /** The match at the current index, which it then moves past, or null (as flexmark does). */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) {
      return null;
    }
    index = m.end();
    return m;
  }
}
