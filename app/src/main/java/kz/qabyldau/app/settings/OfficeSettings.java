package kz.qabyldau.app.settings;

import java.util.Optional;

/**
 * What a workstation knows about the office it serves. Stored in SQLite; edited in Settings.
 *
 * @param officeName     the front office's name as printed on forms
 * @param regionCode     KATO code of the region (reference data), empty until configured
 * @param providerName   the local executive body (LEO) the office sends applications to
 * @param clerkName      the clerk working at this workstation
 * @param language       interface language: "kk", "ru" or "en"
 * @param centralUrl     address of the central service, empty until configured
 */
public record OfficeSettings(String officeName, String regionCode, String providerName, String clerkName,
                             String language, String centralUrl) {

    /** A workstation that has never been configured. */
    public static OfficeSettings unconfigured() {
        return new OfficeSettings("", "", "", "", "kk", "");
    }

    /** An office is configured once it has a name, a region, a provider and a central service. */
    public boolean isOfficeConfigured() {
        return !officeName.isBlank() && !regionCode.isBlank() && !providerName.isBlank() && !centralUrl.isBlank();
    }

    public Optional<String> region() {
        return regionCode.isBlank() ? Optional.empty() : Optional.of(regionCode);
    }
}
