package dev.relata.metadata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DDL behind a long-running query gives up after a bounded wait instead of blocking everyone. */
class BusyTableTest {

  @Test
  void addingAFieldToATableHeldByAnOpenTransactionIsAConflictAndChangesNothing() throws Exception {
    assumeTrue(TestDatabases.postgres(), "lock timeouts are a PostgreSQL behaviour");
    Database database = TestDatabases.fresh();
    MetadataService metadata = new MetadataService(database, null);
    metadata.createEntity(
        new EntityDefinition(
            "ticket",
            Labels.of("Ticket"),
            Labels.of("Tickets"),
            null,
            false,
            false,
            null,
            List.of(
                FieldDefinition.builder("title", FieldType.TEXT)
                    .labels(Labels.of("Title"))
                    .build())),
        "test");
    long revisions = metadata.countRevisions(null);

    try (Connection reader = database.dataSource().getConnection();
        Statement statement = reader.createStatement()) {
      reader.setAutoCommit(false);
      statement.executeQuery("SELECT COUNT(*) FROM t_ticket").close();

      assertThatThrownBy(
              () ->
                  metadata.addField(
                      "ticket",
                      FieldDefinition.builder("score", FieldType.INTEGER)
                          .labels(Labels.of("Score"))
                          .build(),
                      "test"))
          .isInstanceOfSatisfying(
              RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
      reader.rollback();
    }

    assertThat(metadata.catalog().require("ticket").field("score")).isEmpty();
    assertThat(metadata.countRevisions(null)).isEqualTo(revisions);
  }
}
