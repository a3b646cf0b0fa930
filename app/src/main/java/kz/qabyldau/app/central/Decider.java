package kz.qabyldau.app.central;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import kz.qabyldau.app.central.DecisionRecords.Authority;
import kz.qabyldau.app.central.DecisionRecords.Certificate;
import kz.qabyldau.app.central.DecisionRecords.Decision;
import kz.qabyldau.app.central.DecisionRecords.Ground;
import kz.qabyldau.app.central.DecisionRecords.Permit;
import kz.qabyldau.app.central.DecisionRecords.Refusal;
import kz.qabyldau.app.central.DecisionRecords.Signer;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.RefusalGround;
import kz.qabyldau.forms.service.RuleSpec;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.service.ValidityRule;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;
import kz.qabyldau.forms.verdict.Warning;
import java.time.format.DateTimeParseException;

/**
 * The simulated provider: decides a submitted application by the same law core the desk used
 * ({@link Verdicts}, the service definitions and reference data in force on its filing day).
 *
 * <p>A warning that anticipates a provider ground refuses on that ground (the clerk's override only let the
 * application travel; the provider still applies the law). Otherwise a seeded draw refuses a share of the
 * applications on a ground the desk cannot check, and the rest are issued. The draw depends on the seed and the
 * application's UUID alone, so a run is the same whatever order the applications arrive in.
 */
final class Decider {

    /** Sequence names the store numbers decisions with. */
    interface Numbers {
        /** The next value (from 1) of the named sequence, inside the decision's transaction. */
        long next(String sequence);
    }

    private static final List<String> SIGNERS = List.of(
            "Жұмабаев Ерлан Серікұлы", "Оспанова Гүлнар Маратқызы", "Сәрсенбаев Нұрлан Асқарұлы",
            "Ахметова Әсел Бақытжанқызы");

    private final Verdicts verdicts;
    private final CentralTexts texts;
    private final long seed;
    private final double refuseRate;
    private final double revokeRate;

    Decider(Verdicts verdicts, CentralTexts texts, long seed, double refuseRate, double revokeRate) {
        this.verdicts = Objects.requireNonNull(verdicts);
        this.texts = Objects.requireNonNull(texts);
        this.seed = seed;
        this.refuseRate = refuseRate;
        this.revokeRate = revokeRate;
    }

    /** The law core's verdict on the application as filed (the server's own check before recording it). */
    Verdict judge(Application application, LocalDateTime asOf) {
        return verdicts.evaluate(application, asOf);
    }

    /**
     * Decides one application.
     *
     * @param region  KATO code of the office's region (numbers follow it)
     * @param today   the day of the decision
     */
    Decision decide(UUID id, String reference, Application application, LocalDateTime asOf, String region,
                    LocalDate today, Numbers numbers) {
        Draw draw = new Draw(id, 1);
        Verdict verdict = judge(application, asOf);
        ServiceDefinition definition = verdicts.catalog().inForce(application.service(), asOf.toLocalDate())
                .orElseThrow(() -> new IllegalStateException("no definition in force: " + application.service()));
        Authority authority = authority(application, region);
        Signer signer = signer(id);
        String service = application.service();
        if (service.equals("permit.termination")) {
            return new Decision(id, reference, service, "NOTICE_REGISTERED", today, null, null, null, authority,
                    signer);
        }
        Optional<Refusal> refusal = foreseenRefusal(verdict, definition).or(() -> drawnRefusal(draw, definition));
        if (refusal.isPresent()) {
            return new Decision(id, reference, service, "REFUSED", today, null, null, refusal.get(), authority,
                    signer);
        }
        if (definition.family().equals("permit")) {
            return new Decision(id, reference, service, "PERMIT_ISSUED", today,
                    permit(application, verdict, region, today, numbers), null, null, authority, signer);
        }
        return new Decision(id, reference, service, "CERTIFICATE_ISSUED", today, null,
                certificate(application, verdict, region, today, numbers), null, authority, signer);
    }

    /**
     * The App. 8 data of the revocation of a permit issued on {@code application} (p.36–40): the stay is cut to 15
     * calendar days from the revocation (p.40).
     */
    DecisionRecords.Revocation revocation(String revocationId, UUID id, String permitNumber, LocalDate issuedOn,
                                          Application application, String region, LocalDate today) {
        DecisionRecords.Holder holder = new DecisionRecords.Holder(text(application, "applicant.surname").orElse(null),
                text(application, "applicant.givenNames").orElse(null),
                text(application, "applicant.patronymic").orElse(null),
                text(application, "applicant.latinName").orElse(null));
        return new DecisionRecords.Revocation(revocationId, id, permitNumber, issuedOn, today, today.plusDays(15),
                holder, authority(application, region),
                new DecisionRecords.RevocationGround("p.36", texts.text("revocation.ground")), signer(id));
    }

    private Signer signer(UUID id) {
        return new Signer(texts.text("signer.position"), SIGNERS.get(new Draw(id, 2).index(SIGNERS.size())));
    }

    /** Whether a permit issued on this application will be revoked later (drawn, like the refusal, from the seed). */
    boolean revokes(UUID id) {
        return new Draw(id, 3).next() < revokeRate;
    }

