package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.Side;

/**
 * A member of an edition's Franco-Chinese jury: their side, organisation, its région or province and
 * the local governments it is in partnership with. {@code subject} is their token's subject.
 */
@Entity
@Table(name = "juror")
public class Juror {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_zh")
    public String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Column(nullable = false)
    public String organisation;

    public String region;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> partnerships;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public ConflictDetector.JurorProfile profile() {
        return new ConflictDetector.JurorProfile(id, organisation, region, partnerships);
    }
}
