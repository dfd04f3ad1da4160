package dev.relata.rules.build;

import org.drools.drl.parser.lang.dsl.DSLMappingEntry;

/**
 * One generated sentence: a line of a {@code .dsl} file.
 *
 * @param key the sentence as DSL key text (labels escaped, variables in braces)
 * @param drl the DRL it stands for
 * @param prefix what every line it matches starts with, in {@link DslText#lineForm}: the words
 *     before its first variable
 */
record DslSentence(DSLMappingEntry.Section section, String key, String drl, String prefix) {

  String line() {
    return (section == DSLMappingEntry.CONDITION ? "[when]" : "[then]") + key + "=" + drl;
  }
}
