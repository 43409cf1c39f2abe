package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.Mention;

import java.util.List;

/**
 * A role noun with its country and, if the text names them, its holder: "prezydent Rosji
 * Władimir Putin", "the Kremlin leader", "przywódcy Rosji i Białorusi" (two countries).
 *
 * @param role      a {@link RoleResolver} role, or null for a spokesperson
 * @param from      first token of the phrase in its sentence
 * @param end       token after the phrase, holder included
 * @param countries entity keys of the countries (or governing organisations) it names
 * @param consumed  mentions that are part of the role (the countries), so not places or actors
 * @param holder    the person mention the text gives as the holder, or null
 */
record RolePhrase(String role, int from, int end, List<String> countries, List<Mention> consumed, Mention holder) {

    boolean isSpokesperson() {
        return role == null;
    }
}
