package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.Map;

import org.kmslab.engine.api.ListResourceTagsRequest;
import org.kmslab.engine.api.ListResourceTagsResult;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.TagResourceRequest;
import org.kmslab.engine.api.TagResourceResult;
import org.kmslab.engine.api.UntagResourceRequest;
import org.kmslab.engine.api.UntagResourceResult;
import org.kmslab.engine.internal.store.ManagedKey;

/** TagResource (adds or overwrites), UntagResource and ListResourceTags. */
public final class TagOps {

    private final KeyResolver resolver;

    public TagOps(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public TagResourceResult tagResource(Call call, TagResourceRequest r) {
        List<Tag> tags = Validate.required("tags", r.tags());
        ManagedKey key = managed(call, r.keyId());
        TagRules.check(tags, key.tags());
        tags.forEach(t -> key.tags().put(t.tagKey(), t.tagValue()));
        return new TagResourceResult();
    }

    public UntagResourceResult untagResource(Call call, UntagResourceRequest r) {
        List<String> keys = Validate.required("tagKeys", r.tagKeys());
        ManagedKey key = managed(call, r.keyId());
        keys.forEach(key.tags()::remove);
        return new UntagResourceResult();
    }

    public ListResourceTagsResult listResourceTags(Call call, ListResourceTagsRequest r) {
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        List<Tag> all = key.tags().entrySet().stream().map((Map.Entry<String, String> e) ->
                new Tag(e.getKey(), e.getValue())).toList();
        Pages.Page<Tag> page = Pages.of(all, r.limit(), r.marker(), 50, 50);
        return new ListResourceTagsResult(page.items(), page.nextMarker(), page.truncated());
    }

    private ManagedKey managed(Call call, String keyId) {
        ManagedKey key = resolver.authorized(call, keyId, false);
        KeyResolver.checkState(call.operation(), key);
        return key;
    }
}
