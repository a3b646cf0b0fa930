package kz.qabyldau.app.store.crypto;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.keys.IndexKey;
import kz.qabyldau.app.store.keys.OperatorKeys;

/**
 * The keeper of an office database's data key: sign-in opens it ({@link OperatorKeys}), the store
 * seals and opens personal values with it ({@link Vault}). Attach it to the database once, right
 * after opening; the database is {@link Vault.State#PLAIN} until {@link #establish}, then
 * {@link Vault.State#LOCKED} at every start until an operator's password {@link #open opens} it.
 *
 * <p>The slow part (Argon2id, a fraction of a second) runs outside the database's lock; sealing
 * reads one volatile field and takes no lock, so a sign-in never holds up an autosave. Nothing here
 * logs a password, a code or a key; the log says only who opened or failed to open.
 */
public final class DataKeyKeeper implements OperatorKeys, Vault {

    private static final Logger LOG = LoggerFactory.getLogger(DataKeyKeeper.class);

    private final Database database;
    private final KdfCost cost;
    private final Clock clock;
    private volatile boolean established;
    private volatile DataKey key;

    private DataKeyKeeper(Database database, KdfCost cost, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.cost = cost;
        this.clock = clock;
        this.established = database.read(KeyWraps::keyCheck).isPresent();
    }

    /** The keeper of an office database, handed to it as its vault; the one already attached, if any. */
    public static DataKeyKeeper attach(Database database) {
        return attach(database, KdfCost.OFFICE, Clock.systemUTC());
    }

    static DataKeyKeeper attach(Database database, KdfCost cost, Clock clock) {
        if (database.vault() instanceof DataKeyKeeper attached) {
            // One keeper per database, whoever asks first (the window's opener, sign-in, a command).
            return attached;
        }
        DataKeyKeeper keys = new DataKeyKeeper(database, cost, clock);
        database.useVault(keys);
        return keys;
    }

    @Override
    public State state() {
        if (!established) {
            return State.PLAIN;
        }
        return key == null ? State.LOCKED : State.OPEN;
    }

    @Override
    public synchronized Optional<char[]> establish(String login, char[] password) {
        if (established) {
            throw new IllegalStateException("this database already has its data key");
        }
        DataKey made = DataKey.random();
        char[] code = RecoveryCode.generate();
        char[] normalised = RecoveryCode.normalise(code);
        KeyWraps.Wrap forOperator = wrapFor(made, password);
        KeyWraps.Wrap forRecovery = wrapFor(made, normalised);
        Arrays.fill(normalised, '\0');
        // Open from here on, so that what the office stored while plain is sealed in the same transaction.
        established = true;
        key = made;
        int sealed;
        try {
            sealed = database.write(c -> {
                KeyWraps.putKeyCheck(c, made.check());
                KeyWraps.put(c, KeyWraps.operator(login), forOperator, clock.instant());
                KeyWraps.put(c, KeyWraps.RECOVERY, forRecovery, clock.instant());
                return PersonalColumns.sealExisting(c, this);
            });
        } catch (RuntimeException e) {
            established = false;
            replaceKey(null);
            throw e;
        }
        LOG.info("Sealed {} values stored before the data key existed", sealed);
        LOG.info("Data key made for this database; wrapped for operator {} and the recovery code", login);
        return Optional.of(code);
    }

    @Override
    public synchronized void grant(String login, char[] password) {
        DataKey open = key;
        if (open == null) {
            throw new IllegalStateException("the data key is not open: an operator must be signed in");
        }
        KeyWraps.Wrap wrap = wrapFor(open, password);
        database.write(c -> {
            KeyWraps.put(c, KeyWraps.operator(login), wrap, clock.instant());
            return null;
        });
        LOG.info("Data key wrapped for operator {}", login);
    }

