package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.kmslab.ui.component.AnimatedVisualizer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.kmslab.engine.CallSource;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

/**
 * Only the picture on screen is drawn as calls happen; one that comes up later is drawn once, in its current state,
 * rather than receiving every call it missed (Vaadin would keep each JavaScript call to a detached element and send
 * them all when it is attached).
 */
class StepVisualTest {

    private static final int CALLS = 12;

    private UI ui;
    private StepVisual visual;
    private PlaintextLab lab;

    @BeforeEach
    void setUp() {
        Sandbox sandbox = new SandboxService("111122223333", "us-east-1").defaultSandbox();
        ui = new UI();
        // JavaScript calls are queued on the UI's session, which checks that it is locked.
        VaadinSession session = Mockito.mock(VaadinSession.class, Mockito.RETURNS_DEEP_STUBS);
        Mockito.when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        visual = new StepVisual(sandbox, null);
        ui.add(visual);
        visual.use("crypto-flow");
        sandbox.addListener(visual::show);
        lab = new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON));
        lab.createKey();
        for (int i = 0; i < CALLS / 2; i++) {
            lab.encrypt("message " + i);
            lab.decrypt();
        }
        sent(); // what the crypto flow on screen was sent
    }

    @Test
    void the_picture_on_screen_is_sent_every_call_and_the_others_nothing() {
        lab.encrypt("one more");
        List<PendingJavaScriptInvocation> sent = sent();
        assertThat(sent).hasSize(1);
        assertThat(tag(sent.get(0))).isEqualTo("kms-crypto-flow");
    }

    @Test
    void the_data_key_flow_comes_up_drawn_once_not_with_every_call_it_missed() {
        visual.use("data-key-flow");
        List<PendingJavaScriptInvocation> sent = sent();
        // What the calls drew, each stage once at its latest place: every Decrypt is the same stage, and an Encrypt
        // only writes its sentence until the next call replaces it. One play, however many calls there were.
        assertThat(sent).extracting(StepVisualTest::tag).containsOnly("kms-data-key-flow");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getInvocation().getParameters()).anySatisfy(p -> assertThat(String.valueOf(p))
                .contains("\"operation\":\"Decrypt\""));

        lab.encrypt("after");
        assertThat(sent()).extracting(StepVisualTest::tag).containsExactly("kms-data-key-flow");
    }

    @Test
    void the_state_machine_and_the_key_card_come_up_with_the_key_as_it_is_now() {
        visual.use("state-machine");
        List<PendingJavaScriptInvocation> sent = sent();
        assertThat(sent).hasSize(1);
        assertThat(tag(sent.get(0))).isEqualTo("kms-key-state-machine");
        assertThat(sent.get(0).getInvocation().getParameters()).anySatisfy(p -> assertThat(String.valueOf(p))
                .contains("\"toState\":\"Enabled\""));

        AnimatedVisualizer card = visual.animated().get(2);
        assertThat(card.getElement().getAttribute("metadata")).isNull(); // not drawn while not on screen
        visual.use("metadata-card");
        assertThat(card.getElement().getAttribute("metadata")).contains("\"KeyState\":\"Enabled\"")
                .contains(lab.key().orElseThrow().keyId());
    }

    @Test
    void a_picture_that_comes_back_is_drawn_again_in_its_current_state() {
        visual.use("state-machine");
        sent();
        visual.use("crypto-flow");
        assertThat(sent()).extracting(StepVisualTest::tag).containsExactly("kms-crypto-flow");
        for (int i = 0; i < CALLS; i++) {
            lab.encrypt("hidden " + i);
        }
        sent();
        visual.use("state-machine");
        assertThat(sent()).extracting(StepVisualTest::tag).containsExactly("kms-key-state-machine");
    }

    /** The JavaScript calls the next response would carry, and clears them. */
    private List<PendingJavaScriptInvocation> sent() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private static String tag(PendingJavaScriptInvocation invocation) {
        return invocation.getOwner().getFeature(com.vaadin.flow.internal.nodefeature.ElementData.class).getTag();
    }
}
