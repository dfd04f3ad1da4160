/**
 * Commands an operator runs on the server machine rather than in the browser, with the same {@code
 * RELATA_*} environment as the server: each opens the installation itself, does one job and says
 * what it did. The launcher ({@code relata.jar}) calls them in a class loader over the WAR's
 * libraries, so their entry points take and return JDK types only. Depends on the rest of the
 * platform.
 */
package dev.relata.platform.console;
