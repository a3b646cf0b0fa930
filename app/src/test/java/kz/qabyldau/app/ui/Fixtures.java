package kz.qabyldau.app.ui;

import java.util.List;
import java.util.Map;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.settings.RegionOption;

/** Shared example values for the UI tests. */
public final class Fixtures {

    public static final RegionOption ASTANA = new RegionOption("710000000",
            Map.of(Language.KK, "Астана", Language.RU, "Астана", Language.EN, "Astana"));
    public static final RegionOption ABAI = new RegionOption("100000000",
            Map.of(Language.KK, "Абай облысы", Language.RU, "Абайская область", Language.EN, "Abai Region"));
    public static final List<RegionOption> REGIONS = List.of(ABAI, ASTANA);

    /** A fully configured office working in Russian. */
    public static OfficeSettings configuredOffice() {
        return new OfficeSettings("ХҚКО №2 Астана", ASTANA.code(), "Астана қаласының әкімдігі", "Айгүл Сейітова",
                "ru", "https://central.example.kz/api");
    }

    private Fixtures() {
    }
}
