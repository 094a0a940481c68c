package org.kmslab.ui.quiz;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;

/** Names shown across the quiz views: the local learner, topic titles and the scale's caveat. */
final class QuizTexts {

    /** In local mode every learner on this machine is the same learner, as they share the default sandbox. */
    static final String LEARNER = "local";

    static final String SCALE_NOTE = "The scaled score maps the share of correct answers onto the exam's 100-1000 "
            + "scale (720 to pass). It is an approximation: AWS does not publish how it scales each exam form.";

    /** Titles for planned lessons that are not written yet. */
    private static final Map<String, String> PLANNED_TITLES = Map.ofEntries(
            Map.entry("plaintext-vs-ciphertext", "Plaintext versus ciphertext"),
            Map.entry("kms-keys-and-metadata", "KMS keys and their metadata"),
            Map.entry("key-states", "Key states"),
            Map.entry("key-policies-and-grants", "Key policies and grants"),
            Map.entry("symmetric-vs-asymmetric", "Symmetric versus asymmetric keys"),
            Map.entry("data-keys", "Data keys"),
            Map.entry("envelope-encryption", "Envelope encryption"),
            Map.entry("key-types", "Types of KMS keys"),
            Map.entry("key-rotation", "Key rotation"),
            Map.entry("imported-key-material", "Imported key material"),
            Map.entry("multi-region-keys", "Multi-Region keys"),
            Map.entry("service-integrations", "KMS in other AWS services"),
            Map.entry("audit-and-monitoring", "Audit and monitoring"));

    private QuizTexts() {}

    /** The lesson's title when the lesson exists, else the id made readable ("key-rotation" becomes "Key rotation"). */
    static String topicTitle(LessonCatalog catalog, String topic) {
        return lesson(catalog, topic).map(Lesson::title).orElseGet(() -> PLANNED_TITLES.containsKey(topic)
                ? PLANNED_TITLES.get(topic) : readable(topic));
    }

    private static String readable(String topic) {
        String words = topic.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static Optional<Lesson> lesson(LessonCatalog catalog, String topic) {
        return catalog.find(topic);
    }
}
