package dev.relata.metadata.catalog;

/**
 * Asked before a metadata change commits, with the catalog as it would be after it, by what depends
 * on definitions (e.g. published rules). It refuses the change by throwing a {@link
 * dev.relata.metadata.error.RelataException} that says what would break; nothing is changed then.
 */
@FunctionalInterface
public interface MetadataGuard {
  void check(Catalog candidate);
}
