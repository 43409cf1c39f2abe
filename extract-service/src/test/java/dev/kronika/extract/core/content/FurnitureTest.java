package dev.kronika.extract.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FurnitureTest {

    @Test
    void shortCreditsAreFurniture() {
        assertEquals(Furniture.CREDIT, Furniture.of("Source: Getty Images"));
        assertEquals(Furniture.CREDIT, Furniture.of("Źródło: PAP/Jan Nowak"));
        assertEquals(Furniture.CREDIT, Furniture.of("Photo: © Lake Gazette photo desk and its many friends"));
    }

    @Test
    void attributionsUnderACreditLabelAreText() {
        assertEquals(Furniture.NONE, Furniture.of("Source: the harbour authority's press office, citing the ferry operator's captain"));
        assertEquals(Furniture.NONE, Furniture.of("Źródło: agencja prasowa, powołując się na rzecznika urzędu miasta"));
    }
}
