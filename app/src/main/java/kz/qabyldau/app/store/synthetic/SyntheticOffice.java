package kz.qabyldau.app.store.synthetic;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ImportedApplication;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.identity.LatinNames;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;
import java.nio.charset.StandardCharsets;

/**
 * Makes permit applications of made-up people, the same ones for the same seed: every state an application
 * can be in (draft, deleted, refused at intake, queued, submitted, issued, refused, handed out), filed on
 * working days before {@code today}, judged by the law core shipped in the jar.
 *
 * <p>The verdict depends on the filing day, the months asked for and whether the medical certificate has
 * expired, not on who the people are (the generated values are consistent by construction), so it is
 * computed once per such combination: a million applications need about a thousand judgements.
 */
public final class SyntheticOffice {

    static final String SERVICE = "permit.issue";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Almaty");
    private static final int[] MONTHS = {3, 6, 12};
    /** Shares of the states, in per mille: most records of an office are handed out. */
    private static final Map<ApplicationStatus, Integer> SHARES = shares();

    private final SplittableRandom random;
    private final SyntheticNames names = SyntheticNames.load();
    private final LatinNames latin = new LatinNames(ReferenceData.loadBundled().transliteration());
    private final Verdicts law = Verdicts.bundled();
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final List<String> scans;
    private final LocalDate today;
    private final List<String> clerks;
    private long made;
    private long permits;

