package dev.kronika.common;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;

import java.util.Locale;
import java.util.Map;

/**
 * The HTTP API's JSON form of protobuf messages: field names are the proto field names
 * (snake_case), enum values are written without their Buf-style type prefix
 * ({@code ARTICLE_STATE_QUEUED} is {@code "QUEUED"}), and empty lists are written as {@code []}. Parsing accepts either spelling of an enum
 * value in any letter case and rejects unknown fields and values of the wrong type.
 */
public final class ProtoJson {

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().preservingProtoFieldNames();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private ProtoJson() {
    }

    public static String print(MessageOrBuilder message) {
        try {
            JsonElement tree = JsonParser.parseString(PRINTER.print(message));
            shortenEnums(tree, message.getDescriptorForType());
            return tree.toString();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + message.getDescriptorForType().getFullName(), e);
        }
    }

    /** Parses JSON into the builder; the message of the exception says what is wrong, for the client. */
    public static <B extends Message.Builder> B parse(String json, B builder) throws InvalidJsonException {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new InvalidJsonException("body is not valid JSON: " + rootMessage(e));
        }
        if (!tree.isJsonObject()) {
            throw new InvalidJsonException("body must be a JSON object");
        }
        expandEnums(tree, builder.getDescriptorForType(), "");
        try {
            PARSER.merge(tree.toString(), builder);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new InvalidJsonException(rootMessage(e));
        }
        return builder;
    }

    /** The prefix Buf's ENUM_VALUE_PREFIX rule puts before each value: {@code ArticleState} gives {@code ARTICLE_STATE_}. */
    public static String enumPrefix(EnumDescriptor type) {
        return type.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_";
    }

    /** The short name of an enum value: {@code ARTICLE_STATE_QUEUED} gives {@code QUEUED}. */
    public static String shortName(EnumValueDescriptor value) {
        String prefix = enumPrefix(value.getType());
        return value.getName().startsWith(prefix) ? value.getName().substring(prefix.length()) : value.getName();
    }

    /** Finds an enum value by its short or full name in any case; null when there is none. */
    public static EnumValueDescriptor findEnumValue(EnumDescriptor type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        EnumValueDescriptor value = type.findValueByName(upper);
        return value != null ? value : type.findValueByName(enumPrefix(type) + upper);
    }

    /** Shortens enum values and writes empty lists as [], so that clients need not tell absent from empty. */
    private static void shortenEnums(JsonElement element, Descriptor type) {
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        for (FieldDescriptor field : type.getFields()) {
            if (field.isRepeated() && !field.isMapField() && !object.has(field.getName())) {
                object.add(field.getName(), new JsonArray());
            }
        }
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            FieldDescriptor field = type.findFieldByName(entry.getKey());
            if (field == null) {
                continue;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.ENUM) {
                entry.setValue(mapValues(entry.getValue(), v -> shorten(v, field.getEnumType())));
            } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()) {
                forEachValue(entry.getValue(), v -> shortenEnums(v, field.getMessageType()));
            }
        }
    }

    /** Checks the JSON shape of every known field, naming the field in the error, and expands short enum names. */
    private static void expandEnums(JsonElement element, Descriptor type, String path) throws InvalidJsonException {
        if (!element.isJsonObject()) {
            return;
        }
        for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
            FieldDescriptor field = type.findFieldByName(entry.getKey());
            if (field == null) {
                field = type.getFields().stream().filter(f -> f.getJsonName().equals(entry.getKey())).findFirst().orElse(null);
            }
            if (field == null || entry.getValue().isJsonNull()) {
                continue;
            }
            String name = path + field.getName();
            checkShape(field, entry.getValue(), name);
            FieldDescriptor f = field;
            if (f.getJavaType() == FieldDescriptor.JavaType.ENUM) {
                entry.setValue(mapValues(entry.getValue(), v -> expand(v, f.getEnumType())));
            } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !f.isMapField()) {
                for (JsonElement value : f.isRepeated() ? entry.getValue().getAsJsonArray() : java.util.List.of(entry.getValue())) {
                    expandEnums(value, f.getMessageType(), name + ".");
                }
            }
        }
    }

    private static void checkShape(FieldDescriptor field, JsonElement value, String name) throws InvalidJsonException {
        if (field.isRepeated() && !field.isMapField()) {
            if (!value.isJsonArray()) {
                throw new InvalidJsonException("field '" + name + "' must be a JSON array");
            }
            for (JsonElement item : value.getAsJsonArray()) {
                checkSingle(field, item, name);
            }
        } else if (!field.isMapField()) {
            checkSingle(field, value, name);
        }
    }

    private static void checkSingle(FieldDescriptor field, JsonElement value, String name) throws InvalidJsonException {
        boolean message = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE;
        if (message && !value.isJsonObject()) {
            throw new InvalidJsonException("field '" + name + "' must be a JSON object");
        }
        if (!message && !value.isJsonPrimitive()) {
            String kind = switch (field.getJavaType()) {
                case STRING, BYTE_STRING -> "a string";
                case BOOLEAN -> "true or false";
                case ENUM -> "one of " + field.getEnumType().getValues().stream().filter(v -> v.getNumber() != 0).map(ProtoJson::shortName).toList();
                default -> "a number";
            };
            throw new InvalidJsonException("field '" + name + "' must be " + kind);
        }
        if (field.getJavaType() == FieldDescriptor.JavaType.STRING && !value.getAsJsonPrimitive().isString()) {
            throw new InvalidJsonException("field '" + name + "' must be a string");
        }
    }

    private static JsonElement shorten(JsonElement value, EnumDescriptor type) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            EnumValueDescriptor descriptor = type.findValueByName(value.getAsString());
            if (descriptor != null) {
                return new JsonPrimitive(shortName(descriptor));
            }
        }
        return value;
    }

    private static JsonElement expand(JsonElement value, EnumDescriptor type) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            EnumValueDescriptor descriptor = findEnumValue(type, value.getAsString());
            if (descriptor != null) {
                return new JsonPrimitive(descriptor.getName());
            }
        }
        return value;
    }

    private static JsonElement mapValues(JsonElement value, java.util.function.UnaryOperator<JsonElement> mapper) {
        if (value.isJsonArray()) {
            JsonArray mapped = new JsonArray();
            value.getAsJsonArray().forEach(v -> mapped.add(mapper.apply(v)));
            return mapped;
        }
        return mapper.apply(value);
    }

    private static void forEachValue(JsonElement value, java.util.function.Consumer<JsonElement> action) {
        if (value.isJsonArray()) {
            value.getAsJsonArray().forEach(action);
        } else {
            action.accept(value);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** The JSON a client sent cannot become the request message. */
    public static final class InvalidJsonException extends Exception {
        public InvalidJsonException(String message) {
            super(message);
        }
    }
}
