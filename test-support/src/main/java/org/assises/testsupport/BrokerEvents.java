package org.assises.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes messages on the real broker, for tests that check what went over the wire. */
public final class BrokerEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    public BrokerEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The broker of this test JVM. */
    public static BrokerEvents onTestBroker() {
        return new BrokerEvents(TestInfrastructure.kafka().bootstrapServers());
    }

    /** A message as read from a topic: key, value parsed as JSON (null if it is not JSON), headers. */
    public record Message(String key, String raw, JsonNode json, Map<String, String> headers) {
    }

    /**
     * Reads {@code topic} from its beginning until {@code count} messages match, or {@code timeout}
     * passes; returns the matching messages found (fewer than {@code count} on time-out).
     */
    public List<Message> await(String topic, Predicate<Message> match, int count, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Message> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    Message message = toMessage(record);
                    if (match.test(message)) {
                        found.add(message);
                    }
                }
            }
        }
        return found;
    }

    /** Matches CloudEvents of the given type about the given subject. */
    public static Predicate<Message> event(String type, String subject) {
        return m -> m.json() != null && type.equals(m.json().path("type").asText())
                && (subject == null || subject.equals(m.json().path("subject").asText()));
    }

    /** Writes a raw message, as a misbehaving or repeating producer would. */
    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Writes a raw message with headers (as the dead-letter strategy writes them, for instance). */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        }
    }

    private static Message toMessage(ConsumerRecord<String, String> record) {
        JsonNode json;
        try {
            json = record.value() == null ? null : JSON.readTree(record.value());
        } catch (Exception notJson) {
            json = null;
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Message(record.key(), record.value(), json, headers);
    }
}
