package uk.ehctracker.generator;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** A one-line console progress bar with the rate and the time left, redrawn at most twice a second. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final long alreadyDone;
    private final AtomicLong done;
    private final long startNanos = System.nanoTime();
    private final PrintStream out;
    private volatile long lastDraw;

    ProgressBar(String label, long total, long alreadyDone, PrintStream out) {
        this.label = label;
        this.total = Math.max(total, 1);
        this.alreadyDone = alreadyDone;
        this.done = new AtomicLong(alreadyDone);
        this.out = out;
    }

    void step(long n) {
        done.addAndGet(n);
        long now = System.nanoTime();
        if (now - lastDraw > 500_000_000L) {
            lastDraw = now;
            draw(false);
        }
    }

    void finish() {
        draw(true);
    }

    double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (done.get() - alreadyDone) / seconds;
    }

    private synchronized void draw(boolean last) {
        long d = done.get();
        int filled = (int) (WIDTH * Math.min(1.0, (double) d / total));
        double rate = rate();
        long left = rate > 0 ? (long) ((total - d) / rate) : -1;
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        out.printf("\r%-9s [%s] %5.1f%% %,d/%,d  %,.1f/s  %s%s", label, bar, 100.0 * d / total, d, total, rate,
                last ? "done in " + duration((System.nanoTime() - startNanos) / 1_000_000_000L) : "left " + (left < 0 ? "?" : duration(left)),
                last ? "\n" : "   ");
        out.flush();
    }

    private static String duration(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
