package dev.relata.webapp.rest.openapi;

import static dev.relata.metadata.testing.Definitions.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {
  @Test
  void anEntityNameBecomesAPascalCaseTypeName() {
    SchemaNames names = new SchemaNames(List.of(entity("service_request"), entity("crm2_lead")));

    assertThat(names.record("service_request")).isEqualTo("ServiceRequestRecord");
    assertThat(names.page("crm2_lead")).isEqualTo("Crm2LeadRecordPage");
  }

  @Test
  void twoEntitiesThatWouldMeetOnOneTypeNameKeepApart() {
    SchemaNames names = new SchemaNames(List.of(entity("a__b"), entity("a_b")));

    assertThat(names.type("a__b")).isEqualTo("AB");
    assertThat(names.type("a_b")).isEqualTo("A_b");
  }
}
