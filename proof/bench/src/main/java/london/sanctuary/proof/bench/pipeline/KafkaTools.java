package london.sanctuary.proof.bench.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.sanctuary.proof.bench.ChildJvm;

/**
 * Kafka's own {@code ProducerPerformance} and {@code ConsumerPerformance} (kafka-tools), each in a child JVM as
 * {@code kafka-producer-perf-test.sh} would run it, their figures read from what they print.
 */
final class KafkaTools {

    private static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");
    private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    private final String bootstrapServers;
    private final Path workDir;

    KafkaTools(String bootstrapServers, Path workDir) {
        this.bootstrapServers = bootstrapServers;
        this.workDir = workDir;
    }

    /**
     * Records/s of {@code records} records of {@code recordSize} bytes, with the outbox producer's settings
     * (acks=all, idempotence, linger 5 ms).
     */
    double produce(String topic, int records, int recordSize) throws Exception {
        String out = run(
                "org.apache.kafka.tools.ProducerPerformance",
                "producer.log",
                "--topic",
                topic,
                "--num-records",
                String.valueOf(records),
                "--record-size",
                String.valueOf(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + bootstrapServers,
                "acks=all",
                "enable.idempotence=true",
                "linger.ms=5");
        Matcher summary = PRODUCED.matcher(out);
        Double rate = null;
        while (summary.find()) {
            if (Integer.parseInt(summary.group(1)) == records) {
                rate = Double.parseDouble(summary.group(2));
            }
        }
        if (rate == null) {
            throw new IllegalStateException("ProducerPerformance did not report sending " + records + ":\n" + out);
        }
        return rate;
    }

    /** Messages/s of reading {@code records} records back in a new consumer group (group join included). */
    double consume(String topic, int records) throws Exception {
        String out = run(
                "org.apache.kafka.tools.ConsumerPerformance",
                "consumer.log",
                "--bootstrap-server",
                bootstrapServers,
                "--topic",
                topic,
                "--messages",
                String.valueOf(records),
                "--group",
                "bench-baseline-consumer",
                "--timeout",
                "60000");
        List<String> lines = out.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> header = columns(lines.get(i));
            if (header.contains("nMsg.sec")) {
                List<String> row = columns(lines.get(i + 1));
                long consumed = Long.parseLong(row.get(header.indexOf("data.consumed.in.nMsg")));
                if (consumed != records) {
                    throw new IllegalStateException("ConsumerPerformance read " + consumed + " of " + records);
                }
                return Double.parseDouble(row.get(header.indexOf("nMsg.sec")));
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no figures:\n" + out);
    }

    private String run(String mainClass, String log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("-cp", ChildJvm.classpath(jar -> true), mainClass));
        command.addAll(Arrays.asList(args));
        return ChildJvm.start(JVM, command, workDir.resolve(log)).awaitOutput(600);
    }

    private static List<String> columns(String line) {
        return Arrays.stream(line.split(",")).map(String::trim).toList();
    }
}
