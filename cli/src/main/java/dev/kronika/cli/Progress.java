package dev.kronika.cli;

import java.util.Locale;

/** A one-line progress bar with rate and ETA on stderr. */
final class Progress {

    private static final int WIDTH = 30;

    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private long lastDraw;

    Progress(String label, int total) {
        this.label = label;
        this.total = total;
        draw(true);
    }

    void advance() {
        done++;
        draw(done == total);
    }

    /** Prints a message above the bar. */
    void note(String message) {
        System.err.print("\r\033[K");
        System.err.println(message);
        draw(true);
    }

    void finish() {
        draw(true);
        System.err.println();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double elapsed = elapsedSeconds();
        double rate = elapsed > 0 ? done / elapsed : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, "ETA %.0f s", (total - done) / rate) : "";
        System.err.printf(Locale.ROOT, "\r%-10s [%s%s] %d/%d %.1f/s %s\033[K", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, rate, eta);
        System.err.flush();
    }
}
