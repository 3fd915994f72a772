package org.assises.programme.api;

import java.time.OffsetDateTime;

import org.assises.programme.domain.ProgrammeVersion;

/** A published version: its number, when, how many sessions, and how many warnings were acknowledged. */
public record VersionSummary(String edition, int version, OffsetDateTime publishedAt, int sessionCount, int acknowledgedWarnings) {

    public static VersionSummary from(ProgrammeVersion v) {
        return new VersionSummary(v.edition, v.number, v.publishedAt, v.sessionCount, v.acknowledgedWarnings);
    }
}
