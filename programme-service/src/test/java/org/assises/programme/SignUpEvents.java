package org.assises.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Registration's participant events as they come over the wire (CloudEvents JSON). */
final class SignUpEvents {

    private SignUpEvents() {
    }

    static String participant(UUID eventId, String type, UUID participant, String edition, String status, List<String> workshops,
            String fieldVisit, OffsetDateTime time) {
        String list = workshops.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(","));
        return """
                {"specversion":"1.0","id":"%s","source":"registration-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"participantId":"%s","edition":"%s","side":"FRENCH","status":"%s","familyName":"Testeur",
                         "givenName":"Camille","organisation":"Commune fictive de Saint-Essai","vip":false,"languages":["fr"],
                         "hotelNeeded":false,"workshops":[%s],"fieldVisit":%s,"galaDinner":true}}"""
                .formatted(eventId, type, participant, time, participant, edition, status, list,
                        fieldVisit == null ? "null" : "\"" + fieldVisit + "\"");
    }
}
