package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import java.util.List;

/**
 * The built-in Relata DSL as {@code .dsl} text, for showing analysts what they can write (the rule
 * editor shows it read-only). It is the shipped sentences followed by those generated from the
 * catalog, in the order the expander tries them, with comments on labels that could not be used.
 *
 * <p>Every DSLR file is expanded with these sentences, whether or not the working copy has {@code
 * .dsl} files of its own. One difference from a {@code .dsl} file written by hand: each built-in
 * sentence must fill its line.
 */
public final class RelataDsl {
  private RelataDsl() {}

  /** The English sentences: “the opportunity amount is greater than {number}”. */
  public static String english(Catalog catalog) {
    return text(catalog, DslLanguage.ENGLISH);
  }

  /** The Chinese sentences: 商机金额大于{number}. */
  public static String chinese(Catalog catalog) {
    return text(catalog, DslLanguage.CHINESE);
  }

  private static String text(Catalog catalog, DslLanguage language) {
    String shipped = language.shippedText();
    StringBuilder text = new StringBuilder(shipped.strip()).append('\n');
    List<DslSentences.Block> blocks =
        DslSentences.generate(catalog, language, BuiltInDsl.shippedKeys(language));
    for (DslSentences.Block block : blocks) {
      text.append("\n# ").append(block.heading()).append('\n');
      for (String note : block.notes()) {
        text.append("# ").append(note).append('\n');
      }
      for (DslSentence sentence : block.sentences()) {
        text.append(sentence.line()).append('\n');
      }
    }
    return text.toString();
  }
}
