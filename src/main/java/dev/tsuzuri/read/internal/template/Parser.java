package dev.tsuzuri.read.internal.template;

import dev.tsuzuri.read.internal.template.Node.Branch;
import dev.tsuzuri.read.internal.template.Node.Chain;
import dev.tsuzuri.read.internal.template.Node.Command;
import dev.tsuzuri.read.internal.template.Node.Operand;
import dev.tsuzuri.read.internal.template.Node.Pipeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Builds the tree of a template from its {@link Lexer} items. Blocks are matched with an explicit
 * stack, so nesting costs no Java stack; blocks nested deeper than {@value #MAX_DEPTH} and
 * parentheses deeper than {@value #MAX_PARENS} make the template unsupported.
 */
final class Parser {
  /** Deepest {@code if}/{@code with}/{@code range} nesting read; real templates use a handful. */
  static final int MAX_DEPTH = 100;
  /** Deepest nesting of parentheses read. */
  static final int MAX_PARENS = 50;

  /** Go template keywords outside the subset. */
  private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of("define", "template", "block",
      "break", "continue");

  /** An open block: the root, an {@code if}/{@code with}, or a {@code range}. */
  private static final class Frame {
    final String kind;
    final List<Branch> branches = new ArrayList<>();
    List<Node> body = new ArrayList<>();
    List<Node> otherwise;
    boolean with;
    String declared;
    Pipeline condition;
    String key;
    String value;

    Frame(String kind) {
      this.kind = kind;
    }

    List<Node> current() {
      return otherwise != null ? otherwise : body;
    }

    void closeBranch() {
      branches.add(new Branch(with, declared, condition, body));
    }
  }

  private Parser() {}

  /**
   * The template's nodes.
   *
   * @throws Unsupported when it uses something outside the subset, or is malformed
   */
  static List<Node> parse(List<Lexer.Item> items) {
    Deque<Frame> stack = new ArrayDeque<>();
    Frame root = new Frame("root");
    stack.push(root);
    for (Lexer.Item item : items) {
      Frame top = stack.peek();
      if (item.text() != null) {
        top.current().add(new Node.Text(item.text()));
      } else {
        action(item.tokens(), stack);
      }
    }
    if (stack.size() > 1) {
      throw new Unsupported("'" + stack.peek().kind + "' without {{ end }}");
    }
    return root.body;
  }

  private static void action(List<Token> tokens, Deque<Frame> stack) {
    if (tokens.isEmpty()) {
      throw new Unsupported("an empty action");
    }
    Token first = tokens.get(0);
    Frame top = stack.peek();
    if (first.kind() == Token.Kind.IDENT) {
      switch (first.text()) {
        case "if", "with" -> {
          if (stack.size() > MAX_DEPTH) {
            throw new Unsupported("blocks nested deeper than " + MAX_DEPTH);
          }
          Frame f = new Frame("if");
          header(f, first.text().equals("with"), new Cursor(tokens, 1));
          stack.push(f);
          return;
        }
        case "range" -> {
          if (stack.size() > MAX_DEPTH) {
            throw new Unsupported("blocks nested deeper than " + MAX_DEPTH);
          }
          Frame f = new Frame("range");
          Cursor c = new Cursor(tokens, 1);
          List<String> vars = declaredVariables(c);
          if (vars.size() == 2) {
            f.key = vars.get(0);
            f.value = vars.get(1);
          } else if (vars.size() == 1) {
            f.value = vars.get(0);
          }
          f.condition = pipeline(c, 0);
          c.expectEnd();
          stack.push(f);
          return;
        }
        case "else" -> {
          if (top.kind.equals("root") || top.otherwise != null) {
            throw new Unsupported("'else' out of place");
          }
          if (tokens.size() == 1) {
            if (top.kind.equals("if")) {
              top.closeBranch();
            }
            top.otherwise = new ArrayList<>();
            return;
          }
          Token next = tokens.get(1);
          if (!top.kind.equals("if") || next.kind() != Token.Kind.IDENT
              || !(next.text().equals("if") || next.text().equals("with"))) {
            throw new Unsupported("'else " + next.text() + "'");
          }
          top.closeBranch();
          top.body = new ArrayList<>();
          header(top, next.text().equals("with"), new Cursor(tokens, 2));
          return;
        }
        case "end" -> {
          if (tokens.size() != 1 || stack.size() == 1) {
            throw new Unsupported("'end' out of place");
          }
          Frame f = stack.pop();
          Node node;
          if (f.kind.equals("if")) {
            if (f.otherwise == null) {
              f.closeBranch();
            }
            node = new Node.Conditional(List.copyOf(f.branches),
                f.otherwise == null ? List.of() : f.otherwise);
          } else {
            node = new Node.Range(f.key, f.value, f.condition, f.body,
                f.otherwise == null ? List.of() : f.otherwise);
          }
          stack.peek().current().add(node);
          return;
        }
        default -> {
          if (UNSUPPORTED_KEYWORDS.contains(first.text())) {
            throw new Unsupported("'" + first.text() + "'");
          }
        }
      }
    }
    if (first.kind() == Token.Kind.VARIABLE && tokens.size() > 1
        && tokens.get(1).kind() == Token.Kind.PUNCT
        && (tokens.get(1).text().equals(":=") || tokens.get(1).text().equals("="))) {
      if (first.text().indexOf('.') >= 0 || first.text().equals("$")) {
        throw new Unsupported("assigning to " + first.text());
      }
      Cursor c = new Cursor(tokens, 2);
      Pipeline p = pipeline(c, 0);
      c.expectEnd();
      top.current().add(new Node.Assign(first.text(), tokens.get(1).text().equals(":="), p));
      return;
    }
    Cursor c = new Cursor(tokens, 0);
    Pipeline p = pipeline(c, 0);
    c.expectEnd();
    top.current().add(new Node.Emit(p));
  }

  /** The condition of an {@code if}/{@code with}, with its {@code $v :=} if any. */
  private static void header(Frame f, boolean with, Cursor c) {
    List<String> vars = declaredVariables(c);
    if (vars.size() > 1) {
      throw new Unsupported("two variables in 'if' or 'with'");
    }
    f.with = with;
    f.declared = vars.isEmpty() ? null : vars.get(0);
    f.condition = pipeline(c, 0);
    c.expectEnd();
  }

  /** {@code $a :=} or {@code $a, $b :=} at the cursor, consumed; else nothing. */
  private static List<String> declaredVariables(Cursor c) {
    List<String> vars = new ArrayList<>();
    int at = c.at;
    while (c.peekKind(Token.Kind.VARIABLE)) {
      vars.add(c.next().text());
      if (c.peekPunct(",")) {
        c.next();
      } else {
        break;
      }
    }
    if (!vars.isEmpty() && c.peekPunct(":=")) {
      c.next();
      return vars;
    }
    c.at = at;
    return List.of();
  }

  private static Pipeline pipeline(Cursor c, int depth) {
    List<Command> commands = new ArrayList<>();
    while (true) {
      List<Operand> operands = new ArrayList<>();
      while (!c.atEnd() && !c.peekPunct("|") && !c.peekPunct(")")) {
        operands.add(operand(c, depth));
      }
      if (operands.isEmpty()) {
        throw new Unsupported("an empty command");
      }
      commands.add(new Command(operands));
      if (c.peekPunct("|")) {
        c.next();
      } else {
        return new Pipeline(commands);
      }
    }
  }

  private static Operand operand(Cursor c, int depth) {
    Token t = c.next();
    switch (t.kind()) {
      case STRING:
        return new Node.Literal(t.text());
      case NUMBER:
        try {
          return new Node.Literal(t.text().contains(".") ? (Object) Double.valueOf(t.text())
              : (Object) Long.valueOf(t.text()));
        } catch (NumberFormatException e) {
          throw new Unsupported("the number " + t.text());
        }
      case IDENT:
        switch (t.text()) {
          case "true":
            return new Node.Literal(Boolean.TRUE);
          case "false":
            return new Node.Literal(Boolean.FALSE);
          case "nil":
            return new Node.Literal(null);
          default:
            if (!Functions.known(t.text())) {
              throw new Unsupported("function '" + t.text() + "'");
            }
            return new Node.Function(t.text());
        }
      case FIELD:
        return new Chain(null, null, fields(t.text()));
      case VARIABLE: {
        int dot = t.text().indexOf('.');
        return dot < 0 ? new Chain(t.text(), null, List.of())
            : new Chain(t.text().substring(0, dot), null, fields(t.text().substring(dot)));
      }
      default:
        if (!t.text().equals("(")) {
          throw new Unsupported("'" + t.text() + "' out of place");
        }
        if (depth >= MAX_PARENS) {
          throw new Unsupported("parentheses nested deeper than " + MAX_PARENS);
        }
        Pipeline sub = pipeline(c, depth + 1);
        if (!c.peekPunct(")")) {
          throw new Unsupported("'(' without ')'");
        }
        c.next();
        if (c.peekKind(Token.Kind.FIELD) && !c.peek().spaced()) {
          return new Chain(null, sub, fields(c.next().text()));
        }
        return new Chain(null, sub, List.of());
    }
  }

  /** ".A.B" → [A, B]; "." → []. */
  private static List<String> fields(String chain) {
    if (chain.equals(".")) {
      return List.of();
    }
    List<String> out = Arrays.asList(chain.substring(1).split("\\.", -1));
    if (out.contains("")) {
      throw new Unsupported("the field chain " + chain);
    }
    return List.copyOf(out);
  }

  /** A position in an action's tokens. */
  private static final class Cursor {
    final List<Token> tokens;
    int at;

    Cursor(List<Token> tokens, int at) {
      this.tokens = tokens;
      this.at = at;
    }

    boolean atEnd() {
      return at >= tokens.size();
    }

    Token peek() {
      return tokens.get(at);
    }

    Token next() {
      if (atEnd()) {
        throw new Unsupported("an action that ends too early");
      }
      return tokens.get(at++);
    }

    boolean peekKind(Token.Kind kind) {
      return !atEnd() && peek().kind() == kind;
    }

    boolean peekPunct(String p) {
      return peekKind(Token.Kind.PUNCT) && peek().text().equals(p);
    }

    void expectEnd() {
      if (!atEnd()) {
        throw new Unsupported("'" + peek().text() + "' out of place");
      }
    }
  }
}