    /**
     * @param seed  the same seed makes the same applications
     * @param today filings are on working days of the year before this day
     * @param scans the SHA-256 of stored scans the documents may name (at least one)
     */
    public SyntheticOffice(long seed, LocalDate today, List<String> scans) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.scans = List.copyOf(scans);
        this.clerks = List.of("Сапарова А.", "Иманов Б.", "Ким Е.", "Жақсылықова Д.");
        if (this.scans.isEmpty()) {
            throw new IllegalArgumentException("at least one scan");
        }
    }

    /** One generated application and the identities it holds (for the manifest). */
    public record Generated(ImportedApplication application, Identity identity) {
    }

    /** What a tester may search for: the applicant's surname, IIN ('' if none), passport, and the numbers. */
    public record Identity(String surname, String iin, String passportNumber, String permitNumber, String reference,
                           String ticket, String employerIin, String status) {

        /** One tab-separated line of the manifest (docs/search.md). */
        public String line() {
            return String.join("\t", surname, iin, passportNumber, permitNumber, reference, ticket, employerIin,
                    status);
        }

        public static String header() {
            return "# surname\tiin\tpassport\tpermit\treference\tticket\temployerIin\tstatus";
        }
    }

    /** The next {@code count} applications. */
    public List<Generated> next(int count) {
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    private Generated next() {
        made++;
        ApplicationStatus status = drawStatus();
        String country = pick(List.copyOf(names.applicants().keySet()));
        SyntheticNames.NameList list = names.applicants().get(country);
        SyntheticPerson applicant = person(list, country, 1965, 2004, true);
        SyntheticPerson employer = person(names.employers(), "KAZ", 1955, 1998, false);
        LocalDate filed = filingDay(status);
        LocalDateTime filedAt = filed.atTime(9 + random.nextInt(9), random.nextInt(60));
        int months = MONTHS[random.nextInt(MONTHS.length)];
        boolean refusedAtIntake = status == ApplicationStatus.INTAKE_REFUSED;
        Verdict verdict = verdict(filedAt, months, refusedAtIntake);
        UUID id = new UUID(random.nextLong(), random.nextLong() & 0xffff0fffffffffffL | 0x4000L);
        boolean finished = status != ApplicationStatus.DRAFT && status != ApplicationStatus.DELETED;
        Application app = application(id, applicant, employer, filedAt, months, refusedAtIntake,
                prepayment(verdict), finished);
        Instant started = filedAt.minusMinutes(12 + random.nextInt(10)).atZone(OFFICE_ZONE).toInstant();
        Instant finishedAt = filedAt.atZone(OFFICE_ZONE).toInstant();
        String ticket = String.format(Locale.ROOT, "%c%03d", "ABC".charAt(random.nextInt(3)), random.nextInt(1000));
        String clerk = pick(clerks);
        boolean sent = status.accepted() && status != ApplicationStatus.QUEUED;
        Optional<String> reference = sent ? Optional.of(String.format(Locale.ROOT, "CS-%d-%07d", filed.getYear(),
                made)) : Optional.empty();
        boolean decided = status == ApplicationStatus.ISSUED || status == ApplicationStatus.REFUSED
                || status == ApplicationStatus.HANDED_OUT;
        boolean refused = status == ApplicationStatus.REFUSED
                || status == ApplicationStatus.HANDED_OUT && random.nextInt(20) == 0;
        LocalDate decidedOn = verdict.date("decisionDue").orElse(filed.plusDays(10));
        Optional<String> permit = decided && !refused ? Optional.of(String.format(Locale.ROOT, "RP-71-%d-%06d",
                decidedOn.getYear(), ++permits)) : Optional.empty();
        Optional<String> decision = decided ? Optional.of(SyntheticDecisions.decision(id, reference.orElseThrow(),
                app, decidedOn, permit, verdict, months)) : Optional.empty();
        Instant decidedAt = decidedOn.atTime(11, 0).atZone(OFFICE_ZONE).toInstant();
        Optional<Instant> handedOut = status == ApplicationStatus.HANDED_OUT
                ? Optional.of(decidedAt.plusSeconds(86_400L * (1 + random.nextInt(10)))) : Optional.empty();
        Instant updated = handedOut.orElse(decided ? decidedAt : finishedAt);
        ImportedApplication imported = new ImportedApplication(id, status, app, ticket, clerk, started,
                finished ? updated : started.plusSeconds(300), finished ? Optional.of(verdict) : Optional.empty(),
                finished ? Optional.of(finishedAt) : Optional.empty(), reference, decision, permit,
                decided ? Optional.of(decidedAt) : Optional.empty(), handedOut);
        return new Generated(imported, new Identity(applicant.surname(), applicant.iin(), applicant.passportNumber(),
                permit.orElse(""), reference.orElse(""), ticket, employer.iin(), status.name()));
    }

    private ApplicationStatus drawStatus() {
        int r = random.nextInt(1000);
        for (Map.Entry<ApplicationStatus, Integer> e : SHARES.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return ApplicationStatus.HANDED_OUT;
    }

    private static Map<ApplicationStatus, Integer> shares() {
        Map<ApplicationStatus, Integer> m = new LinkedHashMap<>();
        m.put(ApplicationStatus.DRAFT, 60);
        m.put(ApplicationStatus.DELETED, 20);
        m.put(ApplicationStatus.INTAKE_REFUSED, 50);
        m.put(ApplicationStatus.QUEUED, 20);
        m.put(ApplicationStatus.SUBMITTED, 60);
        m.put(ApplicationStatus.ISSUED, 80);
        m.put(ApplicationStatus.REFUSED, 20);
        m.put(ApplicationStatus.HANDED_OUT, 690);
        return m;
    }

    /** Recent states are filed in the last weeks; the others over the year before today. */
    private LocalDate filingDay(ApplicationStatus status) {
        int span = switch (status) {
            case DRAFT, QUEUED, SUBMITTED -> 14;
            case ISSUED, REFUSED -> 40;
            default -> 330;
        };
        LocalDate day = today.minusDays(15 + random.nextInt(span));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private SyntheticPerson person(SyntheticNames.NameList list, String country, int fromYear, int toYear,
                                   boolean applicant) {
        boolean male = random.nextInt(10) < 7;
        String surname = pick(list.surnames());
        if (!male) {
            surname = SyntheticPerson.femaleSurname(surname);
        }
        String given = pick(male ? list.male() : list.female());
        LocalDate birth = LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1, 1)
                .plusDays(random.nextInt(365));
        // Employers are citizens (an IIN always); about half of the foreign applicants already have one.
        String iin = !applicant || random.nextBoolean() ? SyntheticPerson.iin(birth, male, random) : "";
        String passport = applicant ? String.format(Locale.ROOT, "%s%07d", country.substring(0, 2),
                (made * 7_919L + random.nextInt(7_919)) % 10_000_000L) : "";
        LocalDate issued = today.minusDays(200 + random.nextInt(2500));
        return new SyntheticPerson(surname, given, male, birth, iin, country, passport, issued,
                issued.plusYears(10).minusDays(1), latin.latin(surname + " " + given));
    }

    private Verdict verdict(LocalDateTime filedAt, int months, boolean refusedAtIntake) {
        String key = filedAt.toLocalDate() + "/" + months + "/" + refusedAtIntake;
        Verdict cached = verdicts.get(key);
        if (cached != null) {
            return cached;
        }
        SyntheticPerson someone = new SyntheticPerson("Каримов", "Алишер", true, LocalDate.of(1990, 1, 1), "",
                "UZB", "FA1234567", filedAt.toLocalDate().minusYears(2), filedAt.toLocalDate().plusYears(8),
                "KARIMOV ALISHER");
        SyntheticPerson employer = new SyntheticPerson("Ахметова", "Айгүл", false, LocalDate.of(1990, 1, 1),
                "900101400013", "KAZ", "", filedAt.toLocalDate(), filedAt.toLocalDate(), "AKHMETOVA AIGUL");
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        Application guess = application(id, someone, employer, filedAt, months, refusedAtIntake, BigDecimal.ZERO,
                true);
        BigDecimal expected = law.evaluate(guess, filedAt).figures().getOrDefault("prepaymentExpected",
                BigDecimal.ZERO);
        Verdict v = law.evaluate(application(id, someone, employer, filedAt, months, refusedAtIntake, expected, true),
                filedAt);
        if (refusedAtIntake != (v.outcome() == Outcome.REFUSE_INTAKE)) {
            throw new IllegalStateException("the synthetic application of " + key + " was judged " + v.outcome());
        }
        verdicts.put(key, v);
        return v;
    }

    private static BigDecimal prepayment(Verdict v) {
        return v.figures().getOrDefault("prepaymentExpected", BigDecimal.ZERO);
    }

    private Application application(UUID id, SyntheticPerson a, SyntheticPerson e, LocalDateTime filedAt, int months,
                                    boolean medicalExpired, BigDecimal prepayment, boolean filed) {
        LocalDate day = filedAt.toLocalDate();
        String street = pick(names.streets());
        String house = String.valueOf(1 + random.nextInt(120));
        String flat = String.valueOf(1 + random.nextInt(200));
        String address = "Астана, " + street + ", " + house + ", " + flat;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("provider.name", "Астана қаласы Алматы ауданының әкімдігі");
        f.put("applicant.citizenship", a.citizenship());
        f.put("applicant.surname", a.surname());
        f.put("applicant.givenNames", a.givenNames());
        f.put("applicant.latinName", a.latinName());
        if (!a.iin().isEmpty()) {
            f.put("applicant.iin", a.iin());
        }
        f.put("applicant.birthDate", a.birthDate().toString());
        f.put("applicant.birthPlace", "Ташкент");
        f.put("applicant.document.number", a.passportNumber());
        f.put("applicant.document.issuedOn", a.passportIssued().toString());
        f.put("applicant.document.issuedBy", "MIA");
        f.put("employer.surname", e.surname());
        f.put("employer.givenNames", e.givenNames());
        f.put("employer.iin", e.iin());
        f.put("employer.birthYear", e.birthDate().getYear());
        f.put("employer.address", address);
        f.put("employer.phone", "+7 701 555 " + String.format(Locale.ROOT, "%04d", random.nextInt(10000)));
        f.put("employer.document.number", String.format(Locale.ROOT, "0%08d", random.nextInt(100_000_000)));
        f.put("employer.document.issuedOn", day.minusYears(3).toString());
        f.put("employer.document.issuedBy", "ҚР ІІМ");
        f.put("household.region", "710000000");
        f.put("household.locality", "Астана");
        f.put("household.street", street);
        f.put("household.house", house);
        f.put("household.flat", flat);
        f.put("request.months", months);
        f.put("request.profession", pick(names.professions()));
        f.put("request.salary", 150_000);
        f.put("applicant.abroad.country", a.citizenship());
        f.put("applicant.abroad.address", "Chilanzar 5, 12");
        f.put("applicant.family.status", "married");
        f.put("applicant.kzAddress", address);
        f.put("applicant.phone", "+7 705 111 " + String.format(Locale.ROOT, "%04d", random.nextInt(10000)));
        f.put("consent.personalData", true);
        f.put("consent.employerPersonalData", true);
        f.put("prepayment.amount", prepayment);
        f.put("prepayment.paidOn", day.minusDays(3).toString());
        f.put("prepayment.taxOffice", "Астана қаласы Алматы ауданы бойынша МКБ");
        String scan = pick(scans);
        List<PresentedDocument> docs = List.of(
                doc("prepayment-receipt", day.minusDays(3), null, null, null, scan),
                doc("passport", a.passportIssued(), null, a.passportExpiry(), day.minusDays(40), scan),
                doc("medical-insurance", day.minusDays(3), day.plusDays(1), day.plusMonths(months + 1), null, scan),
                doc("medical-028e", medicalExpired ? day.minusDays(400) : day.minusDays(8), null, null, null, scan),
                doc("intent-agreement-app3", day.minusDays(5), null, null, null, scan));
        return new Application(Application.FORMAT, id.toString(), SERVICE, filed ? filedAt : null, "kk", f, docs,
                List.of());
    }

    private static PresentedDocument doc(String type, LocalDate issued, LocalDate from, LocalDate until,
                                         LocalDate crossing, String scan) {
        return new PresentedDocument(type, null, issued, from, until, crossing, List.of(scan));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
