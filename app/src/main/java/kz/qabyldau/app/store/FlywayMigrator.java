package kz.qabyldau.app.store;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs versioned SQL migrations with Flyway (its SQLite support is part of flyway-core): the
 * workstation's in {@value #LOCATION}, the simulated central service's in its own location. Only
 * called when {@code PRAGMA user_version} says the schema is behind, because Flyway's first migrate
 * costs most of a second. Every Flyway type is confined to this class, so a normal start does not
 * even load Flyway's classes.
 */
public final class FlywayMigrator implements SchemaMigrator {

    /** Migrations are {@code V<integer>__<what>.sql}; the integer becomes {@code user_version}. */
    static final String LOCATION = "classpath:db/migration";

    private final String location;

    /** The workstation's own migrations. */
    FlywayMigrator() {
        this(LOCATION);
    }

    /** Migrations from another class-path location, e.g. {@code classpath:db/central}. */
    public FlywayMigrator(String location) {
        this.location = location;
    }

    @Override
    public int migrate(Path databaseFile) {
        try {
            return runFlyway(Database.jdbcUrl(databaseFile));
        } catch (FlywayException e) {
            throw new StoreException(StoreException.MIGRATION_FAILED, databaseFile, e.getMessage(), e);
        }
    }

    private int runFlyway(String jdbcUrl) {
        Flyway flyway = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(jdbcUrl, null, null)
                .locations(location)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return version == null ? 0 : Integer.parseInt(version);
    }
}
