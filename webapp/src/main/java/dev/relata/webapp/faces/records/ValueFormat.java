package dev.relata.webapp.faces.records;

import dev.relata.metadata.model.FieldDefinition;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.Texts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows stored values as text in the user's language: numbers grouped with the field's scale, dates
 * and times in the local style, picklist values by their labels, references by the names resolved
 * for them.
 */
public final class ValueFormat {
  private final Locale locale;
  private final ZoneId zone;
  private final MetadataTexts texts;

  public ValueFormat(Locale locale, ZoneId zone, MetadataTexts texts) {
    this.locale = locale;
    this.zone = zone;
    this.texts = texts;
  }

  /**
   * The value as text; {@code names} maps reference ids to names (a missing id shows as {@code
   * #id}).
   */
  public String format(FieldDefinition field, Object value, Map<Long, String> names) {
    if (value == null) {
      return "";
    }
    return switch (field.type()) {
      case INTEGER -> NumberFormat.getIntegerInstance(locale).format(value);
      case DECIMAL, CURRENCY -> decimal((BigDecimal) value, field.scale());
      case PERCENT -> decimal((BigDecimal) value, field.scale()) + " %";
      case DATE ->
          ((LocalDate) value)
              .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
      case DATETIME -> dateTime((Instant) value);
      case BOOLEAN -> Texts.get(Boolean.TRUE.equals(value) ? "value.yes" : "value.no");
      case PICKLIST -> texts.option(field, (String) value);
      case MULTIPICKLIST ->
          ((List<?>) value)
              .stream()
                  .map(v -> texts.option(field, String.valueOf(v)))
                  .collect(Collectors.joining(", "));
      case LOOKUP, USER -> reference((Long) value, names);
      default -> String.valueOf(value);
    };
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(instant);
  }

  private String decimal(BigDecimal value, Integer scale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    int digits = scale == null ? value.scale() : scale;
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }

  private static String reference(Long id, Map<Long, String> names) {
    String name = names == null ? null : names.get(id);
    return name == null || name.isBlank() ? "#" + id : name;
  }
}
