package org.kmslab.api;

import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.cluster.SandboxOwnership;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the wire protocol filter in front of everything, Vaadin's servlet included, on every path. */
@Configuration(proxyBeanMethods = false)
class WireConfiguration {

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
