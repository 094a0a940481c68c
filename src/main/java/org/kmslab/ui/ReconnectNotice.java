package org.kmslab.ui;

import com.vaadin.flow.component.UI;
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
 * another instance while the noted one is gone gets a notice: reconnected, and what was saved is still there.
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
            if (before.isPresent() && !before.get().equals(membership.instanceId())
                    && membership.liveUrl(before.get()).isEmpty()) {
                showOnce(init.getUI());
            }
        });
    }

    private static void showOnce(UI ui) {
        AtomicBoolean shown = new AtomicBoolean();
        ui.addAfterNavigationListener(navigated -> {
            if (shown.compareAndSet(false, true)) {
                Notification notice = Notification.show(TEXT, 10_000, Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                notice.getElement().setAttribute("role", "status");
            }
        });
    }
}
