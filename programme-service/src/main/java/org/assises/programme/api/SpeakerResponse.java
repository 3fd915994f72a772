package org.assises.programme.api;

import java.util.List;
import java.util.UUID;

import org.assises.programme.domain.Speaker;

/** A speaker. */
public record SpeakerResponse(UUID id, String edition, String nameLatin, String nameZh, String organisation, String country,
        List<String> languages, String bio) {

    public static SpeakerResponse from(Speaker s) {
        return new SpeakerResponse(s.id, s.edition, s.nameLatin, s.nameZh, s.organisation, s.country, s.languageList(), s.bio);
    }
}
