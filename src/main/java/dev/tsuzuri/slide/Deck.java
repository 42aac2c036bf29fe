package dev.tsuzuri.slide;

import java.util.List;
import java.util.Objects;

/**
 * One presentation: a title slide and what follows.
 *
 * @param number 0 for the document's deck or the opening deck of a note split by session, else
 *     the session's number from 1
 * @param name the deck's name: the session's title, or the note's title
 * @param slides the slides in order, the title slide first
 */
public record Deck(int number, String name, List<Slide> slides) {
  public Deck {
    Objects.requireNonNull(name, "name");
    slides = List.copyOf(slides);
  }
}
