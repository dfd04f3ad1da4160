package dev.relata.webapp.rest.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.List;

/** Small schema constructors, so that the paths read as a list of facts. */
final class Schemas {
  private Schemas() {}

  static Schema<?> ref(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }

  static Schema<?> text() {
    return new StringSchema();
  }

  static Schema<?> text(String... values) {
    return new StringSchema()._enum(List.of(values));
  }

  static Schema<?> int64() {
    return new IntegerSchema().format("int64");
  }

  /** A positive id; the API answers 404 for anything else. */
  static Schema<?> id() {
    return new IntegerSchema().format("int64").minimum(BigDecimal.ONE);
  }

  static Schema<?> int32(int minimum, Integer maximum, Integer byDefault) {
    IntegerSchema schema = new IntegerSchema();
    schema.minimum(BigDecimal.valueOf(minimum));
    if (maximum != null) {
      schema.maximum(BigDecimal.valueOf(maximum));
    }
    if (byDefault != null) {
      schema.setDefault(byDefault);
    }
    return schema;
  }

  static Schema<?> bool() {
    return new BooleanSchema();
  }

  static Schema<?> arrayOf(Schema<?> items) {
    return new ArraySchema().items(items);
  }

  /** A page number, from 0. */
  static Schema<?> page() {
    return int32(0, null, 0);
  }
}
