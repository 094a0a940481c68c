package org.kmslab.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the goals of a hands-on question may ask about the learner's sandbox. The quiz defines this port and
 * interprets the goals ({@link HandsOnChecker}); the adapter that answers it sits next to the sandbox, so the quiz
 * never depends on engine types. Names in the questions ({@code configKey}, {@code dbPassword}) are the refs that the
 * question's setup gave to what it made.
 */
public interface SandboxProbe {

    /** The sandbox's account id: the question's task and goal name it where the bank names its example account. */
    String accountId();

    /** The key a setup ref names. */
    Optional<KeyView> keyByRef(String ref);

    /** The key an alias points to. */
    Optional<KeyView> keyByAlias(String alias);

    /** Whether decrypting the ciphertext saved under this ref, with the context it was made with, now returns its plaintext. */
    boolean decrypts(String ciphertextRef);

    /** The grants on a key. */
    List<GrantView> grants(String keyId);

    /** The events the learner caused after the setup ran, oldest first. */
    List<EventView> eventsSinceSetup();

    /** A key as the goals see it. {@code rotationPeriodDays} is null while rotation is off. */
    record KeyView(String keyId, String state, String keySpec, String keyUsage, String origin, boolean multiRegion,
                   Map<String, String> tags, boolean rotationEnabled, Integer rotationPeriodDays, int rotations) {}

    record GrantView(String grantee, Set<String> operations) {}

    /** One call the learner made: the operation, the key it acted on, the outcome and its encryption context. */
    record EventView(String operation, String keyId, boolean success, Map<String, String> encryptionContext) {}
}
