/**
 * Benchmarks of the platform foundation on PostgreSQL with a million opportunities: the data
 * generator, JMH latency benchmarks of list queries against hand-written SQL, the add-field timing,
 * and a REST create load run. {@code benchmarks/run.sh} runs them all; results are in {@code
 * docs/benchmarks.md}.
 */
package dev.relata.benchmarks;
