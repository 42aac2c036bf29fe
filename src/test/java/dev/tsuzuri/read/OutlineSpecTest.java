package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code src/test/resources/spec/outline-spec.md}, in the manner of
 * commonmark-java's spec tests: each Markdown snippet must give exactly its outline dump (and its
 * warnings, when listed).
 */
class OutlineSpecTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("(?m)^~~~~ example: (.*)\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^~~~~$");

  record Example(String name, String markdown, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Example> examples() throws Exception {
    String spec = Files.readString(Path.of("src/test/resources/spec/outline-spec.md"),
        StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(spec);
    while (m.find()) {
      out.add(new Example(m.group(1), m.group(2), m.group(3)));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    WarningSink warnings = WarningSink.collecting("");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(example.markdown(), warnings);
    String actual = OutlineDump.of(doc);
    List<Warning> ws = warnings.warnings();
    if (!ws.isEmpty() || example.expected().contains("warnings:\n")) {
      actual += "warnings:\n" + ws.stream().map(w -> w.line() + ": " + w.message() + "\n")
          .collect(Collectors.joining());
    }
    assertEquals(example.expected(), actual);
  }
}
