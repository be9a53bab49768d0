package dev.corpora.persistence.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one call on many threads that all wait at a barrier first, so that the calls really overlap. */
final class AtOnce {
    static final int THREADS = 16;

    private AtOnce() {
    }

    /** @return each thread's result; the first thread's failure, if any, is thrown */
    static <T> List<T> run(Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : calls) {
                results.add(result.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
