package kz.qabyldau.app.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps what the clerk works on in sight inside a scrolling page. */
public final class Scrolling {

    private static final double MARGIN = 24;

    private Scrolling() {
    }

    /** Scrolls vertically just enough to show {@code node}, if it lies inside the pane's content. */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        if (inContent.getMinY() - MARGIN < top) {
            pane.setVvalue(clamp((inContent.getMinY() - MARGIN) / scrollable));
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            pane.setVvalue(clamp((inContent.getMaxY() + MARGIN - viewport) / scrollable));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
