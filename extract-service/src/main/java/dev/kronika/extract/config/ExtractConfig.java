package dev.kronika.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kronika.extract")
public interface ExtractConfig {

    /** Largest text or HTML accepted, in bytes of UTF-8. */
    @WithDefault("5242880")
    int maxTextBytes();
}
