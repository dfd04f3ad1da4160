package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionDiff;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.customize.ObjectManager;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity in the object manager: its fields (deleted ones too, to restore them) and its
 * revisions, each with what it changed and a rollback.
 */
@Named("entityPage")
@ViewScoped
public class EntityPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int REVISIONS = 50;
  private final Metadata metadata;
  private String name;

  @Inject
  public EntityPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected EntityPage() {
    this(null);
  }

  /** Answers 404 for an unknown entity (view action). */
  public void open() {
    if (metadata.entity(name).isEmpty()) {
      try {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public String getTitle() {
    return metadata
        .entity(name)
        .map(e -> metadata.texts().entity(e) + " (" + e.name() + ")")
        .orElse(name);
  }

  public boolean isSystem() {
    return metadata.entity(name).map(EntityDefinition::system).orElse(false);
  }

  public List<FieldRow> getFields() {
    return PerRequest.get("entityPage.fields", this::fields);
  }

  private List<FieldRow> fields() {
    EntityDefinition entity = metadata.entity(name).orElse(null);
    if (entity == null) {
      return List.of();
    }
    MetadataTexts texts = metadata.texts();
    return entity.fields().stream()
        .map(
            f ->
                new FieldRow(
                    f.name(),
                    texts.field(f),
                    Texts.get("fieldType." + f.type().apiName()),
                    details(f),
                    f.required(),
                    f.unique(),
                    f.deleted(),
                    f.name().equals(entity.nameField())))
        .toList();
  }

  /** The type-specific options in a few words, e.g. "length 255" or "→ customer". */
  private static String details(FieldDefinition f) {
    List<String> parts = new ArrayList<>();
    if (f.length() != null && !f.type().hasOptions()) {
      parts.add(Texts.get("admin.length") + " " + f.length());
    }
    if (f.precision() != null) {
      parts.add(f.precision() + "," + f.scale());
    }
    if (f.target() != null) {
      parts.add("→ " + f.target());
    }
    if (f.pattern() != null) {
      parts.add(f.pattern());
    }
    if (!f.options().isEmpty()) {
      parts.add(Texts.get("admin.optionCount", f.options().size()));
    }
    return String.join(" · ", parts);
  }

  public void deleteField(String field) {
    change(() -> manager().deleteField(metadata.actor(), name, field), "admin.fieldDeleted", field);
  }

  public void restoreField(String field) {
    change(
        () -> manager().restoreField(metadata.actor(), name, field), "admin.fieldRestored", field);
  }

  public List<RevisionRow> getRevisions() {
    return PerRequest.get("entityPage.revisions", this::revisions);
  }

  private List<RevisionRow> revisions() {
    if (metadata.entity(name).isEmpty()) {
      return List.of();
    }
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Texts.locale())
            .withZone(ZoneId.systemDefault());
    List<RevisionRow> rows = new ArrayList<>();
    for (Revision r : manager().revisions(metadata.actor(), name, 0, REVISIONS)) {
      rows.add(
          new RevisionRow(
              r.id(),
              format.format(r.createdAt()),
              r.author(),
              r.summary(),
              DefinitionDiff.between(r.before(), r.after()).stream()
                  .map(RevisionRow.Change::of)
                  .toList()));
    }
    return rows;
  }

  /** Returns the entity to its state before a revision; to the entity list if that removes it. */
  public String rollback(long revision) {
    EntityDefinition after;
    try {
      after = manager().rollback(metadata.actor(), revision);
    } catch (RelataException e) {
      FacesMessages.error(e);
      return null;
    }
    FacesMessages.info(Texts.get("admin.rolledBack", revision));
    if (after.deleted()) {
      FacesMessages.keepForRedirect();
      return "/app/admin/entities.xhtml?faces-redirect=true";
    }
    return null;
  }

  private void change(Runnable action, String message, String field) {
    try {
      action.run();
      FacesMessages.info(Texts.get(message, field));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  private ObjectManager manager() {
    return metadata.relata().objectManager();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
