package org.kmslab.ui.gallery;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.security.GeneralSecurityException;
import java.util.concurrent.CompletableFuture;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.component.CiphertextInspector;
import org.kmslab.ui.component.CryptoFlow;
import org.kmslab.ui.component.DataKeyFlow;
import org.kmslab.ui.component.EventPlayer;
import org.kmslab.ui.component.KeyCard;
import org.kmslab.ui.component.KeyStateMachine;
import org.kmslab.ui.component.PolicyTrace;

/**
 * Every visualizer on one page, each driven by real calls on a fresh engine private to this page: what a learner
 * would see in a lesson, for screenshots, browser tests and instructors' demos.
 */
@Route(value = "visualizer-gallery", layout = MainLayout.class)
@PageTitle("Visualizer gallery · KMS Lab")
public class VisualizerGalleryView extends VerticalLayout {

    private final GalleryEngine engine = new GalleryEngine();
    private final EnvelopeDemo envelope = new EnvelopeDemo(engine);
    private final LifecycleDemo lifecycle = new LifecycleDemo(engine);
    private final TamperDemo tamper = new TamperDemo(engine);
    private final PolicyDemo policy = new PolicyDemo(engine);

    private final DataKeyFlow dataKeyFlow = new DataKeyFlow();
    private final KeyCard keyCard = new KeyCard();
    private final KeyStateMachine stateMachine = new KeyStateMachine();
    private final CiphertextInspector inspector = new CiphertextInspector();
    private final PolicyTrace policyTrace = new PolicyTrace();
    private final EventPlayer player = new EventPlayer();
    private final CryptoFlow replay = new CryptoFlow();

    public VisualizerGalleryView() {
        setMaxWidth("72rem");
        add(new H2("Visualizer gallery"), new Paragraph("Each picture below is fed by real calls on a fresh KMS engine "
                + "that belongs to this page only. Every animated fact is also written as text."));
        configureEnvelope();
        configureLifecycle();
        configureInspector();
        configurePolicy();
        configurePlayer();
    }

    private void configureEnvelope() {
        Button encryptLocally = new Button("Encrypt locally");
        encryptLocally.addClickListener(e -> encryptLocally(encryptLocally));
        add(section("Envelope encryption with a data key", "kms-data-key-flow: GenerateDataKey, local encryption, "
                + "the plaintext key discarded, and decryption.", dataKeyFlow,
                button("GenerateDataKey", () -> dataKeyFlow.show(envelope.generateDataKey().event())),
                encryptLocally,
                button("Discard plaintext key", () -> {
                    envelope.discardKey();
                    dataKeyFlow.setStage(DataKeyFlow.Stage.DISCARD_KEY);
                }),
                button("Store in bucket", () -> {
                    envelope.storeInBucket();
                    dataKeyFlow.setStage(DataKeyFlow.Stage.STORE_IN_BUCKET, "Stored " + EnvelopeDemo.DATA_BYTES / 1024
                            / 1024 + " MiB of encrypted data with the " + envelope.encryptedKeyLength()
                            + "-byte encrypted data key beside it.");
                }),
                button("Decrypt data key", () -> dataKeyFlow.show(envelope.decryptDataKey().event())),
                button("Decrypt locally", () -> dataKeyFlow.setStage(DataKeyFlow.Stage.DECRYPT_LOCALLY,
                        envelope.decryptLocally() ? "Decrypted the data locally: it matches the original."
                                : "Decrypted data does not match the original."))));
    }

    private void encryptLocally(Button trigger) {
        UI ui = UI.getCurrent();
        trigger.setEnabled(false);
        dataKeyFlow.setProgress(0, "Encrypting 8 MiB locally");
        CompletableFuture.runAsync(() -> {
            int[] shown = {0};
            try {
                envelope.encryptLocally(p -> {
                    if (p >= shown[0] + 10) {
                        shown[0] = (int) p;
                        ui.access(() -> dataKeyFlow.setProgress(Math.min(100, p), "Encrypting 8 MiB locally"));
                    }
                });
                ui.access(() -> dataKeyFlow.setProgress(100, "Encrypted 8 MiB locally"));
                ui.access(() -> dataKeyFlow.setStage(DataKeyFlow.Stage.ENCRYPT_LOCALLY,
                        "Encrypted 8 MiB locally with AES-256-GCM and the plaintext data key."));
            } catch (GeneralSecurityException | IllegalStateException ex) {
                ui.access(() -> {
                    dataKeyFlow.clearProgress();
                    Notification.show(ex.getMessage());
                });
            } finally {
                ui.access(() -> trigger.setEnabled(true));
            }
        });
    }

