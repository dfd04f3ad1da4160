package dev.relata.platform.records;

import dev.relata.metadata.model.FieldType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Moves field values between their Java types and JDBC, and renders them as history text. */
final class JdbcValues {
  private JdbcValues() {}

  static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof Instant instant) {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else if (value instanceof List<?> list) {
      ps.setString(index, join(list));
    } else {
      ps.setObject(index, value);
    }
  }

  static Object read(ResultSet rs, int index, FieldType type) throws SQLException {
    Object value =
        switch (type) {
          case INTEGER, LOOKUP, USER -> rs.getLong(index);
          case DECIMAL, CURRENCY, PERCENT -> rs.getBigDecimal(index);
          case DATE -> rs.getObject(index, LocalDate.class);
          case DATETIME -> {
            OffsetDateTime odt = rs.getObject(index, OffsetDateTime.class);
            yield odt == null ? null : odt.toInstant();
          }
          case BOOLEAN -> rs.getBoolean(index);
          case MULTIPICKLIST -> {
            String joined = rs.getString(index);
            yield joined == null ? null : List.copyOf(Arrays.asList(joined.split(";")));
          }
          default -> rs.getString(index);
        };
    return rs.wasNull() ? null : value;
  }

  /** The value as history text: ISO dates, plain decimals, multipicklists joined by ';'. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof List<?> list) {
      return join(list);
    }
    return value.toString();
  }

  private static String join(List<?> list) {
    return String.join(";", list.stream().map(Object::toString).toList());
  }
}
