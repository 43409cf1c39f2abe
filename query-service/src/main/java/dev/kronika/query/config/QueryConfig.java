package dev.kronika.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kronika.query")
public interface QueryConfig {

    /** Page size when a List request gives none. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest page a List request may ask for. */
    @WithDefault("1000")
    int maxPageSize();
}
