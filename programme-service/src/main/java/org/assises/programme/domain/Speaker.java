package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who speaks at the Assises, named in Latin letters and, for Chinese speakers, in characters. */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(name = "name_latin", nullable = false)
    public String nameLatin;

    @Column(name = "name_zh")
    public String nameZh;

    public String organisation;

    /** ISO 3166 alpha-2, e.g. FR or CN. */
    public String country;

    /** Comma-separated language codes, e.g. "fr,zh". */
    public String languages;

    public String bio;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }
}
