package dev.kronika.extract.core.model;

/** Named-entity types of the SlavicNER scheme. */
public enum EntityType {
    PER, ORG, LOC, EVT, PRO
}
