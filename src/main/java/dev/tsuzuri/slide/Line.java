package dev.tsuzuri.slide;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a slide's body: a bullet, a numbered item, plain text or a line of code.
 *
 * @param level the outline level, 0 for the outermost; levels past what a layout shows are folded
 *     by the writer, never dropped
 * @param kind how the line is marked
 * @param number the item's number for {@link Kind#NUMBER} ("3."), else ""
 * @param runs the text
 * @param repeated true when the line repeats a parent bullet from an earlier slide for context
 * @param continued true when the line continues the text of the line before it (a long bullet
 *     split at a sentence), so it carries no bullet of its own
 */
public record Line(int level, Kind kind, String number, List<Run> runs, boolean repeated,
    boolean continued) {

  /** How a line is marked. */
  public enum Kind {
    /** A bullet item. */
    BULLET,
    /** A numbered item; {@link Line#number()} holds its number. */
    NUMBER,
    /** Text without a bullet: a paragraph, a link card. */
    PLAIN,
    /** A line of code, in a fixed-pitch face, spaces kept. */
    CODE
  }

  public Line {
    if (level < 0) {
      throw new IllegalArgumentException("level must be >= 0: " + level);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    runs = List.copyOf(runs);
  }

  /** A line that is neither repeated nor continued. */
  public static Line of(int level, Kind kind, String number, List<Run> runs) {
    return new Line(level, kind, number, runs, false, false);
  }

  /** The line's text without marks. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Run r : runs) {
      b.append(r.text());
    }
    return b.toString();
  }

  /** This line marked as repeated for context. */
  public Line asRepeated() {
    return new Line(level, kind, number, runs, true, continued);
  }

  /** This line at another level. */
  public Line atLevel(int newLevel) {
    return new Line(newLevel, kind, number, runs, repeated, continued);
  }

  /** A line with the same level and kind holding other runs. */
  public Line withRuns(List<Run> newRuns, boolean isContinued) {
    return new Line(level, kind, number, newRuns, repeated, isContinued);
  }
}
