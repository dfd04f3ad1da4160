package dev.relata.webapp.rest.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;

/** Operations by path and method, in the order they are added. */
final class PathTable {
  static final String API = "/api/v1";
  private final Paths paths = new Paths();

  PathTable get(String path, Op op) {
    return add(path, PathItem.HttpMethod.GET, op);
  }

  PathTable post(String path, Op op) {
    return add(path, PathItem.HttpMethod.POST, op);
  }

  PathTable put(String path, Op op) {
    return add(path, PathItem.HttpMethod.PUT, op);
  }

  PathTable patch(String path, Op op) {
    return add(path, PathItem.HttpMethod.PATCH, op);
  }

  PathTable delete(String path, Op op) {
    return add(path, PathItem.HttpMethod.DELETE, op);
  }

  Paths paths() {
    return paths;
  }

  private PathTable add(String path, PathItem.HttpMethod method, Op op) {
    PathItem item = paths.computeIfAbsent(API + path, p -> new PathItem());
    Operation operation = op.build();
    if (item.readOperationsMap().containsKey(method)) {
      throw new IllegalStateException(method + " " + path + " is described twice");
    }
    item.operation(method, operation);
    return this;
  }
}
