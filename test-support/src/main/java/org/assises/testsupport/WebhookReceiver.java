package org.assises.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 for tests and for integrators to try against: it verifies each delivery's
 * Standard Webhooks signature with its own code (not the service's), records it, and answers as told (a
 * status and a delay per call, to play a failing or hanging endpoint).
 * Run it alone with {@code java -cp test-support.jar org.assises.testsupport.WebhookReceiver <port> <whsec_secret>}.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received: its headers, raw body, whether the signature held, and the answer given. */
    public record Delivery(String id, String timestamp, String signature, String body, JsonNode json, boolean signatureValid,
            int answered, Instant receivedAt) {
    }

    /** How to answer the n-th call (from 1): an HTTP status, after a delay. */
    public record Answer(int status, Duration delay) {
        public static Answer ok() {
            return new Answer(204, Duration.ZERO);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String secret;
    private volatile IntFunction<Answer> behaviour = n -> Answer.ok();
    private volatile boolean printing;

    private WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** A receiver on a free port. */
    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver(0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The secret to verify with, as the subscription's creation returned it. */
    public WebhookReceiver secret(String whsec) {
        this.secret = whsec;
        return this;
    }

    /** How to answer each call, by its number (from 1). */
    public WebhookReceiver answering(IntFunction<Answer> answers) {
        this.behaviour = answers;
        return this;
    }

    /** The deliveries answered 2xx, in the order they arrived. */
    public List<Delivery> accepted() {
        return deliveries.stream().filter(d -> d.answered() >= 200 && d.answered() < 300).toList();
    }

    /** Every call, whatever it was answered. */
    public List<Delivery> calls() {
        return new ArrayList<>(deliveries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            Answer answer = behaviour.apply(calls.incrementAndGet());
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            boolean valid = verify(secret, id, timestamp, body, signature);
            int status = valid ? answer.status() : 401;
            JsonNode json = null;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                // recorded as received: a test looks at the raw body
            }
            Delivery delivery = new Delivery(id, timestamp, signature, body, json, valid, status, Instant.now());
            deliveries.add(delivery);
            if (printing) {
                System.out.printf("%s %s signature %s, answered %d: %s%n", delivery.receivedAt(), id, valid ? "valid" : "INVALID",
                        status, body);
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /**
     * The check an integrator makes: the HMAC-SHA256 of {@code id.timestamp.body} with the secret's bytes, one of
     * the header's space-separated {@code v1,<base64>} values, compared in constant time, timestamp within 5 minutes.
     */
    public static boolean verify(String whsec, String id, String timestamp, String body, String header) {
        if (whsec == null || id == null || timestamp == null || header == null || !whsec.startsWith("whsec_")) {
            return false;
        }
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsec.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.US_ASCII);
            for (String candidate : header.split(" ")) {
                if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (NumberFormatException | GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Listens on the given port, verifies with the given secret and prints each delivery; Ctrl-C stops it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WebhookReceiver <port> <whsec_secret>");
            System.exit(2);
        }
        WebhookReceiver receiver = new WebhookReceiver(Integer.parseInt(args[0])).secret(args[1]);
        receiver.printing = true;
        System.out.println("receiving webhooks on " + receiver.url());
    }
}
