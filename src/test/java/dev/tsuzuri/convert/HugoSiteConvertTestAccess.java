package dev.tsuzuri.convert;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy a fixture site as {@link HugoSiteConvertTest} does. */
public final class HugoSiteConvertTestAccess {
  private HugoSiteConvertTestAccess() {}

  /** Copies {@code src/test/resources/sites/NAME} into a folder; returns the copy. */
  public static Path copySite(String name, Path into) throws IOException {
    return HugoSiteConvertTest.copySite(name, into);
  }
}
