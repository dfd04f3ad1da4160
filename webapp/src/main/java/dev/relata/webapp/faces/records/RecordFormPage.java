package dev.relata.webapp.faces.records;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.FieldValues;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.metadata.model.SystemField;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.records.RecordService;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The create and edit form of any entity, one component per field generated from the current
 * definition. Input stays in the form when the platform refuses it; each field problem is shown on
 * its field's component.
 */
@Named("recordForm")
@ViewScoped
public class RecordFormPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM_ID = "recordForm";
  private final RecordReader reader;
  private final ReferenceSearch search;
  private String entity;
  private Long id;
  private Long version;
  private boolean conflict;
  private final Map<String, FieldInput> inputs = new HashMap<>();
  private final Map<String, String> readOnly = new HashMap<>();

  @Inject
  public RecordFormPage(RecordReader reader, ReferenceSearch search) {
    this.reader = reader;
    this.search = search;
  }

  protected RecordFormPage() {
    this(null, null);
  }

  /** Loads the record to edit, or starts an empty one (view action). */
  public void open() {
    EntityDefinition definition = reader.metadata().entity(entity).orElse(null);
    if (definition == null) {
      Pages.notFound();
      return;
    }
    if (id == null) {
      return;
    }
    Map<String, Object> record;
    try {
      record = records().get(entity, id, actor());
    } catch (RelataException e) {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        Pages.notFound();
        return;
      }
      throw e;
    }
    fill(definition, record);
  }

  private void fill(EntityDefinition definition, Map<String, Object> record) {
    version = (Long) record.get(SystemField.VERSION.apiName());
    Map<String, Map<Long, String>> names = reader.references().of(definition, List.of(record));
    for (FieldDefinition field : definition.activeFields()) {
      Object value = record.get(field.name());
      if (field.type() == FieldType.AUTONUMBER) {
        readOnly.put(field.name(), value == null ? "" : String.valueOf(value));
        continue;
      }
      String name =
          value instanceof Long ref && names.containsKey(field.name())
              ? names.get(field.name()).get(ref)
              : null;
      inputs.put(field.name(), FormValues.fromStored(field, value, name, zone()));
    }
  }

  /** Saves and shows the record; on a refusal stays here with the problems on the fields. */
  public String save() {
    EntityDefinition definition = reader.metadata().entity(entity).orElse(null);
    if (definition == null) {
      FacesMessages.error(null, Texts.get("entity.gone", entity));
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDefinition field : editableFields(definition)) {
      values.put(field.name(), FormValues.toInput(field, input(field.name()), zone()));
    }
    try {
      Map<String, Object> saved =
          id == null
              ? records().create(entity, values, actor())
              : records().update(entity, id, values, version, actor());
      FacesMessages.info(Texts.get(id == null ? "record.created" : "record.saved"));
      FacesMessages.keepForRedirect();
      return Pages.view(entity, (Long) saved.get(SystemField.ID.apiName()));
    } catch (RelataException e) {
      showProblems(definition, e);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  private void showProblems(EntityDefinition definition, RelataException e) {
    if (e.kind() == ErrorKind.CONFLICT) {
      conflict = true;
      FacesMessages.error(null, Texts.get("record.conflict"));
      return;
    }
    if (e.problems().isEmpty()) {
      FacesMessages.error(e);
      return;
    }
    for (FieldProblem problem : e.problems()) {
      boolean onField = definition.activeField(problem.field()).isPresent();
      FacesMessages.error(
          onField ? clientId(problem.field()) : null,
          ProblemMessages.text(problem, definition, reader.metadata().texts()));
    }
    FacesMessages.error(null, Texts.get("record.fixProblems"));
  }

  /** The client id of a field's input component; the form page gives inputs these ids. */
  static String clientId(String field) {
    return FORM_ID + ":in_" + field;
  }

  /** The form's input for a field, made on first use (with the field's default on a new record). */
  public FieldInput input(String field) {
    return inputs.computeIfAbsent(
        field,
        name -> {
          if (id != null) {
            return new FieldInput();
          }
          FieldDefinition definition =
              reader.metadata().entity(entity).flatMap(e -> e.activeField(name)).orElse(null);
          return definition == null ? new FieldInput() : withDefault(definition);
        });
  }

  private FieldInput withDefault(FieldDefinition field) {
    if (field.defaultValue() == null
        || field.type().isReference()
        || field.type() == FieldType.AUTONUMBER) {
      return new FieldInput();
    }
    FieldValues.Result value = FieldValues.coerceDefault(field);
    return FormValues.fromStored(field, value.ok() ? value.value() : null, null, zone());
  }

  /** Suggestions for a lookup or user field's autocomplete. */
  public List<LookupChoice> complete(String query) {
    FacesContext context = FacesContext.getCurrentInstance();
    String field =
        (String)
            jakarta.faces.component.UIComponent.getCurrentComponent(context)
                .getAttributes()
                .get("fieldName");
    return reader
        .metadata()
        .entity(entity)
        .flatMap(e -> e.activeField(field))
        .map(f -> search.suggest(f, query))
        .orElse(List.of());
  }

  /** The fields the form shows, in definition order. */
  public List<FieldDefinition> getFields() {
    return PerRequest.get(
        "recordForm.fields",
        () ->
            reader.metadata().entity(entity).map(EntityDefinition::activeFields).orElse(List.of()));
  }

  public String label(FieldDefinition field) {
    return reader.metadata().texts().field(field);
  }

  /** The active options of a picklist, plus the record's current one if it is inactive now. */
  public List<SelectItem> options(FieldDefinition field) {
    FieldInput input = input(field.name());
    return field.options().stream()
        .sorted(Comparator.comparingInt(PicklistOption::order))
        .filter(
            o ->
                o.active()
                    || o.value().equals(input.getChoice())
                    || input.getChoices().contains(o.value()))
        .map(o -> new SelectItem(o.value(), reader.metadata().texts().option(field, o.value())))
        .toList();
  }

  public String readOnlyValue(String field) {
    return readOnly.getOrDefault(field, Texts.get("form.autonumberPending"));
  }

  public String getTitle() {
    return reader
        .metadata()
        .entity(entity)
        .map(
            e ->
                Texts.get(
                    id == null ? "form.newTitle" : "form.editTitle",
                    reader.metadata().texts().entity(e)))
        .orElse("");
  }

  public String cancel() {
    return id == null ? Pages.list(entity) : Pages.view(entity, id);
  }

  private static List<FieldDefinition> editableFields(EntityDefinition definition) {
    return definition.activeFields().stream()
        .filter(f -> f.type() != FieldType.AUTONUMBER)
        .toList();
  }

  private RecordService records() {
    return reader.metadata().relata().records();
  }

  private Actor actor() {
    return reader.metadata().actor();
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
