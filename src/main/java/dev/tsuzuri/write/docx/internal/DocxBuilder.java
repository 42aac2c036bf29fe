package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.docx.DocxOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds one .docx in memory: template, title block, table of contents, body, properties. */
public final class DocxBuilder {
  private DocxBuilder() {}

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
    byte[] template;
    String templateName;
    if (options.template() == null) {
      template = ReferenceDocx.bytes();
      templateName = "tsuzuri reference.docx";
    } else {
      template = TemplateLoader.read(options.template());
      templateName = options.template().toString();
    }
    TemplatePackage prepared = TemplatePackage.of(template, templateName,
        source.metadata().lang());
    byte[] raw;
    java.util.Set<Integer> codeCharacters;
    boolean stylesLoaded;
    ListNumbering lists;
    try (XWPFDocument doc = prepared.open(templateName, options.toc())) {
      Conversion cx = new Conversion(doc, prepared, source, warnings, resources);
      var body = doc.getDocument().getBody();
      Target target = new Target(body::addNewP, body::addNewTbl, doc, doc);
      BlockWriter writer = BlockWriter.forBody(cx, target);
      TitleBlock.write(cx, writer, source.metadata());
      if (options.toc()) {
        TocField.write(cx, target);
      }
      writer.blocks(source.blocks());
      if (body.sizeOfPArray() == 0 && body.sizeOfTblArray() == 0) {
        writer.emptyParagraph();
      }
      stylesLoaded = cx.styles.loaded();
      lists = cx.lists;
      if (stylesLoaded) {
        DocumentSetup.languageAndFonts(cx.styles.styles(), source.metadata().lang());
      }
      DocumentSetup.coreProperties(doc, source, stem);
      codeCharacters = cx.codeCharacters;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      raw = out.toByteArray();
    }
    Map<String, byte[]> parts = Repackager.read(raw);
    prepared.restore(parts, source.metadata().lang(), stylesLoaded, options.toc(), lists,
        templateName);
    Repackager.asDocument(parts);
    FontEmbedding.apply(parts, options.embedFonts(), codeCharacters, warnings);
    return Repackager.write(parts);
  }
}
