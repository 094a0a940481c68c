package org.kmslab.ui.present;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.kmslab.lessons.Lesson;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.stereotype.Service;

/**
 * Starts presentations: each gets a fresh sandbox of its own (so a demo never touches a learner's keys), the lesson's
 * solution plan (worked out once per lesson) and the shared timer of scripted demos.
 */
@Service
public class PresentationService {

    private final SandboxService sandboxes;
    private final KmsGateway gateway;
    private final Map<String, SolutionPlan> plans = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kmslab-scripted-demo");
        t.setDaemon(true);
        return t;
    });

    public PresentationService(SandboxService sandboxes, KmsGateway gateway) {
        this.sandboxes = sandboxes;
        this.gateway = gateway;
    }

    public Presentation start(Lesson lesson) {
        Sandbox sandbox = sandboxes.create();
        SolutionPlan plan = plans.computeIfAbsent(lesson.id(),
                id -> SolutionPlan.of(lesson, gateway, sandbox.externalKeyStores()));
        return new Presentation(new PresenterDeck(lesson.inAccount(sandbox.accountId()), plan),
                new DemoScript(sandbox, gateway), sandbox, timer);
    }


    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
