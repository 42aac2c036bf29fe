package dev.tsuzuri.read.internal.template;

import dev.tsuzuri.read.internal.template.Node.Chain;
import dev.tsuzuri.read.internal.template.Node.Command;
import dev.tsuzuri.read.internal.template.Node.Operand;
import dev.tsuzuri.read.internal.template.Node.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a parsed template's output for one call. Recursion follows the tree, whose depth the
 * {@link Parser} bounds; the work and the output are bounded too, so a hostile template or
 * argument cannot loop or grow without end.
 */
final class Evaluator {
  /** The most characters a template may write. */
  static final int MAX_OUTPUT = 4 * 1024 * 1024;
  /** The most nodes and commands evaluated for one call. */
  static final int MAX_STEPS = 1_000_000;

  /** No value piped into a command. */
  private static final Object NONE = new Object();

  private final Call call;
  private final Functions functions;
  private final StringBuilder out = new StringBuilder();
  /** Variable scopes, innermost last: each block opens one. */
  private final List<Map<String, Object>> scopes = new ArrayList<>();
  private int steps;

  Evaluator(Call call, Functions functions) {
    this.call = call;
    this.functions = functions;
  }

  /**
   * The output.
   *
   * @throws Unsupported when the template reaches something outside the subset or a limit
   */
  String run(List<Node> template) {
    scopes.add(new HashMap<>());
    nodes(template, call);
    return out.toString();
  }

  private void nodes(List<Node> nodes, Object dot) {
    for (Node n : nodes) {
      step();
      if (n instanceof Node.Text t) {
        write(t.text());
      } else if (n instanceof Node.Emit e) {
        write(Values.html(pipeline(e.pipeline(), dot)));
      } else if (n instanceof Node.Assign a) {
        assign(a, pipeline(a.pipeline(), dot));
      } else if (n instanceof Node.Conditional c) {
        conditional(c, dot);
      } else if (n instanceof Node.Range r) {
        range(r, dot);
      }
    }
  }

  private void conditional(Node.Conditional c, Object dot) {
    for (Node.Branch b : c.branches()) {
      Object v = pipeline(b.condition(), dot);
      if (Values.truth(v)) {
        scopes.add(new HashMap<>());
        if (b.declared() != null) {
          scopes.get(scopes.size() - 1).put(b.declared(), v);
        }
        nodes(b.body(), b.with() ? v : dot);
        scopes.remove(scopes.size() - 1);
        return;
      }
    }
    scopes.add(new HashMap<>());
    nodes(c.otherwise(), dot);
    scopes.remove(scopes.size() - 1);
  }

