package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An entity a user added to the knowledge base, in the columns of the knowledge-base file format;
 * a deleted one stays as a tombstone (deleteTime set) with the revision of its deletion.
 */
@Entity
@Table(name = "kb_entity")
public class KnowledgeBaseEntry extends PanacheEntityBase {

    @Id
    public String id;
    public String type;
    public String kind;
    @Column(name = "wikidata_id")
    public String wikidataId;
    @Column(name = "names_en")
    public String namesEn;
    @Column(name = "names_pl")
    public String namesPl;
    @Column(name = "names_cs")
    public String namesCs;
    @Column(name = "names_sl")
    public String namesSl;
    @Column(name = "names_ru")
    public String namesRu;
    @Column(name = "names_uk")
    public String namesUk;
    @Column(name = "names_bg")
    public String namesBg;
    public String attrs;
    public long revision;
    @Column(name = "create_time")
    public OffsetDateTime createTime;
    @Column(name = "delete_time")
    public OffsetDateTime deleteTime;

    public boolean deleted() {
        return deleteTime != null;
    }

    /** The '|'-separated names cell of a language (one of KnowledgeBaseRules.LANGUAGES). */
    public String names(String language) {
        return switch (language) {
            case "en" -> namesEn;
            case "pl" -> namesPl;
            case "cs" -> namesCs;
            case "sl" -> namesSl;
            case "ru" -> namesRu;
            case "uk" -> namesUk;
            case "bg" -> namesBg;
            default -> throw new IllegalArgumentException("no names column for language '" + language + "'");
        };
    }

    public void setNames(String language, String cell) {
        switch (language) {
            case "en" -> namesEn = cell;
            case "pl" -> namesPl = cell;
            case "cs" -> namesCs = cell;
            case "sl" -> namesSl = cell;
            case "ru" -> namesRu = cell;
            case "uk" -> namesUk = cell;
            case "bg" -> namesBg = cell;
            default -> throw new IllegalArgumentException("no names column for language '" + language + "'");
        }
    }
}
