package org.kmslab.ui.sandbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.LearnerSandbox;

/**
 * "New sandbox": moves this browser to a fresh, empty sandbox after a confirmation that says what becomes of the
 * current one (kept on the server, reachable with its own credentials, no longer shown in this browser). The page
 * then reloads, so every part of it shows the new sandbox. Shown only where {@link LearnerSandbox#canStartNew()}.
 */
public class NewSandboxButton extends Button {

    public NewSandboxButton(LearnerSandbox learner, Sandbox current) {
        super("New sandbox");
        addClickListener(e -> confirm(learner, current));
        setVisible(learner.canStartNew());
    }

    private void confirm(LearnerSandbox learner, Sandbox current) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Start a new sandbox?");
        dialog.setText("This browser moves to a new, empty sandbox: a new account id, new credentials, its own clock, "
                + "audit log and metrics. Your current sandbox, account " + current.accountId() + ", is not deleted: "
                + "it stays saved on this server with its keys, clock and audit log, and AWS CLI profiles set up "
                + "with its credentials keep reaching it" + (learner.isDefault(current) ? ", as do calls with "
                + "credentials KMS Lab did not issue (it is the default sandbox)" : "") + ", but this browser will "
                + "not show it again.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Start a new sandbox");
        dialog.addConfirmListener(e -> {
            learner.startNew();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        dialog.open();
    }
}
