package dev.relata.metadata.testing;

import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.sql.Database;

/**
 * A metadata service on a fresh database (see {@link TestDatabases}), with an inspector of the
 * physical schema. Close it after the test: on PostgreSQL every open pool holds connections.
 */
public final class TestMetadata implements AutoCloseable {
  public static final String AUTHOR = "tester";
  private final Database database;
  private final MetadataService service;
  private final SchemaInspector schema;

  private TestMetadata(Database database) {
    this.database = database;
    this.service = new MetadataService(database, null);
    this.schema = new SchemaInspector(database);
  }

  public static TestMetadata fresh() {
    return new TestMetadata(TestDatabases.fresh());
  }

  public Database database() {
    return database;
  }

  public MetadataService service() {
    return service;
  }

  public SchemaInspector schema() {
    return schema;
  }

  /** The stored definition of an entity, deleted or not. */
  public EntityDefinition entity(String name) {
    return service.catalog().findIncludingDeleted(name).orElseThrow();
  }

  @Override
  public void close() {
    TestDatabases.close(database);
  }
}
