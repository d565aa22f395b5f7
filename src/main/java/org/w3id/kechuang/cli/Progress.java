package org.w3id.kechuang.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.kechuang.build.BuildListener;

/**
 * Build progress on standard error: a live bar on a terminal; in logs (CI, pipes) a line every
 * {@value #LOG_EVERY} articles instead of a redrawn bar.
 */
final class Progress implements BuildListener, AutoCloseable {
    private static final int LOG_EVERY = 500;
    private ProgressBar bar;
    private long count;

    private Progress() {
    }

    static Progress start() {
        return new Progress();
    }

    /** The bar appears only once the build has passed its checks, so a refused build prints its error alone. */
    @Override
    public void started() {
        if (System.console() != null) {
            bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        }
    }

    @Override
    public void finished(String input, boolean stored) {
        count++;
        if (bar != null) {
            bar.step();
        } else if (count % LOG_EVERY == 0) {
            System.err.println("built " + count + " inputs...");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
