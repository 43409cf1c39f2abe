package dev.kronika.query.mapping;

import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.query.v1.EntityAttribute;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.LocalizedNames;
import dev.kronika.query.domain.KnowledgeBaseEntry;
import dev.kronika.query.service.KnowledgeBaseRules;

import java.util.ArrayList;
import java.util.List;

/** Knowledge-base entities between their protobuf form and the file-format columns they are stored in. */
public final class KnowledgeBaseMapper {

    public static final String COLLECTION = "knowledge-base/entities/";

    private KnowledgeBaseMapper() {
    }

    public static String name(String id) {
        return COLLECTION + id;
    }

    /** The id in "knowledge-base/entities/{id}" or a bare id. */
    public static String id(String name) {
        String value = name == null ? "" : name.strip();
        return value.startsWith(COLLECTION) ? value.substring(COLLECTION.length()) : value;
    }

    /** Copies a validated entity (see {@link KnowledgeBaseRules}) into the row's columns. */
    public static void fill(KnowledgeBaseEntry entry, KnowledgeBaseEntity entity) {
        entry.id = entity.getId();
        entry.type = typeName(entity.getType());
        entry.kind = entity.getKind();
        entry.wikidataId = entity.getWikidataId().isEmpty() ? null : entity.getWikidataId();
        for (String language : KnowledgeBaseRules.LANGUAGES) {
            entry.setNames(language, "");
        }
        for (LocalizedNames names : entity.getNamesList()) {
            entry.setNames(names.getLanguage(), String.join("|", names.getValuesList()));
        }
        List<String> attrs = new ArrayList<>();
        for (EntityAttribute attribute : entity.getAttributesList()) {
            attrs.add(attribute.getKey() + "=" + attribute.getValue());
        }
        entry.attrs = String.join(";", attrs);
    }

    public static KnowledgeBaseEntity toProto(KnowledgeBaseEntry entry) {
        KnowledgeBaseEntity.Builder out = KnowledgeBaseEntity.newBuilder()
                .setName(name(entry.id))
                .setId(entry.id)
                .setType(EntityType.valueOf("ENTITY_TYPE_" + entry.type))
                .setKind(nullToEmpty(entry.kind))
                .setWikidataId(nullToEmpty(entry.wikidataId))
                .setRevision(entry.revision)
                .setDeleted(entry.deleted())
                .setCreateTime(entry.createTime.toInstant().toString());
        if (entry.deleteTime != null) {
            out.setDeleteTime(entry.deleteTime.toInstant().toString());
        }
        for (String language : KnowledgeBaseRules.LANGUAGES) {
            String cell = nullToEmpty(entry.names(language));
            if (!cell.isEmpty()) {
                out.addNames(LocalizedNames.newBuilder().setLanguage(language).addAllValues(List.of(cell.split("\\|"))));
            }
        }
        String attrs = nullToEmpty(entry.attrs);
        if (!attrs.isEmpty()) {
            for (String pair : attrs.split(";")) {
                int eq = pair.indexOf('=');
                out.addAttributes(EntityAttribute.newBuilder().setKey(pair.substring(0, eq)).setValue(pair.substring(eq + 1)));
            }
        }
        return out.build();
    }

    /** "PER" for ENTITY_TYPE_PER. */
    public static String typeName(EntityType type) {
        return type.name().substring("ENTITY_TYPE_".length());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
