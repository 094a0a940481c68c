/**
 * The AWS KMS JSON 1.1 wire protocol over HTTP, so the real AWS CLI and SDKs work against KMS Lab: a servlet filter
 * that routes {@code X-Amz-Target: TrentService.<Operation>} requests through SigV4 identity resolution to the
 * sandbox's {@link org.kmslab.sandbox.KmsGateway}, and a small REST API to create and reset sandboxes.
 */
package org.kmslab.api;
