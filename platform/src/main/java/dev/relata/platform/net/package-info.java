/**
 * Network addresses of the clients behind requests: IP literals read strictly and without a DNS
 * lookup, CIDR ranges, and which reverse proxies are trusted to say, in {@code X-Forwarded-For},
 * whom they forward. Plain Java and commons-validator; depends on nothing else in Relata.
 */
package dev.relata.platform.net;
