package dev.tsuzuri.read.internal.template;

import java.util.List;

/** A node of a parsed template: text, an action's output, an assignment, or a block. */
sealed interface Node {
  /** Text written as it is. */
  record Text(String text) implements Node {}

  /** {@code {{ pipeline }}}: the value written, HTML-escaped unless it is safe HTML. */
  record Emit(Pipeline pipeline) implements Node {}

  /** {@code {{ $x := pipeline }}} (declare) or {@code {{ $x = pipeline }}}. */
  record Assign(String variable, boolean declare, Pipeline pipeline) implements Node {}

  /**
   * {@code if}/{@code with} with its {@code else if}/{@code else with} branches and {@code else}.
   *
   * @param branches the conditions and bodies, in order
   * @param otherwise the {@code else} body (empty when none)
   */
  record Conditional(List<Branch> branches, List<Node> otherwise) implements Node {}

  /**
   * One branch: {@code with} also makes the value the dot inside it.
   *
   * @param with true for {@code with}, false for {@code if}
   * @param declared the variable {@code with $v := …} declares, or null
   */
  record Branch(boolean with, String declared, Pipeline condition, List<Node> body) {}

  /**
   * {@code range}: over a list or a map's values in key order.
   *
   * @param keyVariable {@code $k} of {@code range $k, $v := …}, or null
   * @param valueVariable {@code $v}, or null (the dot is the element either way)
   */
  record Range(String keyVariable, String valueVariable, Pipeline over, List<Node> body,
      List<Node> otherwise) implements Node {}

  /** Commands joined by {@code |}: each one's value is the last argument of the next. */
  record Pipeline(List<Command> commands) {}

  /** A function call with arguments, or a single value (a field with arguments is a method). */
  record Command(List<Operand> operands) {}

  /** An argument or value of a command. */
  sealed interface Operand {}

  /** A string or number constant, or {@code true}/{@code false}/{@code nil}. */
  record Literal(Object value) implements Operand {}

  /** A function name. */
  record Function(String name) implements Operand {}

  /**
   * A field chain from the dot ({@code .Page.Title}; no fields for {@code .}), from a variable
   * ({@code $u.Host}), or from a parenthesised pipeline ({@code (urls.Parse $u).Host}).
   *
   * @param variable the variable, {@code $} for the top dot, or null for the current dot
   * @param sub the parenthesised pipeline, or null
   * @param fields the field names after it
   */
  record Chain(String variable, Pipeline sub, List<String> fields) implements Operand {}
}