  private void range(Node.Range r, Object dot) {
    Object over = pipeline(r.over(), dot);
    List<Object[]> entries = new ArrayList<>();
    if (over instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        entries.add(new Object[] {(long) i, l.get(i)});
      }
    } else if (over instanceof Map<?, ?> m) {
      new TreeMap<>(Values.stringKeys(m)).forEach((k, v) -> entries.add(new Object[] {k, v}));
    } else if (over instanceof Long n) {
      for (long i = 0; i < n && i < MAX_STEPS; i++) {
        entries.add(new Object[] {i, i});
      }
    } else if (over != null) {
      throw new Unsupported("range over " + over.getClass().getSimpleName());
    }
    if (entries.isEmpty()) {
      scopes.add(new HashMap<>());
      nodes(r.otherwise(), dot);
      scopes.remove(scopes.size() - 1);
      return;
    }
    for (Object[] e : entries) {
      Map<String, Object> scope = new HashMap<>();
      if (r.keyVariable() != null) {
        scope.put(r.keyVariable(), e[0]);
      }
      if (r.valueVariable() != null) {
        scope.put(r.valueVariable(), e[1]);
      }
      scopes.add(scope);
      nodes(r.body(), e[1]);
      scopes.remove(scopes.size() - 1);
    }
  }

  private void assign(Node.Assign a, Object value) {
    if (a.declare()) {
      scopes.get(scopes.size() - 1).put(a.variable(), value);
      return;
    }
    for (int i = scopes.size() - 1; i >= 0; i--) {
      if (scopes.get(i).containsKey(a.variable())) {
        scopes.get(i).put(a.variable(), value);
        return;
      }
    }
    throw new Unsupported("assigning to " + a.variable() + " before it is declared");
  }

  private Object pipeline(Pipeline p, Object dot) {
    Object piped = NONE;
    for (Command c : p.commands()) {
      piped = command(c, piped, dot);
    }
    return piped;
  }

  private Object command(Command c, Object piped, Object dot) {
    step();
    List<Operand> ops = c.operands();
    Operand first = ops.get(0);
    if (first instanceof Node.Function f) {
      List<Object> args = arguments(ops, piped, dot);
      long size = 0;
      for (Object a : args) {
        size += a instanceof String s ? s.length() : a instanceof Values.Safe s ? s.html().length()
            : 0;
      }
      // a value built from itself (printf "%s%s" $s $s) would double without end
      if (size > MAX_OUTPUT) {
        throw new Unsupported("values longer than " + MAX_OUTPUT + " characters");
      }
      return functions.call(f.name(), args);
    }
    if (ops.size() == 1 && piped == NONE) {
      return value(first, dot);
    }
    if (first instanceof Chain chain && !chain.fields().isEmpty()) {
      // a method: .Get "x", $.Get 0
      List<String> fields = chain.fields();
      Object base = value(new Chain(chain.variable(), chain.sub(),
          fields.subList(0, fields.size() - 1)), dot);
      return field(base, fields.get(fields.size() - 1), arguments(ops, piped, dot));
    }
    throw new Unsupported("a value given arguments");
  }

  private List<Object> arguments(List<Operand> ops, Object piped, Object dot) {
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < ops.size(); i++) {
      args.add(value(ops.get(i), dot));
    }
    if (piped != NONE) {
      args.add(piped);
    }
    return args;
  }

  private Object value(Operand op, Object dot) {
    if (op instanceof Node.Literal l) {
      return l.value();
    }
    if (op instanceof Node.Function f) {
      return functions.call(f.name(), List.of());
    }
    Chain c = (Chain) op;
    Object v;
    if (c.sub() != null) {
      v = pipeline(c.sub(), dot);
    } else if (c.variable() == null) {
      v = dot;
    } else if (c.variable().equals("$")) {
      v = call;
    } else {
      v = variable(c.variable());
    }
    for (String f : c.fields()) {
      v = field(v, f, List.of());
    }
    return v;
  }

  private Object variable(String name) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Map<String, Object> s = scopes.get(i);
      if (s.containsKey(name)) {
        return s.get(name);
      }
    }
    throw new Unsupported("the undefined variable " + name);
  }

  private Object field(Object v, String name, List<Object> args) {
    if (!args.isEmpty() && !(v instanceof Call && name.equals("Get"))) {
      throw new Unsupported("the method ." + name);
    }
    if (v instanceof Call c) {
      return switch (name) {
        case "Get" -> {
          if (args.size() != 1) {
            throw new Unsupported(".Get with " + args.size() + " arguments");
          }
          yield c.get(args.get(0));
        }
        case "Inner" -> new Values.Safe(c.inner());
        case "InnerDeindent" -> new Values.Safe(c.innerDeindent());
        case "Params" -> c.params();
        case "Name" -> c.name();
        case "Position" -> c.position();
        case "IsNamedParams" -> !c.named().isEmpty();
        case "Ordinal" -> 0L;
        case "Parent" -> null;
        case "Page" -> c.page();
        case "Site" -> c.site();
        default -> throw new Unsupported("the field ." + name);
      };
    }
    if (v instanceof Values.Page p) {
      if (name.equals("Title") || name.equals("LinkTitle")) {
        return p.title();
      }
      throw new Unsupported("the field .Page." + name);
    }
    if (v instanceof Values.Site s) {
      return switch (name) {
        case "Title" -> s.title();
        case "Params" -> s.params();
        default -> throw new Unsupported("the field .Site." + name);
      };
    }
    if (v instanceof Map<?, ?> m) {
      Object got = m.get(name);
      return got != null ? got : m.get(name.toLowerCase(java.util.Locale.ROOT));
    }
    if (v == null) {
      return null;
    }
    throw new Unsupported("the field ." + name + " of " + v.getClass().getSimpleName());
  }

  private void write(String s) {
    if (out.length() + s.length() > MAX_OUTPUT) {
      throw new Unsupported("output longer than " + MAX_OUTPUT + " characters");
    }
    out.append(s);
  }

  private void step() {
    if (++steps > MAX_STEPS) {
      throw new Unsupported("more than " + MAX_STEPS + " steps");
    }
  }
}
