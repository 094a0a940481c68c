package org.kmslab.api.xks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kmslab.engine.ExternalKeyClient;
import org.kmslab.sandbox.ExternalKeyStores;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The application's external key store side: one in-process XKS proxy (its own loopback HTTP listener) with a
 * tenant per sandbox account, each with its own path prefix {@code /kmslab/<account>/kms/xks/v1}, its own SigV4
 * credential and its own external key manager; and the HTTP client every engine calls proxies with. The external
 * key managers live in memory: like an HSM outside AWS, they are not part of the sandbox's saved KMS state.
 */
@Component
public class InProcessXksProxy implements ExternalKeyStores, DisposableBean {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final XksProxy proxy = new XksProxy();
    private final XksProxyServer server;
    private final ExternalKeyClient client = new XksHttpClient(Duration.ofSeconds(2));
    private final Map<String, XksProxy.Tenant> byAccount = new ConcurrentHashMap<>();

    public InProcessXksProxy() {
        try {
            this.server = new XksProxyServer(proxy);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the in-process XKS proxy", e);
        }
    }

    @Override
    public ExternalKeyClient client() {
        return client;
    }

    @Override
    public Tenant tenant(String accountId) {
        XksProxy.Tenant t = tenantOf(accountId);
        return new Tenant(server.uriEndpoint(), t.uriPath(), t.accessKeyId(), t.secret(),
                t.keys().statuses().entrySet().stream().map(e -> new Key(e.getKey(), e.getValue())).toList(),
                t.log().entries());
    }

    @Override
    public Key createKey(String accountId) {
        XksProxy.Tenant t = tenantOf(accountId);
        String id = t.keys().createKey();
        return new Key(id, t.keys().status(id));
    }

    @Override
    public Key setKeyEnabled(String accountId, String keyId, boolean enabled) {
        XksProxy.Tenant t = tenantOf(accountId);
        if (!t.keys().exists(keyId)) {
            throw new IllegalArgumentException("The external key manager has no key " + keyId + ".");
        }
        t.keys().setEnabled(keyId, enabled);
        return new Key(keyId, t.keys().status(keyId));
    }

    private XksProxy.Tenant tenantOf(String accountId) {
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("not an account id");
        }
        return byAccount.computeIfAbsent(accountId, a -> {
            XksProxy.Tenant t = new XksProxy.Tenant("/kmslab/" + a + "/kms/xks/v1", accessKeyId(), secret(),
                    new ExternalKeyManager(), new XksRequestLog());
            proxy.add(t);
            return t;
        });
    }

    /** 26 characters from A-Z and 2-7, as the spec asks of an access key id. */
    private static String accessKeyId() {
        StringBuilder out = new StringBuilder("XKS");
        while (out.length() < 26) {
            out.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return out.toString();
    }

    /** 256 random bits, Base64: 44 characters, as the spec suggests. */
    private static String secret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    @Override
    public void destroy() {
        server.close();
    }
}
