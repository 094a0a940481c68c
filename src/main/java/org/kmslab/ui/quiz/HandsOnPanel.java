package org.kmslab.ui.quiz;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.kmslab.engine.EngineEvent;
import org.kmslab.quiz.HandsOnChecker;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuizService;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.SandboxService;

/**
 * A hands-on question's task: a fresh sandbox with the question's setup, a console that sends any KMS operation as
 * JSON (what the AWS CLI would send), the setup's files to copy from, and a check of the goal. When the goal is met the
 * question counts as answered correctly, and {@link SolvedEvent} tells the attempt view.
 */
final class HandsOnPanel extends Div {

    private final QuizService service;
    private final SandboxService sandboxes;
    private final KmsGateway gateway;
    private final String attemptId;
    private final Question question;
    private final Div workspace = new Div();
    private final Div checklist = new Div();
    private HandsOnSandbox sandbox;

    HandsOnPanel(QuizService service, SandboxService sandboxes, KmsGateway gateway, String attemptId, Question question) {
        this.service = service;
        this.sandboxes = sandboxes;
        this.gateway = gateway;
        this.attemptId = attemptId;
        this.question = question;
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Hands-on task");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Vertical.MEDIUM, LumoUtility.Background.CONTRAST_5);
        H3 title = new H3("Hands-on: answer by doing it");
        title.addClassNames(LumoUtility.FontSize.LARGE);
        add(title, new Paragraph(question.handsOn().task()));
        if (question.handsOn().hint() != null) {
            add(new Details("Hint", new Paragraph(question.handsOn().hint())));
        }
        Button prepare = new Button("Prepare a fresh sandbox", e -> prepare());
        add(prepare, workspace);
        checklist.getElement().setAttribute("role", "status");
    }

    Registration addSolvedListener(ComponentEventListener<SolvedEvent> listener) {
        return addListener(SolvedEvent.class, listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void prepare() {
        if (sandbox != null) {
            sandbox.close();
        }
        sandbox = HandsOnSandbox.prepare(sandboxes.create(), gateway, question.handsOn());
        workspace.removeAll();
        checklist.removeAll();
        workspace.add(new Paragraph("Your sandbox (account " + sandbox.accountId() + ") is ready."));

        H4 filesTitle = new H4("Sandbox files");
        UnorderedList files = new UnorderedList();
        files.getElement().setAttribute("aria-label", "Sandbox files");
        sandbox.files().forEach((name, value) -> {
            Span code = new Span(value);
            code.addClassNames("kmslab-bytes");
            files.add(new ListItem(new Span(name + ": "), code));
        });
        workspace.add(filesTitle, files);
        workspace.add(console());
        if (!sandbox.savedMaterials().isEmpty()) {
            workspace.add(importTool());
        }
        Button check = new Button("Check my sandbox", e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        workspace.add(check, checklist);
    }

    private Div console() {
        Select<String> operation = new Select<>();
        operation.setLabel("Operation");
        operation.setItems(sandbox.operations());
        operation.setValue("DescribeKey");
        TextArea request = new TextArea("Request (JSON)");
        request.setValue("{\n  \"KeyId\": \"alias/...\"\n}");
        request.setWidthFull();
        request.addClassNames("kmslab-bytes");
        Pre response = new Pre();
        response.addClassNames("kmslab-bytes");
        response.getElement().setAttribute("aria-label", "Response");
        response.getElement().setAttribute("aria-live", "polite");
        UnorderedList calls = new UnorderedList();
        calls.getElement().setAttribute("aria-label", "Your calls");
        Button run = new Button("Run", e -> {
            GatewayResponse r = sandbox.run(operation.getValue(), request.getValue());
            response.setText((r.ok() ? "" : "Error: ") + r.prettyBody());
            calls.removeAll();
            for (EngineEvent ev : sandbox.learnerEvents()) {
                calls.add(new ListItem(ev.eventName() + (ev.failed() ? " failed: " + ev.errorCode() : " succeeded")));
            }
        });
        HorizontalLayout controls = new HorizontalLayout(operation, run);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        Div console = new Div(new H4("Console"), new Paragraph("Send any KMS operation with the JSON body the AWS CLI "
                + "would send. Blobs are Base64."), controls, request, new Span("Response"), response,
                new H4("Your calls"), calls);
        console.getElement().setAttribute("role", "group");
        console.getElement().setAttribute("aria-label", "Console");
        return console;
    }

    private Div importTool() {
        Select<String> material = new Select<>();
        material.setLabel("Saved key material");
        material.setItems(sandbox.savedMaterials());
        material.setValue(sandbox.savedMaterials().iterator().next());
        TextField key = new TextField("Key id or alias");
        Pre result = new Pre();
        result.addClassNames("kmslab-bytes");
        Button importButton = new Button("Wrap and import", e -> {
            GatewayResponse r = sandbox.importSavedMaterial(material.getValue(), key.getValue());
            result.setText(r.ok() ? "Imported." : "Error: " + r.prettyBody());
        });
        HorizontalLayout row = new HorizontalLayout(material, key, importButton);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return new Div(new H4("Import tool"), new Paragraph("Does what you would do with the AWS CLI and OpenSSL: "
                + "GetParametersForImport, wrap the material with the public key (RSAES_OAEP_SHA_256), ImportKeyMaterial."),
                row, result);
    }

    private void check() {
        HandsOnChecker.Report report = service.checkHandsOn(attemptId, question.id(), sandbox);
        checklist.removeAll();
        Paragraph verdict = new Paragraph(report.passed() ? "Task done. The question counts as answered correctly."
                : "Not done yet.");
        verdict.addClassNames(LumoUtility.FontWeight.BOLD,
                report.passed() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        UnorderedList items = new UnorderedList();
        items.getElement().setAttribute("aria-label", "Goal checklist");
        for (HandsOnChecker.Result r : report.results()) {
            items.add(new ListItem((r.met() ? "✓ " : "✗ ") + r.expectation() + (r.met() ? "" : " (" + r.actual() + ")")));
        }
        checklist.add(verdict, items);
        if (report.passed()) {
            fireEvent(new SolvedEvent(this));
        }
    }

    /** The learner met the task's goal. */
    static final class SolvedEvent extends ComponentEvent<HandsOnPanel> {
        SolvedEvent(HandsOnPanel source) {
            super(source, false);
        }
    }
}
