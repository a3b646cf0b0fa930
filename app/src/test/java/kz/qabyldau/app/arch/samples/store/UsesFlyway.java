package kz.qabyldau.app.arch.samples.store;

import org.flywaydb.core.Flyway;

/** Wrong on purpose: migrates the schema outside the migrator, so every start would load Flyway. */
public class UsesFlyway {
    void migrate(Flyway flyway) {
        flyway.migrate();
    }
}
