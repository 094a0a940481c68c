/**
 * External key stores (HYOK) as the AWS "External Key Store (XKS) Proxy API Specification" defines them: an
 * in-process XKS proxy in front of a small external key manager (its own HTTP endpoint, SigV4 verification with the
 * proxy's own credentials, the spec's JSON shapes and error names), and the HTTP client the KMS engine calls any XKS
 * proxy with, the in-process one or a learner's own. The engine knows only its {@code ExternalKeyClient} interface.
 */
package org.kmslab.api.xks;
