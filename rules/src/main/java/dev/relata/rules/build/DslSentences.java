package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.rules.build.DslLanguage.Note;
import dev.relata.rules.facts.FactTypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates the sentences of one language that depend on metadata, for every active entity and
 * field, from their labels. In the order the expander tries them:
 *
 * <ol>
 *   <li>sentences about a record being written (“the opportunity is being created”);
 *   <li>sentences about a field named by its label (“the opportunity amount is greater than
 *       {number}”, 商机金额大于{number});
 *   <li>sentences about a field named by its api name (“the opportunity {field} is empty”), last,
 *       so that a one-word label never reads as an api name.
 * </ol>
 *
 * <p>A label cannot name two things: when two fields (of one entity or of two) would give the same
 * subject, neither gets label sentences, and the reason is written into the DSL as a comment; a
 * sentence that repeats a shipped one or another generated one with a different meaning is left out
 * the same way. Their fields keep their api-name sentences.
 */
final class DslSentences {
  /** Sentences under a heading, with the notes about what was left out; a part of the DSL. */
  record Block(String heading, List<String> notes, List<DslSentence> sentences) {}

  /**
   * What a sentence is about, as key text and as the analyst writes it.
   *
   * @param open whether it ends in the variable that takes a field's api name
   */
  private record Subject(String key, String text, boolean open) {
    Subject(String key, String text) {
      this(key, text, false);
    }
  }

  /** A field of an entity, by api names. */
  private record FieldRef(String entity, String field) {
    @Override
    public String toString() {
      return entity + "." + field;
    }
  }

  private final Catalog catalog;
  private final DslLanguage language;
  private final List<EntityDefinition> entities;
  private final Map<String, String> entityPhrases = new HashMap<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();

  private DslSentences(Catalog catalog, DslLanguage language) {
    this.catalog = catalog;
    this.language = language;
    this.entities =
        catalog.active().stream().sorted(Comparator.comparing(EntityDefinition::name)).toList();
  }

  /**
   * The generated sentences, in the order they are tried.
   *
   * @param shippedKeys the keys of the shipped sentences of this language, which win over generated
   *     ones
   */
  static List<Block> generate(Catalog catalog, DslLanguage language, Set<String> shippedKeys) {
    return new DslSentences(catalog, language).blocks(shippedKeys);
  }

  private List<Block> blocks(Set<String> shippedKeys) {
    nameEntities();
    Map<String, Map<String, Subject>> subjects = fieldSubjects();
    List<Block> blocks = new ArrayList<>();
    List<DslSentence> writes = new ArrayList<>();
    for (EntityDefinition entity : entities) {
      Subject subject = new Subject(DslText.keyOf(phrase(entity)), phrase(entity));
      for (DslTemplate template : DslTemplate.ENTITY) {
        writes.add(sentence(template, subject, FactTypeNames.of(entity.name()), "", null));
      }
    }
    blocks.add(new Block(heading("Records being written", "正在保存的记录"), List.of(), writes));
    for (EntityDefinition entity : entities) {
      blocks.add(labelled(entity, subjects.get(entity.name())));
    }
    for (EntityDefinition entity : entities) {
      blocks.add(byApiName(entity));
    }
    return withoutDuplicates(blocks, shippedKeys);
  }

  /** Each entity's phrase: its label, or its api name when the label cannot name it alone. */
  private void nameEntities() {
    Map<String, Integer> uses = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (EntityDefinition entity : entities) {
      String label = DslText.spaced(entity.labels().get(language.localeTag()));
      labels.put(entity.name(), label);
      if (DslText.usable(label)) {
        uses.merge(language.comparable(language.entityPhrase(label)), 1, Integer::sum);
      }
    }
    for (EntityDefinition entity : entities) {
      String label = labels.get(entity.name());
      String phrase = DslText.usable(label) ? language.entityPhrase(label) : null;
      if (phrase == null || uses.get(language.comparable(phrase)) > 1) {
        note(entity, Note.ENTITY_BY_API_NAME, entity.name(), label);
        phrase = entity.name();
      }
      entityPhrases.put(entity.name(), phrase);
    }
  }

  /** Subjects of the fields that a label can name unambiguously, by entity and field. */
  private Map<String, Map<String, Subject>> fieldSubjects() {
    Map<String, List<FieldRef>> owners = new HashMap<>();
    Map<String, Map<String, Subject>> subjects = new HashMap<>();
    for (EntityDefinition entity : entities) {
      Map<String, Subject> ofEntity = new LinkedHashMap<>();
      subjects.put(entity.name(), ofEntity);
      Set<String> apiNames = new HashSet<>();
      entity.activeFields().forEach(f -> apiNames.add(f.name()));
      for (FieldDefinition field : entity.activeFields()) {
        String label = DslText.spaced(field.labels().get(language.localeTag()));
        if (!DslText.usable(label)) {
          note(entity, Note.FIELD_LABEL_UNUSABLE, entity.name(), field.name());
          continue;
        }
        String phrase = language.entityPhrase(label);
        if (!phrase.equals(field.name()) && apiNames.contains(phrase)) {
          note(entity, Note.FIELD_LABEL_IS_API_NAME, entity.name(), field.name(), label);
          continue;
        }
        String text = language.subject(phrase(entity), label);
        ofEntity.put(field.name(), new Subject(DslText.keyOf(text), text));
        owners
            .computeIfAbsent(language.comparable(text), k -> new ArrayList<>())
            .add(new FieldRef(entity.name(), field.name()));
      }
    }
    for (List<FieldRef> shared : owners.values()) {
      if (shared.size() > 1) {
        String names = String.join(", ", shared.stream().map(FieldRef::toString).toList());
        for (FieldRef owner : shared) {
          Subject subject = subjects.get(owner.entity()).remove(owner.field());
          note(catalog.require(owner.entity()), Note.SUBJECT_SHARED, subject.text(), names);
        }
      }
    }
    return subjects;
  }

