package org.kmslab;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Map;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * KMS Lab: an interactive tutorial and visualizer that teaches AWS KMS on a real in-process KMS engine.
 * The app shell loads Lumo and our one global stylesheet, and enables server push so that calls made elsewhere
 * (the AWS CLI, a second tab) animate in every open view of the same sandbox. Its favicon spares every page the
 * browser's request for a missing {@code /favicon.ico}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://kmslab/app.css")
public class KmsLabApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KmsLabApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("/kmslab/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
