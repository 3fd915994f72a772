package org.assises.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The outbox writes an event's payload once and places its JSON in the envelope as it is: the text must be
 * the one the envelope gave when the payload went through a JSON tree ({@link CloudEvent}'s {@code data}),
 * and must read back as a {@link CloudEvent} with the same payload.
 */
class OutboxEnvelopeTest {

    /** A payload with what events carry: nulls, lists, a time, an enum, numbers, bilingual text and characters to escape. */
    record Payload(UUID participantId, String edition, String delegationId, List<String> workshops, OffsetDateTime arrivalAt,
            ZoneOffset offset, int seats, double share, boolean vip, Nested name) {
    }

    record Nested(String fr, String zh) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theEnvelopeIsTheSameTextAsThroughAJsonTree() throws Exception {
        UUID id = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.of(2018, 12, 11, 9, 30, 0, 123_000_000, ZoneOffset.UTC);
        Payload data = new Payload(UUID.randomUUID(), "assises-2018", null, Arrays.asList("workshop-tourism", null),
                OffsetDateTime.of(2018, 12, 10, 18, 0, 0, 0, ZoneOffset.ofHours(1)), ZoneOffset.ofHours(8), 300, 0.25, true,
                new Nested("Délégation « test » \"citée\"\n", "测试代表团\u0001"));

        String written = Outbox.envelope(mapper, id, "registration-service", "assises.test.v1", "subject-1", time,
                mapper.writeValueAsString(data));
        String throughTree = mapper.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION, id, "registration-service",
                "assises.test.v1", "subject-1", time, CloudEvent.JSON, mapper.valueToTree(data)));

        assertThat(written).isEqualTo(throughTree);
        CloudEvent read = mapper.readValue(written, CloudEvent.class);
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.type()).isEqualTo("assises.test.v1");
        assertThat(read.time()).isEqualTo(time);
        assertThat(read.data()).isEqualTo(mapper.valueToTree(data));
        assertThat(read.data().get("name").get("zh").asText()).isEqualTo("测试代表团\u0001");
    }
}
