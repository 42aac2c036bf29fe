package dev.tsuzuri.slide;

import java.util.ArrayList;
import java.util.List;

/** Splits runs of text at sentence ends, or in two halves, keeping each piece's marks. */
final class TextSplit {
  private TextSplit() {}

  /** The runs cut after each sentence end (。！？.!? and their full-width forms). */
  static List<List<Run>> sentences(List<Run> runs) {
    String text = Runs.text(runs);
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      boolean end = c == '。' || c == '！' || c == '？' || c == '．'
          || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(next));
      if (end) {
        int j = i + 1;
        // keep closing brackets and quotes with their sentence
        while (j < text.length() && "」』）)]】\"'".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < text.length() && (cuts.isEmpty() || j > cuts.get(cuts.size() - 1))) {
          cuts.add(j);
        }
      }
    }
    return cutAt(runs, cuts);
  }

  /** The runs cut into two pieces near the middle, at a space when one is close. */
  static List<List<Run>> halves(List<Run> runs) {
    String text = Runs.text(runs);
    if (text.codePointCount(0, text.length()) < 2) {
      return List.of(runs);
    }
    int mid = text.length() / 2;
    int cut = mid;
    for (int d = 0; d < text.length() / 4; d++) {
      if (mid + d < text.length() && text.charAt(mid + d) == ' ') {
        cut = mid + d + 1;
        break;
      }
      if (mid - d > 0 && text.charAt(mid - d) == ' ') {
        cut = mid - d + 1;
        break;
      }
    }
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut++;
    }
    if (cut <= 0 || cut >= text.length()) {
      return List.of(runs);
    }
    return cutAt(runs, List.of(cut));
  }

  private static List<List<Run>> cutAt(List<Run> runs, List<Integer> cuts) {
    List<List<Run>> pieces = new ArrayList<>();
    List<Run> current = new ArrayList<>();
    int pos = 0;
    int next = 0;
    for (Run r : runs) {
      String t = r.text();
      int start = 0;
      while (next < cuts.size() && cuts.get(next) < pos + t.length()) {
        int at = cuts.get(next) - pos;
        if (at > start) {
          current.add(r.withText(t.substring(start, at)));
        }
        pieces.add(Runs.trim(current));
        current = new ArrayList<>();
        start = at;
        next++;
      }
      if (start < t.length()) {
        current.add(r.withText(t.substring(start)));
      }
      pos += t.length();
    }
    pieces.add(Runs.trim(current));
    pieces.removeIf(List::isEmpty);
    return pieces;
  }
}
