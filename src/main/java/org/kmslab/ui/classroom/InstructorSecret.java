package org.kmslab.ui.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that makes someone the instructor of {@code /class}: {@code kmslab.instructor-secret}, or, when that is
 * unset, one generated at start-up and logged once. Compared in constant time.
 */
@Component
class InstructorSecret {

    private static final Logger LOG = LoggerFactory.getLogger(InstructorSecret.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final byte[] secret;

    InstructorSecret(@Value("${kmslab.instructor-secret:}") String configured) {
        String value = configured == null || configured.isBlank() ? generate() : configured.strip();
        if (configured == null || configured.isBlank()) {
            LOG.info("Instructor secret for /class: {} (set kmslab.instructor-secret to choose your own)", value);
        }
        this.secret = value.getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(secret, candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
