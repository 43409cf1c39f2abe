package dev.kronika.extract.core.content;

import java.util.regex.Pattern;

/**
 * The kinds of page furniture a short line can announce, recognised by the words news sites use
 * for them in the supported languages (bg cs en pl ru sl uk) and in German, which dominates the
 * HTML evaluation pages. Patterns only ever look at short lines: a long paragraph that happens to
 * contain "share" or "Facebook" is prose.
 */
public enum Furniture {
    NONE,
    /** "Read also", "Related", "Most read", "Recent news": a list of other articles follows. */
    READ_MORE,
    /** Photo credits and attributions: "Source:", "Photo:", "©". */
    CREDIT,
    /** "Advertisement", sponsored and promotional blocks. */
    ADVERT,
    /** Share, follow, subscribe, newsletter, support-us calls. */
    SOCIAL,
    /** A comment section: its heading, log-in prompts, "no comments yet". */
    COMMENTS,
    /** Site navigation, cookie and legal notices, "back to top", tag and category lists. */
    NAVIGATION;

    /** Lines are lower-cased once before matching, which is much cheaper than case-insensitive patterns. */
    private static final int FLAGS = 0;

    private static final Pattern READ_MORE_PATTERN = Pattern.compile("^(?:"
            + "read (?:also|more|next)|see also|related(?: articles| stories| posts| news| content)?|more (?:on|about) this|more from|recommended(?: for you)?"
            + "|you (?:might|may) (?:also )?(?:like|be interested)|most (?:read|popular|viewed)|popular(?: now| news| posts)?|recent (?:news|posts|articles)|latest (?:news|stories|articles)|all news|trending|top stories|further reading"
            + "|czytaj (?:także|też|również|więcej|dalej)|zobacz (?:także|też|również|więcej)|przeczytaj (?:także|też|również)|polecane(?: artykuły)?|wybrane dla ciebie|najczęściej czytane|najnowsze(?: wiadomości)?|więcej na ten temat|podobne artykuły|powiązane(?: artykuły)?"
            + "|прочетете (?:още|също)|още (?:по темата|от)|вижте (?:още|също)|последни новини|най-четени|свързани(?: новини| статии)?"
            + "|читайте (?:также|тоже|еще|ещё|далее)|смотрите (?:также|еще)|см\\. также|последние новости|популярное|самое читаемое|по теме|похожие (?:новости|статьи)"
            + "|читайте (?:також|ще|більше)|дивіться (?:також|ще)|останні новини|популярне|найпопулярніше|новини за темою|схожі (?:новини|статті)"
            + "|čtěte (?:také|též|více|dále)|přečtěte si (?:také|též)|související(?: články| zprávy)?|nejčtenější|nejnovější(?: zprávy)?|další zprávy|mohlo by vás zajímat"
            + "|preberite (?:še|tudi)|več o tem|povezane (?:novice|vsebine)|najbolj brano|zadnje novice|sorodne (?:novice|vsebine)"
            + "|about the author|über den autor|o autorze|об авторе|про автора|o autorovi|o avtorju|за автора"
            + "|weitere (?:informationen|artikel|beiträge|nachrichten|(?:aktuelle )?themen)|zum weiterlesen|entdecke weitere|mehr (?:dazu|informationen)"
            + "|temas relacionados|noticias relacionadas|lee también|te puede interesar|à lire aussi|lire aussi|sur le même sujet"
            + "|lesen sie (?:auch|mehr)|weiterlesen|mehr zum thema|(?:das|dies)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?interessieren|sie könnten auch|explore further|dowiedz się więcej|ähnliche (?:beiträge|artikel|themen)|verwandte (?:beiträge|artikel)|auch interessant|meistgelesen|neueste (?:beiträge|artikel)"
            + ")\\b.{0,40}$", FLAGS);

