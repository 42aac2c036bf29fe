package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.CodeColors;
import dev.tsuzuri.write.TokenKind;
import java.util.List;

/**
 * The names of every style tsuzuri writes. Styles are looked up by these names, never by id, so a
 * user restyles a document by changing these styles in a reference .docx.
 */
public final class StyleNames {
  private StyleNames() {}

  public static final String NORMAL = "Normal";
  public static final String TITLE = "Title";
  public static final String SUBTITLE = "Subtitle";
  public static final String AUTHOR = "Author";
  public static final String DATE = "Date";
  public static final String TAGS = "Tags";
  public static final String LIST_PARAGRAPH = "List Paragraph";
  public static final String BLOCK_TEXT = "Block Text";
  public static final String SOURCE_CODE = "Source Code";
  public static final String VERBATIM_CHAR = "Verbatim Char";
  public static final String HYPERLINK = "Hyperlink";
  public static final String FOOTNOTE_TEXT = "footnote text";
  public static final String FOOTNOTE_REFERENCE = "footnote reference";
  public static final String FIGURE = "Figure";
  public static final String CAPTION = "caption";
  public static final String LINK_CARD = "Link Card";
  public static final String DETAILS_SUMMARY = "Details Summary";
  public static final String CALLOUT = "Callout";
  public static final String CALLOUT_TITLE = "Callout Title";
  public static final String DEFINITION_TERM = "Definition Term";
  public static final String DEFINITION = "Definition";
  public static final String KEYBOARD_CHAR = "Keyboard Char";
  public static final String HORIZONTAL_RULE = "Horizontal Rule";
  public static final String TOC_HEADING = "TOC Heading";
  public static final String TABLE = "Table";
  /** Used by the reference document's footer (page numbers), not written by tsuzuri. */
  public static final String FOOTER = "footer";
  // the code token styles are named by the one colour table
  public static final String KEYWORD_TOKEN = CodeColors.wordStyle(TokenKind.KEYWORD);
  public static final String TYPE_TOKEN = CodeColors.wordStyle(TokenKind.TYPE);
  public static final String FUNCTION_TOKEN = CodeColors.wordStyle(TokenKind.FUNCTION);
  public static final String STRING_TOKEN = CodeColors.wordStyle(TokenKind.STRING);
  public static final String COMMENT_TOKEN = CodeColors.wordStyle(TokenKind.COMMENT);
  public static final String NUMBER_TOKEN = CodeColors.wordStyle(TokenKind.NUMBER);

  /** The name of the heading style of a level, 1 to 6 ("heading 1"). */
  public static String heading(int level) {
    return "heading " + level;
  }

  /** The name of the table-of-contents entry style of a level ("toc 1"). */
  public static String toc(int level) {
    return "toc " + level;
  }

  /** Every style name tsuzuri may write, for documentation and tests. */
  public static List<String> all() {
    return List.of(NORMAL, TITLE, SUBTITLE, AUTHOR, DATE, TAGS, heading(1), heading(2),
        heading(3), heading(4), heading(5), heading(6), LIST_PARAGRAPH, BLOCK_TEXT, SOURCE_CODE,
        VERBATIM_CHAR, HYPERLINK, FOOTNOTE_TEXT, FOOTNOTE_REFERENCE, FIGURE, CAPTION, LINK_CARD,
        DETAILS_SUMMARY, CALLOUT, CALLOUT_TITLE, DEFINITION_TERM, DEFINITION, KEYBOARD_CHAR, HORIZONTAL_RULE, TOC_HEADING,
        toc(1), toc(2), toc(3), TABLE, KEYWORD_TOKEN, TYPE_TOKEN, FUNCTION_TOKEN, STRING_TOKEN,
        COMMENT_TOKEN, NUMBER_TOKEN, FOOTER);
  }
}