    @Override
    public synchronized boolean open(String login, char[] password) {
        if (!established) {
            return true;
        }
        Optional<DataKey> opened = unwrap(KeyWraps.operator(login), password);
        opened.ifPresent(this::replaceKey);
        LOG.info(opened.isPresent() ? "Data key opened by operator {}" : "Data key not opened for operator {}", login);
        return opened.isPresent();
    }

    @Override
    public synchronized void revoke(String login) {
        database.write(c -> {
            KeyWraps.remove(c, KeyWraps.operator(login));
            return null;
        });
        LOG.info("Data key wrap of operator {} removed", login);
    }

    @Override
    public synchronized boolean recover(String login, char[] recoveryCode, char[] newPassword) {
        if (!established) {
            return false;
        }
        char[] normalised = RecoveryCode.normalise(recoveryCode);
        Optional<DataKey> opened;
        try {
            opened = unwrap(KeyWraps.RECOVERY, normalised);
        } finally {
            Arrays.fill(normalised, '\0');
        }
        if (opened.isEmpty()) {
            LOG.info("Recovery code did not open the data key (for operator {})", login);
            return false;
        }
        KeyWraps.Wrap wrap = wrapFor(opened.get(), newPassword);
        database.write(c -> {
            KeyWraps.put(c, KeyWraps.operator(login), wrap, clock.instant());
            return null;
        });
        replaceKey(opened.get());
        LOG.info("Data key recovered with the recovery code and wrapped for operator {}", login);
        return true;
    }

    /** Forgets the open key (sign-out, closing): personal data is locked until the next sign-in. */
    public synchronized void lock() {
        replaceKey(null);
    }

    @Override
    public byte[] seal(byte[] plain, Cell cell) {
        if (!established) {
            return plain;
        }
        return Aead.seal(openKey().fields(), plain, cell.associatedData());
    }

    @Override
    public byte[] open(byte[] stored, Cell cell) {
        if (!established) {
            return stored;
        }
        return Aead.open(openKey().fields(), stored, cell.associatedData())
                .orElseThrow(() -> new StoreException(StoreException.TAMPERED, database.file(),
                        "a sealed value does not open in " + cell.table() + "." + cell.column(), null));
    }

    @Override
    public IndexKey indexKey() {
        if (!established) {
            throw new IllegalStateException("a plain database keeps its index key itself");
        }
        return openKey().indexKey();
    }

    private DataKey openKey() {
        DataKey open = key;
        if (open == null) {
            throw new StoreException(StoreException.KEY_LOCKED, database.file(), null, null);
        }
        return open;
    }

    private void replaceKey(DataKey next) {
        DataKey previous = key;
        key = next;
        if (previous != null && previous != next) {
            previous.wipe();
        }
    }

    private KeyWraps.Wrap wrapFor(DataKey dataKey, char[] secret) {
        byte[] salt = PasswordKek.newSalt();
        SecretKey kek = PasswordKek.derive(secret, salt, cost);
        return new KeyWraps.Wrap(salt, cost, KeyWrap.wrap(dataKey, kek));
    }

    /** The key this secret unwraps for {@code holder}, if it is this database's key. */
    private Optional<DataKey> unwrap(String holder, char[] secret) {
        Optional<KeyWraps.Wrap> wrap = database.read(c -> KeyWraps.find(c, holder));
        byte[] check = database.read(KeyWraps::keyCheck).orElseThrow();
        if (wrap.isEmpty()) {
            // Same work for an unknown login as for a wrong password: the time tells nothing.
            PasswordKek.derive(secret, PasswordKek.newSalt(), cost);
            return Optional.empty();
        }
        SecretKey kek = PasswordKek.derive(secret, wrap.get().salt(), wrap.get().cost());
        Optional<DataKey> unwrapped = KeyWrap.unwrap(wrap.get().wrapped(), kek);
        if (unwrapped.isPresent() && !unwrapped.get().matches(check)) {
            // A wrap copied from another database opens another key: not this one.
            unwrapped.get().wipe();
            return Optional.empty();
        }
        return unwrapped;
    }
}
