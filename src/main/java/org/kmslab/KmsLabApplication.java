package org.kmslab;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * KMS Lab: an interactive tutorial and visualizer that teaches AWS KMS on a real in-process KMS engine.
 * The app shell loads Lumo and our one global stylesheet, and enables server push so that calls made elsewhere
 * (the AWS CLI, a second tab) animate in every open view of the same sandbox. Its favicon spares every page the
 * browser's request for a missing {@code /favicon.ico}. With {@code --kmslab.warm-up} it is the training run of an
 * ahead-of-time cache ({@link WarmUp}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://kmslab/app.css")
public class KmsLabApplication implements AppShellConfigurator {

    public static void main(String[] args) throws IOException {
        if (!WarmUp.requested(args)) {
            SpringApplication.run(KmsLabApplication.class, args);
            return;
        }
        Path dataDir = Files.createTempDirectory("kmslab-warm-up");
        SpringApplication app = new SpringApplication(KmsLabApplication.class);
        app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                WarmUp.applyTo(event.getEnvironment(), dataDir));
        int exitCode = 1;
        try {
            ConfigurableApplicationContext context = app.run(args);
            try {
                WarmUp.run(context);
                exitCode = 0;
            } finally {
                SpringApplication.exit(context);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WarmUp.class).error("warm-up failed, do not keep the cache: {}", e.getMessage());
        } finally {
            WarmUp.deleteQuietly(dataDir);
            System.exit(exitCode);
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("/kmslab/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
