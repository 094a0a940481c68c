package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.sandbox.SandboxMode;

/** AWS's default request quotas as token buckets, on a clock the test steps by hand. */
class RequestQuotasTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final WireThrottle throttle = new WireThrottle(true, new RequestQuotas(nanos::get));
    private final KmsEngine engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());

    private int admitted(String account, String operation, String body, int attempts) {
        int ok = 0;
        for (int i = 0; i < attempts; i++) {
            ok += throttle.admit(account, "us-east-1", engine, operation, body.getBytes()) ? 1 : 0;
        }
        return ok;
    }

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void create_key_allows_five_per_second_then_refills_continuously() {
        assertThat(admitted("a", "CreateKey", "{}", 20)).isEqualTo(5);
        advanceMillis(200);
        assertThat(admitted("a", "CreateKey", "{}", 20)).isEqualTo(1);
        advanceMillis(10_000);
        assertThat(admitted("a", "CreateKey", "{}", 20)).as("a bucket holds one second, no more").isEqualTo(5);
    }

    @Test
    void quotas_are_per_account_and_per_operation() {
        assertThat(admitted("a", "TagResource", "{}", 20)).isEqualTo(10);
        assertThat(admitted("b", "TagResource", "{}", 20)).isEqualTo(10);
        assertThat(admitted("a", "UntagResource", "{}", 20)).isEqualTo(5);
        assertThat(throttle.admit("a", "eu-west-1", engine, "TagResource", new byte[0])).as("per Region too")
                .isTrue();
    }

    @Test
    void sub_one_per_second_quotas_allow_one_call_per_period() {
        assertThat(admitted("a", "GetParametersForImport", "{}", 3)).isEqualTo(1);
        advanceMillis(3_900);
        assertThat(admitted("a", "GetParametersForImport", "{}", 1)).isZero();
        advanceMillis(100);
        assertThat(admitted("a", "GetParametersForImport", "{}", 1)).isOne();
    }

    @Test
    void key_pair_generation_is_limited_by_key_pair_spec() {
        assertThat(admitted("a", "GenerateDataKeyPair", "{\"KeyPairSpec\":\"RSA_4096\"}", 3)).isEqualTo(1);
        assertThat(admitted("a", "GenerateDataKeyPair", "{\"KeyPairSpec\":\"ECC_NIST_P256\"}", 40)).isEqualTo(25);
        assertThat(admitted("a", "GenerateDataKeyPairWithoutPlaintext", "{\"KeyPairSpec\":\"ECC_NIST_P521\"}", 9))
                .isEqualTo(5);
    }

    @Test
    void symmetric_cryptographic_operations_share_one_quota_of_ten_thousand() {
        assertThat(admitted("a", "Encrypt", "{\"KeyId\":\"alias/none\"}", 6_000)
                + admitted("a", "GenerateRandom", "{}", 6_000)).isEqualTo(10_000);
        assertThat(admitted("a", "Sign", "{\"KeyId\":\"alias/none\"}", 1)).as("unknown keys count as symmetric")
                .isZero();
    }

    @Test
    void unknown_operations_and_garbage_bodies_are_counted_without_failing() {
        assertThat(admitted("a", "MakeCoffee", "{}", 50)).isEqualTo(50);
        assertThat(admitted("a", "Encrypt", "{not json", 3)).isEqualTo(3);
    }

    @Test
    void auto_is_on_in_strict_mode_and_off_in_local_mode() {
        assertThat(WireThrottle.enabled("auto", SandboxMode.STRICT)).isTrue();
        assertThat(WireThrottle.enabled("auto", SandboxMode.LOCAL)).isFalse();
        assertThat(WireThrottle.enabled("ON", SandboxMode.LOCAL)).isTrue();
        assertThat(WireThrottle.enabled("off", SandboxMode.STRICT)).isFalse();
        assertThatThrownBy(() -> WireThrottle.enabled("sometimes", SandboxMode.LOCAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WireThrottle(false, RequestQuotas.systemTime()).admit("a", "us-east-1", engine,
                "GetParametersForImport", new byte[0])).isTrue();
    }
}
