package org.kmslab.api;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Optional;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.sandbox.Identity;
import org.kmslab.sandbox.Regions;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a request's SigV4 {@code Authorization} header into a sandbox, a caller and a Region.
 *
 * <p>Local mode: the access key id picks the sandbox and principal that were issued it; a key nobody issued (or no
 * header at all) acts as the default sandbox's administrator; signatures are not checked. The credential scope's
 * Region always picks the engine. Strict mode: the header is required, the key must have been issued, the signature
 * must verify and {@code X-Amz-Date} must be within 15 minutes of the server's clock, as on AWS.
 */
@Component
class WireAuthenticator {

    static final String BAD_SIGNATURE = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
            + "for details.";
    private static final Logger LOG = LoggerFactory.getLogger(WireAuthenticator.class);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SandboxService sandboxes;
    private final Clock clock;

    @Autowired
    WireAuthenticator(SandboxService sandboxes) {
        this(sandboxes, Clock.systemUTC());
    }

    WireAuthenticator(SandboxService sandboxes, Clock clock) {
        this.sandboxes = sandboxes;
        this.clock = clock;
    }

    /**
     * Who sent {@code request}.
     *
     * @throws WireAuthException with AWS's error type and message when the request cannot be attributed
     */
    WireIdentity authenticate(HttpServletRequest request, byte[] body) {
        String header = request.getHeader("Authorization");
        Optional<SigV4Authorization> auth = SigV4Authorization.parse(header);
        if (sandboxes.mode() == SandboxMode.STRICT) {
            return strict(request, body, header, auth);
        }
        String region = auth.map(SigV4Authorization::region).orElse(sandboxes.defaultSandbox().defaultRegion());
        checkRegion(region);
        Optional<Identity> issued = auth.flatMap(a -> sandboxes.identify(a.accessKeyId()));
        if (issued.isPresent()) {
            return identity(issued.get(), region, request);
        }
        Sandbox sandbox = sandboxes.defaultSandbox();
        return new WireIdentity(sandbox, enrich(sandbox.administrator(CallSource.WIRE), request), region);
    }

    private WireIdentity strict(HttpServletRequest request, byte[] body, String header,
            Optional<SigV4Authorization> parsed) {
        if (header == null || header.isBlank()) {
            throw new WireAuthException("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        SigV4Authorization auth = parsed.orElseThrow(() -> new WireAuthException("IncompleteSignatureException",
                "Authorization header is not a valid AWS Signature Version 4 header (AWS4-HMAC-SHA256 with "
                        + "Credential, SignedHeaders and Signature)."));
        Identity identity = sandboxes.identify(auth.accessKeyId()).orElseThrow(() -> new WireAuthException(
                "UnrecognizedClientException", "The security token included in the request is invalid."));
        if (!"kms".equals(auth.service())) {
            throw new WireAuthException("InvalidSignatureException",
                    "Credential should be scoped to correct service: 'kms'. ");
        }
        checkRegion(auth.region());
        String amzDate = request.getHeader("X-Amz-Date");
        checkDate(amzDate, auth);
        SigV4Signer.SignedRequest signed = new SigV4Signer.SignedRequest(request.getMethod(),
                request.getRequestURI(), request.getQueryString(),
                name -> signedHeader(request, name), body);
        String expected = SigV4Signer.signature(identity.principal().credentials().secretAccessKey(), auth, amzDate,
                signed);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature().getBytes(StandardCharsets.US_ASCII))) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("SigV4 mismatch for {}; our canonical request:\n{}", auth,
                        SigV4Signer.canonicalRequest(auth, signed));
            }
            throw new WireAuthException("InvalidSignatureException", BAD_SIGNATURE);
        }
        return identity(identity, auth.region(), request);
    }

    /** A header as the client signed it; a call forwarded by another instance keeps its Host aside. */
    private static java.util.List<String> signedHeader(HttpServletRequest request, String name) {
        String forwardedHost = request.getHeader(WireRouting.FORWARDED_HOST);
        if (forwardedHost != null && "host".equalsIgnoreCase(name)) {
            return java.util.List.of(forwardedHost);
        }
        return Collections.list(request.getHeaders(name));
    }

    private void checkDate(String amzDate, SigV4Authorization auth) {
        if (amzDate == null) {
            throw new WireAuthException("IncompleteSignatureException", "Authorization header requires existence "
                    + "of either a 'X-Amz-Date' or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            throw new WireAuthException("IncompleteSignatureException", "X-Amz-Date is not in the form "
                    + "yyyyMMdd'T'HHmmss'Z'.");
        }
        if (!amzDate.startsWith(auth.date())) {
            throw new WireAuthException("InvalidSignatureException", "Date in Credential scope does not match "
                    + "YYYYMMDD from ISO-8601 version of date from HTTP: '" + auth.date() + "' != '"
                    + amzDate.substring(0, 8) + "', from '" + amzDate + "'.");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw new WireAuthException("InvalidSignatureException", "Signature expired: " + amzDate
                    + " is now earlier than " + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now)
                    + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw new WireAuthException("InvalidSignatureException", "Signature not yet current: " + amzDate
                    + " is still later than " + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now)
                    + " + 15 min.)");
        }
    }

    private static void checkRegion(String region) {
        if (!Regions.isKnown(region)) {
            throw new WireAuthException("InvalidSignatureException",
                    "Credential should be scoped to a valid region. ");
        }
    }

    private static WireIdentity identity(Identity identity, String region, HttpServletRequest request) {
        Sandbox sandbox = identity.sandbox();
        Caller caller = identity.principal().caller(sandbox.accountId(), CallSource.WIRE);
        return new WireIdentity(sandbox, enrich(caller, request), region);
    }

    private static Caller enrich(Caller caller, HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > 512) {
            agent = agent.substring(0, 512);
        }
        return new Caller(caller.accountId(), caller.principalArn(), caller.source(), request.getRemoteAddr(), agent,
                null);
    }
}
