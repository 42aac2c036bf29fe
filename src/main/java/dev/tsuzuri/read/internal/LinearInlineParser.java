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
 */
final class LinearInlineParser extends CommonmarkInlineParser {
  /** Makes this parser; installed by {@link FlexmarkParser}. */
  static final InlineParserFactory FACTORY = LinearInlineParser::new;

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
