package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;

/**
 * A person registered for an edition: a French self-registration, an APCAE delegation member or an
 * organiser's direct registration. Passport data is kept for invitation letters and visas only:
 * never logged, never in an event ({@link #toString()} is not overridden on purpose).
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Civility civility;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "name_zh")
    public String nameZh;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(nullable = false)
    public String organisation;

    public String province;

    public String city;

    public String function;

    public String email;

    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> languages = new ArrayList<>();

    @Column(name = "interpretation_needed", nullable = false)
    public boolean interpretationNeeded;

    @Column(name = "dietary_needs")
    public String dietaryNeeds;

    @Column(name = "gala_dinner", nullable = false)
    public boolean galaDinner;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> workshops = new ArrayList<>();

    @Column(name = "field_visit")
    public String fieldVisit;

    @Embedded
    public Travel arrival;

    @Embedded
    public Travel departure;

    @Column(name = "hotel_needed", nullable = false)
    public boolean hotelNeeded;

    @Column(nullable = false)
    public boolean vip;

    @Column(name = "delegation_id")
    public UUID delegationId;

    @Column(name = "apcae_person_id")
    public String apcaePersonId;

    /** Fingerprint of the member data APCAE last pushed, so that an unchanged member is recognised. */
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "passport_number")
    public String passportNumber;

    @Column(name = "passport_expires_on")
    public LocalDate passportExpiresOn;

    /** SHA-256 of the management token; the token itself is only ever in the registration answer. */
    @Column(name = "token_hash")
    public String tokenHash;

    /** Order in the waiting list of the edition and side; null unless waitlisted. */
    @Column(name = "waitlist_rank")
    public Long waitlistRank;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Workshops and visit as catalogue codes, the places a confirmed participant holds. */
    public List<String> choices() {
        return choices(workshops, fieldVisit);
    }

    /** The codes of the workshops and visit a participant holds or asks for, in one list. */
    public static List<String> choices(List<String> workshops, String fieldVisit) {
        List<String> codes = new ArrayList<>(workshops == null ? List.of() : workshops);
        if (fieldVisit != null && !fieldVisit.isBlank()) {
            codes.add(fieldVisit.strip());
        }
        return codes;
    }
}
