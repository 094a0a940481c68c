package org.kmslab.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The URL the AWS CLI and SDKs should use to reach this server, for every snippet a page shows. */
public final class PublicUrl {

    private PublicUrl() {
    }

    /**
     * {@code kmslab.public-url} if set, else the scheme, host and port the current page was loaded from (so the
     * real port, not a guess); {@code http://localhost:8080} only outside a request.
     */
    public static String endpoint(String publicUrl) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.replaceAll("/+$", "");
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort());
        }
        return "http://localhost:8080";
    }
}
