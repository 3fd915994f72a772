package org.assises.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * This service's dead-letter topic ({@code <application>.dead-letter}), read from the start, and the
 * re-driving of its messages to the topic they came from once their cause is fixed: the idempotent
 * consumers apply a re-driven event at most once, however often it is re-driven.
 */
@ApplicationScoped
public class DeadLetters {

    /** At most this many messages are listed, the oldest first. */
    static final int LIMIT = 1000;

    /** One message on the dead-letter topic: where it is, where it came from, why, when. */
    public record DeadLetter(int partition, long offset, String originalTopic, String key, String reason, OffsetDateTime deadAt,
            String eventId, String eventType, String value) {
    }

    private final String bootstrapServers;
    private final String topic;
    private final ObjectMapper mapper;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String application, ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.topic = application + ".dead-letter";
        this.mapper = mapper;
    }

    public String topic() {
        return topic;
    }

    /** What is on the dead-letter topic now, oldest first (at most {@link #LIMIT}). */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            Instant deadline = Instant.now().plusSeconds(10);
            while (letters.size() < LIMIT && Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(5)) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))) {
                        letters.add(letter(record));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::deadAt).thenComparing(DeadLetter::partition).thenComparing(DeadLetter::offset));
        return letters.size() > LIMIT ? letters.subList(0, LIMIT) : letters;
    }

    /** The message at this position of the dead-letter topic, if there is one. */
    public Optional<DeadLetter> find(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            if (consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream().noneMatch(info -> info.partition() == partition)) {
                return Optional.empty();
            }
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), Duration.ofSeconds(5)).get(tp);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return Optional.of(letter(record));
                    }
                    if (record.offset() > offset) {
                        // Compacted away or a transaction marker: no message at this offset.
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Sends the messages again to their original topics, with their keys, in order; returns how many. */
    public int replay(List<DeadLetter> letters) {
        List<DeadLetter> replayable = letters.stream().filter(l -> l.originalTopic() != null).toList();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer())) {
            for (DeadLetter letter : replayable) {
                producer.send(new ProducerRecord<>(letter.originalTopic(), letter.key(), letter.value())).get(15, TimeUnit.SECONDS);
                Log.infof("Dead letter %s-%d (event %s) re-driven to %s", topic, letter.offset(), letter.eventId(), letter.originalTopic());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving dead letters", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take a re-driven dead letter: " + e.getMessage(), e);
        }
        return replayable.size();
    }

    private DeadLetter letter(ConsumerRecord<String, String> record) {
        String eventId = null;
        String eventType = null;
        try {
            JsonNode event = record.value() == null ? null : mapper.readTree(record.value());
            if (event != null && event.isObject()) {
                eventId = event.path("id").isTextual() ? event.path("id").asText() : null;
                eventType = event.path("type").isTextual() ? event.path("type").asText() : null;
            }
        } catch (Exception notJson) {
            // A message that is not JSON at all is listed with its reason only.
        }
        return new DeadLetter(record.partition(), record.offset(), header(record, "dead-letter-topic"), record.key(),
                header(record, "dead-letter-reason"), OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC),
                eventId, eventType, record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return config;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        return config;
    }
}
