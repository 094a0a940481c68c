package org.kmslab.ui.connect;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kmslab.audit.AuditQuery;
import org.kmslab.audit.AuditService;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.LearnerSandbox;
import org.kmslab.ui.PublicUrl;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.sandbox.NewSandboxButton;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /connect}: how to point the AWS CLI and SDKs at KMS Lab, with this sandbox's credentials filled in, and the
 * calls arriving live. Listens on the sandbox (not on one engine), so the list keeps working after a reset and shows
 * every Region.
 */
@Route(value = "connect", layout = MainLayout.class)
@PageTitle("Use the AWS CLI · KMS Lab")
public class ConnectView extends VerticalLayout {

    private final Sandbox sandbox;
    private final SandboxMode mode;
    private final ConnectSnippets snippets;
    private final RecentCalls recentCalls = new RecentCalls();
    private final List<CodeBlock> blocks = new ArrayList<>();
    private final Checkbox showSecrets = new Checkbox("Show secret access keys");
    private Consumer<EngineEvent> listener;
    private Runnable resetListener;

    public ConnectView(SandboxService sandboxes, LearnerSandbox learner, AuditService audit,
            @Value("${kmslab.public-url:}") String publicUrl) {
        this.sandbox = learner.current();
        this.mode = sandboxes.mode();
        this.snippets = new ConnectSnippets(PublicUrl.endpoint(publicUrl), sandbox.defaultRegion());
        setMaxWidth("60rem");
        configureIntro(learner, sandboxes.defaultSandbox().accountId());
        recentCalls.load(audit.find(AuditQuery.all(sandbox.accountId(), null, RecentCalls.MAX_ENTRIES)));
        add(recentCalls);
        configureProfiles();
        configurePrincipals();
        configureCliV2();
        configureFiles();
        configureReset(learner);
    }

    private void configureIntro(LearnerSandbox learner, String defaultAccount) {
        Paragraph intro = new Paragraph("KMS Lab speaks the AWS KMS wire protocol, so the real AWS CLI and the AWS "
                + "SDKs work against it: point them at " + snippets.endpoint() + " and sign with the credentials "
                + "below. Calls signed with them land in " + (learner.canStartNew() ? "this browser's" : "your")
                + " sandbox, account " + sandbox.accountId() + ", and show up in the list below as they arrive, "
                + "and in any open lesson.");
        add(new H2("Use the AWS CLI and SDKs"), intro);
        if (mode == SandboxMode.LOCAL) {
            add(new Paragraph(learner.isDefault(sandbox)
                    ? "Calls signed with credentials KMS Lab did not issue (any made-up keys) reach the default "
                            + "sandbox, account " + defaultAccount + ": that is this browser's sandbox, so an AWS CLI "
                            + "with any credentials works here too."
                    : "Calls signed with credentials KMS Lab did not issue (any made-up keys) reach the default "
                            + "sandbox, account " + defaultAccount + ", not this browser's: sign with the "
                            + "credentials below to reach this one."));
        }
        if (mode == SandboxMode.STRICT) {
            add(new Paragraph("This server runs in strict mode: every request must be signed with credentials it "
                    + "issued. For a sandbox of your own, POST to " + snippets.endpoint() + "/api/sandboxes."));
        }
        showSecrets.addValueChangeListener(e -> blocks.forEach(CodeBlock::refresh));
        add(showSecrets);
    }

    private void configureProfiles() {
        Section section = new Section(new H3("Set up AWS CLI profiles"));
        section.getElement().setAttribute("aria-label", "AWS CLI profiles for this sandbox");
        section.add(new Paragraph("Run these once (aws configure --profile, without its prompts) to save this "
                + "sandbox's credentials and endpoint as the profiles admin, developer and app; then any command "
                + "with --profile admin reaches account " + sandbox.accountId() + "."));
        section.add(block("aws configure --profile", show -> snippets.configureProfiles(sandbox.principals(), show)));
        add(section);
    }

    private void configurePrincipals() {
        for (Principal p : sandbox.principals()) {
            H3 title = new H3(p.name() + " (" + p.arn() + ")");
            // The ARN has no spaces: on a phone it breaks inside rather than widen the page.
            title.addClassName("kmslab-data-text");
            Section section = new Section(title);
            section.getElement().setAttribute("aria-label", p.name() + " credentials");
            section.add(block("AWS CLI as " + p.name(), show -> snippets.environment(p, show)));
            if ("Admin".equals(p.name())) {
                section.add(block("AWS SDK for Java v2 as " + p.name(), show -> snippets.javaSdk(p, show)));
                section.add(block("boto3 (Python) as " + p.name(), show -> snippets.python(p, show)));
            }
            add(section);
        }
    }

    private void configureCliV2() {
        Section v2 = new Section(new H3("AWS CLI version 2: blob parameters"));
        v2.getElement().setAttribute("aria-label", "AWS CLI version 2 and blob parameters");
        Paragraph why = new Paragraph("AWS CLI version 2 reads binary parameters given on the command line "
                + "(--plaintext, --ciphertext-blob, --message) as Base64, where version 1 took raw text: "
                + "--plaintext 'Hello' fails in v2 with \"Invalid base64\". Give Base64, give a file of raw bytes "
                + "with fileb:// (both versions), or add --cli-binary-format raw-in-base64-out. Output blobs are "
                + "Base64 in both versions: decode them with base64 -d. ");
        why.add(new Anchor("https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html"
                + "#cliv2-migration-binaryparam", "AWS CLI v2 migration guide: binary parameters"));
        v2.add(why, block("AWS CLI v2 blob examples", show -> snippets.cliV2Blobs()));
        add(v2);
    }

    private void configureFiles() {
        Section files = new Section(new H3("Profiles admin, developer and app"));
        files.getElement().setAttribute("aria-label", "AWS CLI profiles");
        files.add(new Paragraph("Or save the credentials as named profiles, then run for example "
                + "aws kms list-keys --profile developer."));
        files.add(block("Credentials file", show -> snippets.credentialsFile(sandbox.principals(), show)));
        files.add(block("Config file", show -> snippets.configFile(sandbox.principals())));
        add(files);
    }

    private void configureReset(LearnerSandbox learner) {
        Button reset = new Button("Reset sandbox", e -> confirmReset());
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Paragraph note = new Paragraph("Resetting deletes every key, alias and grant in every Region of this sandbox. "
                + "Credentials stay the same."
                + (learner.canStartNew() ? " A new sandbox keeps this one as it is and gives this browser an empty "
                        + "one, with a new account id and new credentials." : ""));
        note.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new Section(new H3("Start over"), note,
                new HorizontalLayout(reset, new NewSandboxButton(learner, sandbox))));
    }

    private CodeBlock block(String title, java.util.function.Function<Boolean, String> text) {
        CodeBlock block = new CodeBlock(title, () -> text.apply(showSecrets.getValue()), () -> text.apply(true));
        blocks.add(block);
        return block;
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Reset the sandbox?");
        dialog.setText("Every key, alias and grant of account " + sandbox.accountId() + " is deleted, in every "
                + "Region. Ciphertexts made with those keys can never be decrypted again. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Reset");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            sandbox.reset();
            Notification.show("The sandbox is empty again.", 3000, Notification.Position.BOTTOM_START);
        });
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        listener = event -> ui.access(() -> recentCalls.show(event));
        resetListener = () -> ui.access(() -> recentCalls.showReset(sandbox.accountId()));
        sandbox.addListener(listener);
        sandbox.addResetListener(resetListener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        sandbox.removeListener(listener);
        sandbox.removeResetListener(resetListener);
    }
}
