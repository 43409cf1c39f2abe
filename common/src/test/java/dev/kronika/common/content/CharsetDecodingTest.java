package dev.kronika.common.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharsetDecodingTest {

    private static final String RUSSIAN = "Президенты двух стран встретились в четверг в столице и обсудили торговлю, энергетику и транспорт. "
            + "Следующая встреча запланирована на осень, когда будут подписаны новые соглашения о сотрудничестве.";
    private static final String POLISH = "Burmistrzowie dwóch miast nad rzeką podpisali we wtorek porozumienie o wspólnym promie. "
            + "Żółta łódź będzie pływać od wiosny, a rowerzyści przepłyną za darmo przez całe lato, ogłosiły obie rady.";
    private static final String CZECH = "Starostové obou měst se ve čtvrtek dohodli na společném přívozu přes řeku. "
            + "Loď bude jezdit od jara a cyklisté budou v létě přepravováni zdarma, uvedly obě radnice ve společném prohlášení.";

    @Test
    void detectsWindows1251() {
        byte[] bytes = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        CharsetDecoding.Decoded decoded = CharsetDecoding.detect(bytes);
        assertEquals(RUSSIAN, decoded.text());
        assertEquals(CharsetDecoding.Evidence.DETECTED, decoded.evidence());
    }

    @Test
    void detectsIso88592() {
        byte[] bytes = POLISH.getBytes(Charset.forName("ISO-8859-2"));
        assertEquals(POLISH, CharsetDecoding.decode(bytes));
        assertEquals(CZECH, CharsetDecoding.decode(CZECH.getBytes(Charset.forName("ISO-8859-2"))));
    }

    @Test
    void readsUtf8AndByteOrderMarks() {
        assertEquals(POLISH, CharsetDecoding.decode(POLISH.getBytes(StandardCharsets.UTF_8)));
        byte[] utf16 = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16BE);
        CharsetDecoding.Decoded decoded = CharsetDecoding.detect(utf16);
        assertEquals(RUSSIAN, decoded.text());
        assertEquals(CharsetDecoding.Evidence.BYTE_ORDER_MARK, decoded.evidence());
    }

    @Test
    void honoursTheCharsetAPageDeclares() {
        String html = "<html><head><meta charset=\"windows-1250\"></head><body><p>" + CZECH + "</p></body></html>";
        CharsetDecoding.Decoded decoded = CharsetDecoding.detect(html.getBytes(Charset.forName("windows-1250")));
        assertEquals(html, decoded.text());
        assertEquals(CharsetDecoding.Evidence.DECLARED, decoded.evidence());

        String declaredHeader = "<p>" + RUSSIAN + "</p>";
        assertEquals(declaredHeader, CharsetDecoding.detect(declaredHeader.getBytes(Charset.forName("KOI8-R")), Optional.of("koi8-r")).text());
    }

    @Test
    void utf8BeatsAWrongSingleByteDeclaration() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>" + POLISH + "</p>";
        CharsetDecoding.Decoded decoded = CharsetDecoding.detect(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(html, decoded.text());
        assertEquals(CharsetDecoding.Evidence.VALID_UTF8, decoded.evidence());
    }
}
