package org.claimboard.fetch;

import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link Resolver} within the fetch's deadline. System lookups cannot be interrupted, so they run on a few
 * daemon threads; a lookup that outlives the deadline finishes there unobserved, and when all threads are busy
 * further lookups wait and time out rather than pile up.
 */
final class TimedLookup {

    private static final ExecutorService LOOKUPS = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "claimboard-dns-lookup");
        thread.setDaemon(true);
        return thread;
    });

    private TimedLookup() {
    }

    static List<InetAddress> resolve(Resolver resolver, String host, Deadline deadline)
            throws UnknownHostException, SocketTimeoutException {
        Future<List<InetAddress>> lookup = LOOKUPS.submit(() -> resolver.resolve(host));
        try {
            return lookup.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new SocketTimeoutException("lookup of " + host + " took too long");
        } catch (ExecutionException e) {
            throw new UnknownHostException(host);
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            throw new SocketTimeoutException("interrupted while looking up " + host);
        }
    }
}
