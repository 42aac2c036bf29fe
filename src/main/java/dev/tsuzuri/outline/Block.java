package dev.tsuzuri.outline;

/**
 * A block-level element of the outline: a section, paragraph, list, table and so on.
 *
 * <p>Every block knows the 1-based source line it started on (0 when it has no source, such as a
 * block made by a program), so that messages can point at the note.
 */
public sealed interface Block
    permits Section, Paragraph, ListBlock, CodeBlock, Quote, Table, Figure, LinkCard, Embed,
        Details, Callout, ThematicBreak, DefinitionList, Comment, Directive {

  /** The 1-based line in the source note this block starts on, or 0 if unknown. */
  int line();

  /** Calls the visitor method for this block's type. */
  <R> R accept(BlockVisitor<R> visitor);
}
