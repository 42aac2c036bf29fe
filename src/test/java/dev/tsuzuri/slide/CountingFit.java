package dev.tsuzuri.slide;

import java.util.List;

/**
 * A stand-in for measurement in plan tests: a body holds a number of text units, where a line
 * costs one unit per started block of characters; titles fit up to a length.
 */
final class CountingFit implements Fit {
  private final int bodyUnits;
  private final int charsPerUnit;
  private final int titleChars;

  CountingFit(int bodyUnits, int charsPerUnit, int titleChars) {
    this.bodyUnits = bodyUnits;
    this.charsPerUnit = charsPerUnit;
    this.titleChars = titleChars;
  }

  static int units(Line l, int charsPerUnit) {
    return Math.max(1, (l.text().length() + charsPerUnit - 1) / charsPerUnit);
  }

  @Override
  public boolean bodyFits(Slide.Layout layout, List<Line> lines) {
    int n = 0;
    for (Line l : lines) {
      n += units(l, charsPerUnit);
    }
    return n <= bodyUnits;
  }

  @Override
  public boolean titleFits(List<Run> title) {
    return Runs.text(title).length() <= titleChars;
  }

  @Override
  public Fit narrowed(int textPercent) {
    // a narrower body holds as many lines, each of fewer characters
    return textPercent >= 100 ? this : new CountingFit(bodyUnits,
        Math.max(1, charsPerUnit * textPercent / 100), Math.max(1, titleChars * textPercent / 100));
  }

  @Override
  public Fit sized(double bodyPoints, double codePoints) {
    // as if the layout's text were 24 pt: smaller text holds more lines of more characters (a
    // stand-in: code and text are not told apart, the smaller size counts)
    double points = Math.min(bodyPoints > 0 ? bodyPoints : 24, codePoints > 0 ? codePoints : 24);
    double k = 24 / points;
    return new CountingFit((int) (bodyUnits * k), (int) (charsPerUnit * k), titleChars);
  }

  @Override
  public boolean tableFits(TableContent table) {
    return table.header().size() + table.rows().size() <= bodyUnits;
  }
}
