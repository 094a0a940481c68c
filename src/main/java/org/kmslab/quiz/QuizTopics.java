package org.kmslab.quiz;

import java.util.List;

/**
 * The course plan: the lesson ids, in course order, that quiz questions may name as their topic. The lessons
 * index ({@code lessons/index.yaml}) is the source of truth for lessons that exist; while it lists only part of the
 * course, a topic is also accepted when it is in this plan. Once the index lists every lesson, this plan only orders
 * topics that the index does not know.
 */
public final class QuizTopics {

    public static final List<String> PLANNED = List.of(
            "plaintext-vs-ciphertext",
            "kms-keys-and-metadata",
            "key-states",
            "key-policies-and-grants",
            "symmetric-vs-asymmetric",
            "data-keys",
            "envelope-encryption",
            "key-types",
            "key-rotation",
            "imported-key-material",
            "custom-key-stores",
            "multi-region-keys",
            "service-integrations",
            "audit-and-monitoring");

    private QuizTopics() {}
}
