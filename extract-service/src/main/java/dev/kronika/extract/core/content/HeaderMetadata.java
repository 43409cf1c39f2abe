package dev.kronika.extract.core.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date and the author names an article prints in its own header
 * ("OLEKSANDR SHUMILIN Thursday, 23 May 2024, 12:30", "Autor: Jan Nowak", "23.05.2024").
 * Only header lines are ever given to it, so sidebar dates never become publication dates.
 */
final class HeaderMetadata {

    private static final String MONTH_WORDS = "[\\p{L}]{3,12}\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s+(" + MONTH_WORDS + ")\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(" + MONTH_WORDS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    /** Month stems, January first, for every supported language plus German; matched as word prefixes. */
    private static final String[][] MONTH_STEMS = {
            {"jan", "stycz", "януар", "январ", "січ", "leden", "ledna", "jän"},
            {"feb", "lut", "феврувар", "феврал", "февруар", "лют", "únor", "února", "febr"},
            {"mar", "märz", "мар", "берез", "březen", "března"},
            {"apr", "kwie", "април", "апрел", "квіт", "duben", "dubna"},
            {"may", "maj", "mai", "май", "мая", "трав", "květ", "máj"},
            {"jun", "czerw", "юни", "июн", "черв", "červen", "června", "juni"},
            {"jul", "lip", "юли", "июл", "лип", "červenec", "července", "juli"},
            {"aug", "sierp", "август", "серп", "srpen", "srpna", "avg"},
            {"sep", "wrze", "септ", "сент", "вер", "září", "zari"},
            {"oct", "okt", "paźdz", "pazdz", "октом", "октяб", "жовт", "říj", "rij"},
            {"nov", "listop", "ноем", "нояб", "листоп", "listopad", "listopadu"},
            {"dec", "dez", "grud", "декем", "декаб", "груд", "prosin", "pros"},
    };

    private static final Pattern WEEKDAY = Pattern.compile("(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
            + "|понеделник|вторник|сряда|четвъртък|петък|събота|неделя"
            + "|понедельник|среда|четверг|пятница|суббота|воскресенье"
            + "|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя"
            + "|pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle"
            + "|ponedeljek|torek|sreda|četrtek|petek|nedelja"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?:by|von|autor(?:ka)?|автор|author|written by|text|tekst|piše|napisal[a]?)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?|\\p{Lu}\\.|\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)(?:\\s+(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?|\\p{Lu}\\.|\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)){1,3}$");

    private HeaderMetadata() {
    }

    /** The first date printed in the line, if it forms a valid calendar date. */
    static Optional<LocalDate> date(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            int month = month(m.group(2));
            if (month > 0) {
                return of(m.group(3), Integer.toString(month), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            int month = month(m.group(1));
            if (month > 0) {
                return of(m.group(3), Integer.toString(month), m.group(2));
            }
        }
        m = SLASHED.matcher(line);
        if (m.find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    /** Where the date (or a weekday before it) starts in the line, or -1. */
    static int dateStart(String line) {
        Matcher weekday = WEEKDAY.matcher(line);
        int start = weekday.find() ? weekday.start() : -1;
        for (Pattern p : new Pattern[] {ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(line);
            if (m.find() && (start < 0 || m.start() < start)) {
                start = m.start();
            }
        }
        return start;
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        int best = 0;
        int bestLength = 0;
        for (int i = 0; i < MONTH_STEMS.length; i++) {
            for (String stem : MONTH_STEMS[i]) {
                if (w.startsWith(stem) && stem.length() > bestLength) {
                    best = i + 1;
                    bestLength = stem.length();
                }
            }
        }
        // Three-letter stems only match real month words, not "marca" vs "mark": keep words short.
        return bestLength >= 3 && w.length() <= 12 ? best : 0;
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Author names printed in a header line: a bare name, "By X and Y", or a name glued before the date. */
    static List<String> authors(String line) {
        String candidate = line.strip();
        int dateStart = dateStart(candidate);
        if (dateStart > 0) {
            candidate = candidate.substring(0, dateStart).strip();
        } else if (dateStart == 0) {
            return List.of();
        }
        candidate = candidate.replaceAll("[,|·•–—-]+$", "").strip();
        Matcher prefix = BYLINE_PREFIX.matcher(candidate);
        boolean announced = prefix.matches();
        if (announced) {
            candidate = prefix.group(1).strip();
        }
        List<String> names = new ArrayList<>();
        for (String part : candidate.split("\\s*(?:,|\\band\\b|\\bi\\b|\\bund\\b|\\bи\\b|\\bі\\b|\\ba\\b|\\bin\\b|&)\\s*")) {
            String name = part.strip();
            if (NAME.matcher(name).matches() && name.length() <= 40) {
                names.add(titleCase(name));
            } else if (!name.isEmpty()) {
                return List.of();
            }
        }
        return names;
    }

    /** A line consisting of nothing but a person's name (2-4 capitalised words). */
    static boolean isName(String line) {
        return line.length() <= 40 && NAME.matcher(line.strip()).matches();
    }

    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
