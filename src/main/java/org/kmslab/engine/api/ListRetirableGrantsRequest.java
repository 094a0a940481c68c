package org.kmslab.engine.api;

/** AWS {@code ListRetirableGrants} request. */
public record ListRetirableGrantsRequest(Integer limit, String marker, String retiringPrincipal) {

    public static ListRetirableGrantsRequest of(String retiringPrincipal) {
        return new ListRetirableGrantsRequest(null, null, retiringPrincipal);
    }
}
