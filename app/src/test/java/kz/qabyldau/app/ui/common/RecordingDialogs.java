package kz.qabyldau.app.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A {@link DialogService} that remembers what it was asked to show. */
public final class RecordingDialogs implements DialogService {

    /** One message box: its kind, title and text. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    private boolean confirmations;

    /** What {@link #confirm} answers from now on (no, unless told). */
    public void answerConfirmations(boolean yes) {
        confirmations = yes;
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        shown.add(new Shown("confirm", title, message));
        return confirmations;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }
}
