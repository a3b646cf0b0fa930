package kz.qabyldau.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.settings.SettingsStore;
import kz.qabyldau.app.settings.WorkstationPreferences;

/**
 * {@link SettingsStore} on the {@code settings} key/value table. A key that was never saved reads
 * as its {@link OfficeSettings#unconfigured()} value, so adding a setting needs no migration.
 * Every save that changes something is recorded in the audit log with the names of the changed
 * settings (not their values: the log is for "who changed the central service", not a copy; and the
 * token, {@code central.token}, is a secret that must not be copied anywhere).
 */
public final class SqliteSettingsStore implements SettingsStore, WorkstationPreferences {

    static final String OFFICE_NAME = "office.name";
    static final String REGION = "office.region";
    static final String PROVIDER = "office.provider";
    static final String CLERK = "clerk.name";
    static final String LANGUAGE = "ui.language";
    static final String CENTRAL_URL = "central.url";
    static final String OFFICE_CODE = "office.code";
    static final String TOKEN = "central.token";

    /** The audit action recorded when settings change. */
    public static final String AUDIT_ACTION = AuditActions.SETTINGS_CHANGED;

    private final Database database;
    private final AuditLog auditLog;

    public SqliteSettingsStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public SqliteSettingsStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = new AuditLog(database, clock);
    }

    /** @throws StoreException {@link StoreException#READ_FAILED} and the others of {@link Database#read} */
    @Override
    public OfficeSettings load() {
        return database.read(c -> fromMap(readAll(c)));
    }

    /** @throws StoreException {@link StoreException#WRITE_FAILED} and the others of {@link Database#write} */
    @Override
    public void save(OfficeSettings settings) {
        Map<String, String> wanted = toMap(Objects.requireNonNull(settings, "settings"));
        database.write(c -> {
            Map<String, String> stored = readAll(c);
            TreeSet<String> changed = new TreeSet<>();
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : wanted.entrySet()) {
                    if (!e.getValue().equals(stored.get(e.getKey()))) {
                        changed.add(e.getKey());
                        st.setString(1, e.getKey());
                        st.setString(2, TOKEN.equals(e.getKey())
                                ? PersonalColumns.CENTRAL_TOKEN.seal(database.vault(), TOKEN, e.getValue())
                                : e.getValue());
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
            if (!changed.isEmpty()) {
                auditLog.appendPublic(c, settings.clerkName(), AUDIT_ACTION, "", String.join(", ", changed));
            }
            return null;
        });
    }

    /** Workstation preferences share the key/value table under their own prefix, apart from the office's keys. */
    static final String PREFERENCE_PREFIX = "workstation.pref.";

    @Override
    public Optional<String> preference(String key) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                st.setString(1, PREFERENCE_PREFIX + key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() && !rs.getString(1).isEmpty() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void savePreference(String key, String value) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, PREFERENCE_PREFIX + key);
                st.setString(2, value == null ? "" : value);
                st.executeUpdate();
            }
            return null;
        });
    }

    private Map<String, String> readAll(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM settings");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        values.computeIfPresent(TOKEN, (key, stored) -> openToken(stored));
        return values;
    }

    /**
     * The token, opened. Settings are read at start, before anyone signed in: then a sealed token reads
     * as not set (sync waits for the sign-in), while saving settings stays refused until the key is open,
     * so the stored token is never overwritten by that blank.
     */
    private String openToken(String stored) {
        Vault vault = database.vault();
        if (vault.state() == Vault.State.LOCKED) {
            return "";
        }
        return PersonalColumns.CENTRAL_TOKEN.open(vault, TOKEN, stored);
    }

    private static Map<String, String> toMap(OfficeSettings s) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(OFFICE_NAME, required(s.officeName(), "officeName"));
        map.put(REGION, required(s.regionCode(), "regionCode"));
        map.put(PROVIDER, required(s.providerName(), "providerName"));
        map.put(CLERK, required(s.clerkName(), "clerkName"));
        map.put(LANGUAGE, required(s.language(), "language"));
        map.put(CENTRAL_URL, required(s.centralUrl(), "centralUrl"));
        map.put(OFFICE_CODE, required(s.officeCode(), "officeCode"));
        map.put(TOKEN, required(s.token(), "token"));
        return map;
    }

    private static String required(String value, String name) {
        return Objects.requireNonNull(value, () -> "OfficeSettings." + name + " is null (use \"\" for not set)");
    }

    private static OfficeSettings fromMap(Map<String, String> m) {
        OfficeSettings d = OfficeSettings.unconfigured();
        return new OfficeSettings(
                m.getOrDefault(OFFICE_NAME, d.officeName()),
                m.getOrDefault(REGION, d.regionCode()),
                m.getOrDefault(PROVIDER, d.providerName()),
                m.getOrDefault(CLERK, d.clerkName()),
                m.getOrDefault(LANGUAGE, d.language()),
                m.getOrDefault(CENTRAL_URL, d.centralUrl()),
                m.getOrDefault(OFFICE_CODE, d.officeCode()),
                m.getOrDefault(TOKEN, d.token()));
    }
}
