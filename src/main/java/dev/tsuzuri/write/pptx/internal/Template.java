package dev.tsuzuri.write.pptx.internal;

import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A reference deck's bytes and the name it is reported under.
 *
 * @param bytes the .pptx file
 * @param name "bundled template" or the user's file name
 */
record Template(byte[] bytes, String name) {
  /** The bundled 16:9 template, or the user's when a path is given. */
  static Template of(Path userTemplate) {
    if (userTemplate == null) {
      return new Template(Templates.bundled(), "bundled template");
    }
    return new Template(Templates.user(userTemplate), userTemplate.toString());
  }

  /** A fresh deck on this template. */
  XMLSlideShow open() {
    return Templates.open(bytes, name);
  }
}
