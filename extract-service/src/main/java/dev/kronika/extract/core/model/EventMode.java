package dev.kronika.extract.core.model;

/** PLOVER modes; the CONSULT family's modes first. */
public enum EventMode {
    UNSPECIFIED, PHONE, VISIT, MEET, MULTILATERAL
}
