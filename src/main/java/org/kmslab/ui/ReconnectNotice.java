package org.kmslab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kmslab.sandbox.cluster.ClusterMembership;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Cluster mode: a browser whose instance died is sent by the load balancer to another one, where its old session
 * does not exist; Vaadin then reloads the page (no "session expired" dialog, which is Vaadin's default), and this
 * tells the learner what happened. Each page load notes in a cookie which instance served it; a page served by
 * another instance gets a notice, until dismissed: reconnected, and what was saved is still there.
 */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
class ReconnectNotice implements VaadinServiceInitListener {

    static final String COOKIE = "kmslab-instance";
    static final String TEXT = "Reconnected. The KMS Lab server you were on stopped, so you are now on another one. "
            + "Your sandbox and everything it saved are still here.";

    private final ClusterMembership membership;

    ReconnectNotice(ClusterMembership membership) {
        this.membership = membership;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Optional<String> before = request == null || request.getCookies() == null ? Optional.empty()
                    : Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName()))
                            .map(Cookie::getValue).findFirst();
            VaadinResponse response = VaadinResponse.getCurrent();
            if (response != null) {
                Cookie cookie = new Cookie(COOKIE, membership.instanceId());
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
            }
            // HAProxy moves a browser off the instance its cookie names only when that instance stopped answering
            // (its health check failed, or the connection was refused), so a page served elsewhere means just that.
            // Asking whether the old instance's lease ran out would miss a browser that came back within the lease.
            if (before.isPresent() && !before.get().equals(membership.instanceId())) {
                showOnce(init.getUI());
            }
        });
    }

    private static void showOnce(UI ui) {
        AtomicBoolean shown = new AtomicBoolean();
        ui.addAfterNavigationListener(navigated -> {
            if (shown.compareAndSet(false, true)) {
                // It stays until dismissed: a learner who looked away for a moment must still learn what happened.
                Notification notice = new Notification();
                notice.setPosition(Notification.Position.TOP_CENTER);
                notice.setDuration(0);
                notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                Button dismiss = new Button("Dismiss", click -> notice.close());
                dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Div text = new Div(TEXT);
                text.getElement().setAttribute("role", "status");
                notice.add(new HorizontalLayout(text, dismiss));
                notice.open();
            }
        });
    }
}
