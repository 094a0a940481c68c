package org.kmslab.api;

import io.micrometer.observation.ObservationPredicate;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.cluster.SandboxOwnership;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/** Puts the wire protocol filter in front of everything, Vaadin's servlet included, on every path. */
@Configuration(proxyBeanMethods = false)
class WireConfiguration {

    /**
     * Wire calls are counted and timed per operation by the audit metrics ({@code kmslab.kms.*}), so Spring's
     * generic {@code http.server.requests} observation, which runs in front of our filter, skips them: it cost about
     * a tenth of a wire request's CPU (docs/benchmarks.md).
     */
    @Bean
    ObservationPredicate wireCallsAreNotHttpServerObservations() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext http
                && KmsWireFilter.isWireRequest(http.getCarrier()));
    }

    @Bean
    FilterRegistrationBean<KmsWireFilter> kmsWireFilter(KmsGateway gateway, WireAuthenticator authenticator,
            WireThrottle throttle, ObjectProvider<SandboxOwnership> ownership) {
        FilterRegistrationBean<KmsWireFilter> registration = new FilterRegistrationBean<>(new KmsWireFilter(gateway,
                authenticator, throttle, new WireRouting(ownership.getIfAvailable())));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // after org.kmslab.security's headers
        registration.setName("kmsWireProtocol");
        return registration;
    }
}
