package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.api.xks.InProcessXksProxy;
import org.kmslab.engine.CallSource;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.lessons.LessonWorkspace;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.lessons.SolutionRunner;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.lesson.SandboxWorkspace;
import org.slf4j.LoggerFactory;

/**
 * Every lesson's reference solution, replayed with every logger at TRACE: no log line (message, arguments or stack
 * trace) contains a plaintext data key or private key that a call returned, a sandbox secret access key, or a
 * plaintext the learner typed.
 */
class NoSecretsInLogsTest {

    private static final Pattern SECRET_MEMBERS = Pattern.compile(
            "\"(Plaintext|PrivateKeyPlaintext)\"\\s*:\\s*\"([A-Za-z0-9+/=]{8,})\"");
    private static final Pattern TYPED = Pattern.compile("--plaintext (\"[^\"]+\"|'[^']+'|[^ f][^ ]*)");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
    }

    @Test
    void a_full_run_of_every_lesson_logs_no_key_material_and_no_typed_plaintext() {
        Set<String> secrets = new LinkedHashSet<>();
        List<Lesson> lessons = new LessonLoader(LessonSource.classpath()).load().lessons();
        InProcessXksProxy proxy = new InProcessXksProxy();
        secrets.add(proxy.tenant("111122223333").secretAccessKey());
        for (Lesson lesson : lessons) {
            SandboxService service = new SandboxService("111122223333", "us-east-1");
            service.externalKeyStores(proxy);
            Sandbox sandbox = service.defaultSandbox();
            sandbox.principals().forEach(p -> secrets.add(p.credentials().secretAccessKey()));
            PlaintextLab lab = new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON));
            LessonWorkspace real = new SandboxWorkspace(new KmsGateway(), sandbox);
            LessonWorkspace recording = new LessonWorkspace() {
                @Override
                public CommandOutcome run(String line) {
                    Matcher typed = TYPED.matcher(line);
                    while (typed.find()) {
                        secrets.add(typed.group(1).replaceAll("^[\"']|[\"']$", ""));
                    }
                    CommandOutcome outcome = real.run(line);
                    collect(outcome.output(), secrets);
                    if (outcome.result() != null) {
                        collect(outcome.result().toString(), secrets);
                    }
                    return outcome;
                }

                @Override
                public void advanceClock(Duration duration) {
                    real.advanceClock(duration);
                }
            };
            lesson.solution().stream().map(Lesson.SolutionAction::plaintext).filter(p -> p != null)
                    .forEach(secrets::add);
            new SolutionRunner(lab, recording).replay(lesson);
        }
        proxy.destroy();
        assertThat(secrets).as("the lessons handle secrets at all").hasSizeGreaterThan(10);

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
        for (String secret : secrets) {
            assertThat(lines).as("no log line contains %s", secret).noneMatch(line -> line.contains(secret));
        }
    }

    /** Base64 plaintext members of an answer, also as hex, the other way a key is printed. */
    private static void collect(String text, Set<String> secrets) {
        if (text == null) {
            return;
        }
        Matcher m = SECRET_MEMBERS.matcher(text);
        while (m.find()) {
            secrets.add(m.group(2));
            try {
                secrets.add(HexFormat.of().formatHex(Base64.getDecoder().decode(m.group(2))));
            } catch (IllegalArgumentException notBase64) {
                // not a blob after all
            }
        }
    }
}
