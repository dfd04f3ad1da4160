package dev.relata.rules.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.files.JsonValues;
import dev.relata.rules.api.WriteKind;
import dev.relata.rules.build.BuildProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code .test.json} file: {@code {"tests": [{"name", "entity", "kind", "record", "before",
 * "user", "expect"}]}} (see docs/rules.md, "Rule tests"). Strict: an unknown member is a problem,
 * since a misspelt expectation would otherwise pass unnoticed. Each test keeps the line it starts
 * on.
 */
public final class RuleTestFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The tests of a file, or the problems that keep it from being read. */
  public record Parsed(List<RuleTest> tests, List<BuildProblem> problems) {}

  private RuleTestFile() {}

  public static Parsed parse(String path, String content) {
    List<RuleTest> tests = new ArrayList<>();
    List<BuildProblem> problems = new ArrayList<>();
    try (JsonParser json = MAPPER.createParser(content)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        problems.add(
            problem(path, json, "a rule test file is a JSON object with \"tests\": [...]"));
        return new Parsed(tests, problems);
      }
      boolean sawTests = false;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String member = json.currentName();
        JsonToken value = json.nextToken();
        if (!member.equals("tests")) {
          problems.add(
              problem(path, json, "unknown member \"" + cut(member) + "\"; only \"tests\""));
          json.skipChildren();
          continue;
        }
        sawTests = true;
        if (value != JsonToken.START_ARRAY) {
          problems.add(problem(path, json, "\"tests\" must be an array of tests"));
          json.skipChildren();
          continue;
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
          int line = json.currentTokenLocation().getLineNr();
          JsonNode test = MAPPER.readTree(json);
          read(path, line, test, tests, problems);
        }
      }
      if (!sawTests) {
        problems.add(new BuildProblem(path, 1, 1, "the file has no \"tests\" array"));
      }
    } catch (JsonProcessingException e) {
      problems.add(
          new BuildProblem(
              path,
              Math.max(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0),
              Math.max(e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), 0),
              "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(new BuildProblem(path, 0, 0, "cannot read the file: " + e.getMessage()));
    }
    return new Parsed(tests, problems);
  }

  private static void read(
      String path, int line, JsonNode test, List<RuleTest> tests, List<BuildProblem> problems) {
    List<String> wrong = new ArrayList<>();
    if (!test.isObject()) {
      problems.add(new BuildProblem(path, line, 0, "each test must be a JSON object"));
      return;
    }
    unknownMembers(test, RuleTest.MEMBERS, "", wrong);
    String name = text(test, "name", true, wrong);
    String entity = text(test, "entity", true, wrong);
    String kindName = text(test, "kind", false, wrong);
    WriteKind kind = WriteKind.CREATE;
    if (kindName != null) {
      switch (kindName) {
        case "create" -> kind = WriteKind.CREATE;
        case "update" -> kind = WriteKind.UPDATE;
        default -> wrong.add("\"kind\" is create or update, not \"" + cut(kindName) + "\"");
      }
    }
    Map<String, Object> record = values(test, "record", true, wrong);
    Map<String, Object> before = values(test, "before", false, wrong);
    if (kind == WriteKind.CREATE && test.has("before")) {
      wrong.add("\"before\" is only for a test of kind update");
    }
    RuleTest.User user = user(test.get("user"), wrong);
    JsonNode expect = test.get("expect");
    boolean accepted = true;
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> expectedValues = Map.of();
    String owner = null;
    if (expect == null || !expect.isObject()) {
      wrong.add("\"expect\" must be an object: accepted, errors, values or owner");
    } else {
      unknownMembers(expect, RuleTest.EXPECT_MEMBERS, "expect.", wrong);
      errors = errors(expect.get("errors"), wrong);
      JsonNode acceptedNode = expect.get("accepted");
      if (acceptedNode != null && !acceptedNode.isBoolean()) {
        wrong.add("\"expect.accepted\" must be true or false");
      }
      accepted = acceptedNode == null ? errors.isEmpty() : acceptedNode.asBoolean();
      if (accepted && !errors.isEmpty()) {
        wrong.add("a test cannot expect both accepted and errors");
      }
      expectedValues = values(expect, "values", false, wrong);
      owner = text(expect, "owner", false, wrong);
    }
    if (!wrong.isEmpty()) {
      String label = name == null ? "a test" : "test \"" + cut(name) + "\"";
      wrong.forEach(w -> problems.add(new BuildProblem(path, line, 0, label + ": " + w)));
      return;
    }
    tests.add(
        new RuleTest(
            path,
            line,
            name,
            entity,
            kind,
            record,
            before,
            user,
            accepted,
            errors,
            expectedValues,
            owner));
  }

  private static RuleTest.User user(JsonNode user, List<String> wrong) {
    if (user == null || user.isNull()) {
      return RuleTest.User.ANYONE;
    }
    if (!user.isObject()) {
      wrong.add("\"user\" must be an object: username, roles, department");
      return RuleTest.User.ANYONE;
    }
    unknownMembers(user, List.of("username", "roles", "department"), "user.", wrong);
    String username = text(user, "username", false, wrong);
    Set<String> roles = new LinkedHashSet<>();
    JsonNode list = user.get("roles");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        wrong.add("\"user.roles\" must be an array of role names");
      } else {
        list.forEach(
            r -> {
              if (r.isTextual()) {
                roles.add(r.asText());
              } else {
                wrong.add("\"user.roles\" holds role names (texts)");
              }
            });
      }
    }
    return new RuleTest.User(
        username == null ? RuleTest.User.ANYONE.username() : username,
        roles,
        text(user, "department", false, wrong));
  }

  /** {@code {"field": "message"}} or {@code ["field"]} (any message). */
  private static Map<String, String> errors(JsonNode errors, List<String> wrong) {
    Map<String, String> expected = new LinkedHashMap<>();
    if (errors == null || errors.isNull()) {
      return expected;
    }
    if (errors.isArray()) {
      errors.forEach(
          f -> {
            if (f.isTextual()) {
              expected.put(f.asText(), null);
            } else {
              wrong.add("\"expect.errors\" lists field names (texts)");
            }
          });
    } else if (errors.isObject()) {
      errors
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isTextual()) {
                  expected.put(e.getKey(), e.getValue().asText());
                } else {
                  wrong.add("\"expect.errors." + cut(e.getKey()) + "\" must be the message");
                }
              });
    } else {
      wrong.add("\"expect.errors\" is an object of field: message, or an array of fields");
    }
    return expected;
  }

  private static Map<String, Object> values(
      JsonNode parent, String member, boolean required, List<String> wrong) {
    JsonNode node = parent.get(member);
    if (node == null || node.isNull()) {
      if (required) {
        wrong.add("\"" + member + "\" is missing: an object of field values");
      }
      return Map.of();
    }
    if (!node.isObject()) {
      wrong.add("\"" + member + "\" must be an object of field values");
      return Map.of();
    }
    return JsonValues.of(node);
  }

  private static String text(JsonNode parent, String member, boolean required, List<String> wrong) {
    JsonNode node = parent.get(member);
    if (node == null || node.isNull()) {
      if (required) {
        wrong.add("\"" + member + "\" is missing");
      }
      return null;
    }
    if (!node.isTextual()) {
      wrong.add("\"" + member + "\" must be a text");
      return null;
    }
    return node.asText();
  }

  private static void unknownMembers(
      JsonNode node, List<String> known, String prefix, List<String> wrong) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        wrong.add(
            "unknown member \""
                + prefix
                + cut(name)
                + "\"; a "
                + (prefix.isEmpty() ? "test" : prefix.substring(0, prefix.length() - 1))
                + " has "
                + String.join(", ", known));
      }
    }
  }

  private static BuildProblem problem(String path, JsonParser json, String message) {
    var at = json.currentTokenLocation();
    return new BuildProblem(
        path, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), message);
  }

  private static String cut(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
