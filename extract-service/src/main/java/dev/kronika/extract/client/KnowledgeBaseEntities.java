package dev.kronika.extract.client;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.proto.query.v1.EntityAttribute;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.LocalizedNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** query-service's knowledge-base entities as the core's {@link KbEntity}, as if read from a knowledge-base file. */
public final class KnowledgeBaseEntities {

    private KnowledgeBaseEntities() {
    }

    public static KbEntity toCore(KnowledgeBaseEntity entity) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (LocalizedNames group : entity.getNamesList()) {
            if (group.getValuesCount() > 0) {
                names.put(group.getLanguage(), List.copyOf(group.getValuesList()));
            }
        }
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        for (EntityAttribute attribute : entity.getAttributesList()) {
            attrs.computeIfAbsent(attribute.getKey(), k -> new ArrayList<>()).add(attribute.getValue());
        }
        String wikidata = entity.getWikidataId();
        return new KbEntity(entity.getId(), type(entity), entity.getKind(),
                wikidata.isEmpty() ? Optional.empty() : Optional.of(wikidata), names, attrs);
    }

    private static EntityType type(KnowledgeBaseEntity entity) {
        return switch (entity.getType()) {
            case ENTITY_TYPE_PER -> EntityType.PER;
            case ENTITY_TYPE_ORG -> EntityType.ORG;
            case ENTITY_TYPE_LOC -> EntityType.LOC;
            case ENTITY_TYPE_EVT -> EntityType.EVT;
            case ENTITY_TYPE_PRO -> EntityType.PRO;
            default -> throw new IllegalArgumentException("knowledge-base entity " + entity.getId() + " has no type");
        };
    }
}
