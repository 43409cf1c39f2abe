package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.TimeWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.kronika.extract.core.time.TimeTestDocuments.describe;
import static dev.kronika.extract.core.time.TimeTestDocuments.expression;
import static dev.kronika.extract.core.time.TimeTestDocuments.expressions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recognition and normalisation in every supported language, on sentences written for these tests. */
class TimeExpressionStageTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2023, 1, 6);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pl | Prezydenci rozmawiali przez telefon 5 stycznia.             | 5 stycznia       | 2023-01-05
            pl | Szczyt odbył się 26 grudnia w Petersburgu.                   | 26 grudnia       | 2022-12-26
            pl | Minister spotka się z ambasadorem w poniedziałek.            | poniedziałek     | 2023-01-09
            pl | Wczoraj w stolicy padał śnieg.                               | Wczoraj          | 2023-01-05
            pl | Dziś rząd przyjął projekt ustawy.                            | Dziś             | 2023-01-06
            pl | W 2022 roku gospodarka rosła wolniej.                        | 2022             | 2022
            pl | Delegacja przyjedzie w przyszłym tygodniu.                   | tygodniu         | 2023-W02
            pl | Umowę podpisano 18.04.2021 w Warszawie.                      | 18.04.2021       | 2021-04-18
            pl | Premier odwiedzi Kijów w maju.                               | maju             | 2023-05
            ru | Переговоры прошли 30 августа в Минске.                       | 30 августа       | 2022-08-30
            ru | В понедельник министр встретится с коллегой.                 | понедельник      | 2023-01-09
            ru | Сегодня парламент обсудит бюджет.                            | Сегодня          | 2023-01-06
            ru | В прошлом году урожай был хорошим.                           | прошлом году     | 2022
            ru | Вчера вечером в городе отключили свет.                       | Вчера            | 2023-01-05TEV
            ru | Саммит состоится 16 мая 2024 года.                           | 16 мая 2024      | 2024-05-16
            uk | Зустріч відбудеться 24 травня у Львові.                      | 24 травня        | 2023-05-24
            uk | Учора уряд ухвалив постанову.                                | Учора            | 2023-01-05
            uk | У 2021 році завод збудували заново.                          | 2021             | 2021
            uk | Делегація прибула до Києва 3 січня.                          | 3 січня          | 2023-01-03
            uk | Завтра відбудеться засідання ради.                           | Завтра           | 2023-01-07
            bg | В понеделник двамата ще се срещнат в София.                  | понеделник       | 2023-01-09
            bg | Днес министърът откри новия мост.                            | Днес             | 2023-01-06
            bg | Миналата година износът е нараснал.                          | Миналата година  | 2022
            bg | Срещата ще бъде в началото на септември.                     | септември        | 2023-09
            bg | Протестите продължават от 9 август насам.                    | 9 август         | 2022-08-09
            cs | Prezident přijel do Brna 5. ledna.                           | 5. ledna         | 2023-01-05
            cs | Zítra se sejde vláda.                                        | Zítra            | 2023-01-07
            cs | Ministr odletí příští týden do Bruselu.                      | příští týden     | 2023-W02
            cs | Včera večer začalo sněžit.                                   | Včera            | 2023-01-05TEV
            sl | Predsednik je 5. januarja obiskal Maribor.                   | 5. januarja      | 2023-01-05
            sl | Jutri bo seja vlade.                                         | Jutri            | 2023-01-07
            sl | Danes je minister odstopil.                                  | Danes            | 2023-01-06
            sl | Prejšnji teden so odprli novo cesto.                         | Prejšnji teden   | 2022-W52
            en | The leaders will meet on Monday in Geneva.                   | Monday           | 2023-01-09
            en | The ministers met on Monday in Geneva.                       | Monday           | 2023-01-02
            en | The museum opens every Monday.                               | every Monday     | XXXX-WXX-1
            en | The talks lasted two weeks.                                  | two weeks        | P2W
            en | The election took place in May 2022.                         | May 2022         | 2022-05
            en | The plant was opened on 23 May 2021.                         | 23 May 2021      | 2021-05-23
            en | The report is dated 2021-11-30.                              | 2021-11-30       | 2021-11-30
            en | Sales fell last year and rose this year.                     | last year        | 2022
            en | Sales fell last year and rose this year.                     | this year        | 2023
            en | The company will report results next week.                   | next week        | 2023-W02
            en | The deal was signed two years ago.                           | two years ago    | 2021
            en | Profit rose in the third quarter.                            | third quarter    | 2022-Q3
            en | Prices are rising now.                                       | now              | PRESENT_REF
            """)
    void normalisesExpressionsAgainstThePublicationDate(String language, String sentence, String part, String value) {
        assertEquals(value, expression(language, FRIDAY, sentence, part).value());
    }

    @Test
    void polishRangeOfEveningAndMorningGivesBothDays() {
        List<TimeExpression> found = expressions("pl", FRIDAY, "Szczyt trwał wieczorem 26 grudnia i rano 27 grudnia.");
        assertTrue(found.stream().anyMatch(t -> t.value().equals("2022-12-26TEV")), describe(found));
        assertTrue(found.stream().anyMatch(t -> t.value().equals("2022-12-27TMO")), describe(found));
    }

    @Test
    void englishDayRangeSpansBothDays() {
        TimeExpression range = expression("en", FRIDAY, "The summit was held on 26-27 December.", "December");
        assertEquals("2022-12-26", range.value());
        assertEquals(TimeWindow.between(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27), TimeWindow.Granularity.DAY), range.window());
    }

    @Test
    void windowsOfStretchesAheadOfThePublicationDate() {
        assertWindow(expression("pl", FRIDAY, "Do spotkania dojdzie w ciągu najbliższych dwóch miesięcy.", "miesięcy"),
                FRIDAY, LocalDate.of(2023, 3, 6));
        assertWindow(expression("bg", FRIDAY, "Срещата ще се проведе в рамките на два месеца.", "месеца"),
                FRIDAY, LocalDate.of(2023, 3, 6));
        assertWindow(expression("en", FRIDAY, "They will meet in the coming weeks.", "weeks"), FRIDAY, LocalDate.of(2023, 2, 3));
        assertWindow(expression("pl", FRIDAY, "Spotkają się w najbliższych tygodniach.", "tygodniach"), FRIDAY, LocalDate.of(2023, 2, 3));
        assertWindow(expression("ru", FRIDAY, "Они встретятся в ближайшие недели.", "недели"), FRIDAY, LocalDate.of(2023, 2, 3));
    }

    @Test
    void yearOmittedGoesToTheNearestDateInTheTensesDirection() {
        LocalDate june = LocalDate.of(2023, 6, 20);
        assertEquals("2023-12-26", expression("en", june, "The summit will take place on 26 December.", "December").value());
        assertEquals("2022-12-26", expression("en", june, "The summit took place on 26 December.", "December").value());
    }

    @Test
    void unresolvableDateKeepsTheKnownParts() {
        TimeExpression christmas = expression("en", null, "Shops close on 26 December.", "December");
        assertEquals("XXXX-12-26", christmas.value());
        assertEquals(TimeWindow.unknown(), christmas.window());
    }

    @Test
    void monthWindowCoversTheMonth() {
        TimeExpression may = expression("en", FRIDAY, "The election took place in May 2022.", "May");
        assertEquals(Optional.of(LocalDate.of(2022, 5, 1)), may.window().earliest());
        assertEquals(Optional.of(LocalDate.of(2022, 5, 31)), may.window().latest());
        assertEquals(TimeWindow.Granularity.MONTH, may.window().granularity());
    }

    @Test
    void numbersThatCountThingsAreNotYears() {
        List<TimeExpression> found = expressions("uk", FRIDAY, "Армія мала 1200 танків і 300 літаків.");
        assertTrue(found.isEmpty(), describe(found));
    }

    private static void assertWindow(TimeExpression expression, LocalDate earliest, LocalDate latest) {
        assertEquals(Optional.of(earliest), expression.window().earliest(), expression.text());
        assertEquals(Optional.of(latest), expression.window().latest(), expression.text());
    }
}
