package kz.qabyldau.app.ui.settings;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.sync.SyncFailure;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;
import java.net.URI;

/**
 * The Settings page: an edit buffer over the saved settings, its validation and the save
 * command. Texts it exposes follow the interface language.
 */
public final class SettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final I18n i18n;
    private final SavedSettings saved;
    private final InterfaceLanguage interfaceLanguage;
    private final DialogService dialogs;
    private final WorkMode mode;
    private final TaskExecutor executor;
    private final BooleanSupplier administrator;
    private final WorkstationEnroller enroller;

    // Properties: the edit buffer
    private final StringProperty officeName = new SimpleStringProperty(this, "officeName", "");
    private final ObjectProperty<RegionOption> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty providerName = new SimpleStringProperty(this, "providerName", "");
    private final StringProperty clerkName = new SimpleStringProperty(this, "clerkName", "");
    private final StringProperty centralUrl = new SimpleStringProperty(this, "centralUrl", "");
    private final StringProperty officeCode = new SimpleStringProperty(this, "officeCode", "");
    /** The token as typed; a secret: shown masked, never logged. */
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    /** The one-time enrolment code as typed (used once; never logged). */
    private final StringProperty enrolmentCode = new SimpleStringProperty(this, "enrolmentCode", "");
    private final ReadOnlyBooleanWrapper enrolling = new ReadOnlyBooleanWrapper(this, "enrolling");
    /** The UI text key of the last enrolment's outcome and its argument (the office), or empty. */
    private final ReadOnlyObjectWrapper<String> enrolmentKey = new ReadOnlyObjectWrapper<>(this, "enrolmentKey", "");
    /** Whether the last enrolment failed (the page shows its message as a problem, not as a success). */
    private final ReadOnlyBooleanWrapper enrolmentFailed = new ReadOnlyBooleanWrapper(this, "enrolmentFailed");
    private String enrolledOffice = "";
    private StringBinding enrolmentMessage;
    private BooleanBinding canEnrol;
    private final ObservableList<RegionOption> regions;
    private final SortedList<RegionOption> regionsByName;

    // Properties: derived state
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** The UI text key of the last save's outcome, or empty. */
    private final ReadOnlyObjectWrapper<String> statusKey = new ReadOnlyObjectWrapper<>(this, "statusKey", "");
    private final StringBinding centralUrlError;
    private final StringBinding officeCodeError;
    private final StringBinding statusMessage;
    private final StringBinding trainingExplanation;
    private final BooleanBinding changed;
    private final BooleanBinding canSave;

    public SettingsViewModel(I18n i18n, SavedSettings saved, InterfaceLanguage interfaceLanguage,
                             DialogService dialogs, WorkMode mode, List<RegionOption> regionOptions) {
        this(i18n, saved, interfaceLanguage, dialogs, mode, regionOptions, TaskExecutor.callingThread(), () -> false,
                null);
    }

    /**
     * The page with the workstation's enrolment (issue #11).
     *
     * @param executor      runs the enrolment off the FX thread
     * @param administrator whether the signed-in operator is an administrator, asked again at every enrolment
     * @param enroller      enrols the workstation (null: the page cannot enrol)
     */
    public SettingsViewModel(I18n i18n, SavedSettings saved, InterfaceLanguage interfaceLanguage,
                             DialogService dialogs, WorkMode mode, List<RegionOption> regionOptions,
                             TaskExecutor executor, BooleanSupplier administrator, WorkstationEnroller enroller) {
        this.executor = Objects.requireNonNull(executor);
        this.administrator = Objects.requireNonNull(administrator);
        this.enroller = enroller;
        this.i18n = Objects.requireNonNull(i18n);
        this.saved = Objects.requireNonNull(saved);
        this.interfaceLanguage = Objects.requireNonNull(interfaceLanguage);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.mode = Objects.requireNonNull(mode);
        this.regions = FXCollections.observableArrayList(regionOptions);
        this.regionsByName = new SortedList<>(regions);
        // Alphabetical in the interface language, as the clerk reads the names.
        regionsByName.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> byName(i18n.language()), i18n.languageProperty()));
        resetToSaved();

        centralUrlError = Bindings.createStringBinding(
                () -> CentralUrlRule.problem(centralUrl.get()).map(i18n::get).orElse(""),
                centralUrl, i18n.languageProperty());
        officeCodeError = Bindings.createStringBinding(
                () -> officeCodeProblem(officeCode.get()).map(i18n::get).orElse(""),
                officeCode, i18n.languageProperty());
        statusMessage = Bindings.createStringBinding(
                () -> statusKey.get().isEmpty() ? "" : i18n.get(statusKey.get()),
                statusKey, i18n.languageProperty());
        trainingExplanation = Bindings.createStringBinding(this::explainMode,
                saved.currentProperty(), i18n.languageProperty());
        changed = Bindings.createBooleanBinding(() -> !edited().equals(withoutLanguage(saved.current())),
                officeName, region, providerName, clerkName, centralUrl, officeCode, token, saved.currentProperty());
        canSave = changed.and(saving.not()).and(Bindings.createBooleanBinding(
                () -> CentralUrlRule.problem(centralUrl.get()).isEmpty()
                        && officeCodeProblem(officeCode.get()).isEmpty(),
                centralUrl, officeCode));
        // A new edit makes the last "Saved." stale.
        List.of(officeName, providerName, clerkName, centralUrl, officeCode, token)
                .forEach(p -> p.addListener((o, a, b) -> statusKey.set("")));
        region.addListener((o, a, b) -> statusKey.set(""));
        enrolmentMessage = Bindings.createStringBinding(
                () -> enrolmentKey.get().isEmpty() ? "" : i18n.get(enrolmentKey.get(), enrolledOffice),
                enrolmentKey, i18n.languageProperty());
        canEnrol = Bindings.createBooleanBinding(() -> enroller != null && !mode.isTraining()
                && !enrolmentCode.get().isBlank() && !enrolling.get(), enrolmentCode, enrolling);
        if (mode.isTraining()) {
            enrolmentKey.set("settings.enrol.training");
        }
    }

    /**
     * Enrols this workstation with the typed one-time code at the saved central service address. Only an
     * administrator may (checked here, whatever the page shows); the outcome is a sentence in the clerk's language.
     */
    public void enrol() {
        if (!canEnrol.get()) {
            return;
        }
        if (!administrator.getAsBoolean()) {
            LOG.warn("Enrolment refused: the signed-in operator is not an administrator");
            showEnrolment("settings.enrol.notAllowed", "");
            return;
        }
        String url = saved.current().centralUrl();
        if (url.isBlank() || CentralUrlRule.problem(url).isPresent()) {
            showEnrolment("settings.enrol.noCentral", "");
            return;
        }
        String code = enrolmentCode.get().strip();
        enrolling.set(true);
        showEnrolment("settings.enrol.working", "");
        BackgroundTask.wrap(() -> enroller.enrol(URI.create(url), code))
                .onSuccess(office -> {
                    enrolling.set(false);
                    enrolmentCode.set("");
                    showEnrolment("settings.enrol.done", office);
                })
                .onFailure(error -> {
                    enrolling.set(false);
                    showEnrolment(enrolmentProblem(error), "");
                    enrolmentFailed.set(true);
                })
                .executeWith(executor);
    }

    /** The text key for a failed enrolment: the clerk learns what to do, the log keeps the technical reason. */
    static String enrolmentProblem(Exception error) {
        if (error instanceof SyncFailure f) {
            LOG.warn("Enrolment failed: {} {}", f.kind(), f.code());
            if ("ENROLMENT_REFUSED".equals(f.code())) {
                return "settings.enrol.refused";
            }
            if ("UNSUPPORTED_PROTOCOL".equals(f.code())) {
                // The central service speaks a newer protocol (docs/sync-protocol.md, section 4): no code helps.
                return "settings.enrol.updateNeeded";
            }
            if (f.kind() == SyncFailure.Kind.OFFLINE || f.kind() == SyncFailure.Kind.TIMEOUT) {
                return "settings.enrol.offline";
            }
        } else {
            LOG.error("Enrolment failed", error);
        }
        return "settings.enrol.failed";
    }

    private void showEnrolment(String key, String office) {
        enrolmentFailed.set(key.equals("settings.enrol.notAllowed") || key.equals("settings.enrol.noCentral"));
        enrolledOffice = office;
        enrolmentKey.set("");
        enrolmentKey.set(key);
    }

    /** The one-time enrolment code field. */
    public StringProperty enrolmentCodeProperty() {
        return enrolmentCode;
    }

    /** Whether the "Enrol" command can run now (a real office, a code typed, no enrolment under way). */
    public BooleanBinding canEnrolProperty() {
        return canEnrol;
    }

    /** Whether the enrolment field is offered at all (not in training: training enrols itself). */
    public boolean enrolmentOffered() {
        return enroller != null && !mode.isTraining();
    }

    public ReadOnlyBooleanProperty enrollingProperty() {
        return enrolling.getReadOnlyProperty();
    }

    /** Whether {@link #enrolmentMessageProperty()} tells of a failure. */
    public ReadOnlyBooleanProperty enrolmentFailedProperty() {
        return enrolmentFailed.getReadOnlyProperty();
    }

    /** The outcome of the last enrolment in the clerk's language, or "". */
    public StringBinding enrolmentMessageProperty() {
        return enrolmentMessage;
    }

    // Commands

    /** Saves the edit buffer (values trimmed) with the current interface language. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        statusKey.set("");
        OfficeSettings edited = edited();
        OfficeSettings toSave = edited.withLanguage(i18n.language().code());
        saved.save(toSave, () -> {
            saving.set(false);
            resetToSaved();
            statusKey.set("settings.saved");
        }, error -> {
            saving.set(false);
            LOG.error("Saving the settings failed", error);
            statusKey.set("settings.saveFailed");
            dialogs.showError(i18n.get("error.title"), i18n.get("settings.saveFailed"));
        });
    }

    /** Throws the edits away and shows the saved settings again. */
    public void resetToSaved() {
        OfficeSettings s = saved.current();
        officeName.set(s.officeName());
        region.set(findRegion(s.regionCode()).orElse(null));
        providerName.set(s.providerName());
        clerkName.set(s.clerkName());
        centralUrl.set(s.centralUrl());
        officeCode.set(s.officeCode());
        token.set(s.token());
    }

    public void switchLanguage(Language language) {
        interfaceLanguage.switchTo(language);
    }

    // Property accessors

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public ObjectProperty<RegionOption> regionProperty() {
        return region;
    }

    public StringProperty providerNameProperty() {
        return providerName;
    }

    public StringProperty clerkNameProperty() {
        return clerkName;
    }

    public StringProperty centralUrlProperty() {
        return centralUrl;
    }

    /** The office code the workstation names itself with to the central service. */
    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    /** The token the central service gave this workstation (bound to a masked field). */
    public StringProperty tokenProperty() {
        return token;
    }

    /** The problem with the typed office code in the clerk's language, or "". */
    public StringBinding officeCodeErrorProperty() {
        return officeCodeError;
    }

    /** The regions the office can be in, sorted by their names in the interface language. */
    public ObservableList<RegionOption> regions() {
        return regionsByName;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** The problem with the typed central service address in the clerk's language, or "". */
    public StringBinding centralUrlErrorProperty() {
        return centralUrlError;
    }

    /** The outcome of the last save in the clerk's language, or "". */
    public StringBinding statusMessageProperty() {
        return statusMessage;
    }

    /** Why the workstation is in training mode and how to leave it; "" for a real office. */
    public StringBinding trainingExplanationProperty() {
        return trainingExplanation;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Whether the edit buffer differs from the saved settings. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    // Internals

    private OfficeSettings edited() {
        RegionOption r = region.get();
        return new OfficeSettings(officeName.get().strip(), r == null ? "" : r.code(), providerName.get().strip(),
                clerkName.get().strip(), "", centralUrl.get().strip(), officeCode.get().strip(), token.get().strip());
    }

    private static OfficeSettings withoutLanguage(OfficeSettings s) {
        return s.withLanguage("");
    }

    /** A blank code is allowed (the office is not connected yet); else the protocol's characters only. */
    static Optional<String> officeCodeProblem(String typed) {
        String code = typed == null ? "" : typed.strip();
        return code.isEmpty() || OfficeSettings.OFFICE_CODE.matcher(code).matches() ? Optional.empty()
                : Optional.of("settings.officeCode.invalid");
    }

    private String lowerFirst(String label) {
        return label.isEmpty() ? label
                : label.substring(0, 1).toLowerCase(i18n.language().locale()) + label.substring(1);
    }

    private static Comparator<RegionOption> byName(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Comparator.comparing((RegionOption r) -> r.name(language), collator);
    }

    private Optional<RegionOption> findRegion(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private String explainMode() {
        OfficeSettings s = saved.current();
        return switch (mode) {
            case OFFICE -> "";
            case TRAINING_REQUESTED -> i18n.get("settings.training.requested");
            case TRAINING_NOT_CONFIGURED -> s.isOfficeConfigured()
                    ? i18n.get("settings.training.restart")
                    : i18n.get("settings.training.notConfigured", missingFields(s));
        };
    }

    /** The names of the fields a real office still needs, in the clerk's language. */
    private String missingFields(OfficeSettings s) {
        List<String> missing = new ArrayList<>();
        if (s.officeName().isBlank()) {
            missing.add(i18n.get("settings.officeName"));
        }
        if (s.regionCode().isBlank()) {
            missing.add(i18n.get("settings.region"));
        }
        if (s.providerName().isBlank()) {
            missing.add(i18n.get("settings.provider"));
        }
        if (s.centralUrl().isBlank()) {
            missing.add(i18n.get("settings.centralUrl"));
        }
        // Names of fields inside a sentence: "fill in: office name, region, …".
        return String.join(", ", missing.stream().map(this::lowerFirst).toList());
    }
}
