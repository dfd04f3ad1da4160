package dev.relata.metadata.error;

import java.util.Locale;

/**
 * A message argument that has its own text per language (e.g. the message of a rule, written by an
 * analyst in English and Chinese); a {@link Message} shows it in the language it is shown in.
 */
public interface LocalizedText {
  /** The text in {@code locale}: Simplified Chinese for any Chinese locale, else English. */
  String in(Locale locale);
}
