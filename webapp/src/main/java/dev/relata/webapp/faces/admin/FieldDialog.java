package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The add / edit field dialog of the object manager, covering every option a field has. Only the
 * options that apply to the chosen type are sent, so that changing the type does not leave options
 * behind that the platform would refuse.
 */
@Named("fieldDialog")
@ViewScoped
public class FieldDialog implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "fieldForm";
  private static final Set<String> INPUTS =
      Set.of(
          "type",
          "required",
          "unique",
          "indexed",
          "length",
          "precision",
          "scale",
          "options",
          "target",
          "pattern",
          "defaultValue",
          "helpText");
  private final Metadata metadata;
  private String entity;
  private boolean editing;
  private String name;
  private String type = FieldType.TEXT.apiName();
  private String labelEn;
  private String labelZh;
  private boolean required;
  private boolean unique;
  private boolean indexed;
  private Integer length;
  private Integer precision;
  private Integer scale;
  private List<OptionRow> options = new ArrayList<>();
  private String target;
  private String pattern;
  private String defaultValue;
  private String helpText;

  @Inject
  public FieldDialog(Metadata metadata) {
    this.metadata = metadata;
  }

  protected FieldDialog() {
    this(null);
  }

  /** Empties the dialog for a new field of the entity. */
  public void openAdd(String entityName) {
    entity = entityName;
    editing = false;
    fill(FieldDefinition.builder(null, FieldType.TEXT).build());
  }

  /** Fills the dialog with a field's current definition. */
  public void openEdit(String entityName, String fieldName) {
    entity = entityName;
    editing = true;
    metadata.entity(entityName).flatMap(e -> e.activeField(fieldName)).ifPresent(this::fill);
  }

  private void fill(FieldDefinition field) {
    name = field.name();
    type = field.type().apiName();
    labelEn = AdminForms.exact(field.labels(), Labels.ENGLISH);
    labelZh = AdminForms.exact(field.labels(), Labels.CHINESE);
    required = field.required();
    unique = field.unique();
    indexed = field.indexed();
    length = field.length();
    precision = field.precision();
    scale = field.scale();
    target = field.target();
    pattern = field.pattern();
    defaultValue = field.defaultValue();
    helpText = field.helpText();
    options = new ArrayList<>();
    for (PicklistOption option : field.options()) {
      OptionRow row = new OptionRow();
      row.setValue(option.value());
      row.setLabelEn(AdminForms.exact(option.labels(), Labels.ENGLISH));
      row.setLabelZh(AdminForms.exact(option.labels(), Labels.CHINESE));
      row.setActive(option.active());
      options.add(row);
    }
  }

  public void addOption() {
    options.add(new OptionRow());
  }

  public void removeOption(OptionRow row) {
    options.remove(row);
  }

  /** Adds or changes the field; the dialog closes only when the platform accepted it. */
  public void save() {
    FieldDefinition field = definition();
    try {
      if (editing) {
        metadata.relata().objectManager().updateField(metadata.actor(), entity, field);
      } else {
        metadata.relata().objectManager().addField(metadata.actor(), entity, field);
      }
    } catch (RelataException e) {
      showProblems(e);
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    FacesMessages.info(Texts.get(editing ? "admin.fieldSaved" : "admin.fieldAdded", field.name()));
    PrimeFaces.current().executeScript("PF('fieldDialog').hide()");
  }

  /** The definition the dialog describes, with only the options that apply to its type. */
  FieldDefinition definition() {
    FieldType fieldType = FieldType.fromApiName(type);
    FieldDefinition.Builder b =
        FieldDefinition.builder(AdminForms.blankToNull(name), fieldType)
            .labels(AdminForms.labels(labelEn, labelZh))
            .required(required)
            .unique(unique)
            .indexed(indexed)
            .defaultValue(AdminForms.blankToNull(defaultValue))
            .helpText(AdminForms.blankToNull(helpText));
    if (fieldType == null) {
      return b.build();
    }
    if (fieldType.isText()) {
      b.length(length);
    }
    if (fieldType.isDecimal()) {
      b.precision(precision).scale(scale);
    }
    if (fieldType.hasOptions()) {
      List<PicklistOption> list = new ArrayList<>();
      for (int i = 0; i < options.size(); i++) {
        OptionRow row = options.get(i);
        list.add(
            new PicklistOption(
                AdminForms.blankToNull(row.getValue()),
                AdminForms.labels(row.getLabelEn(), row.getLabelZh()),
                i + 1,
                row.isActive()));
      }
      b.options(list);
    }
    if (fieldType == FieldType.LOOKUP) {
      b.target(target);
    }
    if (fieldType == FieldType.AUTONUMBER) {
      b.pattern(AdminForms.blankToNull(pattern));
    }
    return b.build();
  }

  /** Shows each problem on its input; paths look like {@code amount.length} or {@code name}. */
  private void showProblems(RelataException e) {
    if (e.problems().isEmpty()) {
      FacesMessages.error(FORM + ":dialogMessages", Texts.of(e.text()));
      return;
    }
    for (FieldProblem problem : e.problems()) {
      FacesMessages.error(FORM + ":" + input(problem.field()), Texts.of(problem.text()));
    }
  }

  private String input(String path) {
    String option = path;
    if (name != null && path.startsWith(name.strip() + ".")) {
      option = path.substring(name.strip().length() + 1);
    }
    if (option.equals("name") || name != null && option.equals(name.strip())) {
      return "fd_name";
    }
    if (option.equals("labels.en")) {
      return "fd_labelEn";
    }
    if (option.startsWith("labels.")) {
      return "fd_labelZh";
    }
    if (option.startsWith("options")) {
      return "fd_options";
    }
    return INPUTS.contains(option) ? "fd_" + option : "dialogMessages";
  }

  public List<SelectItem> getTypes() {
    return Arrays.stream(FieldType.values())
        .map(t -> new SelectItem(t.apiName(), Texts.get("fieldType." + t.apiName())))
        .toList();
  }

  public List<SelectItem> getTargets() {
    return metadata.entities().stream()
        .map(e -> new SelectItem(e.name(), metadata.texts().entity(e) + " (" + e.name() + ")"))
        .toList();
  }

  private FieldType fieldType() {
    return FieldType.fromApiName(type);
  }

  public boolean isLengthApplies() {
    return fieldType() != null && fieldType().isText() && !fieldType().hasOptions();
  }

  public boolean isDecimal() {
    return fieldType() != null && fieldType().isDecimal();
  }

  public boolean isPicklist() {
    return fieldType() != null && fieldType().hasOptions();
  }

  public boolean isLookup() {
    return fieldType() == FieldType.LOOKUP;
  }

  public boolean isAutonumber() {
    return fieldType() == FieldType.AUTONUMBER;
  }

  public String getEntity() {
    return entity;
  }

  public boolean isEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
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

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isUnique() {
    return unique;
  }

  public void setUnique(boolean unique) {
    this.unique = unique;
  }

  public boolean isIndexed() {
    return indexed;
  }

  public void setIndexed(boolean indexed) {
    this.indexed = indexed;
  }

  public Integer getLength() {
    return length;
  }

  public void setLength(Integer length) {
    this.length = length;
  }

  public Integer getPrecision() {
    return precision;
  }

  public void setPrecision(Integer precision) {
    this.precision = precision;
  }

  public Integer getScale() {
    return scale;
  }

  public void setScale(Integer scale) {
    this.scale = scale;
  }

  public List<OptionRow> getOptions() {
    return options;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public void setDefaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
  }

  public String getHelpText() {
    return helpText;
  }

  public void setHelpText(String helpText) {
    this.helpText = helpText;
  }
}
