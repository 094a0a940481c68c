package org.kmslab.sandbox.console;

import java.util.ArrayList;
import java.util.List;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.services.AwsServices;

/** A fresh sandbox, its engine events, and a console over it. */
final class ConsoleFixture {

    final Sandbox sandbox = new SandboxService("111122223333", "us-east-1").defaultSandbox();
    final List<EngineEvent> events = new ArrayList<>();
    final AwsServices services = AwsServices.of(sandbox);
    final AwsCliConsole console = new AwsCliConsole(new KmsGateway(), sandbox, services);

    ConsoleFixture() {
        sandbox.addListener(events::add);
    }

    /** Runs a line that must succeed and returns its output. */
    String ok(String line) {
        ConsoleResult r = console.run(line);
        if (!r.ok()) {
            throw new AssertionError("failed: " + line + "\n" + r.output());
        }
        return r.output();
    }

    ConsoleResult run(String line) {
        return console.run(line);
    }

    String newKey() {
        return ok("aws kms create-key --query KeyMetadata.KeyId --output text");
    }

    List<String> eventNames() {
        return events.stream().map(EngineEvent::eventName).toList();
    }

    EngineEvent last(String eventName) {
        return events.reversed().stream().filter(e -> e.eventName().equals(eventName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventName + " event in " + eventNames()));
    }
}
