/**
 * KMS Lab's in-process AWS KMS engine: {@link org.kmslab.engine.KmsEngine} with one method per AWS operation,
 * the caller model, the injectable clock, and the engine events every call produces. Plain Java and Bouncy Castle
 * only; requests and results live in {@code api}, exceptions in {@code exception}, everything else is internal.
 */
package org.kmslab.engine;
