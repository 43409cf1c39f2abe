package dev.kronika.extract.core.pipeline;

import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;

import java.util.Set;

/**
 * One step of extraction, in the manner of a CoreNLP annotator or a Stanza processor: it reads
 * the layers it requires and adds the layers it provides. Stages never call each other.
 *
 * <p>Implementations are immutable and thread-safe once built: models and lexicons are loaded in
 * the constructor, and {@link #process} may run on many documents at once.
 */
public interface Stage {

    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    void process(Document document);
}