    private void configureLifecycle() {
        stateMachine.showKeyStateTable();
        add(section("A key's metadata and lifecycle", "kms-key-card and kms-key-state-machine: every call below is "
                + "real; the card and the graph are read back with DescribeKey.", null,
                button("Create key", () -> show(lifecycle.create(false))),
                button("Create EXTERNAL key", () -> show(lifecycle.create(true))),
                button("DisableKey", () -> show(lifecycle.disable())),
                button("EnableKey", () -> show(lifecycle.enable())),
                button("EnableKeyRotation", () -> show(lifecycle.enableRotation())),
                button("Try Encrypt", () -> show(lifecycle.tryEncrypt())),
                button("ScheduleKeyDeletion (7 days)", () -> show(lifecycle.scheduleDeletion())),
                button("CancelKeyDeletion", () -> show(lifecycle.cancelDeletion())),
                button("Fast-forward 8 days", () -> show(lifecycle.fastForward()))));
        Section both = new Section(keyCard, stateMachine);
        both.addClassName("kmslab-gallery-pair");
        add(both);
    }

    private void show(LifecycleDemo.Step step) {
        if (step.metadata() != null) {
            keyCard.setMetadata(step.metadata(), step.rotation());
        }
        if (step.outcome().event() != null) {
            stateMachine.show(step.outcome().event(), step.from(), step.to());
        } else {
            stateMachine.setState(step.to());
        }
    }

    private void configureInspector() {
        inspector.addByteFlipListener(e -> {
            tamper.flip(e.offset());
            inspector.setCiphertext(tamper.blob(), tamper.layout(), tamper.flipped());
        });
        add(section("Inside a ciphertext blob", "kms-ciphertext-inspector: choose a byte (arrow keys, then Enter) to "
                + "flip it, then try to decrypt.", inspector,
                button("Encrypt a message", () -> {
                    tamper.encrypt();
                    inspector.setCiphertext(tamper.blob(), tamper.layout(), tamper.flipped());
                }),
                button("Try Decrypt", () -> {
                    if (!tamper.hasBlob()) {
                        throw new IllegalStateException("Encrypt a message first.");
                    }
                    inspector.show(tamper.decrypt().event());
                })));
    }

    private void configurePolicy() {
        add(section("How the key policy decided", "kms-policy-trace: a principal makes a real call; the engine "
                + "explains its decision statement by statement.", policyTrace,
                button("Analyst calls Decrypt", () -> trace(policy.analystDecrypts())),
                button("Analyst calls Encrypt", () -> trace(policy.analystEncrypts())),
                button("Outsider calls Decrypt", () -> trace(policy.outsiderDecrypts()))));
    }

    private void trace(PolicyDemo.Attempt a) {
        policyTrace.setDecision(a.decision(), a.action(), a.principal(), a.keyArn(), a.policy());
    }

    private void configurePlayer() {
        player.setReplayTarget(replay::show);
        player.control(dataKeyFlow, keyCard, stateMachine, inspector, policyTrace, replay);
        engine.addListener(player::record);
        add(section("Replay the recorded calls", "kms-event-player: every call this page made, replayed into the "
                + "diagram below; speed and reduced motion apply to every picture on the page.", replay, player));
    }

    private Section section(String title, String about, Component visual, Component... controls) {
        HorizontalLayout bar = new HorizontalLayout(controls);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph text = new Paragraph(about);
        text.addClassNames(LumoUtility.TextColor.SECONDARY);
        H3 heading = new H3(title);
        Section s = new Section(heading, text, bar);
        if (visual != null) {
            s.add(visual);
        }
        s.addClassName("kmslab-gallery-section");
        s.setWidthFull();
        return s;
    }

    /** A button whose action's precondition failures ("Create a key first.") become a notification. */
    private static Button button(String label, ThrowingAction action) {
        return new Button(label, e -> {
            try {
                action.run();
            } catch (IllegalStateException | IllegalArgumentException | GeneralSecurityException ex) {
                Notification.show(ex.getMessage());
            }
        });
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws GeneralSecurityException;
    }
}
