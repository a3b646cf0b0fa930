package kz.qabyldau.app.ui.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses of the central service are acceptable. Applications carry personal data, so
 * they travel only over HTTPS; plain HTTP is allowed on this computer's loopback address alone,
 * where the training service and test servers run. Host names are never resolved here (that
 * would block and could be spoofed): only {@code localhost} and literal loopback addresses count.
 */
public final class CentralUrlRule {

    /** The address is not a URL with a scheme and a host. */
    public static final String INVALID = "settings.centralUrl.invalid";
    /** Plain HTTP to another computer. */
    public static final String NOT_HTTPS = "settings.centralUrl.notHttps";

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private CentralUrlRule() {
    }

    /**
     * Checks an address as typed.
     *
     * @return the UI text key of the problem, or empty when the address is acceptable (a blank
     *         address is acceptable: the office is then simply not connected yet)
     */
    public static Optional<String> problem(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of(INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(INVALID);
        }
        return switch (scheme) {
            case "https" -> Optional.empty();
            case "http" -> isLoopback(uri.getHost()) ? Optional.empty() : Optional.of(NOT_HTTPS);
            default -> Optional.of(INVALID);
        };
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || IPV4_LOOPBACK.matcher(h).matches();
    }
}
