package kz.qabyldau.app.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a workstation knows about the office it serves. Stored in SQLite; edited in Settings.
 *
 * @param officeName     the front office's name as printed on forms
 * @param regionCode     KATO code of the region (reference data), empty until configured
 * @param providerName   the local executive body (LEO) the office sends applications to
 * @param clerkName      the clerk working at this workstation
 * @param language       interface language: "kk", "ru" or "en"
 * @param centralUrl     address of the central service, empty until configured
 * @param officeCode     the office code the workstation names itself with to the central service
 *                       ({@code Qabyldau-Office}, {@link #OFFICE_CODE}), empty until configured
 * @param token          the token the central service gave this workstation, empty until configured; a secret:
 *                       never shown in full, never logged ({@link #toString()} masks it)
 */
public record OfficeSettings(String officeName, String regionCode, String providerName, String clerkName,
                             String language, String centralUrl, String officeCode, String token) {

    /** What an office code may be (docs/sync-protocol.md, section 1): letters, digits, {@code . _ -}, at most 64. */
    public static final Pattern OFFICE_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Settings without the central service's identity of the workstation (office code and token not set). */
    public OfficeSettings(String officeName, String regionCode, String providerName, String clerkName,
                          String language, String centralUrl) {
        this(officeName, regionCode, providerName, clerkName, language, centralUrl, "", "");
    }

    /** A workstation that has never been configured. */
    public static OfficeSettings unconfigured() {
        return new OfficeSettings("", "", "", "", "kk", "", "", "");
    }

    /** An office is configured once it has a name, a region, a provider and a central service. */
    public boolean isOfficeConfigured() {
        return !officeName.isBlank() && !regionCode.isBlank() && !providerName.isBlank() && !centralUrl.isBlank();
    }

    public Optional<String> region() {
        return regionCode.isBlank() ? Optional.empty() : Optional.of(regionCode);
    }

    /** The office code, when one that the protocol accepts is set. */
    public Optional<String> validOfficeCode() {
        return OFFICE_CODE.matcher(officeCode).matches() ? Optional.of(officeCode) : Optional.empty();
    }

    /** The token, when set. */
    public Optional<String> centralToken() {
        return token.isBlank() ? Optional.empty() : Optional.of(token);
    }

    /** These settings in another interface language (everything else kept, the identity too). */
    public OfficeSettings withLanguage(String newLanguage) {
        return new OfficeSettings(officeName, regionCode, providerName, clerkName, newLanguage, centralUrl, officeCode,
                token);
    }

    /** These settings naming another clerk: the signed-in operator, on the forms and in the records they make. */
    public OfficeSettings withClerkName(String newClerkName) {
        return new OfficeSettings(officeName, regionCode, providerName, newClerkName, language, centralUrl, officeCode,
                token);
    }

    /** These settings with the workstation's identity towards the central service. */
    public OfficeSettings withIdentity(String newOfficeCode, String newToken) {
        return new OfficeSettings(officeName, regionCode, providerName, clerkName, language, centralUrl, newOfficeCode,
                newToken);
    }

    /** Like the record's, with the token masked: settings end up in logs and error reports, the token never. */
    @Override
    public String toString() {
        return "OfficeSettings[officeName=" + officeName + ", regionCode=" + regionCode + ", providerName="
                + providerName + ", clerkName=" + clerkName + ", language=" + language + ", centralUrl=" + centralUrl
                + ", officeCode=" + officeCode + ", token=" + (token.isEmpty() ? "" : "***") + "]";
    }
}
