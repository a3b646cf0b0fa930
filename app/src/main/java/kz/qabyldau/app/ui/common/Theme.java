package kz.qabyldau.app.ui.common;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/** The workstation's stylesheets, from the resources module: the palette first, then the components. */
public final class Theme {

    private static final List<String> FILES = List.of("/qabyldau/theme/palette.css", "/qabyldau/theme/workstation.css",
            "/qabyldau/theme/intake.css", "/qabyldau/theme/finish.css");

    private Theme() {
    }

    /** The stylesheet URLs in the order they must be added to a scene. */
    public static List<String> stylesheets() {
        return FILES.stream().map(Theme::url).toList();
    }

    private static String url(String path) {
        URL url = Objects.requireNonNull(Theme.class.getResource(path), () -> "missing stylesheet " + path);
        return url.toExternalForm();
    }
}
