package org.assises.registration.service;

/** Who calls: the token subject, and whether they are an organiser (who sees every delegation). */
public record Caller(String subject, boolean organiser) {
}
