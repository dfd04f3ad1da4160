package dev.relata.webapp.faces;

import dev.relata.metadata.error.Message;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-interface texts of the message bundle, in the current view's language. */
public final class Texts {
  public static final String BUNDLE = "dev.relata.webapp.i18n.messages";

  private Texts() {}

  /** The text for a key with its {0}-style arguments filled in. */
  public static String get(String key, Object... args) {
    Locale locale = locale();
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** A platform message (a refusal, a problem) in the current view's language. */
  public static String of(Message message) {
    return message.in(locale());
  }

  /** The current view's locale, English outside a Faces request. */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getViewRoot() == null) {
      return Locale.ENGLISH;
    }
    return context.getViewRoot().getLocale();
  }

  /** {@code zh-CN} for any Chinese locale, English for everything else. */
  public static Locale supported(Locale requested) {
    if (requested != null && "zh".equals(requested.getLanguage())) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    return Locale.ENGLISH;
  }
}
