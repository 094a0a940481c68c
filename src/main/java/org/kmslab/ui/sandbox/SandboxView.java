package org.kmslab.ui.sandbox;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.function.Consumer;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServicesRegistry;
import org.kmslab.ui.LearnerSandbox;
import org.kmslab.ui.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.component.CryptoFlow;
import org.kmslab.ui.lesson.ConsoleWorkbench;
import org.kmslab.ui.lesson.SandboxWorkspace;

/** Free play: every operation by form or command line, on the learner's sandbox, animated as it runs. */
@Route(value = "sandbox", layout = MainLayout.class)
@PageTitle("Sandbox · KMS Lab")
public class SandboxView extends VerticalLayout {

    private final Sandbox sandbox;
    private final CryptoFlow flow = new CryptoFlow();
    private Consumer<EngineEvent> listener;

    public SandboxView(LearnerSandbox learner, KmsGateway gateway, AwsServicesRegistry services,
            @Value("${kmslab.public-url:}") String publicUrl) {
        this.sandbox = learner.current();
        setMaxWidth("90rem");
        ConsoleWorkbench console = new ConsoleWorkbench(
                new SandboxWorkspace(gateway, sandbox, services.forSandbox(sandbox)), sandbox);
        OperationForm form = new OperationForm(gateway, PublicUrl.endpoint(publicUrl));
        form.addRunListener(e -> console.run(e.commandLine()));
        Div grid = new Div(form, new Div(flow, console));
        grid.addClassName("kmslab-lesson-grid");
        grid.setWidthFull();
        Paragraph which = new Paragraph(whose(learner) + " account " + sandbox.accountId() + ", Region "
                + sandbox.defaultRegion() + ". Try any KMS operation here, with a form or with the AWS CLI's syntax; "
                + "what the form runs is the command shown under it.");
        add(new H2("Sandbox"), new Div(which, new NewSandboxButton(learner, sandbox)), grid);
    }

    /** Whose sandbox this is, in the words of the page's first sentence. */
    private String whose(LearnerSandbox learner) {
        if (learner.canStartNew()) {
            return learner.isDefault(sandbox) ? "This browser's sandbox (the default one):" : "This browser's sandbox:";
        }
        return "Your sandbox:";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        listener = event -> ui.access(() -> flow.show(event));
        sandbox.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        sandbox.removeListener(listener);
    }
}
