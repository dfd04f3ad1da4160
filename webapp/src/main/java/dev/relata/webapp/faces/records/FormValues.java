package dev.relata.webapp.faces.records;

import dev.relata.metadata.model.FieldDefinition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between a form's typed inputs and the values the record service reads and writes: the
 * service takes JSON-like input (text, BigDecimal or BigInteger numbers, booleans, lists of text,
 * dates as ISO text) and returns stored Java values.
 */
final class FormValues {
  private FormValues() {}

  /** The service input for one field; null means "no value". */
  static Object toInput(FieldDefinition field, FieldInput input, ZoneId zone) {
    return switch (field.type()) {
      case TEXT, LONGTEXT, EMAIL, PHONE, URL -> blankToNull(input.getText());
      case INTEGER, DECIMAL, CURRENCY, PERCENT -> input.getNumber();
      case DATE -> input.getDate() == null ? null : input.getDate().toString();
      case DATETIME ->
          input.getDateTime() == null
              ? null
              : input.getDateTime().atZone(zone).toInstant().toString();
      case BOOLEAN -> input.isFlag();
      case PICKLIST -> blankToNull(input.getChoice());
      case MULTIPICKLIST -> input.getChoices().isEmpty() ? null : List.copyOf(input.getChoices());
      case LOOKUP, USER ->
          input.getReference() == null ? null : BigInteger.valueOf(input.getReference().getId());
      case AUTONUMBER -> throw new IllegalArgumentException("autonumbers are not input");
    };
  }

  /** A form input holding a stored value; {@code name} names a referenced record or user. */
  static FieldInput fromStored(FieldDefinition field, Object value, String name, ZoneId zone) {
    FieldInput input = new FieldInput();
    if (value == null) {
      return input;
    }
    switch (field.type()) {
      case INTEGER -> input.setNumber(BigDecimal.valueOf((Long) value));
      case DECIMAL, CURRENCY, PERCENT -> input.setNumber((BigDecimal) value);
      case DATE -> input.setDate((LocalDate) value);
      case DATETIME -> input.setDateTime(LocalDateTime.ofInstant((Instant) value, zone));
      case BOOLEAN -> input.setFlag(Boolean.TRUE.equals(value));
      case PICKLIST -> input.setChoice((String) value);
      case MULTIPICKLIST -> {
        List<String> choices = new ArrayList<>();
        ((List<?>) value).forEach(v -> choices.add(String.valueOf(v)));
        input.setChoices(choices);
      }
      case LOOKUP, USER -> input.setReference(new LookupChoice((Long) value, name));
      default -> input.setText(String.valueOf(value));
    }
    return input;
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
