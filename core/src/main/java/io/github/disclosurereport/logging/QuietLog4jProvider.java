package io.github.disclosurereport.logging;

import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * Keeps a program that uses this library silent when it has configured no logging: POI logs through log4j-api,
 * which without a provider prints "could not find a logging provider" and then POI's own errors to stderr. This
 * provider has the lowest priority, so any real one the program adds (log4j-core, log4j-to-slf4j) is used instead
 * and shows POI's messages as configured.
 */
public final class QuietLog4jProvider extends Provider {

    /** Below every real provider (log4j-core has 10, log4j-to-slf4j 15). */
    private static final int LOWEST_PRIORITY = 1;

    /** Found by the service loader. */
    public QuietLog4jProvider() {
        super(LOWEST_PRIORITY, CURRENT_VERSION, QuietLoggerContextFactory.class);
    }

    /** Made here rather than by log4j's reflection, which a module that does not export this package refuses. */
    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return FACTORY;
    }

    private static final LoggerContextFactory FACTORY = new QuietLoggerContextFactory();
}
