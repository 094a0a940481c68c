package org.kmslab.engine.internal.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmslab.engine.api.Tag;
import org.kmslab.engine.exception.TagException;

/**
 * AWS's tag rules: key 1-128 characters, value 0-256, {@code aws:} reserved, no duplicate keys, at most 50 per key.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html
 */
final class TagRules {

    static final int MAX_TAGS = 50;

    private TagRules() {
    }

    /** Validates tags to add; {@code existing} is the key's current tag map (empty for a new key). */
    static void check(List<Tag> tags, Map<String, String> existing) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            String at = "tags." + (i + 1) + ".member.";
            Validate.length(at + "tagKey", Validate.required(at + "tagKey", t.tagKey()), 1, 128);
            Validate.length(at + "tagValue", Validate.required(at + "tagValue", t.tagValue()), 0, 256);
            if (t.tagKey().regionMatches(true, 0, "aws:", 0, 4)) {
                throw new TagException("Tags beginning with aws: are reserved");
            }
            if (!seen.add(t.tagKey())) {
                throw new TagException("Duplicate tag keys");
            }
        }
        Set<String> all = new HashSet<>(existing.keySet());
        all.addAll(seen);
        if (all.size() > MAX_TAGS) {
            throw new TagException("The number of tags exceeds the limit of " + MAX_TAGS + " per KMS key.");
        }
    }
}
