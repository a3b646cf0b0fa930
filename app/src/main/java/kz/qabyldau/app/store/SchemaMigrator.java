package kz.qabyldau.app.store;

/** Brings a database's schema up to the newest migration. A seam so tests can see whether it ran. */
interface SchemaMigrator {

    /**
     * Applies every pending migration to the database at {@code jdbcUrl}.
     *
     * @return the schema version reached
     */
    int migrate(String jdbcUrl);
}
