package kz.qabyldau.app.ui.shell;

import java.util.Objects;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.settings.InterfaceLanguage;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.status.Connectivity;
import kz.qabyldau.app.ui.status.WaitingCount;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The main window around the pages: which page is open, the header's facts (office, clerk,
 * connection, applications waiting) and the training banner. Every text follows the language.
 */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final I18n i18n;
    private final TaskExecutor executor;
    private static final DateTimeFormatter LAST_SYNC =
            DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.systemDefault());

    private final WaitingCount waitingCount;
    private final InterfaceLanguage interfaceLanguage;
    private final WorkMode mode;
    private Predicate<Destination> allowed = d -> true;

    // Properties
    private final ReadOnlyObjectWrapper<Destination> destination =
            new ReadOnlyObjectWrapper<>(this, "destination", Destination.NEW_APPLICATION);
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    private final ReadOnlyBooleanProperty online;
    private final StringBinding officeTitle;
    private final StringBinding clerkLine;
    private final StringBinding connectionText;
    private final StringBinding waitingText;
    private final StringBinding trainingTitle;
    private final StringBinding trainingText;

    public ShellViewModel(I18n i18n, TaskExecutor executor, SavedSettings saved, InterfaceLanguage interfaceLanguage,
                          WorkMode mode, WaitingCount waitingCount, Connectivity connectivity) {
        this(i18n, executor, saved, interfaceLanguage, mode, waitingCount, connectivity,
                Bindings.createStringBinding(() -> saved.current().clerkName(), saved.currentProperty()));
    }

    /** @param clerkName who works at the window: the signed-in operator's full name ("" when not known) */
    public ShellViewModel(I18n i18n, TaskExecutor executor, SavedSettings saved, InterfaceLanguage interfaceLanguage,
                          WorkMode mode, WaitingCount waitingCount, Connectivity connectivity,
                          ObservableStringValue clerkName) {
        this.i18n = Objects.requireNonNull(i18n);
        this.executor = Objects.requireNonNull(executor);
        this.interfaceLanguage = Objects.requireNonNull(interfaceLanguage);
        this.mode = Objects.requireNonNull(mode);
        this.waitingCount = Objects.requireNonNull(waitingCount);
        this.online = connectivity.onlineProperty();

        officeTitle = Bindings.createStringBinding(() -> {
            OfficeSettings s = saved.current();
            return s.officeName().isBlank() ? i18n.get("header.officeNotConfigured") : s.officeName();
        }, saved.currentProperty(), i18n.languageProperty());
        clerkLine = Bindings.createStringBinding(() -> {
            String name = clerkName.get() == null ? "" : clerkName.get();
            if (name.isBlank()) {
                // Training is worked by the built-in trainee (the banner says training); a real office always has
                // its signed-in operator's name.
                return i18n.get(mode.isTraining() ? "header.trainee" : "header.clerkNotSet");
            }
            return i18n.get("header.clerk", name);
        }, clerkName, i18n.languageProperty());
        ReadOnlyObjectProperty<Instant> lastSync = connectivity.lastSyncProperty();
        connectionText = Bindings.createStringBinding(() -> {
            String state = i18n.get(online.get() ? "header.online" : "header.offline");
            Instant last = lastSync.get();
            return last == null ? state : state + " · " + i18n.get("sync.lastSuccess", LAST_SYNC.format(last));
        }, online, lastSync, i18n.languageProperty());
        // Every sync round may change how many wait: the header asks the outbox again.
        lastSync.addListener((o, a, b) -> refreshWaitingCount());
        online.addListener((o, a, b) -> refreshWaitingCount());
        waitingText = Bindings.createStringBinding(() -> i18n.get("header.waiting", waiting.get()),
                waiting, i18n.languageProperty());
        trainingTitle = i18n.text("training.banner.title");
        trainingText = Bindings.createStringBinding(() -> switch (mode) {
            case OFFICE -> "";
            case TRAINING_REQUESTED -> i18n.get("training.banner.requested");
            case TRAINING_NOT_CONFIGURED -> i18n.get("training.banner.notConfigured");
        }, i18n.languageProperty());
    }

    // Commands

    public void navigate(Destination target) {
        if (!mayOpen(Objects.requireNonNull(target))) {
            // An administrator's page asked for by a clerk (a shortcut, say): the page stays as it is.
            LOG.info("Page {} is not open to the signed-in operator", target);
            return;
        }
        destination.set(target);
    }

    /** Restricts the pages to those of the signed-in operator's role (before the window is built). */
    public void allowOnly(Predicate<Destination> pages) {
        allowed = Objects.requireNonNull(pages);
    }

    /** Whether the signed-in operator may open this page (the navigation shows only those). */
    public boolean mayOpen(Destination target) {
        return allowed.test(target);
    }

    public void switchLanguage(Language language) {
        interfaceLanguage.switchTo(language);
    }

    /** Asks the outbox how many applications wait; the header keeps the last known figure if that fails. */
    public void refreshWaitingCount() {
        BackgroundTask.wrap(waitingCount::count)
                .onSuccess(waiting::set)
                .onFailure(error -> LOG.warn("Could not count the applications waiting to be sent", error))
                .executeWith(executor);
    }

    // Properties

    public ReadOnlyObjectProperty<Destination> destinationProperty() {
        return destination.getReadOnlyProperty();
    }

    public boolean isTraining() {
        return mode.isTraining();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return i18n.languageProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public StringBinding officeTitleProperty() {
        return officeTitle;
    }

    public StringBinding clerkLineProperty() {
        return clerkLine;
    }

    public StringBinding connectionTextProperty() {
        return connectionText;
    }

    public StringBinding waitingTextProperty() {
        return waitingText;
    }

    /** "ОҚУ РЕЖИМІ" / "УЧЕБНЫЙ РЕЖИМ" / "TRAINING MODE". */
    public StringBinding trainingTitleProperty() {
        return trainingTitle;
    }

    /** What training mode means here and how to leave it; "" for a real office. */
    public StringBinding trainingTextProperty() {
        return trainingText;
    }
}
