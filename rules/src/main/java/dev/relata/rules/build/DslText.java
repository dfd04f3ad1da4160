package dev.relata.rules.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Labels turned into the text of DSL sentences. A sentence key is read by Drools' DSL lexer and
 * then used as a regular expression, so a label can only go in as letters and digits; anything else
 * (braces, brackets, '=', parentheses, dots, quotes, full-width punctuation, characters outside the
 * Basic Multilingual Plane) is written as a {@code \}{@code uXXXX} escape, which the lexer passes
 * through and the regular expression reads as that very character.
 */
final class DslText {
  /** The white space a key's spaces match ({@code \s} of a Java regular expression). */
  private static final Pattern KEY_SPACE = Pattern.compile("\\s+");

  private DslText() {}

  /** White space runs of any kind as one space, trimmed. */
  static String spaced(String text) {
    StringBuilder out = new StringBuilder();
    boolean pendingSpace = false;
    for (char c : text.toCharArray()) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a label can name something in a sentence: it has a letter or a digit. */
  static boolean usable(String label) {
    return label != null && label.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code text} (already {@link #spaced}) as key text that matches exactly it. */
  static String keyOf(String text) {
    StringBuilder key = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == ' ' || (Character.isLetterOrDigit(c) && !Character.isSurrogate(c))) {
        key.append(c);
      } else {
        key.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return key.toString();
  }

  /**
   * A line of a DSLR file as a sentence prefix is compared with it: trimmed, white space runs as
   * one space. Only the white space a key's spaces match counts, so that a line that passes this
   * comparison is one the sentence's regular expression could match.
   */
  static String lineForm(String line) {
    return KEY_SPACE.matcher(line.strip()).replaceAll(" ");
  }

  /**
   * An English label the way it reads inside a sentence: each word lower-cased, except words that
   * have a capital after their first letter (acronyms and names such as VIP, iPhone).
   */
  static String lowerCased(String label) {
    List<String> words = new ArrayList<>();
    for (String word : label.split(" ")) {
      boolean keepsCase = word.length() > 1 && !word.substring(1).equals(lower(word.substring(1)));
      words.add(keepsCase ? word : lower(word));
    }
    return String.join(" ", words);
  }

  /**
   * Entity and field words joined, the field's words that repeat the end of the entity's left out:
   * "service request" and "request number" give "service request number". A field label that is all
   * repetition is kept whole, so a field never reads as its entity.
   */
  static String joinWords(String entity, String field) {
    List<String> entityWords = Arrays.asList(entity.split(" "));
    List<String> fieldWords = Arrays.asList(field.split(" "));
    int overlap = 0;
    for (int k = Math.min(entityWords.size(), fieldWords.size() - 1); k > 0; k--) {
      if (lower(String.join(" ", entityWords.subList(entityWords.size() - k, entityWords.size())))
          .equals(lower(String.join(" ", fieldWords.subList(0, k))))) {
        overlap = k;
        break;
      }
    }
    return entity + " " + String.join(" ", fieldWords.subList(overlap, fieldWords.size()));
  }

  /**
   * Chinese entity and field labels joined without a space, the characters of the field that repeat
   * the end of the entity's left out when there are at least two: 合同 and 合同金额 give 合同金额, 服务工单 and
   * 工单编号 give 服务工单编号. Latin words on both sides of the join keep a space between them.
   */
  static String joinCharacters(String entity, String field) {
    int overlap = 0;
    for (int k = Math.min(entity.length(), field.length() - 1); k >= 2; k--) {
      if (entity.regionMatches(entity.length() - k, field, 0, k)) {
        overlap = k;
        break;
      }
    }
    String rest = field.substring(overlap);
    return entity
        + (latin(entity.charAt(entity.length() - 1)) && latin(rest.charAt(0)) ? " " : "")
        + rest;
  }

  /** Whether two words would run together without a space between them. */
  static boolean latin(char c) {
    return c < 0x0250 && Character.isLetterOrDigit(c);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
