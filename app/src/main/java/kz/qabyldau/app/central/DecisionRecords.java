package kz.qabyldau.app.central;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.qabyldau.forms.service.LocalizedText;

/**
 * The JSON objects of decisions and revocations exactly as the protocol publishes them (section 3.5). Kept together
 * because they are one vocabulary; each record is serialised by Jackson as is.
 */
final class DecisionRecords {

    private DecisionRecords() {
    }

    /** One decision on one submitted application. */
    record Decision(UUID applicationId, String reference, String service, String outcome, LocalDate decidedOn,
                    Permit permit, Certificate certificate, Refusal refusal, Authority issuingAuthority,
                    Signer signer) {
    }

    record Permit(String number, LocalDate validFrom, LocalDate validTo, String extendsNumber, boolean duplicate) {
    }

    record Certificate(String number, LocalDate validFrom, LocalDate validTo, String profession, String sector,
                       boolean duplicate) {
    }

    record Refusal(Ground ground, LocalizedText description) {
    }

    /** A provider ground as the service definition in force words it. */
    record Ground(String id, String paragraph, LocalizedText text) {
    }

    record Authority(String code, String name) {
    }

    record Signer(LocalizedText position, String name) {
    }

    record Holder(String surname, String givenNames, String patronymic, String latinName) {
    }

    /** The data of the App. 8 notice: a permit issued through the office was revoked (p.36–40). */
    record Revocation(String revocationId, UUID applicationId, String permitNumber, LocalDate permitIssuedOn,
                      LocalDate revokedOn, LocalDate stayShortenedTo, Holder holder, Authority revokingAuthority,
                      RevocationGround ground, Signer signer) {
    }

    record RevocationGround(String paragraph, LocalizedText text) {
    }

    /** One entry of the change log as pulled: only the object of its kind is written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String kind, OffsetDateTime at, Object decision, Object revocation, Object referenceData) {
    }
}
