package dev.kronika.extract.core.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseCuesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ministers will meet in Geneva.          | FUTURE
            en | The ministers met in Geneva.                | PAST
            en | The ministers are in Geneva.                | NONE
            en | The launch had been scheduled to start.     | PAST
            en | The firm announced plans to buy a rival.    | PAST
            en | The firm plans to buy a rival.              | FUTURE
            en | The vote was going to be close.             | PAST
            pl | Premier spotka się z prezydentem.           | FUTURE
            pl | Prezydenci spotkają się w Rydze.            | FUTURE
            pl | Prezydenci rozmawiali przez telefon.        | PAST
            ru | Министры встретятся в Москве.               | FUTURE
            ru | Переговоры будут трудными.                  | FUTURE
            ru | Министры встретились в Москве.              | PAST
            uk | Засідання буде у вівторок.                  | FUTURE
            uk | Уряд працюватиме без вихідних.              | FUTURE
            uk | Делегація прибула до Києва.                 | PAST
            bg | Двамата ще се срещнат в София.              | FUTURE
            bg | Министрите разговаряха дълго.               | PAST
            cs | Vláda bude jednat zítra.                    | FUTURE
            cs | Ministr přijel do Brna.                     | PAST
            sl | Vlada bo sprejela zakon.                    | FUTURE
            sl | Minister je odstopil.                       | PAST
            """)
    void tellsFutureFromPast(String language, String sentence, Tense tense) {
        assertEquals(tense, TenseCues.tenseOf(language, sentence));
        assertEquals(tense == Tense.FUTURE, TenseCues.isFuture(language, sentence));
    }
}
