package org.assises.programme.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published, frozen version of an edition's programme (v1 = the preliminary programme). */
@Entity
@Table(name = "programme_version")
@IdClass(ProgrammeVersion.Key.class)
public class ProgrammeVersion {

    @Id
    @Column(name = "edition")
    public String edition;

    @Id
    @Column(name = "number")
    public int number;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "session_count", nullable = false)
    public int sessionCount;

    @Column(name = "acknowledged_warnings", nullable = false)
    public int acknowledgedWarnings;

    /** The programme as published, as JSON (a {@code PublishedProgramme}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String snapshot;

    /** Composite key: edition and version number. */
    public static class Key implements Serializable {
        public String edition;
        public int number;

        public Key() {
        }

        public Key(String edition, int number) {
            this.edition = edition;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.edition, edition);
        }

        @Override
        public int hashCode() {
            return Objects.hash(edition, number);
        }
    }
}
