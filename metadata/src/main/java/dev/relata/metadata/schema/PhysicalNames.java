package dev.relata.metadata.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Physical names of tables, columns, indexes and sequences. Derived from validated API names with a
 * prefix, so they are always plain lower-case identifiers that are no keyword; index names carry a
 * short hash so that they stay within PostgreSQL's 63-character limit without colliding.
 */
public final class PhysicalNames {
  private PhysicalNames() {}

  public static String table(String entity) {
    return "t_" + entity;
  }

  public static String column(String field) {
    return "c_" + field;
  }

  public static String index(String table, String column) {
    return derived("ix", table, column);
  }

  public static String uniqueIndex(String table, String column) {
    return derived("ux", table, column);
  }

  public static String foreignKey(String table, String column) {
    return derived("fk", table, column);
  }

  public static String sequence(String table, String column) {
    return derived("sq", table, column);
  }

  private static String derived(String kind, String table, String column) {
    String base = kind + "_" + cut(table, 20) + "_" + cut(column, 20);
    return base + "_" + hash(table + "." + column);
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static String hash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
