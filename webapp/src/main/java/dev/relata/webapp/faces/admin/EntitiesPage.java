package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The object manager's entity list and the "new entity" dialog. A new entity starts with a required
 * text field {@code name}, its name field, so that its records have a name to show in lists and
 * lookups from the first moment.
 */
@Named("entitiesPage")
@ViewScoped
public class EntitiesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "createForm";
  private static final Map<String, String> INPUTS =
      Map.of(
          "name",
          "entityName",
          "labels.en",
          "labelEn",
          "labels.zh-CN",
          "labelZh",
          "pluralLabels.en",
          "pluralEn",
          "pluralLabels.zh-CN",
          "pluralZh");
  private final Metadata metadata;
  private String name;
  private String labelEn;
  private String labelZh;
  private String pluralEn;
  private String pluralZh;

  @Inject
  public EntitiesPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected EntitiesPage() {
    this(null);
  }

  /** One line of the entity list. */
  public record Summary(String name, String label, String plural, boolean system, int fields) {}

  public List<Summary> getEntities() {
    MetadataTexts texts = metadata.texts();
    return metadata.entities().stream()
        .map(
            e ->
                new Summary(
                    e.name(),
                    texts.entity(e),
                    texts.plural(e),
                    e.system(),
                    e.activeFields().size()))
        .toList();
  }

  public void startCreate() {
    name = null;
    labelEn = null;
    labelZh = null;
    pluralEn = null;
    pluralZh = null;
  }

  public String create() {
    FieldDefinition nameField =
        FieldDefinition.builder("name", FieldType.TEXT)
            .labels(Labels.of("Name", "名称"))
            .required(true)
            .indexed(true)
            .build();
    EntityDefinition draft =
        new EntityDefinition(
            trim(name),
            AdminForms.labels(labelEn, labelZh),
            AdminForms.labels(pluralEn, pluralZh),
            "name",
            false,
            false,
            null,
            List.of(nameField));
    try {
      metadata.relata().objectManager().createEntity(metadata.actor(), draft);
    } catch (RelataException e) {
      for (FieldProblem problem :
          e.problems().isEmpty()
              ? List.of(new FieldProblem("", e.kind().code(), e.text()))
              : e.problems()) {
        String input = INPUTS.get(problem.field());
        FacesMessages.error(
            input == null ? FORM + ":createMessages" : FORM + ":" + input,
            Texts.of(problem.text()));
      }
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    FacesMessages.info(Texts.get("admin.entityCreated", draft.name()));
    FacesMessages.keepForRedirect();
    return "/app/admin/entity.xhtml?faces-redirect=true&name=" + draft.name();
  }

  private static String trim(String text) {
    return text == null ? null : text.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public void setLabelZh(String labelZh) {
    this.labelZh = labelZh;
  }

  public String getPluralEn() {
    return pluralEn;
  }

  public void setPluralEn(String pluralEn) {
    this.pluralEn = pluralEn;
  }

  public String getPluralZh() {
    return pluralZh;
  }

  public void setPluralZh(String pluralZh) {
    this.pluralZh = pluralZh;
  }
}
