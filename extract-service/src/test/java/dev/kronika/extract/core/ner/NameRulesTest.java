package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.text.TextSegmentationStage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The recogniser's general rules on sentences written for these tests, with the bundled knowledge base. */
class NameRulesTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final NamedEntityStage NER = new NamedEntityStage(KB, Optional.empty());
    private static final EntityLinkingStage LINKING = new EntityLinkingStage(KB);

    private static List<Mention> mentions(String language, String text) {
        Document d = Document.of(text);
        d.set(Layers.CONTENT, Content.wholeText(text));
        d.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.TEXT, 1.0));
        new TextSegmentationStage().process(d);
        NER.process(d);
        LINKING.process(d);
        return d.get(Layers.MENTIONS);
    }

    private static Mention find(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseGet(() -> fail("no mention '" + surface + "' in " + mentions));
    }

    private static void assertMention(List<Mention> mentions, String surface, EntityType type, String lemma) {
        Mention m = find(mentions, surface);
        assertEquals(type, m.type(), () -> "type of " + surface);
        assertEquals(lemma, m.lemma(), () -> "lemma of " + surface);
    }

    @Test
    void capitalisedAdjectiveHeadingLowercaseOrganisationNoun() {
        List<Mention> ms = mentions("bg", "Вчера Върховният съд на Пакистан отмени присъдата на фермера.");
        assertMention(ms, "Върховният съд на Пакистан", EntityType.ORG, "Върховен съд на Пакистан");
    }

    @Test
    void organisationNameInQuotesAfterItsHead() {
        List<Mention> ms = mentions("bg", "Информационна агенция \"Слово\" съобщи новината в понеделник.");
        assertMention(ms, "Информационна агенция \"Слово\"", EntityType.ORG, "Информационна агенция Слово");
    }

    @Test
    void abbreviationInsideName() {
        List<Mention> ms = mentions("pl", "Rozmowy odbyły się w Wlk. Brytanii w zeszłym tygodniu.");
        assertMention(ms, "Wlk. Brytanii", EntityType.LOC, "Wlk. Brytania");
    }

    @Test
    void placeCoordinatedWithAnotherPlaceIsItsOwnMention() {
        List<Mention> ms = mentions("pl", "Mówiono o przyszłości Najwyższej Rady Państwowej Związku Białorusi i Rosji.");
        assertMention(ms, "Białorusi", EntityType.LOC, "Białoruś");
        assertMention(ms, "Rosji", EntityType.LOC, "Rosja");
    }

    @Test
    void channelNamedAfterAPlaceIsAProductWithThePlaceInside() {
        List<Mention> ms = mentions("bg", "Новината съобщи телевизия „Македония-3“ късно вечерта.");
        assertMention(ms, "Македония-3", EntityType.PRO, "Македония-3");
        assertMention(ms, "Македония", EntityType.LOC, "Македония");
    }

    @Test
    void adjectiveMadeFromAPlaceOpeningASentenceIsNoName() {
        List<Mention> cs = mentions("cs", "Vše se změnilo. Irský premiér Leo Varadkar to včera řekl.");
        assertTrue(cs.stream().noneMatch(m -> m.text().equals("Irský")), () -> cs.toString());
        assertMention(cs, "Leo Varadkar", EntityType.PER, "Leo Varadkar");
        List<Mention> sl = mentions("sl", "Vse se je spremenilo. Ruski minister je to povedal včeraj.");
        assertTrue(sl.stream().noneMatch(m -> m.text().equals("Ruski")), () -> sl.toString());
    }

    @Test
    void functionWordSpeltLikeAKnownNameInsideASentenceIsTheName() {
        assertMention(mentions("sl", "Država je članica zveze Nato od leta 2004."), "Nato", EntityType.ORG, "Nato");
        assertTrue(mentions("sl", "Nato je minister odšel domov.").isEmpty());
    }

    @Test
    void nameMadeOfEnglishCommonWordsIsNoPerson() {
        assertMention(mentions("pl", "Wczoraj kampania Vote Leave wydała miliony."), "Vote Leave", EntityType.ORG, "Vote Leave");
    }

    @Test
    void productNumberAfterTheClosingQuoteBelongsToTheName() {
        assertMention(mentions("bg", "Строителството на \"Северен поток\" 2 продължава и днес."),
                "\"Северен поток\" 2", EntityType.PRO, "Северен поток 2");
    }

    @Test
    void czechLatinNounLosesItsUsInOtherCases() {
        assertMention(mentions("cs", "Šíření koronaviru se podle lékařů zrychluje."), "koronaviru", EntityType.EVT, "koronavirus");
    }

    @Test
    void capitalisedAdjectiveBeforeAnInflectedSeaNoun() {
        assertMention(mentions("sl", "Plinovod pod Baltskim morjem je dolg."), "Baltskim morjem", EntityType.LOC, "Baltsko morje");
        assertMention(mentions("cs", "Lodě pluly Černým mořem celý den."), "Černým mořem", EntityType.LOC, "Černé moře");
    }

    @Test
    void partyMembersNamedInLowercaseArePeopleOfTheParty() {
        Mention m = find(mentions("cs", "Včera konzervativci hlasovali proti plánu vlády."), "konzervativci");
        assertEquals(EntityType.PER, m.type());
        assertEquals("org:conservative-party-uk", m.entityKey());
    }

    @Test
    void dayOfMonthDoesNotEndAName() {
        List<Mention> ms = mentions("pl", "Decyzję podjęła Unia Europejska 29 marca w Brukseli.");
        assertMention(ms, "Unia Europejska", EntityType.ORG, "Unia Europejska");
    }

    @Test
    void czechNameConfirmedByTheKnowledgeBase() {
        List<Mention> ms = mentions("cs", "Velvyslanec o tom jednal s Evropskou unií minulý týden.");
        assertEquals("Evropská unie", find(ms, "Evropskou unií").lemma());
    }

    @Test
    void bulgarianAdjectiveLosesItsArticle() {
        List<Mention> ms = mentions("bg", "Говорителят каза, че Консервативната партия ще гласува против.");
        assertEquals("Консервативна партия", find(ms, "Консервативната партия").lemma());
    }

    @Test
    void nameFoundOnceIsFoundWhereRepeated() {
        List<Mention> ms = mentions("pl", "Wczoraj spółka Fortexa z Berlina podpisała umowę. Umowę Fortexa ogłosiła w piątek.");
        assertEquals(2, ms.stream().filter(m -> m.text().equals("Fortexa")).count(), ms::toString);
    }

    @Test
    void acronymInParenthesesSharesTheKey() {
        List<Mention> ms = mentions("pl", "Przedstawiciele Krajowej Rady Zdrowia Publicznego (KRZP) spotkali się w Łodzi. Później KRZP wydała oświadczenie.");
        List<Mention> acronyms = ms.stream().filter(m -> m.text().equals("KRZP")).toList();
        assertFalse(acronyms.isEmpty(), ms::toString);
        Mention full = ms.stream().filter(m -> m.text().startsWith("Krajowej")).findFirst().orElseGet(() -> fail(ms.toString()));
        acronyms.forEach(a -> assertEquals(full.entityKey(), a.entityKey()));
    }

    @Test
    void inflectedCueWords() {
        assertTrue(Cues.instance().isInflected(Cues.Category.ORGHEAD, "ru", "судом"));
        assertTrue(Cues.instance().isInflected(Cues.Category.ORGHEAD, "bg", "агенцията"));
        assertFalse(Cues.instance().isInflected(Cues.Category.ORGHEAD, "pl", "wczoraj"));
    }

    @Test
    void legalFormMakesTheNameBeforeItACompany() {
        List<Mention> ms = mentions("pl", "Umowę podpisała wczoraj spółka Baltic Pipe Services AG z siedzibą w Zug.");
        assertMention(ms, "Baltic Pipe Services AG", EntityType.ORG, "Baltic Pipe Services AG");
    }

    @Test
    void webAddressIsOneNameAndDoesNotInflect() {
        List<Mention> ms = mentions("pl", "Jak podaje portal Gazetka.pl, rozmowy trwały do rana.");
        assertMention(ms, "Gazetka.pl", EntityType.PRO, "Gazetka.pl");
    }

    @Test
    void numberAfterADashEndsAProductName() {
        List<Mention> ms = mentions("pl", "Budowa gazociągu Nord Stream - 2 ma się zakończyć w przyszłym roku.");
        assertEquals(EntityType.PRO, find(ms, "Nord Stream - 2").type());
    }

    @Test
    void acronymBeforeAFullNameIsItsOwnMention() {
        List<Mention> ms = mentions("pl", "Wczoraj szef PKW Andrzej Zieliński przedstawił wyniki.");
        find(ms, "PKW");
        assertEquals(EntityType.PER, find(ms, "Andrzej Zieliński").type());
    }

    @Test
    void changeOfScriptSeparatesNames() {
        List<Mention> ms = mentions("bg", "Говорителят на синдиката Vereinigung Cockpit Мартин Хофман каза, че стачката продължава.");
        find(ms, "Vereinigung Cockpit");
        assertEquals(EntityType.PER, find(ms, "Мартин Хофман").type());
    }

    @Test
    void abbreviationsOfCommonNounsAndRomanNumeralsAreNotNames() {
        List<Mention> ms = mentions("pl", "Wzrost PKB wyniósł 3 procent, a ceny LNG w USD spadły w XIX wieku.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("PKB") || m.text().equals("LNG") || m.text().equals("USD")
                || m.text().equals("XIX")), ms::toString);
    }

    @Test
    void ordinaryWordOpeningASentenceIsNotANameItsKeyResembles() {
        List<Mention> ms = mentions("uk", "Він сказав це вчора. Крім того, уряд ухвалив рішення.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Крім")), ms::toString);
    }

    @Test
    void shortFullStopAfterANameStaysOutOfIt() {
        List<Mention> ms = mentions("bg", "Ние искаме сделка, заяви Мей. По думите й преговорите продължават.");
        assertTrue(ms.stream().noneMatch(m -> m.text().endsWith(".")), ms::toString);
    }

    @Test
    void loneCapitalisedWordWithoutEvidenceIsNoPersonUnlessPartOfAFullName() {
        List<Mention> ms = mentions("pl", "Wczoraj w mieście Kwarcowo padał deszcz. Minister Jan Kwiatkowski mówił o tym, a Kwiatkowski dodał szczegóły.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Kwarcowo") && m.type() == EntityType.PER), ms::toString);
        assertEquals(EntityType.PER, find(ms, "Kwiatkowski").type());
    }

    @Test
    void shortLowercaseNameTheKnowledgeBaseWritesSo() {
        List<Mention> ms = mentions("pl", "Jak podała agencja dpa, rozmowy zakończyły się w nocy.");
        assertEquals(EntityType.ORG, find(ms, "dpa").type());
    }

    @Test
    void knownNameThroughAnInnerConnector() {
        List<Mention> ms = mentions("bg", "Членовете на Камарата на лордовете гласуваха вчера законопроекта.");
        assertEquals("org:house-of-lords", find(ms, "Камарата на лордовете").entityKey());
    }

    @Test
    void czechLocativeWithConsonantAlternation() {
        List<Mention> ms = mentions("cs", "Jednání se konalo v Praze za účasti ministrů.");
        assertMention(ms, "Praze", EntityType.LOC, "Praha");
    }

    @Test
    void demonymIsAPersonMentionOfItsCountry() {
        List<Mention> pl = mentions("pl", "Wczoraj wielu Brytyjczyków protestowało przed parlamentem.");
        assertMention(pl, "Brytyjczyków", EntityType.PER, "Brytyjczycy");
        assertEquals("loc:united-kingdom", find(pl, "Brytyjczyków").entityKey());
        List<Mention> bg = mentions("bg", "Вчера британците гласуваха на референдума.");
        assertMention(bg, "британците", EntityType.PER, "британци");
        List<Mention> country = mentions("pl", "Delegacja pojechała wczoraj do Niemiec, a Niemcy przyjęły ją dobrze.");
        assertEquals(EntityType.LOC, find(country, "Niemcy").type());
    }

    @Test
    void givenNameMakesAnUnknownPairAPerson() {
        List<Mention> ms = mentions("bg", "Говорителят Оливър Робинсън каза, че преговорите продължават.");
        assertEquals(EntityType.PER, find(ms, "Оливър Робинсън").type());
    }

    @Test
    void organisationKindBeforeAnUnknownNameTypesIt() {
        List<Mention> ms = mentions("pl", "Umowę podpisała wczoraj spółka Fortexa z Gdańska.");
        assertEquals(EntityType.ORG, find(ms, "Fortexa").type());
    }

    @Test
    void oneKeyForASurnameWhateverTheScriptDoesToItsVowels() {
        String pl = find(mentions("pl", "Wczoraj minister David Davis spotkał się z dziennikarzami."), "David Davis").entityKey();
        String ru = find(mentions("ru", "Вчера министр Дэвид Дэвис встретился с журналистами."), "Дэвид Дэвис").entityKey();
        String bg = find(mentions("bg", "Вчера министър Дейвид Дейвис се срещна с журналисти."), "Дейвид Дейвис").entityKey();
        assertEquals(pl, ru);
        assertEquals(pl, bg);
    }

    @Test
    void czechWomansSurnameKeysAsTheSurnameOtherLanguagesWrite() {
        String cs = find(mentions("cs", "Včera přijela Marta Kowalczyková do Brna."), "Marta Kowalczyková").entityKey();
        String pl = find(mentions("pl", "Wczoraj Marta Kowalczyk przyjechała do Brna."), "Marta Kowalczyk").entityKey();
        assertEquals(pl, cs);
    }

    @Test
    void aListedWomansNameOutweighsARareMansNameOfTheDictionary() {
        // The Russian dictionary knows only a man's name "Асий", whose genitive is "Асия".
        List<Mention> ms = mentions("ru", "Суд в Лахоре оправдал Асию Биби. Адвокат Асии Биби уехал.");
        assertMention(ms, "Асию Биби", EntityType.PER, "Асия Биби");
        assertMention(ms, "Асии Биби", EntityType.PER, "Асия Биби");
        List<Mention> men = mentions("ru", "Премию получил Юрий Соколов. Книгу Юрия Соколова издали.");
        assertMention(men, "Юрия Соколова", EntityType.PER, "Юрий Соколов");
    }

    @Test
    void shortStemsOfCzechPlaceNamesAndAgreementOfRussianAdjectives() {
        assertMention(mentions("cs", "Hranice se Severním Irskem zůstane otevřená."), "Severním Irskem", EntityType.LOC, "Severní Irsko");
        assertMention(mentions("ru", "Газопровод пройдёт по дну Балтийского моря."), "Балтийского моря", EntityType.LOC, "Балтийское море");
    }

    @Test
    void bulgarianBaseFormsTakeTheCapitalsTheKnowledgeBaseGives() {
        assertMention(mentions("bg", "Случаите на Covid-19 в страната растат."), "Covid-19", EntityType.EVT, "COVID-19");
    }

    @Test
    void aCommonNounOpeningASentenceIsNotAVillageOfTheSameName() {
        // VESUM also lists "Сторона" as a place; the gazetteer and the knowledge base do not know it.
        List<Mention> ms = mentions("uk", "Президенти провели розмову. Сторони обговорили постачання боєприпасів до Києва.");
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Сторон")), ms::toString);
        assertMention(ms, "Києва", EntityType.LOC, "Київ");
    }

    @Test
    void mediaTitlesAndOnlinePlatformsAreProductsAndTheirPublishersOrganisations() {
        List<Mention> ms = mentions("pl", "Wczoraj Handelsblatt napisał, że Nord Stream 2 AG pozwał Facebooka, a PAP to potwierdziła.");
        assertMention(ms, "Handelsblatt", EntityType.PRO, "Handelsblatt");
        assertMention(ms, "Facebooka", EntityType.PRO, "Facebook");
        assertMention(ms, "Nord Stream 2 AG", EntityType.ORG, "Nord Stream 2 AG");
        assertEquals(EntityType.ORG, find(ms, "PAP").type(), "a news agency is an organisation");
        List<Mention> bg = mentions("bg", "Според БиБиСи и Ла Стампа профилът във Фейсбук е блокиран.");
        assertEquals(find(bg, "БиБиСи").entityKey(), find(mentions("en", "The BBC said so."), "BBC").entityKey());
        assertMention(bg, "Ла Стампа", EntityType.PRO, "Ла Стампа");
    }

    @Test
    void anOrdinaryWordOpeningASentenceIsNoTitleOnlyOtherLanguagesName() {
        assertTrue(mentions("en", "Time will tell. Nature is patient.").isEmpty(), "English words, not the magazines");
        assertMention(mentions("pl", "Według Time i Nature sprawa jest poważna."), "Time", EntityType.PRO, "Time");
    }
}
