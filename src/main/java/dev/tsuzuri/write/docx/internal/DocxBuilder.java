package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.LinkResolver;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.font.BundledFont;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.docx.internal.font.SfntFont;
import java.io.IOException;
import java.util.Map;

/**
 * Builds one .docx in memory: the body, footnotes, lists and relationships are written as text
 * into the template prepared once per process ({@link TemplatePackage}), then fonts are embedded.
 */
public final class DocxBuilder {
  private DocxBuilder() {}

  /**
   * Prepares what a first document with these options needs: the template (its styles for
   * Japanese, the default language) and, when fonts are embedded, the body font's faces.
   * A problem is left for the write to report.
   */
  public static void prepare(DocxOptions options) {
    try {
      if (options.template() == null) {
        TemplatePackage.bundled("");
      } else {
        TemplatePackage.of(TemplateLoader.read(options.template()),
            options.template().toString(), "");
      }
      if (options.embedFonts()) {
        SfntFont.of(BundledFont.GOTHIC);
        SfntFont.of(BundledFont.GOTHIC_BOLD);
      }
    } catch (RuntimeException e) {
      // the write meets the same problem and reports it with the note's name
    }
  }

  /**
   * Converts a document to the bytes of a .docx package.
   *
   * @param source the outline
   * @param options the writer's options
   * @param stem the output name, the title of last resort
   * @param resources where images come from
   * @param warnings where to report what was approximated
   */
  public static byte[] build(Document source, DocxOptions options, String stem,
      Resources resources, WarningSink warnings) throws IOException {
    return build(source, options, stem, resources, warnings,
        new LinkPolicy(LinkResolver.NONE, warnings, "docx"));
  }

  /**
   * Converts a document with a link policy that knows the other notes of the run.
   *
   * @param links which link targets become hyperlinks
   */
  public static byte[] build(Document source, DocxOptions options, String stem,
      Resources resources, WarningSink warnings, LinkPolicy links) throws IOException {
    String language = source.metadata().lang();
    TemplatePackage prepared = options.template() == null ? TemplatePackage.bundled(language)
        : TemplatePackage.of(TemplateLoader.read(options.template()),
            options.template().toString(), language);
    return build(prepared, source, options, stem, resources, warnings, links);
  }

  /** Converts a document on a prepared template (tests compare the bundled one's two forms). */
  static byte[] build(TemplatePackage prepared, Document source, DocxOptions options, String stem,
      Resources resources, WarningSink warnings, LinkPolicy links) throws IOException {
    String language = source.metadata().lang();
    Conversion cx = new Conversion(prepared, source, warnings, resources, links);
    StringBuilder body = new StringBuilder(4096);
    Target target = new Target(body, true, true, cx.documentRelationships);
    BlockWriter writer = BlockWriter.forBody(cx, target);
    TitleBlock.write(cx, writer, target, source.metadata());
    if (options.toc()) {
      TocField.write(cx, target);
    }
    writer.blocks(source.blocks());
    if (body.isEmpty()) {
      writer.emptyParagraph();
    }
    Map<String, byte[]> parts = DocumentParts.assemble(cx, prepared.saved(options.toc()), body,
        stem, language);
    Repackager.asDocument(parts);
    FontEmbedding.apply(parts, options.embedFonts(), cx.codeCharacters, warnings);
    return Repackager.write(parts);
  }
}
