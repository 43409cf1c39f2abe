package dev.kronika.common;

import com.google.protobuf.Syntax;
import com.google.protobuf.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtoJsonTest {

    @Test
    void printsProtoFieldNamesAndShortEnumValues() {
        String json = ProtoJson.print(Type.newBuilder().setName("t").setSyntax(Syntax.SYNTAX_PROTO3).setSourceContext(
                com.google.protobuf.SourceContext.newBuilder().setFileName("f.proto")));
        assertTrue(json.contains("\"syntax\":\"PROTO3\""), json);
        assertTrue(json.contains("\"source_context\":{\"file_name\":\"f.proto\"}"), json);
    }

    @Test
    void writesEmptyListsAsEmptyArrays() {
        assertTrue(ProtoJson.print(Type.newBuilder().setName("t")).contains("\"fields\":[]"));
    }

    @Test
    void parsesShortAndFullEnumValuesInAnyCase() throws Exception {
        assertEquals(Syntax.SYNTAX_PROTO3, ProtoJson.parse("{\"syntax\":\"proto3\"}", Type.newBuilder()).getSyntax());
        assertEquals(Syntax.SYNTAX_PROTO2, ProtoJson.parse("{\"syntax\":\"SYNTAX_PROTO2\"}", Type.newBuilder()).getSyntax());
    }

    @Test
    void rejectsUnknownFieldsWrongTypesAndNonObjects() {
        assertThrows(ProtoJson.InvalidJsonException.class, () -> ProtoJson.parse("{\"nope\":1}", Type.newBuilder()));
        assertThrows(ProtoJson.InvalidJsonException.class, () -> ProtoJson.parse("{\"name\":{\"a\":1}}", Type.newBuilder()));
        assertThrows(ProtoJson.InvalidJsonException.class, () -> ProtoJson.parse("[1,2]", Type.newBuilder()));
        assertThrows(ProtoJson.InvalidJsonException.class, () -> ProtoJson.parse("{\"name\":", Type.newBuilder()));
    }

    @Test
    void refusesMalformedUtf8() {
        assertThrows(IllegalArgumentException.class, () -> HttpErrors.decodeUtf8(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertEquals("ż", HttpErrors.decodeUtf8("ż".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
