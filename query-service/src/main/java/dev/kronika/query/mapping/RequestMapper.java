package dev.kronika.query.mapping;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import dev.kronika.common.ProtoJson;
import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.extract.v1.EventMode;
import dev.kronika.proto.extract.v1.EventStatus;
import dev.kronika.proto.extract.v1.EventType;
import dev.kronika.proto.query.v1.ListEventsRequest;
import dev.kronika.query.service.EventQueryService;
import dev.kronika.query.service.InvalidQueryException;

/** Protobuf and query-string requests to service inputs; enum values become their short names, UNSPECIFIED becomes null. */
public final class RequestMapper {

    private RequestMapper() {
    }

    public static EventQueryService.Query eventQuery(ListEventsRequest request) {
        return new EventQueryService.Query(request.getActorsList(),
                shortOrNull(request.getType().getValueDescriptor()),
                shortOrNull(request.getMode().getValueDescriptor()),
                shortOrNull(request.getStatus().getValueDescriptor()),
                request.getFrom(), request.getTo(), request.getPlace(), request.getLanguage());
    }

    public static String entityType(EntityType type) {
        return shortOrNull(type.getValueDescriptor());
    }

    /** Parses a query-string enum value ("consult", "EVENT_TYPE_CONSULT"); null when absent. */
    public static String enumParam(String field, String value, EnumDescriptor type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        EnumValueDescriptor found = ProtoJson.findEnumValue(type, value);
        if (found == null || found.getNumber() == 0) {
            throw new InvalidQueryException(field + " '" + value + "' is not one of " + type.getValues().stream()
                    .filter(v -> v.getNumber() != 0).map(ProtoJson::shortName).toList());
        }
        return ProtoJson.shortName(found);
    }

    public static EnumDescriptor eventTypes() {
        return EventType.getDescriptor();
    }

    public static EnumDescriptor eventModes() {
        return EventMode.getDescriptor();
    }

    public static EnumDescriptor eventStatuses() {
        return EventStatus.getDescriptor();
    }

    public static EnumDescriptor entityTypes() {
        return EntityType.getDescriptor();
    }

    private static String shortOrNull(EnumValueDescriptor value) {
        return value.getNumber() <= 0 ? null : ProtoJson.shortName(value);
    }
}
