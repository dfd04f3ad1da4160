package dev.relata.webapp.faces.records;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.records.FieldChange;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A record's detail page: every field formatted for its type, and the record's history. */
@Named("recordView")
@ViewScoped
public class RecordViewPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private final RecordReader reader;
  private String entity;
  private Long id;
  private String title;
  private List<DisplayValue> values = List.of();
  private List<HistoryRow> history = List.of();

  @Inject
  public RecordViewPage(RecordReader reader) {
    this.reader = reader;
  }

  protected RecordViewPage() {
    this(null);
  }

  /** Reads the record and its history (view action). */
  public void open() {
    EntityDefinition definition = reader.metadata().entity(entity).orElse(null);
    if (definition == null || id == null) {
      Pages.notFound();
      return;
    }
    Map<String, Object> record;
    try {
      record = reader.metadata().relata().records().get(entity, id, reader.metadata().actor());
    } catch (RelataException e) {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        Pages.notFound();
        return;
      }
      throw e;
    }
    MetadataTexts texts = reader.metadata().texts();
    Object name = definition.nameField() == null ? null : record.get(definition.nameField());
    title = texts.entity(definition) + ": " + (name == null ? "#" + id : name);
    values = values(definition, record);
    history = history(definition);
  }

  private List<DisplayValue> values(EntityDefinition definition, Map<String, Object> record) {
    Map<String, Map<Long, String>> names = reader.references().of(definition, List.of(record));
    ValueFormat format = reader.format();
    List<DisplayValue> list = new ArrayList<>();
    for (FieldDefinition field : definition.activeFields()) {
      Object value = record.get(field.name());
      boolean link = field.type() == FieldType.LOOKUP && value != null;
      list.add(
          new DisplayValue(
              field.name(),
              reader.metadata().texts().field(field),
              format.format(field, value, names.get(field.name())),
              field.helpText(),
              link ? field.target() : null,
              link ? (Long) value : null));
    }
    return list;
  }

  private List<HistoryRow> history(EntityDefinition definition) {
    ValueFormat format = reader.format();
    MetadataTexts texts = reader.metadata().texts();
    List<HistoryRow> rows = new ArrayList<>();
    for (FieldChange change :
        reader.metadata().relata().records().history(entity, id, reader.metadata().actor())) {
      String what =
          change.field() == null
              ? Texts.get("history." + change.kind())
              : definition.field(change.field()).map(texts::field).orElse(change.field());
      rows.add(
          new HistoryRow(
              format.dateTime(change.changedAt()),
              change.changedByName() == null ? "#" + change.changedBy() : change.changedByName(),
              what,
              change.oldValue(),
              change.newValue()));
    }
    return rows;
  }

  /** Moves the record to the recycle bin and returns to the list. */
  public String delete() {
    try {
      reader.metadata().relata().records().delete(entity, id, reader.metadata().actor());
    } catch (RelataException e) {
      FacesMessages.error(e);
      return null;
    }
    FacesMessages.info(Texts.get("record.deleted"));
    FacesMessages.keepForRedirect();
    return Pages.list(entity);
  }

  public String getTitle() {
    return title;
  }

  public List<DisplayValue> getValues() {
    return values;
  }

  public List<HistoryRow> getHistory() {
    return history;
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
