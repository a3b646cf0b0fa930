package kz.qabyldau.app.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference-data publishers a workstation trusts (docs/sync-protocol.md 3.5, ADR 0122): Ed25519 public keys by
 * key id. An office workstation trusts the keys it ships ({@code /qabyldau/trust/publishers.txt}) and those its IT
 * person installed beside the application ({@link #ofThisInstallation()}, ADR 0124); training trusts only the key of
 * its own simulator. Never taken from the central service: the law is the publisher's, the central
 * only relays it.
 */
public final class PublisherKeys {

    /** Where an office's IT person installs the publisher's key, relative to the folder of the application's jar. */
    public static final String INSTALLED = "trust/publishers.txt";

    private static final String SHIPPED = "/qabyldau/trust/publishers.txt";
    private static final Logger LOG = LoggerFactory.getLogger(PublisherKeys.class);

    private final Map<String, byte[]> keys;

    private PublisherKeys(Map<String, byte[]> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The keys this build of the workstation ships. */
    public static PublisherKeys shipped() {
        try (InputStream in = PublisherKeys.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the build");
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED, keys, true);
            return new PublisherKeys(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an office workstation trusts (ADR 0124): the keys it ships and those its IT person installed in
     * {@value #INSTALLED} in the folder of the application's jar (on the Debian package
     * {@code /opt/qabyldau/lib/app/trust/publishers.txt}, writable by the machine's administrators only).
     */
    public static PublisherKeys ofThisInstallation() {
        return shippedAnd(installedFile());
    }

    /**
     * The shipped keys and those of {@code installed}, when that file exists. A line of it that is not an Ed25519
     * public key is logged and left out (the bundles it was meant for are then refused, naming their key, on the
     * Outbox page).
     */
    public static PublisherKeys shippedAnd(Optional<Path> installed) {
        Map<String, byte[]> keys = new LinkedHashMap<>(shipped().keys);
        int shipped = keys.size();
        if (installed.isPresent() && Files.isRegularFile(installed.get())) {
            try {
                String text = Files.readString(installed.get(), StandardCharsets.UTF_8);
                read(text, installed.get().toString(), keys, false);
            } catch (IOException | UncheckedIOException e) {
                LOG.error("The installed publisher keys in {} cannot be read: only the shipped ones are trusted",
                        installed.get(), e);
            }
        }
        LOG.info("Law publishers trusted: {} ({} shipped, {} installed{})", keys.keySet(), shipped,
                keys.size() - shipped, installed.map(p -> " from " + p).orElse(""));
        return new PublisherKeys(keys);
    }

    /** Where an office's IT person installs the publisher's key: {@value #INSTALLED} beside the running jar. */
    static Optional<Path> installedFile() {
        try {
            CodeSource source = PublisherKeys.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) && jar.getParent() != null
                    ? Optional.of(jar.getParent().resolve(INSTALLED)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void read(String text, String source, Map<String, byte[]> keys, boolean strict) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                byte[] key = publicKey(Base64.getDecoder().decode(line));
                keys.put(keyId(key), key);
            } catch (IllegalArgumentException e) {
                if (strict) {
                    throw new IllegalStateException("line " + (i + 1) + " of " + source + ": " + e.getMessage(), e);
                }
                LOG.error("Line {} of {} is not an Ed25519 public key in base64: left out", i + 1, source);
            }
        }
    }

    /** Exactly the given keys (X.509 SubjectPublicKeyInfo): training's own simulator, tests. */
    public static PublisherKeys of(byte[]... publicKeys) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (byte[] k : publicKeys) {
            keys.put(keyId(publicKey(k)), k.clone());
        }
        return new PublisherKeys(keys);
    }

    /** The trusted key with this id. */
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId)).map(byte[]::clone);
    }

    /** How many keys are trusted. */
    public int size() {
        return keys.size();
    }

    /** The id of a publisher key: the first 32 hex digits of the SHA-256 of its encoded form. */
    public static String keyId(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] publicKey(byte[] encoded) {
        try {
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            return encoded;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
