package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.dsl.AbstractDSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultDSLMapping;

/**
 * The Relata DSL for one build: the shipped sentences of both languages and the sentences generated
 * from the build's catalog. Made once per build, and only by builds that expand a DSLR file.
 *
 * <p>Two things differ from a {@code .dsl} file an administrator writes. Every built-in sentence
 * must match a whole line: Drools' expander tries each sentence anywhere in a line, one after the
 * other on the text the previous ones produced, so a sentence could otherwise match inside another
 * sentence's words or inside the DRL another one wrote, and Chinese has no spaces to stop it. And a
 * DSLR file is expanded with only the generated sentences whose first words start one of its lines:
 * the expander tries every sentence on every line, and a large catalog generates many thousands.
 */
final class BuiltInDsl {
  private static final AtomicInteger GENERATIONS = new AtomicInteger();

  /** Parsed at once: a few dozen lines, and any line may use them. */
  private final List<DSLMappingEntry> shipped = new ArrayList<>();

  /** In the order they are tried; parsed into {@link #parsed} only when a file may use them. */
  private final List<DslSentence> generated = new ArrayList<>();

  /** Generated sentences by their first words, and the lengths those words have. */
  private final Map<String, List<Integer>> byPrefix = new HashMap<>();

  private final int[] prefixLengths;
  private final DSLMappingEntry[] parsed;

  BuiltInDsl(Catalog catalog) {
    GENERATIONS.incrementAndGet();
    for (DslLanguage language : DslLanguage.values()) {
      List<DSLMappingEntry> entries = shippedEntries(language);
      entries.forEach(entry -> shipped.add(anchored(entry)));
      for (DslSentences.Block block : DslSentences.generate(catalog, language, keysOf(entries))) {
        generated.addAll(block.sentences());
      }
    }
    Set<Integer> lengths = new TreeSet<>();
    for (int i = 0; i < generated.size(); i++) {
      String prefix = generated.get(i).prefix();
      byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(i);
      lengths.add(prefix.length());
    }
    this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    this.parsed = new DSLMappingEntry[generated.size()];
  }

  /** The keys of the shipped sentences of a language, which generated ones may not repeat. */
  static Set<String> shippedKeys(DslLanguage language) {
    return keysOf(shippedEntries(language));
  }

  private static List<DSLMappingEntry> shippedEntries(DslLanguage language) {
    return parse(language.shippedText(), language.shippedPath());
  }

  private static Set<String> keysOf(List<DSLMappingEntry> entries) {
    Set<String> keys = new HashSet<>();
    entries.forEach(entry -> keys.add(DslText.spaced(entry.getMappingKey())));
    return keys;
  }

  /** How many times built-in sentences were generated in this JVM; for tests. */
  static int generations() {
    return GENERATIONS.get();
  }

  /**
   * The built-in sentences that can match a line of {@code dslr}, in the order they are tried:
   * shipped first, then generated. Sentences are parsed the first time a file needs them.
   */
  DSLMapping mappingFor(String dslr) {
    Set<Integer> wanted = new TreeSet<>();
    for (String line : dslr.split("\\R")) {
      String form = DslText.lineForm(line);
      for (int length : prefixLengths) {
        if (length > form.length()) {
          break;
        }
        List<Integer> sentences = byPrefix.get(form.substring(0, length));
        if (sentences != null) {
          wanted.addAll(sentences);
        }
      }
    }
    parseMissing(wanted);
    DefaultDSLMapping mapping = new DefaultDSLMapping("relata");
    shipped.forEach(mapping::addEntry);
    wanted.forEach(i -> mapping.addEntry(parsed[i]));
    return mapping;
  }

  private void parseMissing(Set<Integer> wanted) {
    List<Integer> missing = wanted.stream().filter(i -> parsed[i] == null).toList();
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    missing.forEach(i -> text.append(generated.get(i).line()).append('\n'));
    List<DSLMappingEntry> entries = parse(text.toString(), "relata/_dsl/generated.dsl");
    if (entries.size() != missing.size()) {
      throw new IllegalStateException(
          "The generated DSL gave " + entries.size() + " sentences for " + missing.size());
    }
    for (int i = 0; i < missing.size(); i++) {
      parsed[missing.get(i)] = anchored(entries.get(i));
    }
  }

  /** Built-in sentences are generated and shipped, so a problem reading them is a bug. */
  private static List<DSLMappingEntry> parse(String text, String path) {
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    try {
      if (!file.parseAndLoad(new StringReader(text))) {
        throw new IllegalStateException(path + " does not parse: " + file.getErrors());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.getMapping().getEntries();
  }

  /** The entry, matching only a whole line (its own groups keep their numbers). */
  private static DSLMappingEntry anchored(DSLMappingEntry entry) {
    if (!(entry instanceof AbstractDSLMappingEntry editable)) {
      throw new IllegalStateException("Unexpected DSL entry " + entry.getClass());
    }
    Pattern key = entry.getKeyPattern();
    editable.setKeyPattern(Pattern.compile("^\\s*(?:" + key.pattern() + ")\\s*$", key.flags()));
    return entry;
  }
}
