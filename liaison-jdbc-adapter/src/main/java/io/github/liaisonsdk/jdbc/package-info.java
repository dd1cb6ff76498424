/**
 * The JDBC adapter: every Liaison SDK port on plain JDBC, H2 as the embedded default and PostgreSQL for
 * production. Start at {@link io.github.liaisonsdk.jdbc.JdbcStores}; only the types it returns are public.
 */
package io.github.liaisonsdk.jdbc;
