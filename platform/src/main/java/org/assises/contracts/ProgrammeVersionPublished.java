package org.assises.contracts;

import java.time.OffsetDateTime;

/**
 * The data of {@code assises.programme.version.published.v1}: a numbered version of an edition's
 * programme was frozen (v1 = the preliminary programme); anyone can read it at
 * {@code /api/v1/editions/{edition}/versions/{version}} of programme-service.
 *
 * @param sessionCount how many sessions the version holds (drafts are never published)
 */
public record ProgrammeVersionPublished(String edition, int version, OffsetDateTime publishedAt, int sessionCount) {
}
