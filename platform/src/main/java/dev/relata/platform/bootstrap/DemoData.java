package dev.relata.platform.bootstrap;

import dev.relata.platform.identity.Actor;
import dev.relata.platform.records.RecordService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * A small, believable set of records for a trial: customers (in English and Chinese), their
 * contacts, opportunities, contracts and service requests. Written through the record service, so
 * the demo data obeys every validation a user's data does. Seeded, so every start looks the same.
 * The records are owned by the demo organisation's people, so that scopes and reassignment have
 * something to show.
 */
final class DemoData {
  private static final String[] INDUSTRIES = {
    "manufacturing", "retail", "finance", "technology", "healthcare", "education", "other"
  };
  private static final String[] STAGES = {
    "prospecting", "qualification", "proposal", "negotiation", "won", "lost"
  };
  private static final String[] CONTRACT_STATUS = {
    "draft", "pending_approval", "active", "expired", "terminated"
  };
  private static final String[] SR_STATUS = {"new", "in_progress", "resolved", "closed"};
  private static final String[] PRIORITIES = {"low", "medium", "high", "urgent"};
  private final RecordService records;
  private final Actor admin;
  private final List<Actor> sales;
  private final List<Actor> service;
  private final Random random = new Random(42);
  private final Faker english = new Faker(Locale.ENGLISH, new Random(7));
  private final Faker chinese = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(11));

  /**
   * Sales people own the customers, contacts, deals and contracts; service the requests. The
   * administrator enters them all and gives each its owner, whatever the owners' own roles allow.
   */
  DemoData(RecordService records, Actor admin, List<Actor> sales, List<Actor> service) {
    this.records = records;
    this.admin = admin;
    this.sales = List.copyOf(sales);
    this.service = List.copyOf(service);
  }

  void load() {
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      customers.add(customer(i % 2 == 0 ? english : chinese));
    }
    List<Long> contacts = new ArrayList<>();
    List<Long> contactCustomers = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      long customer = customers.get(i % customers.size());
      contacts.add(contact(customer, i % 2 == 0 ? english : chinese));
      contactCustomers.add(customer);
    }
    List<Long> opportunities = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      opportunities.add(opportunity(customers.get(random.nextInt(customers.size()))));
    }
    for (int i = 0; i < 25; i++) {
      contract(
          customers.get(random.nextInt(customers.size())),
          opportunities.get(random.nextInt(opportunities.size())));
    }
    for (int i = 0; i < 30; i++) {
      int c = random.nextInt(contacts.size());
      serviceRequest(contactCustomers.get(c), contacts.get(c));
    }
  }

  private long customer(Faker faker) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", faker.company().name());
    values.put("industry", pick(INDUSTRIES));
    values.put("level", pick(new String[] {"A", "B", "C"}));
    values.put("phone", english.phoneNumber().cellPhone());
    values.put("email", "info@" + english.internet().domainName());
    values.put("website", "https://www." + english.internet().domainName());
    values.put("address", faker.address().fullAddress());
    values.put("annual_revenue", BigDecimal.valueOf(random.nextInt(500_000) * 1000L, 0));
    return id(create("customer", values, owner()));
  }

  private long contact(long customer, Faker faker) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", faker.name().fullName());
    values.put("customer", customer);
    values.put("title", english.job().title());
    values.put("phone", english.phoneNumber().cellPhone());
    values.put("email", english.internet().emailAddress());
    return id(create("contact", values, owner()));
  }

  private long opportunity(long customer) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", english.commerce().productName() + " deal");
    values.put("customer", customer);
    values.put("amount", BigDecimal.valueOf(5_000L + random.nextInt(2_000_000)));
    values.put("stage", pick(STAGES));
    values.put(
        "expected_close_date", LocalDate.now().plusDays(random.nextInt(180) - 30).toString());
    values.put("probability", BigDecimal.valueOf(random.nextInt(11) * 10L));
    return id(create("opportunity", values, owner()));
  }

  private void contract(long customer, long opportunity) {
    LocalDate start = LocalDate.now().minusDays(random.nextInt(400));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("customer", customer);
    values.put("opportunity", opportunity);
    values.put("amount", BigDecimal.valueOf(10_000L + random.nextInt(1_000_000)));
    values.put("status", pick(CONTRACT_STATUS));
    values.put("signed_date", start.minusDays(7).toString());
    values.put("start_date", start.toString());
    values.put("end_date", start.plusYears(1).toString());
    create("contract", values, owner());
  }

  private void serviceRequest(long customer, long contact) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("customer", customer);
    values.put("contact", contact);
    values.put(
        "subject",
        pick(
                new String[] {
                  "Cannot sign in to",
                  "Invoice question about",
                  "Delivery delayed for",
                  "Defect reported in",
                  "Training request for"
                })
            + " "
            + english.commerce().productName());
    values.put("description", english.lorem().paragraph());
    values.put("status", pick(SR_STATUS));
    values.put("priority", pick(PRIORITIES));
    Actor agent = service.get(random.nextInt(service.size()));
    values.put("assignee", agent.userId());
    create("service_request", values, agent);
  }

  private Map<String, Object> create(String entity, Map<String, Object> values, Actor owner) {
    values.put("owner", owner.userId());
    return records.create(entity, values, admin);
  }

  private Actor owner() {
    return sales.get(random.nextInt(sales.size()));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static long id(Map<String, Object> record) {
    return (Long) record.get("id");
  }
}
