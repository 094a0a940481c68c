package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.exception.ValidationException;

/** A refused call still makes its one event, but a huge string in it cannot bloat the audit log. */
class AuditBloatTest {

    @Test
    void a_refused_megabyte_description_is_audited_as_a_short_prefix() {
        KmsEngine kms = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
        List<EngineEvent> events = new ArrayList<>();
        kms.addListener(events::add);
        String huge = "<script>".repeat(131_072);
        Throwable thrown = catchThrowable(() -> kms.createKey(Caller.root("111122223333", CallSource.WIRE),
                CreateKeyRequest.symmetric().withDescription(huge)));
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.errorCode()).isEqualTo("ValidationException");
            assertThat((String) e.requestParameters().get("description")).hasSizeLessThan(400)
                    .endsWith("(truncated: 1048576 characters)");
        });
    }
}
