package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone who welcomes and guides VIPs: the languages they speak and when they are available. */
@Entity
@Table(name = "escort")
public class Escort {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_zh")
    public String nameZh;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> languages = new ArrayList<>();

    @Column(nullable = false)
    public String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escort_availability", joinColumns = @JoinColumn(name = "escort_id"))
    public List<Availability> availability = new ArrayList<>();

    public boolean speaksChinese() {
        return languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).anyMatch(l -> l.equals("zh") || l.startsWith("zh-"));
    }

    /** A time window in which the escort can work. */
    @Embeddable
    public static class Availability {

        @Column(name = "from_at", nullable = false)
        public OffsetDateTime from;

        @Column(name = "to_at", nullable = false)
        public OffsetDateTime to;

        protected Availability() {
            // for JPA
        }

        public Availability(OffsetDateTime from, OffsetDateTime to) {
            this.from = from;
            this.to = to;
        }
    }
}
