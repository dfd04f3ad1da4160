package dev.relata.platform.customize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionJson;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Definition files go through the object manager: administrators only, no self-made standards. */
class ObjectManagerImportTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aFileCannotDeclareANewEntityStandard() {
    ObjectNode document =
        document(
            "gadget",
            "{\"name\":\"gadget\",\"labels\":{\"en\":\"Gadget\"},"
                + "\"system\":true,\"fields\":[{\"name\":\"title\",\"type\":\"text\","
                + "\"labels\":{\"en\":\"Title\"}}]}");

    assertThatThrownBy(() -> relata.objectManager().importFiles(admin, document))
        .isInstanceOfSatisfying(
            RelataException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
              assertThat(e.getMessage()).contains("gadget.json: only the standard objects");
            });
    assertThat(relata.metadata().catalog().find("gadget")).isEmpty();
  }

  @Test
  void exportedStandardObjectsImportBackUnchanged() {
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    ObjectNode entities = document.putObject("entities");
    relata
        .objectManager()
        .export(admin)
        .forEach((file, json) -> entities.set(file, DefinitionJson.parse(json)));
    long revisions = relata.metadata().countRevisions(null);

    relata.objectManager().importFiles(admin, document);

    assertThat(relata.metadata().countRevisions(null)).isEqualTo(revisions);
  }

  @Test
  void onlyAdministratorsImport() {
    relata.identity().createUser("rep", "Sales Rep", null, "a long enough password", false);
    Actor rep = TestRelata.signIn(relata, "rep", "a long enough password");

    assertThatThrownBy(() -> relata.objectManager().importFiles(rep, document("gadget", "{}")))
        .isInstanceOfSatisfying(
            RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
  }

  private static ObjectNode document(String name, String json) {
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    document.putObject("entities").set(name + ".json", DefinitionJson.parse(json));
    return document;
  }
}
