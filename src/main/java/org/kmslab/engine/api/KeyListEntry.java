package org.kmslab.engine.api;

/** One entry of ListKeys. */
public record KeyListEntry(String keyId, String keyArn) {
}
