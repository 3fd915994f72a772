package org.assises.testsupport;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** For benchmarks: many clients sending the same GET at once, with the throughput and latency percentiles. */
public final class ConcurrentReads {

    /** What a run measured; latencies in milliseconds. */
    public record Result(int requests, double seconds, double p50, double p99, double max) {

        public double throughput() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return "%d requests in %.2f s -> %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                    .formatted(requests, seconds, throughput(), p50, p99, max);
        }
    }

    private ConcurrentReads() {
    }

    /** Warms up with 500 requests, then {@code clients} threads send {@code perClient} requests each; any status but 200 fails the run. */
    public static Result run(HttpClient client, HttpRequest request, int clients, int perClient) throws Exception {
        for (int i = 0; i < 500; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        long start = System.nanoTime();
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies[i] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                    }
                    return latencies;
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                for (long latency : future.get()) {
                    all.add(latency);
                }
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            all.sort(Long::compare);
            return new Result(all.size(), seconds, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6,
                    all.get(all.size() - 1) / 1e6);
        } finally {
            pool.shutdown();
        }
    }
}
