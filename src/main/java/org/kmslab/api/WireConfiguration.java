package org.kmslab.api;

import org.kmslab.sandbox.KmsGateway;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the wire protocol filter in front of everything, Vaadin's servlet included, on every path. */
@Configuration(proxyBeanMethods = false)
class WireConfiguration {

    @Bean
    FilterRegistrationBean<KmsWireFilter> kmsWireFilter(KmsGateway gateway, WireAuthenticator authenticator) {
        FilterRegistrationBean<KmsWireFilter> registration =
                new FilterRegistrationBean<>(new KmsWireFilter(gateway, authenticator));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("kmsWireProtocol");
        return registration;
    }
}
