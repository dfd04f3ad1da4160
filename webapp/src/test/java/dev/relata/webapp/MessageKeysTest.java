package dev.relata.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the platform's modules use — metadata, rules, platform and this webapp — has a
 * text in English and in Chinese, and is given as many arguments as its text has placeholders; and
 * every text of the bundle is used. A typo in a key would otherwise show the key itself to a
 * person, in the API and on pages.
 *
 * <p>The convention that makes this checkable: a key is always a string literal, passed directly to
 * one of the factories, each called through its class ({@code Message.of("…", …)}, {@code
 * FieldProblem.of(field, code, "…", …)}, {@code RelataException.badRequest|unauthorized|forbidden|
 * notFound|conflict("…", …)}, {@code RelataException.invalid(field, code, "…", …)}); never a
 * variable, a concatenation or a static import. The modules' main sources are read from the
 * checkout: Surefire runs in the webapp module's directory, beside the others.
 */
class MessageKeysTest {
  /** Each module's main sources, from the webapp module's directory. */
  private static final Map<String, Path> MODULES =
      Map.of(
          "metadata", Path.of("../metadata/src/main/java"),
          "rules", Path.of("../rules/src/main/java"),
          "platform", Path.of("../platform/src/main/java"),
          "webapp", Path.of("src/main/java"));

  /** Modules that refuse requests, so that a scan finding none of their keys is a broken scan. */
  private static final Set<String> REFUSING = Set.of("metadata", "platform", "webapp");

  private static final String BUNDLE = "/dev/relata/metadata/error/messages";

  /** The factories whose calls carry a key, and the position of the key among their arguments. */
  private static final Pattern CALL =
      Pattern.compile(
          "\\b(?<name>Message\\.of|FieldProblem\\.of"
              + "|RelataException\\.(?:badRequest|unauthorized|forbidden|notFound|conflict"
              + "|invalid))\\s*\\(");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void everyKeyAnyModuleUsesHasATextInBothLanguagesWithMatchingPlaceholders() throws IOException {
    Properties en = load(BUNDLE + ".properties");
    Properties zh = load(BUNDLE + "_zh_CN.properties");
    List<String> wrong = new ArrayList<>();
    List<KeyUse> uses = new ArrayList<>();
    Map<String, Set<String>> keysByModule = new TreeMap<>();

    for (Map.Entry<String, Path> module : MODULES.entrySet()) {
      List<KeyUse> found = new ArrayList<>();
      for (Path file : javaSources(module.getValue())) {
        String source = Files.readString(file);
        boolean ownFactories = file.toString().replace('\\', '/').contains("/metadata/error/");
        if (source.contains("import static dev.relata.metadata.error.")) {
          wrong.add(file + ": static import of a message factory; call it through its class");
        }
        for (Call call : calls(source)) {
          check(file + ":" + call.line(), call, ownFactories, found, wrong);
        }
      }
      uses.addAll(found);
      keysByModule.put(module.getKey(), new TreeSet<>(found.stream().map(KeyUse::key).toList()));
    }
    wrong.addAll(untextedOrMiscounted(uses, en, zh));

    assertThat(wrong).as("message keys in %s", MODULES.values()).isEmpty();
    for (String module : REFUSING) {
      assertThat(keysByModule.get(module))
          .as("keys found in the %s module (the scan must not come back empty)", module)
          .hasSizeGreaterThan(20);
    }
  }

