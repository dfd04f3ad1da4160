package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.webapp.it.Api;
import java.util.UUID;

/**
 * Entities and records the browser tests stand on, made through the REST API so that each test
 * drives only the pages it is about. Names are unique per call: tests share one server.
 */
final class TestData {
  private TestData() {}

  /** A fresh api name such as {@code ui_3f9a1c2b}. */
  static String uniqueName(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  /**
   * An entity "Project" with a field of most types: a required name, a required integer "seats", a
   * picklist "phase", a date "starts", a yes/no "active", a lookup "customer", a percent "share", a
   * multi-picklist "tags", a user "manager", a date-time "review", a long text "notes" and an
   * auto-number "code".
   */
  static String projectEntity() {
    String name = uniqueName("proj");
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/v1/metadata/entities",
                """
        {"name": "%s",
         "labels": {"en": "Project", "zh-CN": "项目"},
         "pluralLabels": {"en": "Projects", "zh-CN": "项目"},
         "fields": [
           {"name": "name", "type": "text", "required": true,
            "labels": {"en": "Name", "zh-CN": "名称"}},
           {"name": "seats", "type": "integer", "required": true,
            "labels": {"en": "Seats", "zh-CN": "席位"}, "helpText": "Licensed seats"},
           {"name": "phase", "type": "picklist", "labels": {"en": "Phase", "zh-CN": "阶段"},
            "options": [
              {"value": "plan", "labels": {"en": "Planning", "zh-CN": "计划"}, "order": 1},
              {"value": "run", "labels": {"en": "Running", "zh-CN": "进行中"}, "order": 2}]},
           {"name": "starts", "type": "date", "labels": {"en": "Starts"}},
           {"name": "active", "type": "boolean", "labels": {"en": "Active"}},
           {"name": "customer", "type": "lookup", "target": "customer",
            "labels": {"en": "Customer", "zh-CN": "客户"}},
           {"name": "share", "type": "percent", "labels": {"en": "Share"}},
           {"name": "tags", "type": "multipicklist", "labels": {"en": "Tags"},
            "options": [
              {"value": "vip", "labels": {"en": "VIP"}, "order": 1},
              {"value": "new", "labels": {"en": "New"}, "order": 2}]},
           {"name": "manager", "type": "user", "labels": {"en": "Manager"}},
           {"name": "review", "type": "datetime", "labels": {"en": "Review"}},
           {"name": "notes", "type": "longtext", "labels": {"en": "Notes"}},
           {"name": "code", "type": "autonumber", "pattern": "P-{000}",
            "labels": {"en": "Code"}}
         ]}
        """
                    .formatted(name));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return name;
  }

  /** A customer with this name; returns its id. */
  static long customer(String customerName) {
    Api.Reply reply =
        Api.admin().post("/api/v1/records/customer", "{\"name\": \"" + customerName + "\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  /** A project record; returns its id. */
  static long project(String entity, String projectName, int seats) {
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/v1/records/" + entity,
                "{\"name\": \"" + projectName + "\", \"seats\": " + seats + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }
}
