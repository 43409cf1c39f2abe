package dev.kronika.extract.core.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenPatternTest {

    @Test
    void starStandsForAnyEnding() {
        TokenPattern pattern = TokenPattern.parse("rozmow* telefoniczn*");
        assertEquals(2, pattern.matchAt(List.of("rozmowy", "telefonicznej"), 0));
        assertEquals(-1, pattern.matchAt(List.of("rozmowy", "bezpośredniej"), 0));
    }

    @Test
    void gapAllowsWordsInBetween() {
        TokenPattern pattern = TokenPattern.parse("zgodzili ~ spotkać");
        assertEquals(4, pattern.matchAt(List.of("zgodzili", "się", "szybko", "spotkać"), 0));
        assertEquals(-1, pattern.matchAt(List.of("zgodzili", "a", "b", "c", "d", "spotkać"), 0));
    }

    @Test
    void alternativesAcrossTokensAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenPattern.parse("widzieli się|zobaczyli się"));
    }
}
