package org.kmslab.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandboxes over HTTP. {@code POST /api/sandboxes} makes a new, empty sandbox and returns its account id, Region and
 * every principal's credentials (shown once; they are not retrievable later). {@code POST /api/sandbox/reset}
 * empties a sandbox: in local mode the default one unless the request is signed with another sandbox's key; in
 * strict mode the one whose key signed the request (SigV4 with service {@code kms}).
 */
@RestController
class SandboxController {

    private final SandboxService sandboxes;
    private final WireAuthenticator authenticator;
    private final int maxSandboxes;

    SandboxController(SandboxService sandboxes, WireAuthenticator authenticator,
            @Value("${kmslab.max-sandboxes:1000}") int maxSandboxes) {
        this.sandboxes = sandboxes;
        this.authenticator = authenticator;
        this.maxSandboxes = maxSandboxes;
    }

    /** One principal's credentials, as the AWS CLI's credentials file needs them. */
    record PrincipalCredentials(String name, String profile, String arn, String accessKeyId,
            String secretAccessKey) {

        static PrincipalCredentials of(Principal p) {
            return new PrincipalCredentials(p.name(), p.profile(), p.arn(), p.credentials().accessKeyId(),
                    p.credentials().secretAccessKey());
        }
    }

    /** A new sandbox; the top-level credentials are the administrator's ({@code Admin}). */
    record CreatedSandbox(String accountId, String region, String principalArn, String accessKeyId,
            String secretAccessKey, List<PrincipalCredentials> principals) {
    }

    record ResetSandbox(String accountId, boolean reset) {
    }

    record ApiError(String error, String message) {
    }

    @PostMapping(path = "/api/sandboxes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create() {
        if (sandboxes.all().size() >= maxSandboxes) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("LimitExceededException",
                    "This server already hosts its maximum of " + maxSandboxes + " sandboxes."));
        }
        Sandbox sandbox = sandboxes.create();
        Principal admin = sandbox.principal("Admin").orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedSandbox(sandbox.accountId(),
                sandbox.defaultRegion(), admin.arn(), admin.credentials().accessKeyId(),
                admin.credentials().secretAccessKey(),
                sandbox.principals().stream().map(PrincipalCredentials::of).toList()));
    }

    @PostMapping(path = "/api/sandbox/reset", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> reset(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Sandbox sandbox;
        try {
            WireIdentity who = authenticator.authenticate(request, body == null ? new byte[0] : body);
            sandbox = who.sandbox();
        } catch (WireAuthException e) {
            HttpStatus status = sandboxes.mode() == SandboxMode.STRICT ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(new ApiError(e.errorType(), e.getMessage()));
        }
        sandbox.reset();
        return ResponseEntity.ok(new ResetSandbox(sandbox.accountId(), true));
    }
}
