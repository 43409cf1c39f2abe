package dev.kronika.extract.core.event;

import dev.kronika.extract.bench.EventBenchmark.MultilingualSet;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What leaders talk about is not something they do: "discussed military aid for Ukraine" reports
 * talks, not aid given by the speakers, and the country the aid is for is no actor of the talks.
 * Aid that is given still is an event, and a country giving or receiving it still takes part.
 */
class TopicOfTalksTest {

    private static final EventExtractionStage STAGE = new EventExtractionStage();
    private static final String LEADERS = "PER Macron=per:macron; PER Scholz=per:scholz; ";

    @Test
    void aidDiscussedInTalksIsTheirTopic() {
        assertEvents(
                row("en", "Macron and Scholz discuss Ukraine aid by phone",
                        LEADERS + "LOC Ukraine=loc:ukraine", "CONSULT/PHONE/OCCURRED {per:macron,per:scholz}"),
                row("en", "Macron and Scholz discussed military aid for Ukraine on Monday.",
                        LEADERS + "LOC Ukraine=loc:ukraine", "CONSULT/UNSPECIFIED/OCCURRED {per:macron,per:scholz}"),
                row("pl", "Macron i Scholz omówili pomoc wojskową dla Ukrainy.",
                        LEADERS + "LOC Ukrainy=loc:ukraine", "CONSULT/UNSPECIFIED/OCCURRED {per:macron,per:scholz}"),
                row("cs", "Macron a Scholz jednali o vojenské pomoci Ukrajině.",
                        LEADERS + "LOC Ukrajině=loc:ukraine", "CONSULT/UNSPECIFIED/OCCURRED {per:macron,per:scholz}"),
                row("ru", "Макрон и Шольц обсудили военную помощь Украине.",
                        "PER Макрон=per:macron; PER Шольц=per:scholz; LOC Украине=loc:ukraine",
                        "CONSULT/UNSPECIFIED/OCCURRED {per:macron,per:scholz}"));
    }

    @Test
    void aidGivenIsStillAnEventWithTheCountriesAsActors() {
        assertEvents(
                row("en", "Germany delivered military aid to Ukraine on Monday.",
                        "LOC Germany=loc:germany; LOC Ukraine=loc:ukraine", "AID/UNSPECIFIED/OCCURRED {loc:germany,loc:ukraine}"));
    }

    private static MultilingualSet.Row row(String language, String text, String annotations, String expected) {
        return new MultilingualSet.Row(0, language, "2024-03-12", text, annotations, expected);
    }

    private static void assertEvents(MultilingualSet.Row... rows) {
        List<String> failures = new ArrayList<>();
        for (MultilingualSet.Row row : rows) {
            Document document = row.document();
            STAGE.process(document);
            String failure = row.check(document.get(Layers.EVENTS));
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures);
    }
}
