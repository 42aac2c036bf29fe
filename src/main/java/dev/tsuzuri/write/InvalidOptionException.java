package dev.tsuzuri.write;

/**
 * A writer option with a value it cannot take, found when the options record is built.
 *
 * <p>It names the {@link Setting} ("page-size") so that the command line can say which flag was
 * wrong ({@code --page-size: 'A3' is not one of A4, A5, B5, Letter}) and the project config which
 * key.
 */
public final class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String setting;

  /**
   * @param setting the setting's name, as in {@link Setting#name()}
   * @param message what is wrong with the value and what would be right
   */
  public InvalidOptionException(String setting, String message) {
    super(setting + ": " + message);
    this.setting = setting;
  }

  /** The setting's name ("page-size"). */
  public String setting() {
    return setting;
  }

  /** The message without the setting's name in front. */
  public String problem() {
    return getMessage().substring(setting.length() + 2);
  }
}
