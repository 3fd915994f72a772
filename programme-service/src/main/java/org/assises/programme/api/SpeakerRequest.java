package org.assises.programme.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.programme.domain.Speaker;

/** A speaker to create or update. */
public record SpeakerRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Li Mingyu") String nameLatin,
        @Size(max = 200) @Schema(example = "李明宇") String nameZh,
        @Size(max = 300) String organisation,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as FR or CN") String country,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as fr or zh") String> languages,
        @Size(max = 2000) String bio) {

    /** The speaker's current state as a request: what a merge patch applies to. */
    public static SpeakerRequest of(Speaker s) {
        return new SpeakerRequest(s.nameLatin, s.nameZh, s.organisation, s.country, s.languages == null ? null : s.languageList(), s.bio);
    }
}