    private Optional<Refusal> foreseenRefusal(Verdict verdict, ServiceDefinition definition) {
        for (Warning w : verdict.warnings()) {
            if (w.ground() == null) {
                continue;
            }
            Optional<RefusalGround> ground = definition.refusalGrounds().provider(w.ground());
            if (ground.isPresent()) {
                return Optional.of(new Refusal(ground(ground.get()), w.message()));
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> drawnRefusal(Draw draw, ServiceDefinition definition) {
        double refuse = draw.next();
        List<RefusalGround> hidden = groundsTheDeskCannotCheck(definition);
        int pick = draw.index(Math.max(1, hidden.size()));
        if (refuse >= refuseRate || hidden.isEmpty()) {
            return Optional.empty();
        }
        RefusalGround ground = hidden.get(pick);
        return Optional.of(new Refusal(ground(ground), texts.format("refusal.description", ground.text())));
    }

    /**
     * The provider grounds no rule of the definition warns about: those only the provider can establish (unreliable
     * documents, the authority's negative answer, a court ban …). A ground the desk checks and found clean is not a
     * plausible refusal.
     */
    static List<RefusalGround> groundsTheDeskCannotCheck(ServiceDefinition definition) {
        var checked = new HashSet<String>();
        for (RuleSpec rule : definition.rules()) {
            if (rule.ground() != null) {
                checked.add(rule.ground());
            }
        }
        definition.documents().forEach(d -> d.validity().stream().map(ValidityRule::ground)
                .filter(Objects::nonNull).forEach(checked::add));
        List<RefusalGround> hidden = new ArrayList<>();
        for (RefusalGround g : definition.refusalGrounds().provider()) {
            if (!checked.contains(g.id())) {
                hidden.add(g);
            }
        }
        return hidden;
    }

    private static Ground ground(RefusalGround g) {
        return new Ground(g.id(), g.paragraph(), g.text());
    }

    private static Authority authority(Application application, String region) {
        String code = text(application, "provider.code").orElse(region);
        String name = text(application, "provider.name").orElse(region);
        return new Authority(code, name);
    }

    private static Permit permit(Application application, Verdict verdict, String region, LocalDate today,
                                 Numbers numbers) {
        String service = application.service();
        if (service.equals("permit.duplicate")) {
            // p.27: a copy of the permit issued earlier, same number and period.
            String number = text(application, "permit.number")
                    .orElseGet(() -> newNumber("RP", region, today, numbers));
            return new Permit(number, date(application, "permit.validFrom").orElse(null),
                    date(application, "permit.validTo").orElse(null), null, true);
        }
        LocalDate from = verdict.date("permitFrom").orElse(today);
        LocalDate to = verdict.date("permitTo").orElse(null);
        String extendsNumber = service.equals("permit.extend") ? text(application, "permit.number").orElse(null)
                : null;
        return new Permit(newNumber("RP", region, today, numbers), from, to, extendsNumber, false);
    }

    private static Certificate certificate(Application application, Verdict verdict, String region, LocalDate today,
                                           Numbers numbers) {
        String service = application.service();
        boolean duplicate = service.equals("qualification.duplicate");
        String number = duplicate ? text(application, "certificate.number")
                .orElseGet(() -> newNumber("QC", region, today, numbers)) : newNumber("QC", region, today, numbers);
        Optional<LocalDate> from = verdict.date("certificateValidFrom")
                .or(() -> date(application, "certificate.validFrom"));
        Optional<LocalDate> to = verdict.date("certificateValidTo")
                .or(() -> date(application, "certificate.validTo"));
        LocalDate validFrom = from.orElse(today);
        // No period from the verdict or the earlier certificate: the issue term of up to 3 months (seed 003).
        LocalDate validTo = to.orElse(validFrom.plusMonths(3).minusDays(1));
        return new Certificate(number, validFrom, validTo, text(application, "request.profession").orElse(null),
                text(application, "request.sector").orElse(null), duplicate);
    }

    /** {@code RP-71-2026-000017}: kind, the region's two-digit KATO prefix, year, sequence per kind, region, year. */
    static String newNumber(String kind, String region, LocalDate today, Numbers numbers) {
        String rr = region.substring(0, 2);
        long n = numbers.next(kind + "-" + rr + "-" + today.getYear());
        return String.format("%s-%s-%d-%06d", kind, rr, today.getYear(), n);
    }

    static Optional<String> text(Application application, String field) {
        return application.field(field).map(Object::toString).filter(s -> !s.isBlank());
    }

    private static Optional<LocalDate> date(Application application, String field) {
        try {
            return text(application, field).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A per-application random stream: seed, UUID and purpose only (refusal 1, signer 2, revocation 3). */
    private final class Draw {
        private final SplittableRandom random;

        Draw(UUID id, int purpose) {
            this.random = new SplittableRandom(seed ^ id.getMostSignificantBits()
                    ^ Long.rotateLeft(id.getLeastSignificantBits(), 21) ^ (purpose * 0x9E3779B97F4A7C15L));
        }

        double next() {
            return random.nextDouble();
        }

        int index(int size) {
            return random.nextInt(size);
        }
    }

    /** Texts the decider needs in three languages. */
    interface CentralTexts {
        LocalizedText text(String key);

        LocalizedText format(String key, LocalizedText argument);
    }
}
