package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static dev.kronika.extract.core.time.TimeTestDocuments.describe;
import static dev.kronika.extract.core.time.TimeTestDocuments.expression;
import static dev.kronika.extract.core.time.TimeTestDocuments.expressions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TIMEX3 conventions of news and business reporting (fiscal periods, quarters compared across
 * years, anaphoric "the following year", sets, vague durations), on sentences written for these tests.
 */
class TimeNewsConventionsTest {

    /** A Thursday late in a year's fourth quarter. */
    private static final LocalDate THURSDAY = LocalDate.of(2023, 10, 26);

    @ParameterizedTest(name = "{1} -> {2}={3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The firm earned $3 million in the year ended June 30.                      | the year                        | P1Y          | DURATION
            en | Sales for the full year rose.                                              | the full year                   | 2023         | DATE
            en | Sales in the current fiscal year will rise.                                | the current fiscal year         | 2023         | DATE
            en | Net income in this year's third quarter rose.                              | this year's third quarter       | 2023-Q3      | DATE
            en | Sales in next year's first quarter should improve.                         | next year's first quarter       | 2024-Q1      | DATE
            en | Profit rose in the third quarter, up from the year-ago third quarter.      | the year-ago third quarter      | 2022-Q3      | DATE
            en | Profit rose in the third quarter. It fell in the corresponding period last year. | the corresponding period last year | 2022-Q3 | DATE
            en | The latest period included a gain.                                         | The latest period               | 2023-Q3      | DATE
            en | Debt will be repaid by year-end.                                           | year-end                        | 2023         | DATE
            en | The plant opened in January this year.                                     | January this year               | 2023-01      | DATE
            en | In June last year the board resigned.                                      | June last year                  | 2022-06      | DATE
            pl | Umowa wejdzie w życie w styczniu przyszłego roku.                          | styczniu przyszłego roku        | 2024-01      | DATE
            ru | Встреча прошла в марте прошлого года.                                      | марте прошлого года             | 2022-03      | DATE
            cs | Smlouva vstoupí v platnost v lednu příštího roku.                          | lednu příštího roku             | 2024-01      | DATE
            bg | Срещата беше през март миналата година.                                    | март миналата година            | 2022-03      | DATE
            uk | Закон набуде чинності 1 січня наступного року.                             | 1 січня наступного року         | 2024-01-01   | DATE
            en | On May 22, 2015, she was promoted, and the following year she became director. | the following year          | 2016         | DATE
            en | Stocks fell on Friday, down 3% from the previous Friday.                   | the previous Friday             | 2023-10-13   | DATE
            en | The ship has been at sea since November.                                   | November                        | 2022-11      | DATE
            en | Elections are held in May.                                                 | May                             | 2023-05      | DATE
            en | They will stay for the next few weeks.                                     | the next few weeks              | PXW          | DURATION
            en | Profit rose after several quarters of losses.                              | several quarters                | PXQ          | DURATION
            en | The region has been disputed for centuries.                                | centuries                       | PXCE         | DURATION
            en | Demand will grow in the weeks ahead.                                       | the weeks ahead                 | PXW          | DURATION
            en | The refugees lived in camps for 2 1/2 years.                               | 2 1/2 years                     | P2Y6M        | DURATION
            en | The talks took a year and a half.                                          | a year and a half               | P1Y6M        | DURATION
            en | The rally lasted eight trading days.                                       | eight trading days              | P8D          | DURATION
            en | Machines may one day replace them.                                         | one day                         | FUTURE_REF   | DATE
            en | Prices will stay high in the near future.                                  | the near future                 | FUTURE_REF   | DATE
            en | The museum opens each July.                                                | each July                       | XXXX-07      | SET
            en | The club meets on Tuesdays.                                                | Tuesdays                        | XXXX-WXX-2   | SET
            en | The band plays on Friday nights.                                           | Friday nights                   | XXXX-WXX-5TNI | SET
            en | Crime fell through the nineties.                                           | the nineties                    | 199          | DATE
            en | Sales were flat for most of the '80s.                                      | the '80s                        | 198          | DATE
            en | Sales were flat in the last half of the '80s.                              | the last half of the '80s       | 198          | DATE
            en | Demand rose over the summer.                                               | the summer                      | 2023-SU      | DATE
            en | It was the winter of nineteen ninety-four.                                 | the winter of nineteen ninety-four | 1994-WI   | DATE
            en | January nineteen ninety-seven was cold.                                    | January nineteen ninety-seven   | 1997-01      | DATE
            en | The rescue team arrived three days later.                                  | three days                      | P3D          | DURATION
            en | A minute and a half later the alarm stopped.                               | A minute and a half             | PT1M30S      | DURATION
            en | A day earlier, the ferry had left port.                                    | A day                           | P1D          | DURATION
            en | Sales rose 5% from a year earlier.                                         | a year earlier                  | 2022         | DATE
            en | The bonds were redeemed at the then current exchange rate.                 | then current                    | PAST_REF     | DATE
            en | The second phase will be decided at a later date.                          | a later date                    | FUTURE_REF   | DATE
            en | Nobody wants an election at this difficult moment.                         | this difficult moment           | PRESENT_REF  | DATE
            en | The new plant should lift margins in future quarters.                      | future quarters                 | FUTURE_REF   | DATE
            en | The bridge will be closed for a rather long period.                        | a rather long period            | PXX          | DURATION
            en | The museum will stay shut for a while.                                     | a while                         | PXX          | DURATION
            en | Most of the damage was done in the first hours of the storm.               | the first hours                 | PTXH         | DURATION
            en | Today is the fifth day of the strike.                                      | the fifth day                   | 2023-10-26   | DATE
            en | The retailer earns most of its profit in the third and fourth quarters.    | fourth quarters                 | XXXX-Q4      | DATE
            en | The retailer earns most of its profit in the third and fourth quarters.    | third                           | XXXX-Q3      | DATE
            en | Prices should recover in the second and third quarters of 2024.            | second                          | 2024-Q2      | DATE
            en | Demand will stay weak through the first two quarters of 2024.              | the first two quarters of 2024  | 2024-H1      | DATE
            en | The gallery stays open late on Thursday and Friday evenings.               | Thursday                        | XXXX-WXX-4TEV | SET
            en | The lake has not frozen over in two decades.                               | two decades                     | P20Y         | DURATION
            en | The repairs should take two to three weeks.                                | two                             | P2W          | DURATION
            en | The repairs should take two to three weeks.                                | three weeks                     | P3W          | DURATION
            en | Revenue in the year-earlier nine months was lower.                         | the year-earlier nine months    | P9M          | DURATION
            en | The summit opens on Sunday, October twenty-ninth.                          | Sunday, October twenty-ninth    | 2023-10-29   | DATE
            en | The two towns settled a decades-long dispute.                              | decades-long                    | PXDE         | DURATION
            en | The strike lasted nearly two weeks.                                        | nearly two weeks                | P2W          | DURATION
            en | The plant was sold about two years ago.                                    | about two years ago             | 2021         | DATE
            en | Rents have risen for at least the past two years.                          | at least the past two years     | P2Y          | DURATION
            en | Repairs will take a year or so.                                            | a year or so                    | P1Y          | DURATION
            en | The minister spoke about the future of the region.                         | the future                      | FUTURE_REF   | DATE
            """)
    void followsTimeMlConventionsOfNews(String language, String sentence, String part, String value, String type) {
        TimeExpression found = expression(language, THURSDAY, sentence, part);
        assertEquals(part, found.text());
        assertEquals(value, found.value());
        assertEquals(TimeExpression.Type.valueOf(type), found.type());
    }

    @Test
    void aPartOfTheDayBelongsToTheDayLastSpokenOf() {
        List<TimeExpression> found = expressions("en", THURSDAY, "The envoys met on Monday. Talks resumed in the morning.");
        assertEquals("2023-10-23TMO", found.stream().filter(t -> t.text().equals("the morning")).findFirst().orElseThrow().value(), describe(found));
        found = expressions("en", THURSDAY, "The president flew to Paris today and spoke there later in the day.");
        assertEquals("2023-10-26", found.stream().filter(t -> t.text().equals("the day")).findFirst().orElseThrow().value(), describe(found));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The airline runs four flights a week.",
            "The plan will save $500 million a year.",
            "May I ask a question?",
            "The minister spoke on \"This Week\" about the budget."})
    void ratesTitlesAndModalsAreNotTimeExpressions(String sentence) {
        List<TimeExpression> found = expressions("en", THURSDAY, sentence);
        assertTrue(found.isEmpty(), describe(found));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The quarter-to-quarter change in sales was small.",
            "She writes a column for USA Today.",
            "The temple stood for two thousand years."})
    void compoundsTitlesAndCountsAreNotDates(String sentence) {
        List<TimeExpression> found = expressions("en", THURSDAY, sentence);
        assertTrue(found.stream().noneMatch(t -> t.type() == TimeExpression.Type.DATE), describe(found));
    }

    @Test
    void aComparisonAfterAStretchOfSeveralQuartersIsOfTheYear() {
        List<TimeExpression> found = expressions("en", THURSDAY,
                "Profit fell in the third quarter. In the first nine months, profit rose to $5 million from $4 million a year earlier, "
                        + "and sales were higher than in the 2022 period.");
        assertEquals("2022", found.stream().filter(t -> t.text().equals("a year earlier")).findFirst().orElseThrow().value(), describe(found));
        assertEquals("2022", found.stream().filter(t -> t.text().equals("the 2022 period")).findFirst().orElseThrow().value(), describe(found));
    }

    @Test
    void theTimeOfReportingDoesNotChangeTheQuarterSpokenOf() {
        List<TimeExpression> found = expressions("en", THURSDAY,
                "Profit rose in the third quarter. Demand is now strong, the company said yesterday. Sales were up from a year ago.");
        assertEquals("2022-Q3", found.stream().filter(t -> t.text().equals("a year ago")).findFirst().orElseThrow().value(), describe(found));
    }

    @Test
    void theLatestPeriodIsTheReportedQuarterSpokenOf() {
        List<TimeExpression> found = expressions("en", THURSDAY,
                "The company reported a loss for its fiscal second quarter ended Sept. 30. The latest period included a gain.");
        assertEquals("2023-Q2", found.stream().filter(t -> t.text().equals("The latest period")).findFirst().orElseThrow().value(), describe(found));
        // a quarter still running has not been reported: the latest one is the quarter before the anchor's
        found = expressions("en", THURSDAY, "Sales should improve in the fourth quarter. The latest quarter was weak.");
        assertEquals("2023-Q3", found.stream().filter(t -> t.text().equals("The latest quarter")).findFirst().orElseThrow().value(), describe(found));
    }

    @Test
    void aComparisonKeepsTheQuarterSpokenOf() {
        List<TimeExpression> found = expressions("en", THURSDAY,
                "The bank lost $9 million in the quarter ended Sept. 30. It earned $2 million in the year-ago quarter. "
                        + "The year-ago results were restated.");
        assertEquals("2022-Q3", found.stream().filter(t -> t.text().equals("The year-ago")).findFirst().orElseThrow().value(), describe(found));
    }
}
