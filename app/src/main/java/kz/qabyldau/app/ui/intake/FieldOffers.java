package kz.qabyldau.app.ui.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.identity.MrzData;
import kz.qabyldau.forms.service.Money;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * What the desk can offer to fill a field with, because the application already says it (issue #13): the household
 * address for the temporary address in Kazakhstan ("same as the household address"), the prepayment the law core
 * expects for the months asked in the amount field, and the applicant's surname and given names spelt in Cyrillic
 * from the passport's zone. An offer is shown under its empty field and taken with one key (Enter there), as one
 * change the clerk can correct; a field with a value offers nothing. A view model: no controls.
 */
public final class FieldOffers {

    static final String KZ_ADDRESS = "applicant.kzAddress";
    static final String AMOUNT = "prepayment.amount";
    static final String SURNAME = "applicant.surname";
    static final String GIVEN_NAMES = "applicant.givenNames";
    /** The fields that may carry an offer, in the order of the permit's definition. */
    static final List<String> FIELDS = List.of(SURNAME, KZ_ADDRESS, AMOUNT);

    /** What is offered, with the sentence that says so in the clerk's language. */
    public record Offer(String text, Map<String, Object> values) {
        public Offer {
            values = Map.copyOf(values);
        }
    }

    private final IntakeSession session;
    private final PlaceNames places;
    private final CyrillicNames cyrillic;
    private final I18n i18n;
    private final Map<String, ReadOnlyObjectWrapper<Optional<Offer>>> offers = new LinkedHashMap<>();
    private MrzData passport;

    public FieldOffers(IntakeSession session, PlaceNames places, I18n i18n) {
        this.session = Objects.requireNonNull(session);
        this.places = Objects.requireNonNull(places);
        this.cyrillic = new CyrillicNames(places.transliteration());
        this.i18n = Objects.requireNonNull(i18n);
        FIELDS.forEach(id -> offers.put(id, new ReadOnlyObjectWrapper<>(this, id, Optional.empty())));
        // The verdict is set after the application on every change: both are current then.
        session.verdict().addListener((o, a, b) -> refresh());
        session.frozen().addListener((o, a, b) -> refresh());
        i18n.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Whether {@code field} can carry an offer in this service. */
    public boolean offersFor(String field) {
        return offers.containsKey(field) && definition().field(field).isPresent();
    }

    /** The offer for {@code field} now (empty when it has a value, or nothing is known). */
    public ReadOnlyObjectProperty<Optional<Offer>> offerProperty(String field) {
        ReadOnlyObjectWrapper<Optional<Offer>> offer = offers.get(field);
        if (offer == null) {
            throw new IllegalArgumentException("no offers for " + field);
        }
        return offer.getReadOnlyProperty();
    }

    /** Takes the offer for {@code field} as one change; false when there is none. */
    public boolean take(String field) {
        ReadOnlyObjectWrapper<Optional<Offer>> offer = offers.get(field);
        if (offer == null || offer.get().isEmpty() || session.frozen().get()) {
            return false;
        }
        session.setFields(offer.get().get().values());
        return true;
    }

    /** The passport's zone was read in this session: its names can be offered in Cyrillic. */
    public void passportRead(MrzData data) {
        this.passport = data;
        refresh();
    }

    private ServiceDefinition definition() {
        return session.serviceDefinition().get();
    }

    private void refresh() {
        Application app = session.application().get();
        Verdict verdict = session.verdict().get();
        for (Map.Entry<String, ReadOnlyObjectWrapper<Optional<Offer>>> e : offers.entrySet()) {
            String id = e.getKey();
            Optional<Offer> offer = Optional.empty();
            if (app != null && !session.frozen().get() && definition().field(id).isPresent()
                    && app.field(id).isEmpty()) {
                offer = switch (id) {
                    case KZ_ADDRESS -> householdAddress(app.fields()).map(a ->
                            new Offer(i18n.get("intake.offer.kzAddress", a), Map.of(KZ_ADDRESS, a)));
                    case AMOUNT -> expectedPrepayment(app, verdict);
                    case SURNAME -> names(app);
                    default -> Optional.empty();
                };
            }
            if (!e.getValue().get().equals(offer)) {
                e.getValue().set(offer);
            }
        }
    }

    /**
     * The household address as one line, as a clerk writes it: region (left out when the locality is the region's
     * city), locality, street and house, flat.
     */
    Optional<String> householdAddress(Map<String, Object> f) {
        String locality = text(f, "household.locality");
        String street = text(f, "household.street");
        String house = text(f, "household.house");
        if (locality.isEmpty() || street.isEmpty() || house.isEmpty()) {
            return Optional.empty();
        }
        String lang = i18n.language().code();
        String region = text(f, "household.region");
        String regionName = region.isEmpty() ? "" : places.regionName(region, lang);
        String flat = text(f, "household.flat");
        boolean regionSaid = regionName.isEmpty()
                || regionName.toLowerCase(Locale.ROOT).contains(locality.toLowerCase(Locale.ROOT));
        return Optional.of(Stream.of(regionSaid ? "" : regionName, locality, street + " " + house,
                        flat.isEmpty() ? "" : i18n.get("intake.offer.flat", flat))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")));
    }

    private Optional<Offer> expectedPrepayment(Application app, Verdict verdict) {
        if (verdict == null || !verdict.figures().containsKey("prepaymentExpected")) {
            return Optional.empty();
        }
        BigDecimal expected = verdict.figures().get("prepaymentExpected").stripTrailingZeros();
        if (expected.scale() < 0) {
            expected = expected.setScale(0);
        }
        Object months = app.field("request.months").orElse("—");
        String amount = Money.amount(expected, i18n.language().code());
        return Optional.of(new Offer(i18n.get("intake.offer.prepayment", amount, months),
                Map.of(AMOUNT, expected)));
    }

    private Optional<Offer> names(Application app) {
        if (passport == null || app.field(GIVEN_NAMES).isPresent() || definition().field(GIVEN_NAMES).isEmpty()) {
            return Optional.empty();
        }
        String surname = cyrillic.of(passport.surname());
        String given = cyrillic.of(passport.givenNames());
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SURNAME, surname);
        if (!given.isEmpty()) {
            values.put(GIVEN_NAMES, given);
        }
        String shown = given.isEmpty() ? surname : surname + " " + given;
        return Optional.of(new Offer(i18n.get("intake.offer.names", shown), values));
    }

    private static String text(Map<String, Object> f, String id) {
        Object v = f.get(id);
        return v == null ? "" : v.toString().strip();
    }
}
