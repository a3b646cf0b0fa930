package kz.qabyldau.app.ui.intake;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.value.ObservableValue;

/** Focus for nodes that are not on screen yet. */
final class Focus {

    private Focus() {
    }

    /**
     * Focuses {@code node} now, or as soon as it joins a scene. A step's form sits in a scroll pane whose content
     * joins the scene only when the pane's skin is made in the next pulse; a request before that is silently lost
     * and the scene would hand the focus to its first control (the language switch) instead.
     */
    static void whenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        };
        node.sceneProperty().addListener(once);
    }

    /** Whether {@code node} is {@code ancestor} or lies inside it. */
    static boolean isWithin(Object node, Node ancestor) {
        for (Node n = node instanceof Node start ? start : null; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