  private Block labelled(EntityDefinition entity, Map<String, Subject> subjects) {
    List<DslSentence> sentences = new ArrayList<>();
    String type = FactTypeNames.of(entity.name());
    for (FieldDefinition field : entity.activeFields()) {
      Subject subject = subjects.get(field.name());
      if (subject == null) {
        continue;
      }
      for (DslTemplate template : DslTemplate.FIELD) {
        if (template.appliesTo(field.type())) {
          sentences.add(sentence(template, subject, type, field.name(), field.type()));
        }
      }
    }
    return new Block(
        title(entity), notes.computeIfAbsent(entity.name(), k -> new ArrayList<>()), sentences);
  }

  private Block byApiName(EntityDefinition entity) {
    String phrase = phrase(entity);
    String gap = language.spaceBeforeApiName(phrase) ? " " : "";
    Subject subject =
        new Subject(
            DslText.keyOf(phrase) + gap + DslLanguage.FIELD_BY_API_NAME, phrase + gap, true);
    List<DslSentence> sentences = new ArrayList<>();
    for (DslTemplate template : DslTemplate.FIELD) {
      if (template.byApiName()) {
        sentences.add(
            sentence(template, subject, FactTypeNames.of(entity.name()), "{field}", null));
      }
    }
    String name = title(entity);
    return new Block(
        heading(name + ": fields by api name", name + "：用 API 名称指定的字段"),
        new ArrayList<>(),
        sentences);
  }

  /**
   * @param field the field's api name, "" for sentences about the entity
   * @param fieldType null when the field is named by a variable
   */
  private DslSentence sentence(
      DslTemplate template, Subject subject, String type, String field, FieldType fieldType) {
    String text = template.text(language);
    int at = text.indexOf("<s>");
    String key = text.replace("<s>", subject.key());
    String rest = text.substring(at + 3);
    int variable = firstSpecial(rest);
    // a subject that ends in a variable ends the words every matching line starts with
    String prefix =
        text.substring(0, at)
            + subject.text()
            + (subject.open() ? "" : rest.substring(0, variable));
    return new DslSentence(
        template.section(), key, template.drl(type, field, fieldType), DslText.lineForm(prefix));
  }

  /** Where a template's literal words end: at its first variable or character class. */
  private static int firstSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[' || c == '\\') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Leaves out every generated sentence whose key is also a shipped sentence's, or another
   * generated sentence's with a different meaning: whichever came first would win silently.
   */
  private List<Block> withoutDuplicates(List<Block> blocks, Set<String> shippedKeys) {
    Map<String, Set<String>> meanings = new HashMap<>();
    for (Block block : blocks) {
      for (DslSentence sentence : block.sentences()) {
        meanings.computeIfAbsent(sentence.key(), k -> new HashSet<>()).add(sentence.drl());
      }
    }
    Set<String> seen = new HashSet<>();
    List<Block> kept = new ArrayList<>();
    for (Block block : blocks) {
      List<DslSentence> sentences = new ArrayList<>();
      List<String> blockNotes = new ArrayList<>(block.notes());
      Set<String> noted = new TreeSet<>();
      for (DslSentence sentence : block.sentences()) {
        if (shippedKeys.contains(sentence.key()) || meanings.get(sentence.key()).size() > 1) {
          noted.add(sentence.key());
        } else if (seen.add(sentence.key())) {
          sentences.add(sentence);
        }
      }
      noted.forEach(key -> blockNotes.add(language.note(Note.SENTENCE_TAKEN, key)));
      kept.add(new Block(block.heading(), blockNotes, sentences));
    }
    return kept;
  }

  /** An entity as a heading: its label and api name, on one line as a comment must be. */
  private String title(EntityDefinition entity) {
    return DslText.spaced(entity.labels().get(language.localeTag())) + " (" + entity.name() + ")";
  }

  private String phrase(EntityDefinition entity) {
    return entityPhrases.get(entity.name());
  }

  private void note(EntityDefinition entity, Note note, Object... args) {
    notes.computeIfAbsent(entity.name(), k -> new ArrayList<>()).add(language.note(note, args));
  }

  private String heading(String english, String chinese) {
    return language == DslLanguage.ENGLISH ? english : chinese;
  }
}
