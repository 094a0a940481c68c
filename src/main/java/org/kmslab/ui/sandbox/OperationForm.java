package org.kmslab.ui.sandbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.console.CliLine;

/**
 * A form for any KMS operation, built from the operation's request shape: one labelled field per request member.
 * It shows, as the learner types, the AWS CLI command and the SDK for Java v2 call the form stands for, and reports
 * the command up with a {@link RunEvent} when the learner presses Run.
 */
class OperationForm extends VerticalLayout {

    private final KmsGateway gateway;
    private final String endpoint;
    private final ComboBox<String> operation = new ComboBox<>("Operation");
    private final FormLayout fields = new FormLayout();
    private final Pre cli = new Pre();
    private final Pre sdk = new Pre();
    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Set<String> blobs = new HashSet<>();
    private final Set<String> numbers = new HashSet<>();
    private final Set<String> lists = new HashSet<>();

    OperationForm(KmsGateway gateway, String endpoint) {
        this.gateway = gateway;
        this.endpoint = endpoint;
        setPadding(false);
        operation.setItems(gateway.operations());
        operation.setHelperText("Every operation the engine supports; the fields are its request members.");
        operation.addValueChangeListener(e -> buildFields(e.getValue()));
        cli.addClassName("kmslab-bytes");
        cli.getElement().setAttribute("aria-label", "Equivalent AWS CLI command");
        sdk.addClassName("kmslab-bytes");
        sdk.getElement().setAttribute("aria-label", "Equivalent AWS SDK for Java v2 call");
        Button run = new Button("Run", e -> fireEvent(new RunEvent(this, cliLine())));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Forms"), operation, fields, run, new Span("AWS CLI"), cli, new Span("AWS SDK for Java v2"), sdk);
        operation.setValue("CreateKey");
    }

    private void buildFields(String op) {
        fields.removeAll();
        inputs.clear();
        blobs.clear();
        numbers.clear();
        lists.clear();
        if (op == null) {
            return;
        }
        Class<? extends Record> type = gateway.requestType(op).orElseThrow();
        for (RecordComponent c : type.getRecordComponents()) {
            String member = Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
            Component field = WireChoices.of(op, member).map(choices -> choice(member, choices))
                    .orElseGet(() -> field(member, c.getGenericType()));
            fields.add(field);
        }
        showSnippets();
    }

    private Component field(String member, Type type) {
        HasValue<?, ?> input;
        if (type == Boolean.class || type == boolean.class) {
            input = new Checkbox(member);
        } else if (type == Integer.class || type == Long.class) {
            numbers.add(member);
            input = new IntegerField(member);
        } else if (type == byte[].class || member.equals("Policy")) {
            if (type == byte[].class) {
                blobs.add(member);
            }
            TextArea area = new TextArea(member);
            area.setHelperText(type == byte[].class
                    ? (member.equals("Plaintext") || member.equals("Message") ? "Text" : "Base64") : "JSON");
            input = area;
        } else {
            TextField text = new TextField(member);
            text.setHelperText(hint(type));
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                lists.add(member);
            }
            input = text;
        }
        inputs.put(member, input);
        input.addValueChangeListener(e -> showSnippets());
        return (Component) input;
    }

    /** A member with a fixed set of wire values (KeyUsage, KeySpec, Origin, algorithms): pick one, or AWS's default. */
    private Component choice(String member, List<String> choices) {
        Select<String> select = new Select<>();
        select.setLabel(member);
        select.setItems(choices);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("(not set: AWS's default)");
        inputs.put(member, select);
        select.addValueChangeListener(e -> showSnippets());
        return select;
    }

    private static String hint(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return "key=value,key2=value2";
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return p.getActualTypeArguments()[0] == String.class ? "Items separated by spaces" : "Shorthand or JSON";
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return "Shorthand (Name={k=v}) or JSON";
        }
        return type == java.time.Instant.class ? "2027-01-31T00:00:00Z" : "";
    }

    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((member, input) -> {
            Object v = input.getValue();
            if (v instanceof String text && lists.contains(member)) {
                values.put(member, Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
            } else if (v instanceof Integer number) {
                values.put(member, number.toString());
            } else {
                values.put(member, v);
            }
        });
        return values;
    }

    String cliLine() {
        return CliLine.of(operation.getValue(), values());
    }

    private void showSnippets() {
        cli.setText(cliLine());
        sdk.setText(SdkSnippet.of(endpoint, operation.getValue(), values(), blobs, numbers));
    }

    Registration addRunListener(com.vaadin.flow.component.ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    /** The learner pressed Run; carries the equivalent command line. */
    static final class RunEvent extends ComponentEvent<OperationForm> {
        private final String commandLine;

        RunEvent(OperationForm source, String commandLine) {
            super(source, false);
            this.commandLine = commandLine;
        }

        String commandLine() {
            return commandLine;
        }
    }
}
