package dev.relata.rules.build;

/** DRL to build, under the path of the rule file it came from (DSLR expanded, tables compiled). */
record DrlSource(String path, String drl) {}
