package kz.qabyldau.app.store;

import java.nio.file.Path;

/** Brings a database's schema up to the newest migration. A seam so tests can see whether it ran. */
interface SchemaMigrator {

    /**
     * Applies every pending migration to {@code databaseFile}.
     *
     * @return the schema version reached
     * @throws StoreException {@link StoreException#MIGRATION_FAILED}
     */
    int migrate(Path databaseFile);
}
