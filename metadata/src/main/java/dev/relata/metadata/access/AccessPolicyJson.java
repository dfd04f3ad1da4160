package dev.relata.metadata.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionJson;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access policy as a file: pretty-printed JSON with sorted keys, one object per role, so that
 * an export diffs well and imports back exactly. Reading is strict: an unknown member, action,
 * scope, access or permission is refused with its path, never ignored.
 *
 * <pre>{@code
 * {"roles": {"sales_rep": {
 *    "objects": {"opportunity": {"create": "own", "read": "own"}},
 *    "fields": {"opportunity": {"probability": "read"}},
 *    "system": []}}}
 * }</pre>
 */
public final class AccessPolicyJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ROLE_MEMBERS = List.of("objects", "fields", "system");

  private AccessPolicyJson() {}

  public static String write(AccessPolicy policy) {
    ObjectNode roles = NODES.objectNode();
    policy.roles().forEach((name, role) -> roles.set(name, roleNode(role)));
    ObjectNode root = NODES.objectNode();
    root.set("roles", roles);
    try {
      return DefinitionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode roleNode(RolePolicy role) {
    ObjectNode node = NODES.objectNode();
    ObjectNode objects = node.putObject("objects");
    role.objects()
        .forEach(
            (entity, cells) -> {
              ObjectNode byAction = objects.putObject(entity);
              cells.forEach((action, scope) -> byAction.put(action.apiName(), scope.apiName()));
            });
    ObjectNode fields = node.putObject("fields");
    role.fields()
        .forEach(
            (entity, byField) -> {
              ObjectNode access = fields.putObject(entity);
              byField.forEach((field, value) -> access.put(field, value.apiName()));
            });
    ArrayNode system = node.putArray("system");
    role.system().forEach(permission -> system.add(permission.apiName()));
    return node;
  }

  public static AccessPolicy read(String json) {
    JsonNode root = DefinitionJson.parse(json);
    object(root, "$");
    only(root, "$", List.of("roles"));
    JsonNode roles = root.path("roles");
    SortedMap<String, RolePolicy> policies = new TreeMap<>();
    if (!roles.isMissingNode()) {
      object(roles, "roles");
      for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        policies.put(role.getKey(), readRole(role.getValue(), "roles." + role.getKey()));
      }
    }
    return new AccessPolicy(policies);
  }

  static RolePolicy readRole(JsonNode node, String path) {
    object(node, path);
    only(node, path, ROLE_MEMBERS);
    SortedMap<String, Map<AccessAction, Scope>> objects = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entity : members(node.path("objects"), path + ".objects")) {
      String at = path + ".objects." + entity.getKey();
      Map<AccessAction, Scope> cells = new EnumMap<>(AccessAction.class);
      for (Map.Entry<String, JsonNode> cell : members(entity.getValue(), at)) {
        AccessAction action =
            value(cell.getKey(), at, AccessAction.values(), AccessAction::apiName);
        cells.put(
            action,
            value(
                text(cell.getValue(), at + "." + cell.getKey()),
                at + "." + cell.getKey(),
                Scope.values(),
                Scope::apiName));
      }
      objects.put(entity.getKey(), cells);
    }
    SortedMap<String, SortedMap<String, FieldAccess>> fields = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entity : members(node.path("fields"), path + ".fields")) {
      String at = path + ".fields." + entity.getKey();
      SortedMap<String, FieldAccess> byField = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : members(entity.getValue(), at)) {
        String fieldAt = at + "." + field.getKey();
        byField.put(
            field.getKey(),
            value(
                text(field.getValue(), fieldAt),
                fieldAt,
                FieldAccess.values(),
                FieldAccess::apiName));
      }
      fields.put(entity.getKey(), byField);
    }
    Set<SystemPermission> system = EnumSet.noneOf(SystemPermission.class);
    JsonNode permissions = node.path("system");
    if (!permissions.isMissingNode()) {
      if (!permissions.isArray()) {
        throw RelataException.badRequest("access.file.not_list", path + ".system");
      }
      for (JsonNode permission : permissions) {
        system.add(
            value(
                text(permission, path + ".system"),
                path + ".system",
                SystemPermission.values(),
                SystemPermission::apiName));
      }
    }
    return new RolePolicy(objects, fields, system);
  }

  private static List<Map.Entry<String, JsonNode>> members(JsonNode node, String path) {
    if (node.isMissingNode()) {
      return List.of();
    }
    object(node, path);
    List<Map.Entry<String, JsonNode>> members = new java.util.ArrayList<>();
    node.fields().forEachRemaining(members::add);
    return members;
  }

  private static void object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw RelataException.badRequest("access.file.not_object", path);
    }
  }

  private static void only(JsonNode node, String path, List<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw RelataException.badRequest(
            "access.file.unknown_member", path + "." + name, String.join(", ", allowed));
      }
    }
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw RelataException.badRequest("access.file.not_text", path);
    }
    return node.textValue();
  }

  /** The constant whose API name is {@code name}, or 400 listing the allowed names. */
  public static <E extends Enum<E>> E value(
      String name, String path, E[] values, Function<E, String> apiName) {
    Optional<E> found =
        Arrays.stream(values).filter(v -> apiName.apply(v).equals(name)).findFirst();
    return found.orElseThrow(
        () ->
            RelataException.badRequest(
                "access.file.unknown_value",
                name,
                path,
                Arrays.stream(values).map(apiName).collect(Collectors.joining(", "))));
  }
}