    private static final Pattern CREDIT_PATTERN = Pattern.compile("^(?:stock\\s+)?(?:"
            + "source|sources|photo|photos|image|images|credit|credits|picture|video|illustration"
            + "|źródło|fot\\.?|foto|fotografia|zdjęcie|zdjęcia|autor zdjęcia"
            + "|източник|снимка|снимки|фото|автор на снимката"
            + "|источник|иллюстрация|джерело|ілюстрація"
            + "|zdroj|ilustrace|vir|fotografija|avtor fotografije"
            + "|quelle|bild|bildquelle|fotos|beitragsbild|titelbild|headerbild|crédits?|crédits? photos?"
            + ")(?:\\s+[\\p{L}.]{2,15})?\\s*[:|©]", FLAGS);
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|copyright\\b)", FLAGS);

    private static final Pattern ADVERT_PATTERN = Pattern.compile("^(?:"
            + "advertisement|advert|ads?|sponsored(?: content)?|promoted|partner content|paid content"
            + "|reklama|materiały? (?:promocyjne|partnera|sponsorowany)|artykuł sponsorowany|polecane oferty"
            + "|реклама|рекламa|спонсорирано|партнерски материал|промо"
            + "|на правах рекламы|партнерский материал|спецпроект"
            + "|komerční sdělení|sponzorováno|oglas|oglasno sporočilo|plačana objava"
            + "|anzeige|werbung|gesponsert"
            + ")\\s*[:.!]?$", FLAGS);

    private static final Pattern SOCIAL_PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "follow us|subscribe|newsletter|support us|become (?:our )?(?:a )?patron|sign up|\\bdonate\\b|telegram channel"
            + "|obserwuj nas|dołącz do nas|polub nas|subskrybuj|zapisz się|wesprzyj"
            + "|последвайте ни|абонирайте|нюзлетър|бюлетин"
            + "|подпишитесь|подписывайтесь|присоединяйтесь|рассылк"
            + "|підпишіться|підписуйтесь|долучайтеся|розсилк"
            + "|sledujte nás|odebírejte|přihlaste se k odběru"
            + "|sledite nam|naročite se|prijavite se na"
            + "|folgen sie uns|abonnieren|jetzt anmelden"
            + ")", FLAGS);
    /** Share buttons: the verb opens the line ("Share on Facebook"); inside a sentence it is prose. */
    private static final Pattern SHARE_PATTERN = Pattern.compile(
            "^(?:share|tweet|whatsapp|udostępnij|сподели|поделиться|поділитися|sdílet|deli|delite|teilen|compartir|partager)\\b", FLAGS);

    private static final Pattern COMMENTS_PATTERN = Pattern.compile("^(?:"
            + "comments?|\\d+ comments?|leave a (?:comment|reply)|add (?:a )?comment|post a comment|no comments(?: yet)?|be the first to comment|reply|log in to comment"
            + "|komentarze?|\\d+ komentarzy|dodaj komentarz|skomentuj|nikt jeszcze nie skomentował|komentowanie artykułów|odpowiedz|zgłoś naruszenie|podaj powód zgłoszenia"
            + "|коментари|коментирай|добави коментар|напиши коментар"
            + "|комментарии|комментарий|оставить комментарий|добавить комментарий|ответить"
            + "|коментарі|коментар|залишити коментар|додати коментар|відповісти"
            + "|komentáře|komentář|přidat komentář|diskuse|diskuze"
            + "|komentarji|komentar|dodaj komentar|komentiraj"
            + "|kommentare?|kommentieren|kommentar schreiben|antworten|hinterlasse einen kommentar|schreibe einen kommentar"
            + ")\\b", FLAGS);

    private static final Pattern NAVIGATION_PATTERN = Pattern.compile("^(?:"
            + "home|menu|search|log ?in|sign in|register|contact(?: us)?|about us|privacy(?: policy)?|terms(?: of use| and conditions)?|cookie|all rights reserved|back to top|next|previous|tags?:|categor(?:y|ies):|skip to|imprint|impressum|datenschutz|kontakt|startseite|zurück|nach oben|mehr\\b"
            + "|strona główna|szukaj|zaloguj|rejestracja|kontakt z redakcją|polityka prywatności|regulamin|wszelkie prawa zastrzeżone|tagi:|wróć"
            + "|начало|търсене|вход|контакти|всички права запазени|тагове:|етикети:"
            + "|главная|поиск|войти|контакты|все права защищены|теги:"
            + "|головна|пошук|увійти|контакти|всі права захищені|теги:"
            + "|hlavní strana|hledat|přihlásit|kontakty|všechna práva vyhrazena|štítky:"
            + "|domov|iskanje|prijava|kontakt|vse pravice pridržane|oznake:"
            + ")\\b", FLAGS);

    /** Lines longer than this are prose or headlines, never a furniture label. */
    static final int MAX_LABEL_CHARS = 90;

    /** What furniture a (stripped) line announces, NONE for most lines. */
    public static Furniture of(String text) {
        if (text.length() > MAX_LABEL_CHARS) {
            return NONE;
        }
        String line = text.toLowerCase(java.util.Locale.ROOT);
        if (COMMENTS_PATTERN.matcher(line).find()) {
            return COMMENTS;
        }
        if (READ_MORE_PATTERN.matcher(line).find()) {
            return READ_MORE;
        }
        if (ADVERT_PATTERN.matcher(line).find()) {
            return ADVERT;
        }
        java.util.regex.Matcher credit = CREDIT_PATTERN.matcher(line);
        if (credit.find() && isCreditNotAttribution(line.substring(credit.end())) || COPYRIGHT.matcher(line).find()) {
            return CREDIT;
        }
        if (line.length() <= 60 && (SOCIAL_PATTERN.matcher(line).find() || SHARE_PATTERN.matcher(line).find())) {
            return SOCIAL;
        }
        if (line.length() <= 50 && NAVIGATION_PATTERN.matcher(line).find()) {
            return NAVIGATION;
        }
        return NONE;
    }

    /**
     * A credit names an agency or photographer in a few words ("Source: Getty Images"); a line
     * that goes on like a sentence ("Source: Russia's Interfax news agency, quoting ...") is the
     * story's attribution, which news sites set under the same label and which belongs to the text.
     */
    private static boolean isCreditNotAttribution(String rest) {
        if (rest.indexOf('©') >= 0) {
            return true;
        }
        String trimmed = rest.strip();
        return trimmed.isEmpty() || trimmed.split("\\s+").length <= MAX_CREDIT_WORDS;
    }

    private static final int MAX_CREDIT_WORDS = 6;

    /** Where a photo credit starts inside a line ("Headline Photo: © Agency"), or -1. */
    static int creditSuffixStart(String line) {
        java.util.regex.Matcher m = CREDIT_SUFFIX.matcher(line);
        return m.find() && m.start() > 0 ? m.start() : -1;
    }

    private static final Pattern CREDIT_SUFFIX = Pattern.compile(
            "\\s+(?:(?:photo|foto|fot\\.|снимка|фото|źródło zdjęcia|zdroj|bild)\\s*:?\\s*©|©|(?:photo|foto|снимка|фото|źródło zdjęcia|bild)\\s*:|fot\\.\\s).{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}
