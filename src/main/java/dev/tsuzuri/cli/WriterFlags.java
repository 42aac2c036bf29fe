package dev.tsuzuri.cli;

import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The writers' options of {@code convert}, asked of the format providers when the command is
 * built: {@code --template} and every {@link Setting} a provider lists, each offered once with the
 * formats that read it. A format added from another jar gets its flags (and its {@code
 * tsuzuri.yaml} keys) the same way.
 */
final class WriterFlags implements IModelTransformer {
  /** The setting that routes template files to writers by their extension. */
  static final String TEMPLATE = "template";

  /**
   * A setting and the formats that read it.
   *
   * @param setting the first provider's description of it (by format name)
   * @param formats the formats, sorted
   */
  record Offered(Setting setting, List<String> formats) {}

  @Override
  public CommandSpec transform(CommandSpec spec) {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder()
        .heading("%nFormat options (also tsuzuri.yaml keys; [the formats that read them]):%n")
        .exclusive(false)
        .multiplicity("0..1");
    group.addArg(OptionSpec.builder("--" + TEMPLATE)
        .paramLabel("FILE")
        .type(List.class)
        .auxiliaryTypes(Path.class)
        .description("A template for the writers that take its extension: "
            + templateHelp() + ". Repeatable.")
        .build());
    for (Offered o : offered().values()) {
      group.addArg(option(o));
    }
    spec.addArgGroup(group.build());
    return spec;
  }

  /** Every provider setting once, by name, in the order the providers list them. */
  static Map<String, Offered> offered() {
    Map<String, Setting> first = new LinkedHashMap<>();
    Map<String, List<String>> formats = new TreeMap<>();
    for (WriterProvider<?> p : Writers.all().values()) {
      for (Setting s : p.settings()) {
        Setting known = first.putIfAbsent(s.name(), s);
        // a second writer reading the same name as another kind cannot be offered both ways
        if (known == null || known.kind() == s.kind()) {
          formats.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(p.format());
        }
      }
    }
    Map<String, Offered> offered = new LinkedHashMap<>();
    first.forEach((name, s) -> offered.put(name, new Offered(s, List.copyOf(formats.get(name)))));
    return offered;
  }

  /** The template extensions and the writers that take them: ".docx (docx), .pptx (png, pptx)". */
  static String templateHelp() {
    Map<String, List<String>> byExtension = new LinkedHashMap<>();
    for (WriterProvider<?> p : Writers.all().values()) {
      for (String ext : p.templateExtensions()) {
        byExtension.computeIfAbsent(ext, e -> new ArrayList<>()).add(p.format());
      }
    }
    Map<List<String>, List<String>> byFormats = new LinkedHashMap<>();
    byExtension.forEach((ext, f) -> byFormats.computeIfAbsent(f, k -> new ArrayList<>())
        .add("." + ext));
    List<String> parts = new ArrayList<>();
    byFormats.forEach((f, exts) -> parts.add(String.join(" ", exts) + " ("
        + String.join(", ", f) + ")"));
    return parts.isEmpty() ? "none installed" : String.join(", ", parts);
  }

  private static OptionSpec option(Offered o) {
    Setting s = o.setting();
    String description = s.description().endsWith(".")
        ? s.description().substring(0, s.description().length() - 1) : s.description();
    OptionSpec.Builder b = OptionSpec.builder("--" + s.name())
        .description(description + " [" + String.join(", ", o.formats()) + "]");
    return switch (s.kind()) {
      case FLAG -> b.negatable(true).arity("0").type(Boolean.class).build();
      case TEXT -> b.paramLabel(s.label()).type(String.class).build();
      case NUMBER -> b.paramLabel(s.label()).type(Integer.class).build();
      case FILE -> b.paramLabel(s.label()).type(Path.class).build();
    };
  }
}
