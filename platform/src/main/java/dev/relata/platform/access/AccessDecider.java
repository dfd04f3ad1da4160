package dev.relata.platform.access;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.query.FilterBinder;
import dev.relata.metadata.query.FilterParser;
import dev.relata.metadata.query.QueryField;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.access.AccessDecision;
import dev.relata.rules.access.AccessDecisions;
import dev.relata.rules.access.AccessGrant;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.facts.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which records of an entity an actor may reach for an action: the rule base in force
 * (generated matrix rules and analysts' sharing and restriction rules) runs once per subject,
 * entity, action and rule base, and the answer is kept. A new rule base (a publish, a matrix or
 * metadata change) or a change in the organisation starts afresh, so a revoked grant is gone on the
 * next request.
 */
public final class AccessDecider {
  private static final Logger LOG = Logger.getLogger(AccessDecider.class.getName());

  /** Entries kept before the cache starts over; decisions are cheap to make again. */
  static final int MAX_ENTRIES = 50_000;

  private final Database database;
  private final MetadataService metadata;
  private final Supplier<RuleBase> rules;
  private final Map<Key, RecordAccess> decisions = new ConcurrentHashMap<>();
  private volatile Organisation organisation;
  private volatile RuleBase decidedOn;

  private record Key(
      long userId,
      Set<String> roles,
      Organisation.Place place,
      String entity,
      AccessAction action) {}

  public AccessDecider(Database database, MetadataService metadata, Supplier<RuleBase> rules) {
    this.database = database;
    this.metadata = metadata;
    this.rules = rules;
  }

  /** Where every user sits now. */
  public Organisation organisation() {
    Organisation current = organisation;
    if (current == null) {
      current = database.read(Organisation::load);
      organisation = current;
    }
    return current;
  }

  /** Users or departments changed: the next decision reads the organisation again. */
  public void organisationChanged() {
    organisation = null;
    decisions.clear();
  }

  /** What {@code actor} may reach of {@code entity}'s records for {@code action}. */
  public RecordAccess access(Actor actor, String entity, AccessAction action) {
    RuleBase base = rules.get();
    if (base != decidedOn) {
      decisions.clear();
      decidedOn = base;
    }
    Organisation.Place place = organisation().place(actor.userId());
    Key key = new Key(actor.userId(), actor.roles(), place, entity, action);
    RecordAccess known = decisions.get(key);
    if (known != null) {
      return known;
    }
    if (decisions.size() >= MAX_ENTRIES) {
      decisions.clear();
    }
    RecordAccess decided = decide(base, actor, place, entity, action);
    decisions.put(key, decided);
    return decided;
  }

  private RecordAccess decide(
      RuleBase base, Actor actor, Organisation.Place place, String entity, AccessAction action) {
    AccessDecision decision =
        AccessDecisions.decide(
            base,
            new Subject(actor.userId(), actor.username(), actor.roles(), place.departmentName()),
            entity,
            action);
    EntityDefinition definition = metadata.catalog().require(entity);
    FilterBinder binder = new FilterBinder(entity, QueryField.of(definition));
    List<Reach> grants = new ArrayList<>();
    for (AccessGrant grant : decision.grants()) {
      grants.addAll(reach(grant, actor, place, binder, false));
    }
    List<Reach> forbids = new ArrayList<>();
    for (AccessGrant forbid : decision.forbids()) {
      forbids.addAll(reach(forbid, actor, place, binder, true));
    }
    return new RecordAccess(grants, forbids);
  }

  /**
   * What one grant or forbid reaches. A condition that does not bind to the entity's fields (a
   * field deleted since, a typo the rule tests missed) reaches nothing when it grants and
   * everything when it forbids: access fails closed.
   */
  private static List<Reach> reach(
      AccessGrant grant,
      Actor actor,
      Organisation.Place place,
      FilterBinder binder,
      boolean forbid) {
    if (grant.scope() != null) {
      return Scopes.reach(grant.scope(), actor.userId(), place);
    }
    if (grant.condition() == null) {
      return List.of(new Reach.Everything());
    }
    try {
      return List.of(
          Reach.Matching.of(grant.condition(), binder.bind(FilterParser.parse(grant.condition()))));
    } catch (RelataException e) {
      LOG.log(
          Level.SEVERE,
          "The condition \"{0}\" of {1} does not apply to this entity ({2}); it {3}",
          new Object[] {
            grant.condition(),
            grant.source(),
            e.getMessage(),
            forbid ? "forbids every record" : "grants nothing"
          });
      return List.of(forbid ? new Reach.Everything() : new Reach.Nothing());
    }
  }
}