  @Test
  void everyTextOfTheBundleIsUsedBySomeModule() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path sources : MODULES.values()) {
      for (Path file : javaSources(sources)) {
        for (Call call : calls(Files.readString(file))) {
          List<KeyUse> uses = new ArrayList<>();
          check(file.toString(), call, true, uses, new ArrayList<>());
          uses.forEach(u -> used.add(u.key()));
        }
      }
    }
    Set<String> unused = new TreeSet<>(load(BUNDLE + ".properties").stringPropertyNames());
    unused.removeAll(used);

    assertThat(unused).as("texts no module uses; remove them or use them").isEmpty();
  }

  @Test
  void theScanFindsTheKeyAndCountsTheArgumentsOfEachFactory() {
    List<Call> found =
        calls(
            """
            throw RelataException.notFound("entity.not_found", abbreviate(name, 50));
            FieldProblem.of(at + ".x", "code", "field.thing", List.of(1, 2), "a,b");
            RelataException.invalid(problems);
            Message.of("import.in_file", file, e.text()) // RelataException.conflict("x")
            """);

    assertThat(found)
        .extracting(c -> c.name() + " " + c.arguments())
        .containsExactly(
            "RelataException.notFound [\"entity.not_found\", abbreviate(name, 50)]",
            "FieldProblem.of [at + \".x\", \"code\", \"field.thing\", List.of(1, 2), \"a,b\"]",
            "RelataException.invalid [problems]",
            "Message.of [\"import.in_file\", file, e.text()]");
  }

  @Test
  void theScanRefusesKeysItCannotCheck() {
    List<String> wrong = new ArrayList<>();
    List<KeyUse> uses = new ArrayList<>();
    String source =
        """
        Message.of(key, name);
        RelataException.badRequest("json.empty_body");
        RelataException.conflict("x." + "y", name);
        FieldProblem.of("a", "b", TEXT);
        RelataException.invalid("a", "b");
        """;

    calls(source).forEach(c -> check("Example.java:" + c.line(), c, false, uses, wrong));

    assertThat(wrong)
        .hasSize(3)
        .anySatisfy(w -> assertThat(w).startsWith("Example.java:1").contains("literal"))
        .anySatisfy(w -> assertThat(w).startsWith("Example.java:3").contains("literal"))
        .anySatisfy(w -> assertThat(w).startsWith("Example.java:4").contains("literal"));
    assertThat(uses)
        .extracting(KeyUse::key, KeyUse::arguments)
        .containsExactly(tuple("json.empty_body", 0));
  }

  @Test
  void aKeyWithoutTextsOrWithTheWrongNumberOfArgumentsIsReported() {
    List<KeyUse> uses = new ArrayList<>();
    String source =
        """
        RelataException.notFound("entity.not_found", name, "one too many");
        FieldProblem.of(field, "required", "value.requird", field);
        FieldProblem.of(field, "required", "value.required", field);
        """;

    calls(source)
        .forEach(c -> check("Example.java:" + c.line(), c, false, uses, new ArrayList<>()));

    assertThat(
            untextedOrMiscounted(
                uses, load(BUNDLE + ".properties"), load(BUNDLE + "_zh_CN.properties")))
        .containsExactly(
            "Example.java:1: key 'entity.not_found' takes 1 arguments, given 2",
            "Example.java:2: no text for key 'value.requird' in both bundles");
  }

  /** The uses of keys that have no text in one of the languages, or a text of another arity. */
  private static List<String> untextedOrMiscounted(
      List<KeyUse> uses, Properties en, Properties zh) {
    List<String> wrong = new ArrayList<>();
    for (KeyUse use : uses) {
      if (!en.containsKey(use.key()) || !zh.containsKey(use.key())) {
        wrong.add(use.where() + ": no text for key '" + use.key() + "' in both bundles");
      } else if (slots(en.getProperty(use.key())) != use.arguments()) {
        wrong.add(
            use.where()
                + ": key '"
                + use.key()
                + "' takes "
                + slots(en.getProperty(use.key()))
                + " arguments, given "
                + use.arguments());
      }
    }
    return wrong;
  }

  // ---- the scan ----

  /** A call of a message factory: its name, its arguments as source text, and its line. */
  record Call(String name, List<String> arguments, int line) {}

  /** A key given to a factory, with how many arguments follow it. */
  record KeyUse(String key, int arguments, String where) {}

  /**
   * Records the key of a call, or why it cannot be checked. The error package's own factories pass
   * keys along as variables on purpose; only their literal keys are checked. The constructors of
   * {@code FieldProblem} and {@code RelataException} take a {@code Message}, checked where it is
   * made.
   */
  private static void check(
      String where, Call call, boolean ownFactories, List<KeyUse> uses, List<String> wrong) {
    List<String> args = call.arguments();
    String name = call.name().replaceAll("\\s+", " ");
    List<String> problems = ownFactories ? new ArrayList<>() : wrong;
    switch (name) {
      case "RelataException.invalid" -> {
        if (args.size() >= 3) {
          key(where, args, 2, uses, problems);
        }
      }
      case "FieldProblem.of" -> key(where, args, 2, uses, problems);
      default -> key(where, args, 0, uses, problems);
    }
  }

  private static void key(
      String where, List<String> args, int index, List<KeyUse> uses, List<String> wrong) {
    if (args.size() <= index) {
      wrong.add(where + ": no message key given");
      return;
    }
    String key = args.get(index);
    if (isLiteral(key)) {
      uses.add(new KeyUse(key.substring(1, key.length() - 1), args.size() - index - 1, where));
    } else {
      wrong.add(where + ": the message key must be a string literal, not " + key);
    }
  }

  private static boolean isLiteral(String argument) {
    return STRING_LITERAL.matcher(argument).matches();
  }

  /** Every factory call in a source text, comments and string contents skipped. */
  static List<Call> calls(String source) {
    String code = blankCommentsAndStrings(source);
    List<Call> calls = new ArrayList<>();
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      calls.add(new Call(m.group("name"), arguments(source, code, m.end()), line));
    }
    return calls;
  }

  /**
   * The arguments of the call whose opening parenthesis ends at {@code from}: split at the commas
   * that are not nested in brackets. {@code code} is the source with comments and string contents
   * blanked, so that a comma or bracket inside a text does not count; the arguments are cut from
   * the real {@code source}.
   */
  private static List<String> arguments(String source, String code, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ')' || c == ',' && depth == 0) {
        String arg = source.substring(start, i).strip();
        if (!arg.isEmpty() || c == ',') {
          args.add(arg);
        }
        if (c == ')') {
          return args;
        }
        start = i + 1;
      }
    }
    throw new IllegalArgumentException("unclosed call at " + from);
  }

  /**
   * The source with the contents of comments, string and character literals replaced by spaces
   * (quotes kept, line breaks kept), so that positions stay the same.
   */
  private static String blankCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = blank(out, i, end < 0 ? source.length() : end);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = blank(out, i, end < 0 ? source.length() : end + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = blank(out, i + 3, end < 0 ? source.length() : end) + 3;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = blank(out, i + 1, Math.min(end, source.length())) + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static int blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
    return to;
  }

  private static List<Path> javaSources(Path sources) throws IOException {
    assertThat(sources).as("run from the webapp module, beside the others").isDirectory();
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The highest argument index a pattern uses, plus one. */
  private static int slots(String pattern) {
    return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageKeysTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
