package kz.qabyldau.app.ui.operators;

import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.Operators;

/** For the tests of other pages: a real office's session in which {@code who} has signed in. */
public final class SignedInSessions {

    private SignedInSessions() {
    }

    public static OperatorSession of(Operators operators, Operator who) {
        OperatorSession session = OperatorSession.office(operators, false, OperatorSession.DEFAULT_IDLE_LOCK);
        session.signedIn(who);
        return session;
    }
}
