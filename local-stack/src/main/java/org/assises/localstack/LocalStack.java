package org.assises.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.assises.testsupport.DevTokens;

/**
 * The run command: starts PostgreSQL (data in {@code .local-data/}, kept between runs), Kafka and the
 * four services, prints where they are and a development token per role, and stops everything on
 * Ctrl-C. {@code token <role>} prints a fresh development token instead.
 */
public final class LocalStack {

    /** The roles of org.assises.platform.security.Roles (not a dependency here: it would bring all of Quarkus). */
    private static final List<String> ROLES = List.of("organiser", "apcae", "jury", "logistics");

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        // The libraries here log through JBoss LogManager; it must be installed before anything logs.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "run" -> run(List.of(args).contains("--seed"));
            case "token" -> {
                if (args.length < 2 || args.length > 3 || !ROLES.contains(args[1])) {
                    System.err.println("usage: token <" + String.join("|", ROLES) + "> [subject]   (e.g. token jury elise.fictive, "
                            + "token apcae apcae-second)");
                    System.exit(2);
                }
                // A subject names the person: a juror as the organisers registered them, or a second APCAE account.
                String subject = args.length == 3 ? args[2] : "dev-" + args[1];
                System.out.println(DevTokens.token(subject, Duration.ofHours(12), args[1]));
            }
            default -> {
                System.err.println("usage: run [--seed] | token <role> [subject]");
                System.exit(2);
            }
        }
    }

    private static void run(boolean seed) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("assises.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".local-data");
        Map<String, String> env = new HashMap<>();
        if (seed) {
            env.put("ASSISES_REGISTRATION_SEED_EDITIONS", "assises-2018");
            env.put("ASSISES_PROGRAMME_SEED_EDITIONS", "assises-2018");
            env.put("ASSISES_AWARDS_SEED_EDITIONS", "assises-2018");
        }
        Instant started = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka and the four services (data in " + data + ") ...");
        Stack stack = Stack.start(new Stack.Options(root, data, true, intEnv("ASSISES_PG_PORT", 15432),
                intEnv("ASSISES_KAFKA_PORT", 9092), intEnv("ASSISES_KAFKA_CONTROLLER_PORT", 9093), Map.of(), env));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services, Kafka and PostgreSQL ...");
            try {
                stack.close();
            } catch (IOException e) {
                System.err.println("while stopping: " + e.getMessage());
            }
            System.out.println("Stopped. Data kept in " + data);
            stopped.countDown();
        }, "stop-local-stack"));

        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.println();
        System.out.println("Assises platform is up (" + seconds + " s). PostgreSQL on localhost:" + stack.postgres().port()
                + " (user assises/assises), Kafka on " + stack.kafka().bootstrapServers());
        System.out.println();
        System.out.printf("%-22s %-24s %-40s %s%n", "service", "API", "Swagger UI", "memory (RSS)");
        for (ServiceProcess process : stack.services().values()) {
            System.out.printf("%-22s %-24s %-40s %d MiB%n", process.service().module, process.baseUrl() + "/api/v1",
                    process.baseUrl() + "/q/swagger-ui", process.rssKiB() / 1024);
        }
        System.out.println();
        System.out.println("Development tokens (12 h, signed with the dev key in test-support/, never valid in production):");
        for (String role : ROLES) {
            System.out.println("  " + role + ": " + DevTokens.token("dev-" + role, Duration.ofHours(12), role));
        }
        System.out.println("  e.g. curl -H \"Authorization: Bearer <token>\" http://localhost:8084/api/v1/participants?edition=assises-2018");
        System.out.println("  a fresh one: java -jar local-stack/target/local-stack.jar token organiser");
        System.out.println("Logs in " + data.resolve("logs") + ". Ctrl-C stops everything.");
        stopped.await();
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
