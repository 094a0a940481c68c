/**
 * Authorization: key policies parsed from JSON (with a small parser, as the engine takes no JSON library),
 * evaluated for the calling principal with explicit-Deny-wins semantics and KMS condition keys, plus grants.
 * Every evaluation yields a trace of the statements and grants that decided, for the UI.
 */
package org.kmslab.engine.internal.policy;
