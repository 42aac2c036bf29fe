package dev.tsuzuri.convert.internal;

/** tsuzuri's version, from the jar manifest ("dev" when run from classes). */
public final class Version {
  private Version() {}

  /** The version string. */
  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
