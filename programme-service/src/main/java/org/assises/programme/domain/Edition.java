package org.assises.programme.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;

/** One edition of the Assises and its days, e.g. assises-2018 from 11 to 13 December 2018 in Toulouse. */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    public String code;

    @Column(name = "title_fr", nullable = false)
    public String titleFr;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "reference_loaded_at")
    public OffsetDateTime referenceLoadedAt;

    public LocalizedText title() {
        return new LocalizedText(titleFr, titleZh, titleEn);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
