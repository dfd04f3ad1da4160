package dev.relata.metadata.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for API names of entities and fields: {@code [a-z][a-z0-9_]{1,39}}, and not a word that
 * SQL, Java, Drools or the record format reserve. Physical names are derived from valid API names
 * by a prefix, so they can never collide with a keyword either.
 */
public final class Names {
  private static final Pattern API_NAME = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  /** SQL:2016 reserved words, those of PostgreSQL and H2, Java and DRL keywords. */
  private static final Set<String> RESERVED =
      Set.of(
          // SQL (standard, PostgreSQL, H2)
          "abs", "all", "allocate", "alter", "analyse", "analyze", "and", "any", "are", "array",
          "as", "asc", "asymmetric", "at", "authorization", "avg", "begin", "between", "bigint",
          "binary", "blob", "both", "by", "call", "called", "cascaded", "case", "cast", "char",
          "character", "check", "clob", "close", "collate", "collation", "column", "commit",
          "concurrently", "condition", "connect", "constraint", "corresponding", "count",
          "create", "cross", "cube", "current", "current_catalog", "current_date",
          "current_path", "current_role", "current_schema", "current_time",
          "current_timestamp", "current_user", "cursor", "cycle", "date", "day", "deallocate",
          "dec", "decimal", "declare", "default", "deferrable", "delete", "desc", "describe",
          "deterministic", "disconnect", "distinct", "do", "double", "drop", "dynamic", "each",
          "element", "else", "end", "escape", "every", "except", "exec", "execute", "exists",
          "external", "extract", "false", "fetch", "filter", "float", "for", "foreign", "free",
          "freeze", "from", "full", "function", "get", "global", "grant", "group", "grouping",
          "having", "hold", "hour", "identity", "if", "ilike", "in", "indicator", "initially",
          "inner", "inout", "insensitive", "insert", "int", "integer", "intersect", "interval",
          "into", "is", "isnull", "join", "key", "lateral", "leading", "left", "like", "limit",
          "local", "localtime", "localtimestamp", "match", "merge", "minus", "minute", "modifies",
          "module", "month", "national", "natural", "nchar", "new", "no", "none", "not",
          "notnull", "null", "numeric", "of", "offset", "old", "on", "only", "open", "or",
          "order", "out", "outer", "over", "overlaps", "parameter", "partition", "placing",
          "precision", "prepare", "primary", "procedure", "qualify", "range", "reads", "real",
          "recursive", "references", "regexp", "release", "returning", "revoke", "right",
          "rollback", "rollup", "row", "rownum", "rows", "savepoint", "scroll", "search",
          "second", "select", "session_user", "set", "similar", "smallint", "some", "specific",
          "sql", "start", "static", "sum", "symmetric", "system", "system_user", "table",
          "tablesample", "then", "time", "timestamp", "to", "top", "trailing", "trigger", "true",
          "truncate", "uescape", "union", "unique", "unknown", "update", "user", "using",
          "value", "values", "varchar", "variadic", "varying", "verbose", "when", "whenever",
          "where", "window", "with", "within", "without", "year", "_rowid_",
          // Java
          "abstract", "assert", "boolean", "break", "byte", "catch", "class", "const",
          "continue", "enum", "extends", "final", "finally", "goto", "implements", "import",
          "instanceof", "interface", "long", "native", "package", "private", "protected",
          "public", "return", "short", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record",
          "yield", "sealed", "permits", "null_",
          // DRL and the record format
          "rule", "query", "declare_", "eval", "forall", "accumulate", "collect", "salience",
          "modify", "retract", "version", "owner", "createdat", "createdby", "updatedat",
          "updatedby", "created_at", "created_by", "updated_at", "updated_by", "deleted",
          "deleted_at", "owner_id", "id");

  private Names() {}

  /** Returns why the name is not a valid API name, or null if it is. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "A name is required.";
    }
    if (!API_NAME.matcher(name).matches()) {
      return "'"
          + abbreviate(name)
          + "' is not a valid name: use 2 to 40 characters, lower-case letters a-z, digits and"
          + " underscores, starting with a letter.";
    }
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      return "'" + name + "' is a reserved word; choose another name.";
    }
    return null;
  }

  public static boolean isValid(String name) {
    return problem(name) == null;
  }

  private static String abbreviate(String name) {
    return name.length() > 50 ? name.substring(0, 50) + "…" : name;
  }
}
