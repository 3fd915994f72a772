package org.assises.registration.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/** Registration's own settings of an edition for its invitation letters: letterhead, issuer, signatory, purpose. */
@Entity
@Table(name = "letter_settings")
public class LetterSettings {

    @Id
    public String edition;

    @Embedded
    public Bilingual letterhead;

    @Embedded
    public Bilingual issuer;

    @Embedded
    public Bilingual address;

    @Column(name = "signatory_name", nullable = false)
    public String signatoryName;

    // Two-word names: the component-path naming would make programmetitle_fr of them.
    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "signatory_title_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "signatory_title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "signatory_title_en"))
    public Bilingual signatoryTitle;

    // Two-word names: the component-path naming would make programmetitle_fr of them.
    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "programme_title_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "programme_title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "programme_title_en"))
    public Bilingual programmeTitle;

    @Embedded
    public Bilingual purpose;

    @Embedded
    public Bilingual place;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
