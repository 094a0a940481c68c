package org.kmslab.quiz;

import java.util.Map;

/** The four content domains of the SAA-C03 exam guide. */
public final class ExamDomains {

    private static final Map<Integer, String> NAMES = Map.of(
            1, "Design Secure Architectures",
            2, "Design Resilient Architectures",
            3, "Design High-Performing Architectures",
            4, "Design Cost-Optimized Architectures");

    private ExamDomains() {}

    public static String name(int domain) {
        return NAMES.getOrDefault(domain, "Domain " + domain);
    }
}
