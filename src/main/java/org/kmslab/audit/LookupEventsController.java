package org.kmslab.audit;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cloudtrail/lookup-events}: CloudTrail's LookupEvents over the default sandbox's audit log. The
 * body is read as text so that both {@code application/json} and {@code application/x-amz-json-1.1} work (under
 * {@code /api/} the KMS wire filter claims only requests with an {@code X-Amz-Target} header). Which
 * sandbox a caller may read will come from SigV4 credentials with the wire protocol; until then this serves the
 * default sandbox ({@code kmslab.account-id}, {@code kmslab.region}).
 */
@RestController
class LookupEventsController {

    private final AuditService audit;
    private final String accountId;
    private final String region;

    LookupEventsController(AuditService audit, @Value("${kmslab.account-id:111122223333}") String accountId,
            @Value("${kmslab.region:us-east-1}") String region) {
        this.audit = audit;
        this.accountId = accountId;
        this.region = region;
    }

    @PostMapping(path = "/api/cloudtrail/lookup-events", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> lookupEvents(@RequestBody(required = false) String body) {
        return LookupEvents.run(audit, accountId, region, body);
    }

    @ExceptionHandler(LookupEvents.LookupException.class)
    ResponseEntity<Map<String, String>> error(LookupEvents.LookupException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("__type", e.type(), "message", e.getMessage()));
    }
}
