package dev.tsuzuri.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkersTest {
  private static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  @Test
  void blockWalkerDescendsIntoEveryContainer() {
    Block code = new CodeBlock("java", "x", 1);
    ListItem item = new ListItem(ListItem.Task.NONE, List.of(new Quote(List.of(new Details(List.of(t("s")),
        List.of(code), 3)), 2)), 1);
    Section inner = new Section(2, List.of(t("内")), "inner",
        List.of(new ListBlock(false, 1, true, List.of(item), 1)), 1);
    List<Block> blocks = List.of(new Section(1, List.of(t("外")), "outer", List.of(inner), 1));
    List<String> seen = new ArrayList<>();
    new BlockWalker() {
      @Override
      public Void visitSection(Section s) {
        seen.add(s.id());
        return super.visitSection(s);
      }

      @Override
      public Void visitCodeBlock(CodeBlock c) {
        seen.add("code");
        return null;
      }
    }.walk(blocks);
    assertEquals(List.of("outer", "inner", "code"), seen);
  }

  @Test
  void flattenerCarriesNestedMarksToEveryLeaf() {
    Inline link = new Inline.Link("https://example.com", "",
        List.of(new Inline.Strikethrough(List.of(new Inline.Code("c")))));
    List<Inline> inlines = List.of(t("a"),
        new Inline.Strong(List.of(t("b"), new Inline.Emphasis(List.of(link)), t("d"))), t("e"));
    List<String> leaves = new ArrayList<>();
    new InlineFlattener() {
      @Override
      public Void visitText(Inline.Text text) {
        leaves.add(text.text() + marks());
        return null;
      }

      @Override
      public Void visitCode(Inline.Code code) {
        leaves.add(code.code() + marks());
        return null;
      }
    }.walk(inlines);
    assertEquals(List.of(
        "a" + InlineFlattener.Marks.NONE,
        "b" + new InlineFlattener.Marks(true, false, false, ""),
        "c" + new InlineFlattener.Marks(true, true, true, "https://example.com"),
        "d" + new InlineFlattener.Marks(true, false, false, ""),
        "e" + InlineFlattener.Marks.NONE), leaves);
    assertEquals("abcde", PlainText.of(inlines));
  }
}
