package dev.relata.metadata.schema;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a field may change from one type (or size) to another without losing data. A change is
 * either refused outright, or allowed on the condition that no stored value breaks {@code
 * violation} (checked against the data before the DDL runs).
 */
record TypeChange(Message refusal, String violation, Message violationReason) {

  /** Plain text kinds whose values any text column of sufficient length can hold. */
  private static final Set<FieldType> TEXTUAL =
      EnumSet.of(
          FieldType.TEXT,
          FieldType.LONGTEXT,
          FieldType.EMAIL,
          FieldType.PHONE,
          FieldType.URL,
          FieldType.PICKLIST,
          FieldType.AUTONUMBER);

  static TypeChange between(FieldDefinition old, FieldDefinition now) {
    String column = now.column();
    FieldType from = old.type();
    FieldType to = now.type();
    if (from == to
        || (TEXTUAL.contains(from) && (to == FieldType.TEXT || to == FieldType.LONGTEXT))) {
      if (from.isText()) {
        return shorterText(old, now, column);
      }
      if (from.isDecimal()) {
        return narrowerDecimal(old, now, column);
      }
      return allowed();
    }
    if (from == FieldType.INTEGER && to.isDecimal()) {
      int digits = now.precision() - now.scale();
      return digits >= 19
          ? allowed()
          : conditional(
              "ABS(" + column + ") >= 1E" + digits,
              Message.of("schema.type_change.too_many_digits", now.name(), digits));
    }
    if (from.isDecimal() && to.isDecimal()) {
      return narrowerDecimal(old, now, column);
    }
    return new TypeChange(
        Message.of("schema.type_change.refused", now.name(), from.apiName(), to.apiName()),
        null,
        null);
  }

  private static TypeChange shorterText(FieldDefinition old, FieldDefinition now, String column) {
    if (now.length() >= old.length()) {
      return allowed();
    }
    return conditional(
        "CHAR_LENGTH(" + column + ") > " + now.length(),
        Message.of("schema.type_change.too_long", now.name(), now.length()));
  }

  private static TypeChange narrowerDecimal(
      FieldDefinition old, FieldDefinition now, String column) {
    int oldScale = old.scale() == null ? 0 : old.scale();
    int oldDigits = old.precision() == null ? 19 : old.precision() - oldScale;
    int newDigits = now.precision() - now.scale();
    if (now.scale() >= oldScale && newDigits >= oldDigits) {
      return allowed();
    }
    String tooLarge = "ABS(" + column + ") >= 1E" + newDigits;
    String tooPrecise = column + " <> ROUND(" + column + ", " + now.scale() + ")";
    return conditional(
        "(" + tooLarge + " OR " + tooPrecise + ")",
        Message.of("schema.type_change.does_not_fit", now.name(), now.precision(), now.scale()));
  }

  private static TypeChange allowed() {
    return new TypeChange(null, null, null);
  }

  private static TypeChange conditional(String violation, Message reason) {
    return new TypeChange(null, violation, reason);
  }
}
