package dev.tsuzuri.read.internal.template;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One shortcode template, parsed once: its tree, or what in it is outside the subset. A template
 * with no action at all is plain HTML and is written as it is.
 */
final class Template {
  private final List<Node> nodes;
  private final String unsupported;

  private Template(List<Node> nodes, String unsupported) {
    this.nodes = nodes;
    this.unsupported = unsupported;
  }

  /** The template parsed; never throws for its content. */
  static Template parse(String text) {
    try {
      return new Template(Parser.parse(Lexer.lex(withoutComments(text))), "");
    } catch (Unsupported e) {
      return new Template(List.of(), e.getMessage());
    }
  }

  /**
   * The template without its HTML comments: Go's html/template leaves them out of the output
   * (and with them any action inside one).
   */
  static String withoutComments(String text) {
    int open = text.indexOf("<!--");
    if (open < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int pos = 0;
    while (open >= 0) {
      b.append(text, pos, open);
      int close = text.indexOf("-->", open + 4);
      if (close < 0) {
        return b.toString();
      }
      pos = close + 3;
      open = text.indexOf("<!--", pos);
    }
    return b.append(text, pos, text.length()).toString();
  }

  /** A template that is not evaluated, for this reason. */
  static Template unusable(String why) {
    return new Template(List.of(), why);
  }

  /** What in the template is outside the subset, or "" when it can be evaluated. */
  String unsupported() {
    return unsupported;
  }

  /**
   * The output for one call.
   *
   * @param call the call
   * @param markdownify Markdown to HTML
   * @param warn where the template's {@code errorf}/{@code warnf} go
   * @throws Unsupported when evaluation reaches something outside the subset or a limit
   */
  String render(Call call, UnaryOperator<String> markdownify, Consumer<String> warn) {
    if (!unsupported.isEmpty()) {
      throw new Unsupported(unsupported);
    }
    return new Evaluator(call, new Functions(markdownify, warn)).run(nodes);
  }
}
