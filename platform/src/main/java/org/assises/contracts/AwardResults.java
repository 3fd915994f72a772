package org.assises.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data of {@code assises.awards.results.published.v1} on {@link Topics#AWARDS_RESULTS}, keyed by the
 * edition's code: an edition's laureates, written once, when the embargo ends at the ceremony time.
 * Nothing about laureates travels before. programme-service shows them on the award ceremony session.
 *
 * @param edition     the edition's code
 * @param ceremonyAt  the ceremony time, when the embargo ended
 * @param publishedAt when the results were published (at or just after {@code ceremonyAt})
 * @param prizes      every prize of the edition with its laureates, in the call's order
 * @param mentions    applications the jury gave a mention to
 */
public record AwardResults(
        String edition,
        OffsetDateTime ceremonyAt,
        @Schema(nullable = true, description = "null in the organisers' view before the ceremony") OffsetDateTime publishedAt,
        List<Prize> prizes,
        List<Laureate> mentions) {

    /**
     * A prize and who won it.
     *
     * @param theme null for a special prize open to every theme
     * @param award what is handed over (a diploma, an engraved object)
     */
    public record Prize(UUID prizeId, String code, LocalizedText name, @Schema(nullable = true) Theme theme, LocalizedText award,
            List<Laureate> laureates) {
    }

    /**
     * A winning partnership of local governments.
     *
     * @param applicationId     the application in awards-service
     * @param rank              the rank the deliberation gave (1 first; ex aequo share one), within the prize or among
     *                          the mentions; null when the jury ranked none, listed after the ranked ones
     * @param frenchGovernment  the French local government's name (in Chinese characters too)
     * @param chineseGovernment the Chinese local government's name (in Chinese characters too)
     */
    public record Laureate(UUID applicationId, @Schema(nullable = true) Integer rank, Theme theme, LocalizedText title, LocalizedText frenchGovernment,
            String frenchRegion, LocalizedText chineseGovernment, String chineseProvince, String filmUrl) {
    }
}
