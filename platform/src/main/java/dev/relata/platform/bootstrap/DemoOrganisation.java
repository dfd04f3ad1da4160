package dev.relata.platform.bootstrap;

import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.Department;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation of the demo: Head office with Sales (Sales East, Sales North), Service, Finance
 * and Marketing below it, and a dozen people across the default roles with their reporting lines.
 * Made through the organisation services, so it obeys the same rules as an admin's changes.
 */
final class DemoOrganisation {
  private final Relata relata;
  private final Actor admin;
  private final String password;
  private final Map<String, Department> departments = new HashMap<>();
  private final Map<String, Long> users = new LinkedHashMap<>();

  /** A demo user: who they are, their role, department and manager (by username). */
  record Person(
      String username, String displayName, String role, String department, String manager) {}

  /** The demo users, each after their manager. */
  static final List<Person> PEOPLE =
      List.of(
          new Person("chen.jing", "陈静", "sales_director", "sales", null),
          new Person("li.qiang", "李强", "sales_manager", "east", "chen.jing"),
          new Person("wang.fang", "王芳", "sales_rep", "east", "li.qiang"),
          new Person("zhao.lei", "赵磊", "sales_rep", "east", "li.qiang"),
          new Person("liu.yang", "刘洋", "sales_manager", "north", "chen.jing"),
          new Person("sun.li", "孙丽", "sales_rep", "north", "liu.yang"),
          new Person("zhou.hui", "周慧", "sales_rep", "north", "liu.yang"),
          new Person("wu.hao", "吴昊", "service_manager", "service", null),
          new Person("zheng.xin", "郑鑫", "customer_service", "service", "wu.hao"),
          new Person("huang.min", "黄敏", "finance", "finance", null),
          new Person("xu.tao", "徐涛", "contract_admin", "finance", "huang.min"),
          new Person("ma.lin", "马琳", "marketing", "marketing", null));

  DemoOrganisation(Relata relata, Actor admin, String password) {
    this.relata = relata;
    this.admin = admin;
    this.password = password;
  }

  /** The people who own the demo records: sales (customers, deals) and service (requests). */
  record Owners(List<Actor> sales, List<Actor> service) {}

  Owners load() {
    department("head", "Head office", "总部", null);
    department("sales", "Sales", "销售部", "head");
    department("east", "Sales East", "华东销售部", "sales");
    department("north", "Sales North", "华北销售部", "sales");
    department("service", "Service", "客服部", "head");
    department("finance", "Finance", "财务部", "head");
    department("marketing", "Marketing", "市场部", "head");
    PEOPLE.forEach(this::user);
    head("sales", "chen.jing");
    head("east", "li.qiang");
    head("north", "liu.yang");
    head("service", "wu.hao");
    head("finance", "huang.min");
    head("marketing", "ma.lin");
    return new Owners(
        actors("li.qiang", "wang.fang", "zhao.lei", "liu.yang", "sun.li", "zhou.hui"),
        actors("wu.hao", "zheng.xin"));
  }

  List<String> usernames() {
    return List.copyOf(users.keySet());
  }

  private void department(String key, String english, String chinese, String parent) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", english);
    values.put("labels", Map.of("en", english, "zh-CN", chinese));
    values.put("parent", parent == null ? null : departments.get(parent).id());
    departments.put(key, relata.departments().create(admin, values));
  }

  /**
   * Refuses, before anything is loaded, a password the policy would refuse for one of the demo
   * users, so that a refused password leaves no half-loaded organisation behind.
   */
  static void checkPassword(Relata relata, String password) {
    relata
        .database()
        .execute(
            c -> {
              for (Person person : PEOPLE) {
                relata
                    .accountSecurity()
                    .checkNewPassword(c, person.username(), person.displayName(), password);
              }
            });
  }

  private void user(Person person) {
    Map<String, Object> values = new HashMap<>();
    values.put("username", person.username());
    values.put("displayName", person.displayName());
    values.put("email", person.username() + "@demo.relata.dev");
    values.put("department", departments.get(person.department()).id());
    values.put("manager", person.manager() == null ? null : users.get(person.manager()));
    values.put("roles", List.of(person.role()));
    values.put("locale", "zh-CN");
    values.put("password", password);
    users.put(person.username(), relata.userAdministration().create(admin, values).user().id());
  }

  private void head(String department, String username) {
    Department current = relata.departments().get(admin, departments.get(department).id());
    relata
        .departments()
        .update(admin, current.id(), Map.of("head", users.get(username)), current.version());
  }

  private List<Actor> actors(String... usernames) {
    List<Actor> actors = new ArrayList<>();
    for (String username : usernames) {
      User user = relata.identity().user(users.get(username)).orElseThrow();
      actors.add(IdentityService.actor(user));
    }
    return actors;
  }
}
