package dev.relata.webapp.faces.records;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.records.RecordPage;
import dev.relata.platform.records.RecordQuery;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads records for the pages and turns them into rows of text in the user's language. */
@RequestScoped
public class RecordReader {
  private final Metadata metadata;

  @Inject
  public RecordReader(Metadata metadata) {
    this.metadata = metadata;
  }

  protected RecordReader() {
    this(null);
  }

  public Metadata metadata() {
    return metadata;
  }

  /** The columns of a list: every active field, in definition order. */
  public List<Column> columns(EntityDefinition entity) {
    return entity.activeFields().stream()
        .map(
            f ->
                new Column(
                    f.name(), metadata.texts().field(f), f.type() != FieldType.MULTIPICKLIST))
        .toList();
  }

  public long count(String entity, String filter, boolean recycleBin) {
    RecordQuery query = query(filter, null, 0, 1, recycleBin);
    return metadata.relata().records().list(entity, query, metadata.actor()).total();
  }

  /** One page of rows, with references shown by name. */
  public Page rows(EntityDefinition entity, RecordQuery query) {
    RecordPage page = metadata.relata().records().list(entity.name(), query, metadata.actor());
    Map<String, Map<Long, String>> names = references().of(entity, page.items());
    ValueFormat format = format();
    List<RecordRow> rows = new ArrayList<>();
    for (Map<String, Object> record : page.items()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (FieldDefinition field : entity.activeFields()) {
        cells.put(
            field.name(), format.format(field, record.get(field.name()), names.get(field.name())));
      }
      rows.add(new RecordRow((Long) record.get("id"), cells));
    }
    return new Page(rows, page.total(), page.totalExact());
  }

  /** A query built only from {@code of} and {@code inRecycleBin}, the stable part of its API. */
  static RecordQuery query(String filter, String sort, int page, int size, boolean recycleBin) {
    RecordQuery query = RecordQuery.of(filter, sort, page, size);
    return recycleBin ? query.inRecycleBin() : query;
  }

  /**
   * A page of rows and the number of records that match in all; when {@code totalExact} is false
   * more than {@code total} match and the count stopped there.
   */
  public record Page(List<RecordRow> rows, long total, boolean totalExact) {}

  ReferenceNames references() {
    return new ReferenceNames(metadata.relata(), metadata.catalog(), metadata.actor());
  }

  public ValueFormat format() {
    return new ValueFormat(Texts.locale(), ZoneId.systemDefault(), metadata.texts());
  }
}
