/**
 * The record filter language (OData-style: {@code amount gt 1000 and stage eq 'won'}) and sort
 * expressions, used by the platform for lists and, as residual conditions of the access policy, by
 * the rules; it depends only on {@code metadata.model} and {@code metadata.error}. {@link
 * dev.relata.metadata.query.FilterParser} turns text into a {@link
 * dev.relata.metadata.query.Filter}; {@link dev.relata.metadata.query.FilterBinder} binds it to an
 * entity's {@link dev.relata.metadata.query.QueryField}s once, resolving names, checking each
 * literal against its field's type and converting it to a value, and refusing with a 400 whatever
 * does not fit. The {@link dev.relata.metadata.query.BoundFilter} it gives has two readers: {@link
 * dev.relata.metadata.query.SqlQueryWriter} writes it as a SQL {@code WHERE} with bind parameters
 * (nothing the caller typed is pasted into SQL) for lists, {@link
 * dev.relata.metadata.query.FilterEvaluator} tests it on one record in memory. Both read the same
 * bound values, so they refuse the same filters with the same messages and cannot convert a literal
 * in two ways, and {@code FilterQueryAgreementTest} checks on random records and filters, on H2 and
 * PostgreSQL, that they select the same records.
 *
 * <p>Where the database alone decides, the evaluator does not guess. Ordering text ({@code gt ge lt
 * le} on a text field) follows the database's collation, so the evaluator refuses such a condition
 * (a 400 when it is made): residual conditions must not order text. Ignoring case in {@code
 * contains}, {@code startswith} and {@code endswith} lowers each code point by itself, as
 * PostgreSQL does in a UTF-8 database with a libc locale: the same for every database on ASCII
 * text, and for other letters wherever the database lowers them the same way. Known limits: H2
 * lowers with Java's {@link java.lang.String#toLowerCase()} in the JVM's default locale, so there
 * {@code İ} (U+0130) and a word-final {@code Σ} in a stored text lower differently, and under a
 * Turkish, Azeri or Lithuanian default locale {@code I} does too; PostgreSQL with an ICU locale
 * lowers those two like Java, and with {@code LC_CTYPE} C it lowers ASCII letters only.
 */
package dev.relata.metadata.query;
