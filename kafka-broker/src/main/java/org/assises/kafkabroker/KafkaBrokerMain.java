package org.assises.kafkabroker;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Starts one real Kafka broker in KRaft mode (broker and controller in one process), formatting its
 * log directory on first use, so that tests and the local stack need neither Docker nor a Kafka install.
 *
 * <p>Usage: {@code java -jar kafka-broker.jar <data-dir> <broker-port> <controller-port>}. The data
 * directory is kept between runs: a second start on the same folder finds its topics again.
 */
public final class KafkaBrokerMain {

    /** Fixed so that a restarted broker recognises the storage it formatted earlier. */
    private static final String CLUSTER_ID = "YXNzaXNlcy1sb2NhbA";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        // A name of its own: this jar sits on the test class path of the services, whose logging a
        // plain log4j2.properties would take over.
        System.setProperty("log4j2.configurationFile", "kafka-broker-log4j2.properties");
        if (args.length != 3) {
            System.err.println("usage: java -jar kafka-broker.jar <data-dir> <broker-port> <controller-port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int brokerPort = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        Path logDir = dataDir.resolve("kraft-logs");
        Files.createDirectories(logDir);

        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("log.dirs", logDir.toString());
        props.setProperty("num.partitions", "3");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "3");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("auto.create.topics.enable", "true");
        props.setProperty("log.flush.interval.messages", "1");

        Path config = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "written by KafkaBrokerMain at each start");
        }

        int formatted = StorageTool.execute(
                new String[] {"format", "-t", CLUSTER_ID, "-c", config.toString(), "--ignore-formatted"},
                System.out);
        if (formatted != 0) {
            System.err.println("formatting " + logDir + " failed with status " + formatted);
            System.exit(formatted);
        }
        Kafka.main(new String[] {config.toString()});
    }
}
