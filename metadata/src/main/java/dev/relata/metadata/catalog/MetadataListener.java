package dev.relata.metadata.catalog;

/** Told after a metadata change has committed (e.g. to rebuild what depends on definitions). */
@FunctionalInterface
public interface MetadataListener {
  void metadataChanged(Catalog catalog);
}
